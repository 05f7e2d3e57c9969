{
  "targets": [
    {
      "target_name": "keel_native",
      "sources": ["src/native.cc", "src/errors.cc", "src/errno-names.cc", "src/spawn.cc", "src/fs.cc", "src/bpf.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS"],
      "cflags_cc": ["-std=c++17", "-Wall", "-Wextra", "-fno-exceptions"],
    },
    {
      # keel-shim: the per-container parent; a plain single-threaded executable, no Node inside
      "target_name": "keel-shim",
      "type": "executable",
      "sources": ["src/shim/main.cc", "src/shim/init.cc", "src/shim/runc.cc", "src/shim/mounts.cc", "src/shim/plan.cc", "src/shim/log.cc", "src/shim/util.cc", "src/shim/confine.cc", "src/shim/tiny-init.cc", "src/shim/log-file.cc", "src/shim/cgroup.cc", "src/shim/io.cc", "src/errno-names.cc"],
      "cflags_cc": ["-std=c++17", "-Wall", "-Wextra", "-fno-exceptions", "-O2"],
      # static: no dynamic loader work on the start path, nothing to resolve inside a container
      "ldflags": ["-static"],
    }
  ]
}
