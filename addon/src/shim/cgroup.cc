#include "cgroup.h"

#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

#include <cerrno>

#include "util.h"

namespace keel::shim {

int JoinCgroups(const Plan& plan, pid_t pid, std::string* path) {
  std::string text = std::to_string(pid);
  for (const std::string& dir : plan.cgroups) {
    *path = dir + "/cgroup.procs";
    Fd f(open(path->c_str(), O_WRONLY | O_CLOEXEC));
    if (!f.valid()) return errno;
    if (!WriteAll(f.get(), text.data(), text.size())) return errno ? errno : EIO;
  }
  path->clear();
  return 0;
}

void AwaitCgroups(const Plan& plan, int go_fd, int sync_fd) {
  char c;
  ssize_t n;
  while ((n = read(go_fd, &c, 1)) < 0 && errno == EINTR) {}
  close(go_fd);
  // a byte means the shim could not place the init: it is about to kill it
  if (n != 0) _exit(127);
  if (plan.unshare_flags != 0 && unshare(static_cast<int>(plan.unshare_flags)) != 0) {
    std::string msg = std::string("cgroupns") + '\x1f' + "unshare" + '\x1f' + std::to_string(errno) + '\x1f';
    WriteAll(sync_fd, msg.data(), msg.size());
    _exit(127);
  }
}

}  // namespace keel::shim
