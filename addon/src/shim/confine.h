// Confinement steps of the init that need no report of their own: each returns 0 or an errno.
#pragma once

#include <string>

#include "plan.h"

namespace keel::shim {

// runc's setReadonly: "/" remounted read-only (a bind remount keeps the other flags; if the
// kernel wants the locked ones restated, the mount's own flags are added)
int RemountRootReadonly();

// the plan's rlimits in order (before the capabilities are dropped: raising a hard limit needs
// CAP_SYS_RESOURCE); *what names the failing one
int ApplyRlimits(const Plan& p, std::string* what);

// closes every fd from 3 up: for a process of the container that never execs (the tiny init),
// which would otherwise keep the shim's fds (log file, pipes' read ends) where
// /proc/1/fd shows them to the container (runc CVE-2024-21626 class)
void CloseInheritedFds();

}  // namespace keel::shim
