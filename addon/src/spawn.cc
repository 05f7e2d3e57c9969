// spawnDetached(file, args): starts a helper (keel-shim) with posix_spawn, which vforks, so
// nothing of Node's address space is copied; the child leads a new session, with stdio on
// /dev/null, default signal dispositions and an empty signal mask. Resolves with how that
// first process exited: keel-shim forks its daemon and exits at once, so this is short. The
// wait runs on a thread of its own (never the libuv pool) and reports through a
// ThreadSafeFunction.
#include "spawn.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <thread>
#include <vector>

#include "errors.h"

extern char** environ;

namespace keel {

namespace {

struct Exit {
  int status;
};

}  // namespace

Napi::Value SpawnDetached(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() != 2 || !info[0].IsString() || !info[1].IsArray()) {
    Napi::TypeError::New(env, "spawnDetached(file, args)").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  std::string file = info[0].As<Napi::String>();
  Napi::Array arr = info[1].As<Napi::Array>();
  std::vector<std::string> args{file};
  for (uint32_t i = 0; i < arr.Length(); i++) {
    Napi::Value v = arr.Get(i);
    if (!v.IsString()) {
      Napi::TypeError::New(env, "spawnDetached: args must be strings").ThrowAsJavaScriptException();
      return env.Undefined();
    }
    args.push_back(v.As<Napi::String>());
  }
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t fa;
  posix_spawnattr_t attr;
  posix_spawn_file_actions_init(&fa);
  posix_spawnattr_init(&attr);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  sigset_t none, all;
  sigemptyset(&none);
  sigfillset(&all);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setsigdefault(&attr, &all);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, file.c_str(), &fa, &attr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  posix_spawnattr_destroy(&attr);
  if (rc != 0) {
    ThrowErrno(env, rc, "posix_spawn", file);
    return env.Undefined();
  }

  auto deferred = Napi::Promise::Deferred::New(env);
  auto tsfn = Napi::ThreadSafeFunction::New(env, Napi::Function::New(env, [](const Napi::CallbackInfo&) {}), "keel-spawn-wait", 0, 1);
  std::thread([tsfn, pid, deferred]() mutable {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    tsfn.BlockingCall(new Exit{status}, [pid, deferred](Napi::Env env, Napi::Function, Exit* e) {
      Napi::Object r = Napi::Object::New(env);
      r.Set("pid", Napi::Number::New(env, pid));
      r.Set("exitCode", WIFEXITED(e->status) ? Napi::Value(Napi::Number::New(env, WEXITSTATUS(e->status))) : env.Null());
      r.Set("signal", WIFSIGNALED(e->status) ? Napi::Value(Napi::Number::New(env, WTERMSIG(e->status))) : env.Null());
      delete e;
      deferred.Resolve(r);
    });
    tsfn.Release();
  }).detach();
  return deferred.Promise();
}

}  // namespace keel
