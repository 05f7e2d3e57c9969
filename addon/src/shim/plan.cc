#include "plan.h"

#include <cerrno>
#include <cstdlib>

namespace keel::shim {

namespace {

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t p = s.find(sep, start);
    out.push_back(s.substr(start, p == std::string::npos ? std::string::npos : p - start));
    if (p == std::string::npos) return out;
    start = p + 1;
  }
}

bool Number(const std::string& s, unsigned long* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  errno = 0;
  *out = strtoul(s.c_str(), &end, 10);
  return errno == 0 && *end == '\0';
}

// "resource\x1fsoft\x1fhard", -1 for RLIM_INFINITY
bool ParseRlimit(const std::vector<std::string>& f, Rlimit* r) {
  unsigned long res = 0;
  if (f.size() != 3 || !Number(f[0], &res) || res >= RLIM_NLIMITS) return false;
  r->resource = static_cast<int>(res);
  rlim_t* out[2] = {&r->soft, &r->hard};
  for (int i = 0; i < 2; i++) {
    unsigned long v = 0;
    if (f[i + 1] == "-1") *out[i] = RLIM_INFINITY;
    else if (Number(f[i + 1], &v)) *out[i] = static_cast<rlim_t>(v);
    else return false;
  }
  return true;
}

}  // namespace

