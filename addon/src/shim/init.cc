#include "init.h"

#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <stdlib.h>
#include <termios.h>
#include <limits.h>
#include <linux/capability.h>
#include <linux/seccomp.h>
#include <net/if.h>
#include <sys/prctl.h>
#include <sys/statvfs.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <string>
#include <vector>

#include "confine.h"
#include "tiny-init.h"
#include "mounts.h"
#include "util.h"

#ifndef SYS_close_range
#define SYS_close_range 436
#endif
#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

namespace keel::shim {

namespace {

int g_sync = -1;

[[noreturn]] void Fail(const char* step, const char* syscall, int err, const std::string& path = "") {
  std::string msg = std::string(step) + '\x1f' + syscall + '\x1f' + std::to_string(err) + '\x1f' + path;
  WriteAll(g_sync, msg.data(), msg.size());
  _exit(127);
}

// mkdir -p, each component 0755; returns 0 or an errno.
int MkdirAll(const std::string& path) {
  std::string cur;
  size_t i = 0;
  while (i < path.size()) {
    size_t j = path.find('/', i + 1);
    if (j == std::string::npos) j = path.size();
    cur = path.substr(0, j);
    i = j;
    if (cur == "/" || cur.empty()) continue;
    if (mkdir(cur.c_str(), 0755) != 0 && errno != EEXIST) return errno;
  }
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return errno;
  return S_ISDIR(st.st_mode) ? 0 : ENOTDIR;
}

// The host path of a path inside the rootfs, after checking that its parent (symlinks
// resolved) is still inside the rootfs: an image's symlink must not send a mount elsewhere.
std::string InRootfs(const Plan& p, const std::string& inner, const char* step) {
  std::string host = p.rootfs + inner;
  std::string parent = host.substr(0, host.rfind('/'));
  if (parent.empty()) parent = "/";
  int err = MkdirAll(parent);
  if (err) Fail(step, "mkdir", err, inner);
  char real[PATH_MAX];
  if (!realpath(parent.c_str(), real)) Fail(step, "realpath", errno, inner);
  std::string r(real);
  if (r != p.rootfs && r.compare(0, p.rootfs.size() + 1, p.rootfs + "/") != 0) Fail(step, "realpath", EXDEV, inner);
  return host;
}

void RunOp(const Plan& p, const Op& op) {
  if (op.kind == Op::kMount) {
    std::string target = InRootfs(p, op.target, "mount");
    int err = MkdirAll(target);
    if (err) Fail("mount", "mkdir", err, op.target);
    char real[PATH_MAX];
    if (!realpath(target.c_str(), real)) Fail("mount", "realpath", errno, op.target);
    if (std::string(real).compare(0, p.rootfs.size() + 1, p.rootfs + "/") != 0) Fail("mount", "realpath", EXDEV, op.target);
    if (mount(op.source.c_str(), target.c_str(), op.fstype.c_str(), op.flags, op.data.empty() ? nullptr : op.data.c_str()) != 0) {
      Fail("mount", "mount", errno, op.target);
    }
  } else if (op.kind == Op::kBind) {
    if (MountError e = BindInRoot(p.rootfs, op); e.err) Fail("bind", e.syscall, e.err, op.target);
  } else if (op.kind == Op::kMknod) {
    std::string target = InRootfs(p, op.target, "mknod");
    if (mknod(target.c_str(), op.mode, makedev(op.major, op.minor)) != 0 && errno != EEXIST) Fail("mknod", "mknod", errno, op.target);
    if (op.chown && lchown(target.c_str(), op.uid, op.gid) != 0) Fail("mknod", "lchown", errno, op.target);
  } else {
    std::string target = InRootfs(p, op.target, "symlink");
    if (symlink(op.source.c_str(), target.c_str()) != 0 && errno != EEXIST) Fail("symlink", "symlink", errno, op.target);
  }
}

void LoopbackUp() {
  Fd s(socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
  if (!s.valid()) Fail("loopback", "socket", errno);
  struct ifreq ifr = {};
  snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "lo");
  if (ioctl(s.get(), SIOCGIFFLAGS, &ifr) != 0) Fail("loopback", "ioctl", errno, "lo");
  ifr.ifr_flags |= IFF_UP;
  if (ioctl(s.get(), SIOCSIFFLAGS, &ifr) != 0) Fail("loopback", "ioctl", errno, "lo");
}

// runc's maskPath: /dev/null bound over a file, a read-only tmpfs over a dir; a missing path is skipped
void MaskPath(const std::string& path) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT) return;
    Fail("mask", "stat", errno, path);
  }
  int r = S_ISDIR(st.st_mode) ? mount("tmpfs", path.c_str(), "tmpfs", MS_RDONLY, nullptr)
                              : mount("/dev/null", path.c_str(), nullptr, MS_BIND, nullptr);
  if (r != 0) Fail("mask", "mount", errno, path);
}

