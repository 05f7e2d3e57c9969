// keel's native boundary: syscalls and little else. Everything exported here is declared in
// addon/native.d.ts; addon/index.ts is the only file that loads this module.
#include <napi.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <cerrno>

#include "errors.h"
#include "bpf.h"
#include "fs.h"
#include "spawn.h"

namespace {

// setParentDeathSignal(signo): the kernel sends signo to this process when its parent exits
// (prctl PR_SET_PDEATHSIG). Returns false when the parent is already gone (the caller should
// then exit itself), true otherwise.
Napi::Value SetParentDeathSignal(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() != 2 || !info[0].IsNumber() || !info[1].IsNumber()) {
    Napi::TypeError::New(env, "setParentDeathSignal(signo, expectedParentPid)").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  int signo = info[0].As<Napi::Number>().Int32Value();
  pid_t expected = info[1].As<Napi::Number>().Int32Value();
  if (prctl(PR_SET_PDEATHSIG, signo, 0, 0, 0) != 0) {
    keel::ThrowErrno(env, errno, "prctl");
    return env.Undefined();
  }
  // the parent may have died before the prctl: then we were re-parented already
  return Napi::Boolean::New(env, getppid() == expected);
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("setParentDeathSignal", Napi::Function::New(env, SetParentDeathSignal, "setParentDeathSignal"));
  exports.Set("spawnDetached", Napi::Function::New(env, keel::SpawnDetached, "spawnDetached"));
  exports.Set("lsetxattr", Napi::Function::New(env, keel::Lsetxattr, "lsetxattr"));
  exports.Set("lgetxattr", Napi::Function::New(env, keel::Lgetxattr, "lgetxattr"));
  exports.Set("mknod", Napi::Function::New(env, keel::Mknod, "mknod"));
  exports.Set("attachDeviceFilter", Napi::Function::New(env, keel::AttachDeviceFilter, "attachDeviceFilter"));
  return exports;
}

}  // namespace

NODE_API_MODULE(keel_native, Init)
