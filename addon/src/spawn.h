#pragma once
#include <napi.h>

namespace keel {

// spawnDetached(file: string, args: string[]): Promise<{pid, exitCode, signal}>
Napi::Value SpawnDetached(const Napi::CallbackInfo& info);

}  // namespace keel