// runc's readonlyPath: bound onto itself, then remounted read-only keeping nosuid/nodev/noexec
void ReadonlyPath(const std::string& path) {
  if (mount(path.c_str(), path.c_str(), nullptr, MS_BIND | MS_REC, nullptr) != 0) {
    if (errno == ENOENT) return;
    Fail("readonly", "mount", errno, path);
  }
  struct statvfs sv;
  if (statvfs(path.c_str(), &sv) != 0) Fail("readonly", "statvfs", errno, path);
  unsigned long keep = 0;
  if (sv.f_flag & ST_NOSUID) keep |= MS_NOSUID;
  if (sv.f_flag & ST_NODEV) keep |= MS_NODEV;
  if (sv.f_flag & ST_NOEXEC) keep |= MS_NOEXEC;
  if (mount(path.c_str(), path.c_str(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_REC | keep, nullptr) != 0) {
    Fail("readonly", "mount", errno, path);
  }
}

bool Has(const std::vector<unsigned>& set, unsigned c) { return std::find(set.begin(), set.end(), c) != set.end(); }

// every capability not in the plan's bounding set leaves it (EINVAL: past the kernel's last cap)
void DropBounding(const Plan& p) {
  for (unsigned c = 0; c < 64; c++) {
    if (Has(p.cap_bounding, c)) continue;
    if (prctl(PR_CAPBSET_DROP, c, 0, 0, 0) != 0) {
      if (errno == EINVAL) break;
      Fail("caps", "prctl", errno, "PR_CAPBSET_DROP " + std::to_string(c));
    }
  }
}

// effective, permitted and inheritable as the plan says (capset v3), then the ambient set
void SetCaps(const Plan& p) {
  struct __user_cap_header_struct hdr = {_LINUX_CAPABILITY_VERSION_3, 0};
  struct __user_cap_data_struct data[2] = {};
  for (unsigned c : p.cap_effective) data[c / 32].effective |= 1U << (c % 32);
  for (unsigned c : p.cap_permitted) data[c / 32].permitted |= 1U << (c % 32);
  for (unsigned c : p.cap_inheritable) data[c / 32].inheritable |= 1U << (c % 32);
  if (syscall(SYS_capset, &hdr, data) != 0) Fail("caps", "capset", errno);
  if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) != 0 && errno != EINVAL) Fail("caps", "prctl", errno, "PR_CAP_AMBIENT_CLEAR_ALL");
  for (unsigned c : p.cap_ambient) {
    if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, c, 0, 0) != 0) Fail("caps", "prctl", errno, "PR_CAP_AMBIENT_RAISE " + std::to_string(c));
  }
}

void LoadSeccomp(const Plan& p) {
  if (p.seccomp.empty()) return;
  struct sock_fprog prog = {static_cast<unsigned short>(p.seccomp.size()), const_cast<struct sock_filter*>(p.seccomp.data())};
  if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0, 0) != 0) Fail("seccomp", "prctl", errno, "PR_SET_SECCOMP");
}

std::vector<char*> CStrings(const std::vector<std::string>& v) {
  std::vector<char*> out;
  for (const std::string& s : v) out.push_back(const_cast<char*>(s.c_str()));
  out.push_back(nullptr);
  return out;
}

