// --init: a tiny init (as tini / docker-init) stays pid 1 of the container, its command a child.
#pragma once

namespace keel::shim {

// Forks, just before execve. Returns in the child only (with the signal mask it was called
// with), which goes on to exec the command and reports an exec error over sync_fd as before.
// The parent never returns: it closes every fd but 0-2 (sync_fd too), forwards every signal it can catch to the
// child, reaps every process that ends up its child (waitpid(-1)), and once the command is
// reaped exits with its status (128+n for death by signal n). A failed fork is reported over
// sync_fd as step "init" and exits 127.
void RunTinyInit(int sync_fd);

}  // namespace keel::shim
