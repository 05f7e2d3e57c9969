#include "tiny-init.h"

#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include "confine.h"
#include "util.h"

#ifndef SYS_close_range
#define SYS_close_range 436
#endif

namespace keel::shim {

namespace {

// Signals the kernel raises for a fault of the init itself: left unblocked (as tini does).
// SIGTTIN/SIGTTOU too: a background read or write must not stop the init.
constexpr int kUnblocked[] = {SIGFPE, SIGILL, SIGSEGV, SIGBUS, SIGABRT, SIGTRAP, SIGSYS, SIGTTIN, SIGTTOU};

int StatusCode(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;  // stopped or continued: not gone
}

}  // namespace

void RunTinyInit(int sync_fd) {
  sigset_t forwarded, before;
  sigfillset(&forwarded);
  for (int s : kUnblocked) sigdelset(&forwarded, s);
  sigprocmask(SIG_SETMASK, &forwarded, &before);

  pid_t child = fork();
  if (child < 0) {
    std::string msg = std::string("init\x1f" "fork\x1f") + std::to_string(errno) + '\x1f';
    WriteAll(sync_fd, msg.data(), msg.size());
    _exit(127);
  }
  if (child == 0) {
    sigprocmask(SIG_SETMASK, &before, nullptr);
    return;
  }

  // the parent keeps only 0-2: the sync pipe is the child's to report over (its exec closes
  // it), and nothing else the shim handed down (its pipe ends, the log) is the init's business
  CloseInheritedFds();
  prctl(PR_SET_NAME, "keel-init", 0, 0, 0);
  for (;;) {
    siginfo_t info;
    struct timespec tick = {1, 0};  // reaps at least once a second whatever happens
    int sig = sigtimedwait(&forwarded, &info, &tick);
    if (sig > 0 && sig != SIGCHLD) kill(child, sig);
    for (;;) {
      int status = 0;
      pid_t pid = waitpid(-1, &status, WNOHANG);
      if (pid < 0 && errno == EINTR) continue;
      if (pid <= 0) break;
      if (pid == child) {
        int code = StatusCode(status);
        // the command is gone: the init leaves, and the kernel ends the rest of the namespace
        if (code >= 0) _exit(code);
      }
    }
  }
}

}  // namespace keel::shim
