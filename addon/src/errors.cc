#include "errors.h"

#include "errno-names.h"

#include <cstring>
#include <string>

namespace keel {

void ThrowErrno(Napi::Env env, int err, const char* syscall, const std::string& path) {
  std::string msg = std::string(syscall) + ": " + ErrnoName(err) + " (" + strerror(err) + ")";
  if (!path.empty()) msg += " " + path;
  Napi::Error e = Napi::Error::New(env, msg);
  e.Set("code", Napi::String::New(env, ErrnoName(err)));
  e.Set("errno", Napi::Number::New(env, err));
  e.Set("syscall", Napi::String::New(env, syscall));
  if (!path.empty()) e.Set("path", Napi::String::New(env, path));
  e.ThrowAsJavaScriptException();
}

}  // namespace keel
