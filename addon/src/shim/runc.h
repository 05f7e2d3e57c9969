// keel-shim's runc mode (the runc exec driver): runc, not the shim, sets the container up.
#pragma once

#include <sys/types.h>

#include <string>

#include "plan.h"

namespace keel::shim {

// What failed when the container could not be started through runc.
struct RuncFailure {
  std::string step;     // "runc-create", "runc-start", "runc-pid"
  std::string syscall;  // "fork", "execve", "waitpid", "open", or "runc" (runc itself failed)
  int err = 0;          // errno, 0 when runc reported the failure
  std::string message;  // runc's own words
};

// Runs `runc create` with fd 0 = in, 1 = out, 2 = err (runc hands its stdio to the container's
// init), reads the init's pid from BUNDLE/runc.pid, then `runc start`. The shim must be a child
// subreaper: once runc create has exited, the init is the shim's child. Returns the init's pid,
// or -1 with *failure filled (the init, if made, is killed and reaped). out and err are the write
// ends of the shim's pipes; err_r is err's read end (runc's own error text is read from it).
pid_t RuncCreateStart(const Plan& plan, const std::string& bundle, int in, int out, int err, int err_r, RuncFailure* failure);

}  // namespace keel::shim
