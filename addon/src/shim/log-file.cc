#include "log-file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

namespace keel::shim {

bool LogFile::Open() {
  fd_.Reset(open(path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640));
  if (!fd_.valid()) return false;
  struct stat st;
  size_ = fstat(fd_.get(), &st) == 0 ? st.st_size : 0;  // a restarted container appends
  return true;
}

void LogFile::Rotate() {
  if (max_file_ <= 1) {
    if (ftruncate(fd_.get(), 0) == 0) size_ = 0;
    return;
  }
  for (unsigned i = max_file_ - 1; i > 1; i--) {
    std::string from = path_ + "." + std::to_string(i - 1), to = path_ + "." + std::to_string(i);
    if (rename(from.c_str(), to.c_str()) != 0 && errno != ENOENT) return;
  }
  if (rename(path_.c_str(), (path_ + ".1").c_str()) != 0) return;
  // readers holding the old file find it at .1 and move on to the new one
  Fd next(open(path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640));
  if (!next.valid()) return;  // lines go on into .1
  fd_ = std::move(next);
  struct stat st;
  size_ = fstat(fd_.get(), &st) == 0 ? st.st_size : 0;
}

void LogFile::Write(const std::string& line) {
  if (!fd_.valid()) return;
  if (max_size_ > 0 && size_ >= max_size_) Rotate();
  if (WriteAll(fd_.get(), line.data(), line.size())) size_ += static_cast<off_t>(line.size());
}

}  // namespace keel::shim
