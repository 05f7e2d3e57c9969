// The container's init, between clone() and execve(): runs in the new namespaces, as pid 1.
#pragma once

#include "plan.h"

namespace keel::shim {

// Runs the plan's steps and execs args[0]; never returns. On failure it writes one report
// "step\x1fsyscall\x1ferrno\x1fpath" to sync_fd (O_CLOEXEC: EOF without a report means the
// exec succeeded) and exits 127.
[[noreturn]] void RunInit(const Plan& plan, int sync_fd, int stdin_fd, int stdout_fd, int stderr_fd);

}  // namespace keel::shim