// The pty, in the container's mount namespace (its devpts instance: `tty` inside shows
// /dev/pts/N): master to the shim, slave as fds 0-2 and the controlling terminal.
void MakeTty(const Plan& p, int tty_sock) {
  Fd master(open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC));
  if (!master.valid()) Fail("tty", "open", errno, "/dev/ptmx");
  if (unlockpt(master.get()) != 0) Fail("tty", "unlockpt", errno, "/dev/ptmx");
  char name[64];
  if (ptsname_r(master.get(), name, sizeof name) != 0) Fail("tty", "ptsname", errno, "/dev/ptmx");
  Fd slave(open(name, O_RDWR | O_NOCTTY | O_CLOEXEC));
  if (!slave.valid()) Fail("tty", "open", errno, name);
  // the process's own terminal, as runc makes it (the user may not be root)
  if (fchown(slave.get(), p.uid, static_cast<gid_t>(-1)) != 0) Fail("tty", "fchown", errno, name);
  if (p.console_height && p.console_width) {
    struct winsize ws = {};
    ws.ws_row = p.console_height;
    ws.ws_col = p.console_width;
    if (ioctl(slave.get(), TIOCSWINSZ, &ws) != 0) Fail("tty", "ioctl", errno, "TIOCSWINSZ");
  }
  if (!SendFd(tty_sock, master.get())) Fail("tty", "sendmsg", errno);
  master.Reset();
  close(tty_sock);
  if (setsid() < 0) Fail("tty", "setsid", errno);
  if (ioctl(slave.get(), TIOCSCTTY, 0) != 0) Fail("tty", "ioctl", errno, "TIOCSCTTY");
  if (dup2(slave.get(), 0) < 0 || dup2(slave.get(), 1) < 0 || dup2(slave.get(), 2) < 0) Fail("tty", "dup2", errno);
}

// From the rlimits on: the same for the container's init and an exec; never returns.
[[noreturn]] void ConfineAndExec(const Plan& p, int sync_fd, bool allow_init);

}  // namespace

void RunInit(const Plan& p, int sync_fd, int stdin_fd, int stdout_fd, int stderr_fd, int tty_sock) {
  g_sync = sync_fd;
  umask(0);
  if (dup2(stdin_fd, 0) < 0 || dup2(stdout_fd, 1) < 0 || dup2(stderr_fd, 2) < 0) Fail("stdio", "dup2", errno);

  // mounts: nothing propagates back to the host; the rootfs becomes a mount point of its own
  if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) Fail("private-mounts", "mount", errno, "/");
  if (mount(p.rootfs.c_str(), p.rootfs.c_str(), nullptr, MS_BIND | MS_REC, nullptr) != 0) Fail("bind-rootfs", "mount", errno, p.rootfs);
  for (const Op& op : p.ops) RunOp(p, op);

  // pivot_root(".", "."): the old root lands on top of the new one, then is detached
  if (chdir(p.rootfs.c_str()) != 0) Fail("pivot-root", "chdir", errno, p.rootfs);
  if (syscall(SYS_pivot_root, ".", ".") != 0) Fail("pivot-root", "pivot_root", errno, p.rootfs);
  if (umount2(".", MNT_DETACH) != 0) Fail("pivot-root", "umount2", errno, "/");
  if (chdir("/") != 0) Fail("pivot-root", "chdir", errno, "/");

  if (!p.hostname.empty() && sethostname(p.hostname.data(), p.hostname.size()) != 0) Fail("hostname", "sethostname", errno, p.hostname);
  if (p.loopback) LoopbackUp();

  // the container's /proc and /sys are mounted: Docker's read-only then masked paths (runc's
  // order: a masked path under a read-only one stays masked)
  for (const std::string& r : p.readonly) ReadonlyPath(r);
  for (const std::string& m : p.masked) MaskPath(m);
  if (p.tty) MakeTty(p, tty_sock);

  int err = MkdirAll(p.cwd);
  if (err) Fail("cwd", "mkdir", err, p.cwd);
  if (chdir(p.cwd.c_str()) != 0) Fail("cwd", "chdir", errno, p.cwd);
  char cwd[PATH_MAX];
  // outside the (pivoted) root, getcwd answers "(unreachable)/..." or fails
  if (!getcwd(cwd, sizeof cwd) || cwd[0] != '/') Fail("cwd", "getcwd", errno ? errno : EXDEV, p.cwd);

  if (p.readonly_rootfs && (err = RemountRootReadonly()) != 0) Fail("readonly-rootfs", "mount", err, "/");
  ConfineAndExec(p, sync_fd, true);
}

