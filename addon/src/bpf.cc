#include "bpf.h"

#include <fcntl.h>
#include <linux/bpf.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "errors.h"

namespace keel {

namespace {
long Bpf(int cmd, union bpf_attr* attr) { return syscall(SYS_bpf, cmd, attr, sizeof(*attr)); }
}  // namespace

// attachDeviceFilter(cgroupDir, insns: Buffer of struct bpf_insn): loads the program and attaches
// it to the cgroup (BPF_F_ALLOW_MULTI, as runc); the cgroup keeps it alive, the fds are closed.
Napi::Value AttachDeviceFilter(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() != 2 || !info[0].IsString() || !info[1].IsBuffer()) {
    Napi::TypeError::New(env, "attachDeviceFilter(cgroupDir, insns: Buffer)").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  std::string dir = info[0].As<Napi::String>();
  auto insns = info[1].As<Napi::Buffer<char>>();
  if (insns.Length() == 0 || insns.Length() % sizeof(struct bpf_insn) != 0) {
    Napi::TypeError::New(env, "attachDeviceFilter: insns must be whole bpf_insn records").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  int cg = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (cg < 0) {
    ThrowErrno(env, errno, "open", dir);
    return env.Undefined();
  }
  static const char kLicense[] = "Apache-2.0";
  auto load_prog = [&](char* log, __u32 log_size) {
    union bpf_attr load;
    memset(&load, 0, sizeof load);
    load.prog_type = BPF_PROG_TYPE_CGROUP_DEVICE;
    load.insns = reinterpret_cast<__u64>(insns.Data());
    load.insn_cnt = static_cast<__u32>(insns.Length() / sizeof(struct bpf_insn));
    load.license = reinterpret_cast<__u64>(kLicense);
    if (log) {
      load.log_buf = reinterpret_cast<__u64>(log);
      load.log_size = log_size;
      load.log_level = 1;
    }
    return static_cast<int>(Bpf(BPF_PROG_LOAD, &load));
  };
  // without a log first (a long program's log overflows a small buffer: ENOSPC); refused, again
  // with one, for the verifier's reason
  int prog = load_prog(nullptr, 0);
  if (prog < 0) {
    int e = errno;
    std::string log(1 << 16, '\0');
    load_prog(log.data(), static_cast<__u32>(log.size()));
    log.resize(strnlen(log.c_str(), log.size()));
    close(cg);
    ThrowErrno(env, e, "bpf(BPF_PROG_LOAD)", log.empty() ? dir : log.substr(log.size() > 400 ? log.size() - 400 : 0));
    return env.Undefined();
  }
  union bpf_attr attach;
  memset(&attach, 0, sizeof attach);
  attach.target_fd = static_cast<__u32>(cg);
  attach.attach_bpf_fd = static_cast<__u32>(prog);
  attach.attach_type = BPF_CGROUP_DEVICE;
  attach.attach_flags = BPF_F_ALLOW_MULTI;
  long r = Bpf(BPF_PROG_ATTACH, &attach);
  int e = errno;
  close(prog);
  close(cg);
  if (r != 0) ThrowErrno(env, e, "bpf(BPF_PROG_ATTACH)", dir);
  return env.Undefined();
}

}  // namespace keel
