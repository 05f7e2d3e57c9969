#include "mounts.h"

#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <vector>

#include "util.h"

namespace keel::shim {

namespace {

// path (absolute) opened under root with every symlink and ".." kept inside root
int OpenInRoot(int root, const std::string& path, int flags) {
  struct open_how how = {};
  how.flags = static_cast<__u64>(flags | O_CLOEXEC);
  how.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS;
  for (int tries = 0;; tries++) {
    int fd = static_cast<int>(syscall(SYS_openat2, root, path.c_str(), &how, sizeof how));
    // EAGAIN: a rename raced the lookup; the kernel asks for a retry
    if (fd >= 0 || errno != EAGAIN || tries >= 16) return fd;
  }
}

std::vector<std::string> Components(const std::string& path) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string::npos) j = path.size();
    if (j > i) out.push_back(path.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

// The target, opened O_PATH inside root; each missing component is made in its (already
// resolved) parent: dirs 0755, and the last one as the op says (dir, or an empty file 0644).
MountError OpenTarget(int root, const Op& op, Fd* out) {
  Fd cur(OpenInRoot(root, "/", O_PATH | O_DIRECTORY));
  if (!cur.valid()) return {"openat2", errno};
  std::vector<std::string> parts = Components(op.target);
  std::string prefix;
  for (size_t i = 0; i < parts.size(); i++) {
    const std::string& name = parts[i];
    if (name == "." || name == "..") return {"openat2", EINVAL};
    prefix += "/" + name;
    bool last = i + 1 == parts.size();
    bool dir = !last || op.fstype == "dir";
    Fd next(OpenInRoot(root, prefix, O_PATH | (last ? 0 : O_DIRECTORY)));
    if (!next.valid()) {
      if (errno != ENOENT) return {"openat2", errno};
      if (dir) {
        if (mkdirat(cur.get(), name.c_str(), 0755) != 0 && errno != EEXIST) return {"mkdirat", errno};
      } else {
        Fd f(openat(cur.get(), name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
        if (!f.valid() && errno != EEXIST) return {"openat", errno};
      }
      next.Reset(OpenInRoot(root, prefix, O_PATH | (last ? 0 : O_DIRECTORY)));
      if (!next.valid()) return {"openat2", errno};
    }
    cur = std::move(next);
  }
  *out = std::move(cur);
  return {};
}

}  // namespace

MountError BindInRoot(const std::string& rootfs, const Op& op) {
  Fd src(open(op.source.c_str(), O_PATH | O_CLOEXEC));
  if (!src.valid()) return {"open", errno};
  struct stat st;
  if (fstat(src.get(), &st) != 0) return {"fstat", errno};
  bool want_dir = op.fstype == "dir";
  if (want_dir != S_ISDIR(st.st_mode)) return {"fstat", want_dir ? ENOTDIR : EISDIR};

  Fd root(open(rootfs.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
  if (!root.valid()) return {"open", errno};
  Fd target;
  MountError e = OpenTarget(root.get(), op, &target);
  if (e.err) return e;

  bool recursive = op.flags & kBindRecursive;
  unsigned tree_flags = OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC | AT_EMPTY_PATH | (recursive ? AT_RECURSIVE : 0);
  Fd tree(open_tree(src.get(), "", tree_flags));
  if (!tree.valid()) return {"open_tree", errno};
  if (op.flags & kBindReadonly) {
    // only MOUNT_ATTR_RDONLY is set: nosuid/nodev/noexec of the source stay as they are
    struct mount_attr attr = {};
    attr.attr_set = MOUNT_ATTR_RDONLY;
    unsigned at = AT_EMPTY_PATH | ((op.flags & kBindReadonlyRecursive) ? AT_RECURSIVE : 0);
    if (mount_setattr(tree.get(), "", at, &attr, sizeof attr) != 0) return {"mount_setattr", errno};
  }
  if (op.mode != 0) {
    struct mount_attr attr = {};
    attr.propagation = op.mode;
    unsigned at = AT_EMPTY_PATH | ((op.flags & kBindPropagationRecursive) ? AT_RECURSIVE : 0);
    if (mount_setattr(tree.get(), "", at, &attr, sizeof attr) != 0) return {"mount_setattr", errno};
  }
  if (move_mount(tree.get(), "", target.get(), "", MOVE_MOUNT_F_EMPTY_PATH | MOVE_MOUNT_T_EMPTY_PATH) != 0) return {"move_mount", errno};
  return {};
}

}  // namespace keel::shim
