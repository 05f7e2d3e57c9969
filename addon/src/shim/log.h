// The container's log in Docker's json-file format: one {"log","stream","time"} object a line.
#pragma once

#include <string>

#include "log-file.h"

namespace keel::shim {

class JsonLog {
 public:
  explicit JsonLog(LogFile* file) : file_(file) {}
  // Bytes read from the container's stdout or stderr: whole lines are written as they come;
  // a line longer than 16 KiB is written in parts (as dockerd does).
  void Feed(int stream, const char* data, size_t len);
  // The stream ended: a partial last line is written as it is.
  void Flush(int stream);

 private:
  void Entry(int stream, const std::string& text);
  LogFile* file_;
  std::string buf_[2];
};

}  // namespace keel::shim