bool ParsePlan(const std::string& text, Plan* plan, std::string* err) {
  bool version = false;
  for (const std::string& rec : Split(text, '\0')) {
    if (rec.empty()) continue;
    size_t eq = rec.find('=');
    if (eq == std::string::npos) {
      *err = "record without '=': " + rec;
      return false;
    }
    std::string key = rec.substr(0, eq), value = rec.substr(eq + 1);
    unsigned long n = 0;
    std::vector<std::string> f = Split(value, '\x1f');
    if (key == "version") {
      if (value != "1") { *err = "plan version " + value + " is not 1"; return false; }
      version = true;
    } else if (key == "runc") {
      plan->runc = value;
    } else if (key == "runc-root") {
      plan->runc_root = value;
    } else if (key == "id") {
      plan->id = value;
    } else if (key == "rootfs") {
      plan->rootfs = value;
    } else if (key == "hostname") {
      plan->hostname = value;
    } else if (key == "cwd") {
      plan->cwd = value;
    } else if (key == "log") {
      plan->log = value;
    } else if (key == "path") {
      plan->path = value;
    } else if (key == "clone") {
      if (!Number(value, &plan->clone_flags)) { *err = "bad clone flags " + value; return false; }
    } else if (key == "loopback") {
      plan->loopback = value == "1";
    } else if (key == "uid" || key == "gid" || key == "group") {
      if (!Number(value, &n)) { *err = "bad " + key + " " + value; return false; }
      if (key == "uid") plan->uid = static_cast<uid_t>(n);
      else if (key == "gid") plan->gid = static_cast<gid_t>(n);
      else plan->groups.push_back(static_cast<gid_t>(n));
    } else if (key == "arg") {
      plan->args.push_back(value);
    } else if (key == "env") {
      plan->env.push_back(value);
    } else if (key == "mount") {
      Op op{Op::kMount, f[0], "", "", "", 0, 0, 0, 0};
      if (f.size() != 5 || !Number(f[3], &op.flags)) { *err = "bad mount " + value; return false; }
      op.target = f[1];
      op.fstype = f[2];
      op.data = f[4];
      plan->ops.push_back(op);
    } else if (key == "bind") {
      Op op{Op::kBind, f[0], "", "", "", 0, 0, 0, 0};
      unsigned long prop = 0;
      if (f.size() != 5 || (f[2] != "dir" && f[2] != "file") || !Number(f[3], &op.flags) || !Number(f[4], &prop) ||
          f[0].empty() || f[0][0] != '/' || f[1].empty() || f[1][0] != '/') {
        *err = "bad bind " + value;
        return false;
      }
      op.target = f[1];
      op.fstype = f[2];
      op.mode = static_cast<unsigned>(prop);
      plan->ops.push_back(op);
    } else if (key == "mknod") {
      Op op{Op::kMknod, "", f[0], "", "", 0, 0, 0, 0};
      unsigned long mode = 0, major = 0, minor = 0;
      unsigned long uid = 0, gid = 0;
      if ((f.size() != 4 && f.size() != 6) || !Number(f[1], &mode) || !Number(f[2], &major) || !Number(f[3], &minor) ||
          (f.size() == 6 && (!Number(f[4], &uid) || !Number(f[5], &gid)))) {
        *err = "bad mknod " + value;
        return false;
      }
      op.chown = f.size() == 6;
      op.uid = static_cast<uid_t>(uid);
      op.gid = static_cast<gid_t>(gid);
      op.mode = static_cast<unsigned>(mode);
      op.major = static_cast<unsigned>(major);
      op.minor = static_cast<unsigned>(minor);
      plan->ops.push_back(op);
    } else if (key == "symlink") {
      if (f.size() != 2) { *err = "bad symlink " + value; return false; }
      plan->ops.push_back(Op{Op::kSymlink, f[0], f[1], "", "", 0, 0, 0, 0});
    } else if (key == "mask") {
      plan->masked.push_back(value);
    } else if (key == "readonly") {
      plan->readonly.push_back(value);
    } else if (key.compare(0, 4, "cap-") == 0) {
      std::vector<unsigned>* set = key == "cap-bounding" ? &plan->cap_bounding : key == "cap-effective" ? &plan->cap_effective
                                 : key == "cap-permitted" ? &plan->cap_permitted : key == "cap-inheritable" ? &plan->cap_inheritable
                                 : key == "cap-ambient" ? &plan->cap_ambient : nullptr;
      if (!set) { *err = "unknown plan key " + key; return false; }
      plan->has_caps = true;
      set->clear();
      if (!value.empty()) {
        for (const std::string& c : f) {
          if (!Number(c, &n) || n > 63) { *err = "bad " + key + " " + value; return false; }
          set->push_back(static_cast<unsigned>(n));
        }
      }
    } else if (key == "cgroup") {
      if (value.empty() || value[0] != '/') { *err = "bad cgroup " + value; return false; }
      plan->cgroups.push_back(value);
    } else if (key == "unshare") {
      if (!Number(value, &plan->unshare_flags)) { *err = "bad unshare flags " + value; return false; }
    } else if (key == "log-max-size" || key == "log-max-file") {
      if (!Number(value, &n) || (key == "log-max-file" && (n < 1 || n > 1000000))) { *err = "bad " + key + " " + value; return false; }
      if (key == "log-max-size") plan->log_max_size = static_cast<off_t>(n);
      else plan->log_max_file = static_cast<unsigned>(n);
    } else if (key == "init") {
      plan->init = value == "1";
    } else if (key == "no-new-privs") {
      plan->no_new_privs = value == "1";
    } else if (key == "bpf") {
      unsigned long code = 0, jt = 0, jf = 0, k = 0;
      if (f.size() != 4 || !Number(f[0], &code) || !Number(f[1], &jt) || !Number(f[2], &jf) || !Number(f[3], &k) || code > 0xffff ||
          jt > 255 || jf > 255 || k > 0xffffffffUL) {
        *err = "bad bpf " + value;
        return false;
      }
      plan->seccomp.push_back(sock_filter{static_cast<__u16>(code), static_cast<__u8>(jt), static_cast<__u8>(jf), static_cast<__u32>(k)});
    } else if (key == "readonly-rootfs") {
      plan->readonly_rootfs = value == "1";
    } else if (key == "rlimit") {
      Rlimit r{};
      if (!ParseRlimit(f, &r)) { *err = "bad rlimit " + value; return false; }
      plan->rlimits.push_back(r);
    } else if (key == "tty" || key == "open-stdin" || key == "stdin-once") {
      bool on = value == "1";
      if (key == "tty") plan->tty = on;
      else if (key == "open-stdin") plan->open_stdin = on;
      else plan->stdin_once = on;
    } else if (key == "console") {
      unsigned long h = 0, w = 0;
      if (f.size() != 2 || !Number(f[0], &h) || !Number(f[1], &w) || h > 65535 || w > 65535) { *err = "bad console " + value; return false; }
      plan->console_height = static_cast<unsigned short>(h);
      plan->console_width = static_cast<unsigned short>(w);
    } else if (key == "io-dir") {
      if (value.empty() || value[0] != '/') { *err = "bad io-dir " + value; return false; }
      plan->io_dir = value;
    } else if (key == "join") {
      if (!Number(value, &n) || n == 0 || n > 4194304) { *err = "bad join pid " + value; return false; }
      plan->join = static_cast<pid_t>(n);
    } else {
      *err = "unknown plan key " + key;
      return false;
    }
  }
  if (!version) { *err = "plan has no version"; return false; }
  if (plan->rootfs.empty() || plan->rootfs[0] != '/') { *err = "plan has no absolute rootfs"; return false; }
  if (plan->args.empty()) { *err = "plan has no args"; return false; }
  if (plan->cwd.empty() || plan->cwd[0] != '/') { *err = "plan has no absolute cwd"; return false; }
  if (plan->log.empty() && plan->join == 0) { *err = "plan has no log"; return false; }
  if (plan->seccomp.size() > BPF_MAXINSNS) { *err = "seccomp filter is over BPF_MAXINSNS"; return false; }
  return true;
}

}  // namespace keel::shim
