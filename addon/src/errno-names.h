// errno → its symbolic name ("EPERM"), shared by the N-API module and keel-shim (no N-API here).
#pragma once

namespace keel {

const char* ErrnoName(int err);

}  // namespace keel
