// Small helpers of keel-shim: an RAII fd, atomic file writes, JSON strings, clocks.
#pragma once

#include <unistd.h>

#include <cstdint>
#include <string>

namespace keel::shim {

// Owns one file descriptor; closes it when dropped.
class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  ~Fd() { Reset(); }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  Fd(Fd&& o) noexcept : fd_(o.Release()) {}
  Fd& operator=(Fd&& o) noexcept {
    Reset(o.Release());
    return *this;
  }
  int get() const { return fd_; }
  int Release() {
    int f = fd_;
    fd_ = -1;
    return f;
  }
  void Reset(int fd = -1) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = fd;
  }
  bool valid() const { return fd_ >= 0; }

 private:
  int fd_;
};

// Writes data to path.tmp, fsyncs nothing (records are advisory, not durable), renames it over
// path. Returns false with errno set on failure.
bool WriteFileAtomic(const std::string& path, const std::string& data);

// Reads a whole file; false with errno set on failure.
bool ReadFile(const std::string& path, std::string* out);

// A JSON string literal, quotes included; escapes as Go's encoding/json does (<, >, & too).
std::string JsonString(const std::string& s);

int64_t NowMs();

// The current UTC time as RFC 3339 with nanoseconds: 2026-11-27T23:59:01.123456789Z.
std::string NowRfc3339Nano();

// Field 22 of /proc/<pid>/stat (start time in clock ticks since boot), "" if unreadable.
std::string ProcStartTime(pid_t pid);

// Writes all of data to fd (retrying on EINTR and short writes).
bool WriteAll(int fd, const char* data, size_t len);

}  // namespace keel::shim

namespace keel::shim {

// Passes one fd over a unix socket (SCM_RIGHTS); false with errno set on failure.
bool SendFd(int sock, int fd);

// Receives one fd sent with SendFd (O_CLOEXEC); -1 with errno set on failure or EOF.
int RecvFd(int sock);

}  // namespace keel::shim
