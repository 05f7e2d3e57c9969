// The container's init, between clone() and execve(): runs in the new namespaces, as pid 1.
#pragma once

#include "plan.h"

namespace keel::shim {

// Runs the plan's steps and execs args[0]; never returns. On failure it writes one report
// "step\x1fsyscall\x1ferrno\x1fpath" to sync_fd (O_CLOEXEC: EOF without a report means the
// exec succeeded) and exits 127.
// With the plan's `tty`, a pty is made in the container's devpts once its mounts are in place:
// the master goes to the shim over tty_sock (SCM_RIGHTS), the slave becomes fds 0-2 and the
// controlling terminal of a new session.
[[noreturn]] void RunInit(const Plan& plan, int sync_fd, int stdin_fd, int stdout_fd, int stderr_fd, int tty_sock);

// The namespaces of a running container's init (exec mode), opened by the shim.
struct JoinNs {
  int ipc = -1, uts = -1, net = -1, cgroup = -1, mnt = -1;
};

// exec mode, in the child the shim forked after it entered the container's pid namespace and
// put the child into the container's cgroups: joins the other namespaces, then the same
// confinement as the container's init (rlimits, no_new_privs, seccomp, capabilities, user) and
// execs. Fails as RunInit does.
[[noreturn]] void RunExec(const Plan& plan, const JoinNs& ns, int sync_fd, int stdin_fd, int stdout_fd, int stderr_fd, int tty_sock);

}  // namespace keel::shim
