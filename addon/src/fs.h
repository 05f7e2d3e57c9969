// lsetxattr, lgetxattr, mknod for graphd's layer unpacking.
#pragma once
#include <napi.h>

namespace keel {

Napi::Value Lsetxattr(const Napi::CallbackInfo& info);
Napi::Value Lgetxattr(const Napi::CallbackInfo& info);
Napi::Value Mknod(const Napi::CallbackInfo& info);

}  // namespace keel
