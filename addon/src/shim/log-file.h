// The json-file log's file, rotated as dockerd's json-file driver does (--log-opt max-size,
// max-file): once the live file holds max_size bytes or more, before the next line,
// <log>.(n-1) → <log>.n … <log> → <log>.1 and a new <log> is opened; max_file files in all.
#pragma once

#include <sys/types.h>

#include <string>

#include "util.h"

namespace keel::shim {

class LogFile {
 public:
  // max_size 0: never rotated. max_file 1: the live file is emptied instead of renamed.
  LogFile(std::string path, off_t max_size, unsigned max_file) : path_(std::move(path)), max_size_(max_size), max_file_(max_file) {}
  // Opens (creates) the live file for appending; false with errno set on failure.
  bool Open();
  // Writes one whole line (rotating first if the file is full). A full disk or a failed
  // rotation loses lines, never the container.
  void Write(const std::string& line);

 private:
  void Rotate();
  std::string path_;
  off_t max_size_;
  unsigned max_file_;
  off_t size_ = 0;
  Fd fd_;
};

}  // namespace keel::shim
