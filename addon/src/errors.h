// Native errors cross into TypeScript as objects, never bare numbers:
// { code: 'EPERM', errno: 1, syscall: 'prctl', path?: '...' }.
#pragma once
#include <napi.h>
#include <string>

namespace keel {

// Throws a JS Error carrying code, errno, syscall (and path when given) for errno `err`.
void ThrowErrno(Napi::Env env, int err, const char* syscall, const std::string& path = "");

}  // namespace keel
