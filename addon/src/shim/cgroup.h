// The container's cgroups (made and filled with limits by execd): the shim puts the init into
// them before the init unshares its cgroup namespace (runc's order), and stays outside itself.
#pragma once

#include <sys/types.h>

#include <string>

#include "plan.h"

namespace keel::shim {

// In the shim: writes pid into DIR/cgroup.procs of each of the plan's `cgroup` dirs. Returns 0,
// or an errno with the file that failed in *path.
int JoinCgroups(const Plan& plan, pid_t pid, std::string* path);

// In the init, first of all: waits until the shim closes the other end of go_fd (it has put the
// init into its cgroups), then unshares the plan's `unshare` flags (CLONE_NEWCGROUP: the
// container's cgroup becomes the root it sees). On failure, reports on sync_fd and exits 127.
void AwaitCgroups(const Plan& plan, int go_fd, int sync_fd);

}  // namespace keel::shim
