// The plan execd writes into the bundle dir (file "plan"): records "key=value", each ended by a
// NUL byte; an operation's fields are separated by \x1f. TypeScript decides everything; this is
// only read, in order. See addon/PROTOCOL.md.
#pragma once

#include <linux/filter.h>
#include <sys/resource.h>
#include <sys/types.h>

#include <string>
#include <vector>

namespace keel::shim {

struct Op {
  enum Kind { kMount, kMknod, kSymlink, kBind } kind;
  // mount: source, target (inside the rootfs), fstype, flags, data
  // bind: source (host path), target (inside the rootfs), fstype = "dir" or "file" (the source's
  //   kind, made at the target if missing), flags = kBind* bits, mode = propagation (MS_PRIVATE,
  //   MS_SLAVE, MS_SHARED or 0: left as cloned)
  // mknod: target, mode (with S_IFCHR), major, minor
  // symlink: source = what the link points to, target = the link (inside the rootfs)
  std::string source, target, fstype, data;
  unsigned long flags = 0;
  unsigned mode = 0, major = 0, minor = 0;
  // mknod: chown the node to uid:gid (the host node's owner)
  bool chown = false;
  uid_t uid = 0;
  gid_t gid = 0;
};

// one setrlimit (RLIM_INFINITY: "-1" in the plan)
struct Rlimit {
  int resource;
  rlim_t soft, hard;
};

// the flags of a bind op
constexpr unsigned long kBindRecursive = 1;            // rbind: the source's submounts too
constexpr unsigned long kBindReadonly = 2;             // read-only
constexpr unsigned long kBindReadonlyRecursive = 4;    // read-only submounts too
constexpr unsigned long kBindPropagationRecursive = 8; // the propagation on submounts too

struct Plan {
  std::string id, rootfs, hostname, cwd, log, path;  // path: PATH searched for args[0]
  unsigned long clone_flags = 0;
  bool loopback = false;
  uid_t uid = 0;
  gid_t gid = 0;
  std::vector<gid_t> groups;
  std::vector<std::string> args, env;
  std::vector<Op> ops;
  // after pivot_root: masked (/dev/null or a read-only tmpfs over them) and read-only paths
  std::vector<std::string> masked, readonly;
  // capability sets by number; has_caps: the plan named them (else the caps are left alone)
  bool has_caps = false;
  std::vector<unsigned> cap_bounding, cap_effective, cap_permitted, cap_inheritable, cap_ambient;
  bool no_new_privs = false;
  std::vector<struct sock_filter> seccomp;  // empty: no filter
  // cgroup dirs the shim puts the init into; flags the init unshares once it is in them
  std::vector<std::string> cgroups;
  unsigned long unshare_flags = 0;
  bool readonly_rootfs = false;             // "/" remounted read-only after the cwd step
  std::vector<Rlimit> rlimits;
  off_t log_max_size = 0;     // json-file rotation: 0 never (log-file.h)
  unsigned log_max_file = 1;  // files kept in all
  bool init = false;  // --init: a tiny init stays pid 1, the command its child (tiny-init.h)
  // runc mode (the runc exec driver): runc's path and --root; empty: the shim clones the init
  std::string runc, runc_root;
  // stdio: a pty made in the container (its master kept by the shim) or pipes; stdin open for
  // attach (else /dev/null); stdin closed when the first attached client's input ends
  bool tty = false, open_stdin = false, stdin_once = false;
  unsigned short console_height = 0, console_width = 0;  // the pty's first size (0: left as made)
  // exec mode: the pid of a running container's init whose namespaces the process joins
  // (its cgroups: the `cgroup` dirs); nothing is cloned or mounted, there is no log
  pid_t join = 0;
  // where attach.sock and control.sock are made (a short path: sun_path holds 107 bytes); empty:
  // no sockets, the output only goes to the log
  std::string io_dir;
};

// Parses the plan text; on failure returns false and says why in *err.
bool ParsePlan(const std::string& text, Plan* plan, std::string* err);

}  // namespace keel::shim
