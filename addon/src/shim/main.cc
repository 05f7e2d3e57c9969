// keel-shim BUNDLE: the parent of one container. Reads BUNDLE/plan, daemonizes (so it is no
// child of execd and outlives it), clones the container's init into new namespaces, keeps its
// stdout and stderr in BUNDLE/<id>-json.log, collects its exit status. It reports through files
// in BUNDLE, each written atomically (temp + rename): see addon/PROTOCOL.md.
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

#include "../errno-names.h"
#include "cgroup.h"
#include "init.h"
#include "log.h"
#include "plan.h"
#include "runc.h"
#include "util.h"

#ifndef SYS_close_range
#define SYS_close_range 436
#endif

using namespace keel::shim;  // NOLINT

namespace {

std::string g_bundle;

std::string StartError(const std::string& step, const std::string& syscall, int err, const std::string& path, const std::string& message = "") {
  return "{\"step\":" + JsonString(step) + ",\"syscall\":" + JsonString(syscall) + ",\"errno\":" + std::to_string(err) +
         ",\"code\":" + JsonString(keel::ErrnoName(err)) + ",\"path\":" + JsonString(path) + ",\"message\":" + JsonString(message) + "}\n";
}

[[noreturn]] void Die(const std::string& step, const std::string& syscall, int err, const std::string& path = "", const std::string& message = "") {
  WriteFileAtomic(g_bundle + "/start-error", StartError(step, syscall, err, path, message));
  _exit(1);
}

int ExitCode(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 255;
}

// The init exec'd: records its pid, copies its output into the log until both pipes end, records its exit.
int Run(pid_t pid, Fd& out_r, Fd& err_r, LogFile& log) {
  char buf[65536];
  std::string started = "{\"pid\":" + std::to_string(pid) + ",\"startTime\":" + JsonString(ProcStartTime(pid)) +
                        ",\"startedMs\":" + std::to_string(NowMs()) + ",\"shimPid\":" + std::to_string(getpid()) + "}\n";
  if (!WriteFileAtomic(g_bundle + "/pid", started)) {
    kill(pid, SIGKILL);  // nobody could ever find it
    Die("record", "rename", errno, g_bundle + "/pid");
  }

  // copy stdout and stderr into the log until both end (when the init dies, the kernel kills
  // the rest of its pid namespace, so nothing can hold them open)
  JsonLog json(&log);
  struct pollfd fds[2] = {{out_r.get(), POLLIN, 0}, {err_r.get(), POLLIN, 0}};
  int open_streams = 2;
  while (open_streams > 0) {
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int s = 0; s < 2; s++) {
      if (fds[s].fd < 0 || !(fds[s].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t n = read(fds[s].fd, buf, sizeof buf);
      if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
      if (n <= 0) {
        json.Flush(s);
        fds[s].fd = -1;
        open_streams--;
      } else {
        json.Feed(s, buf, static_cast<size_t>(n));
      }
    }
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  int sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  std::string exited = "{\"exitCode\":" + std::to_string(ExitCode(status)) + ",\"signal\":" + std::to_string(sig) +
                       ",\"finishedMs\":" + std::to_string(NowMs()) + ",\"oomKilled\":false}\n";
  WriteFileAtomic(g_bundle + "/exit", exited);
  return 0;
}

// runc mode: runc sets the container up (runc create + start); the shim is its init's parent all the same.
int SuperviseRunc(const Plan& plan, Fd& devnull, Fd& out_r, Fd& out_w, Fd& err_r, Fd& err_w, LogFile& log) {
  RuncFailure f;
  pid_t pid = RuncCreateStart(plan, g_bundle, devnull.get(), out_w.get(), err_w.get(), err_r.get(), &f);
  out_w.Reset();
  err_w.Reset();
  devnull.Reset();
  if (pid < 0) {
    WriteFileAtomic(g_bundle + "/start-error", StartError(f.step, f.syscall, f.err, plan.runc, f.message.empty() ? strerror(f.err) : f.message));
    return 1;
  }
  return Run(pid, out_r, err_r, log);
}

int Supervise(const Plan& plan) {
  LogFile log(plan.log, plan.log_max_size, plan.log_max_file);
  if (!log.Open()) Die("log", "open", errno, plan.log);
  Fd devnull(open("/dev/null", O_RDONLY | O_CLOEXEC));
  if (!devnull.valid()) Die("stdio", "open", errno, "/dev/null");
  int out[2], err[2], sync[2], go[2];
  if (pipe2(out, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0 || pipe2(sync, O_CLOEXEC) != 0 || pipe2(go, O_CLOEXEC) != 0) Die("stdio", "pipe2", errno);
  Fd out_r(out[0]), out_w(out[1]), err_r(err[0]), err_w(err[1]), sync_r(sync[0]), sync_w(sync[1]), go_r(go[0]), go_w(go[1]);

  if (!plan.runc.empty()) return SuperviseRunc(plan, devnull, out_r, out_w, err_r, err_w, log);

  // a fork-like clone (no new stack): the child is pid 1 of its own pid namespace
  pid_t pid = static_cast<pid_t>(syscall(SYS_clone, plan.clone_flags | SIGCHLD, nullptr, nullptr, nullptr, nullptr));
  if (pid < 0) Die("clone", "clone", errno);
  if (pid == 0) {
    // the container starts with default dispositions and nothing blocked: the raw syscall, as
    // glibc refuses to touch its own reserved signals (32, 33), which may be ignored here
    struct { void* handler; unsigned long flags; void* restorer; uint64_t mask; } dfl = {nullptr, 0, nullptr, 0};  // SIG_DFL
    for (int sig = 1; sig <= 64; sig++) {
      if (sig != SIGKILL && sig != SIGSTOP) syscall(SYS_rt_sigaction, sig, &dfl, nullptr, sizeof dfl.mask);
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    go_w.Reset();
    AwaitCgroups(plan, go_r.get(), sync_w.get());
    RunInit(plan, sync_w.get(), devnull.get(), out_w.get(), err_w.get());
  }
  go_r.Reset();
  std::string cgroup_path;
  if (int e = JoinCgroups(plan, pid, &cgroup_path)) {
    (void)!write(go_w.get(), "x", 1);
    kill(pid, SIGKILL);
    while (waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {}
    Die("cgroup", "write", e, cgroup_path, strerror(e));
  }
  go_w.Reset();  // the init goes on
  out_w.Reset();
  err_w.Reset();
  sync_w.Reset();
  devnull.Reset();

  // the init writes a report if a step failed; EOF alone means its execve succeeded
  std::string report;
  char buf[65536];
  for (;;) {
    ssize_t n = read(sync_r.get(), buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    report.append(buf, static_cast<size_t>(n));
  }
  if (!report.empty()) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    std::string f[4];
    size_t i = 0;
    for (int k = 0; k < 4; k++) {
      size_t j = k == 3 ? std::string::npos : report.find('\x1f', i);
      f[k] = report.substr(i, j == std::string::npos ? std::string::npos : j - i);
      if (j == std::string::npos) break;
      i = j + 1;
    }
    int e = atoi(f[2].c_str());
    WriteFileAtomic(g_bundle + "/start-error", StartError(f[0], f[1], e, f[3], strerror(e)));
    return 1;
  }
  return Run(pid, out_r, err_r, log);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2 || argv[1][0] != '/') {
    fprintf(stderr, "usage: keel-shim /absolute/bundle/dir\n");
    return 2;
  }
  g_bundle = argv[1];
  // nothing of the spawner's (execd's) open files stays with the shim or reaches the container
  if (syscall(SYS_close_range, 3U, ~0U, 0U) != 0) {
    for (int fd = 3; fd < 1024; fd++) close(fd);
  }
  std::string text, why;
  Plan plan;
  if (!ReadFile(g_bundle + "/plan", &text)) Die("plan", "open", errno, g_bundle + "/plan");
  if (!ParsePlan(text, &plan, &why)) Die("plan", "parse", EINVAL, g_bundle + "/plan", why);

  // daemonize: the caller (execd) reaps this first process at once; the second is reparented
  // to init (or the nearest subreaper) and leads a session of its own
  pid_t pid = fork();
  if (pid < 0) Die("daemonize", "fork", errno);
  if (pid > 0) _exit(0);
  if (setsid() < 0) Die("daemonize", "setsid", errno);
  int null_fd = open("/dev/null", O_RDWR);
  if (null_fd < 0) Die("daemonize", "open", errno, "/dev/null");
  for (int fd = 0; fd < 3; fd++) dup2(null_fd, fd);
  if (null_fd > 2) close(null_fd);
  if (chdir("/") != 0) Die("daemonize", "chdir", errno, "/");
  umask(022);
  signal(SIGPIPE, SIG_IGN);
  signal(SIGHUP, SIG_IGN);
  signal(SIGINT, SIG_IGN);
  // orphans of the container's init's parent chain come back to the shim, not to the host's init
  prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
  prctl(PR_SET_NAME, "keel-shim", 0, 0, 0);
  return Supervise(plan);
}
