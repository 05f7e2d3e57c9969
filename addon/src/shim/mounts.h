// Bind mounts into the rootfs, their targets resolved inside it (openat2 RESOLVE_IN_ROOT).
#pragma once

#include <string>

#include "plan.h"

namespace keel::shim {

// A failed step: the syscall that failed and its errno (err 0: none).
struct MountError {
  const char* syscall = "";
  int err = 0;
};

// Carries out one `bind` op: the source's tree is cloned (open_tree), made read-only and given
// its propagation while still detached (mount_setattr), then attached (move_mount) onto the
// target, which is opened, and made if missing, with every symlink resolved as if the rootfs
// were "/": nothing an image plants can send the mount outside the rootfs.
MountError BindInRoot(const std::string& rootfs, const Op& op);

}  // namespace keel::shim
