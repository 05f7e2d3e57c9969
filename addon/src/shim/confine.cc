#include "confine.h"

#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>

namespace keel::shim {

int RemountRootReadonly() {
  unsigned long flags = MS_BIND | MS_REMOUNT | MS_RDONLY;
  if (mount("", "/", nullptr, flags, nullptr) == 0) return 0;
  struct statvfs sv;
  if (statvfs("/", &sv) != 0) return errno;
  if (sv.f_flag & ST_NOSUID) flags |= MS_NOSUID;
  if (sv.f_flag & ST_NODEV) flags |= MS_NODEV;
  if (sv.f_flag & ST_NOEXEC) flags |= MS_NOEXEC;
  if (sv.f_flag & ST_NOATIME) flags |= MS_NOATIME;
  if (sv.f_flag & ST_NODIRATIME) flags |= MS_NODIRATIME;
  if (sv.f_flag & ST_RELATIME) flags |= MS_RELATIME;
  return mount("", "/", nullptr, flags, nullptr) == 0 ? 0 : errno;
}

int ApplyRlimits(const Plan& p, std::string* what) {
  for (const Rlimit& r : p.rlimits) {
    struct rlimit rl = {r.soft, r.hard};
    if (setrlimit(static_cast<__rlimit_resource>(r.resource), &rl) != 0) {
      *what = "resource " + std::to_string(r.resource);
      return errno;
    }
  }
  return 0;
}

void CloseInheritedFds() {
#ifdef SYS_close_range
  if (syscall(SYS_close_range, 3U, ~0U, 0U) == 0) return;
#endif
  long max = sysconf(_SC_OPEN_MAX);
  for (int fd = 3; fd < (max > 0 && max < 1 << 20 ? max : 1 << 20); fd++) close(fd);
}

}  // namespace keel::shim
