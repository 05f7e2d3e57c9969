// BPF_PROG_TYPE_CGROUP_DEVICE: load a program and attach it to a cgroup v2 directory. What the
// program says (the device allow-list) is compiled in TypeScript (execd/src/cgroups/device-filter.ts).
#pragma once
#include <napi.h>

namespace keel {

Napi::Value AttachDeviceFilter(const Napi::CallbackInfo& info);

}  // namespace keel