void RunExec(const Plan& p, const JoinNs& ns, int sync_fd, int stdin_fd, int stdout_fd, int stderr_fd, int tty_sock) {
  g_sync = sync_fd;
  if (dup2(stdin_fd, 0) < 0 || dup2(stdout_fd, 1) < 0 || dup2(stderr_fd, 2) < 0) Fail("stdio", "dup2", errno);
  // the mount namespace last: its root and cwd become the container's
  struct { int fd; int type; const char* name; } order[] = {
      {ns.ipc, CLONE_NEWIPC, "ipc"}, {ns.uts, CLONE_NEWUTS, "uts"}, {ns.net, CLONE_NEWNET, "net"},
      {ns.cgroup, CLONE_NEWCGROUP, "cgroup"}, {ns.mnt, CLONE_NEWNS, "mnt"}};
  for (const auto& n : order) {
    if (n.fd >= 0 && setns(n.fd, n.type) != 0) Fail("setns", "setns", errno, n.name);
  }
  umask(0);
  if (p.tty) MakeTty(p, tty_sock);
  if (chdir(p.cwd.c_str()) != 0) Fail("cwd", "chdir", errno, p.cwd);
  ConfineAndExec(p, sync_fd, false);
}

namespace {

void ConfineAndExec(const Plan& p, int sync_fd, bool allow_init) {
  int err;
  std::string what;
  if ((err = ApplyRlimits(p, &what)) != 0) Fail("rlimit", "setrlimit", err, what);

  // runc's order: without no_new_privs, loading a filter needs CAP_SYS_ADMIN, so it is loaded
  // now, before any capability is dropped (everything after it is in Docker's allow list);
  // with no_new_privs it is loaded last, just before execve
  if (p.no_new_privs && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) Fail("no-new-privs", "prctl", errno);
  if (!p.no_new_privs) LoadSeccomp(p);

  // the bounding set first (needs CAP_SETPCAP); capabilities survive setuid (KEEPCAPS) so the
  // plan's sets can be set after it: for uid ≠ 0 they are empty (execve would clear them anyway)
  if (p.has_caps) {
    DropBounding(p);
    if (prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0) != 0) Fail("caps", "prctl", errno, "PR_SET_KEEPCAPS");
  }
  if (setgroups(p.groups.size(), p.groups.data()) != 0) Fail("user", "setgroups", errno);
  if (setgid(p.gid) != 0) Fail("user", "setgid", errno, std::to_string(p.gid));
  if (setuid(p.uid) != 0) Fail("user", "setuid", errno, std::to_string(p.uid));
  if (p.has_caps) {
    if (prctl(PR_SET_KEEPCAPS, 0, 0, 0, 0) != 0) Fail("caps", "prctl", errno, "PR_SET_KEEPCAPS");
    SetCaps(p);
  }

  // every fd but 0-2 ends at exec (the sync pipe already is O_CLOEXEC)
  if (syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC) != 0) {
    for (int fd = 3; fd < 1024; fd++) {
      if (fd != sync_fd) close(fd);
    }
  }
  umask(022);
  if (p.no_new_privs) LoadSeccomp(p);

  if (allow_init && p.init) RunTinyInit(sync_fd);  // --init: from here on, the command is pid 1's child

  std::vector<char*> argv = CStrings(p.args), envp = CStrings(p.env);
  const std::string& cmd = p.args[0];
  if (cmd.find('/') != std::string::npos) {
    execve(cmd.c_str(), argv.data(), envp.data());
    Fail("exec", "execve", errno, cmd);
  }
  // PATH lookup inside the container: the first candidate that execs wins; ENOENT and ENOTDIR
  // move on, EACCES is remembered (as execvp does), anything else is the answer
  int denied = 0;
  std::string denied_path;
  size_t i = 0;
  for (;;) {
    size_t j = p.path.find(':', i);
    std::string dir = p.path.substr(i, j == std::string::npos ? std::string::npos : j - i);
    std::string candidate = (dir.empty() ? std::string(".") : dir) + "/" + cmd;
    execve(candidate.c_str(), argv.data(), envp.data());
    int e = errno;
    if (e == EACCES) {
      if (!denied) denied_path = candidate;
      denied = e;
    } else if (e != ENOENT && e != ENOTDIR) {
      Fail("exec", "execve", e, candidate);
    }
    if (j == std::string::npos) break;
    i = j + 1;
  }
  if (denied) Fail("exec", "execve", denied, denied_path);
  Fail("lookup", "execve", ENOENT, cmd);
}

}  // namespace

}  // namespace keel::shim
