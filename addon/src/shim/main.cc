// keel-shim BUNDLE: the parent of one container. Reads BUNDLE/plan, daemonizes (so it is no
// child of execd and outlives it), clones the container's init into new namespaces, keeps its
// stdout and stderr in BUNDLE/<id>-json.log, collects its exit status. It reports through files
// in BUNDLE, each written atomically (temp + rename): see addon/PROTOCOL.md.
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "../errno-names.h"
#include "cgroup.h"
#include "init.h"
#include "io.h"
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

// How long the output waits for a first attached client (execd writes BUNDLE/hold when one is
// on its way: `docker run -it` attaches before it starts); 0: none.
int HoldMs() {
  std::string text;
  if (!ReadFile(g_bundle + "/hold", &text)) return 0;
  unlink((g_bundle + "/hold").c_str());  // for this start only
  int ms = atoi(text.c_str());
  return ms > 0 && ms <= 600000 ? ms : 0;
}

// The process exec'd: records its pid, copies its stdio (io.h) until it has exited and its output
// is drained, records its exit, then lets the attached clients go (so the exit is on record when
// their streams end).
int Run(pid_t pid, Io& io) {
  std::string started = "{\"pid\":" + std::to_string(pid) + ",\"startTime\":" + JsonString(ProcStartTime(pid)) +
                        ",\"startedMs\":" + std::to_string(NowMs()) + ",\"shimPid\":" + std::to_string(getpid()) + "}\n";
  if (!WriteFileAtomic(g_bundle + "/pid", started)) {
    kill(pid, SIGKILL);  // nobody could ever find it
    Die("record", "rename", errno, g_bundle + "/pid");
  }
  int status = io.Run(pid);
  int sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  std::string exited = "{\"exitCode\":" + std::to_string(ExitCode(status)) + ",\"signal\":" + std::to_string(sig) +
                       ",\"finishedMs\":" + std::to_string(NowMs()) + ",\"oomKilled\":false}\n";
  WriteFileAtomic(g_bundle + "/exit", exited);
  io.Close();
  return 0;
}

// runc mode: runc sets the container up (runc create + start); the shim is its init's parent all the same.
int SuperviseRunc(const Plan& plan, Fd& devnull, Fd& out_r, Fd& out_w, Fd& err_r, Fd& err_w, JsonLog& json) {
  RuncFailure f;
  pid_t pid = RuncCreateStart(plan, g_bundle, devnull.get(), out_w.get(), err_w.get(), err_r.get(), &f);
  out_w.Reset();
  err_w.Reset();
  devnull.Reset();
  if (pid < 0) {
    WriteFileAtomic(g_bundle + "/start-error", StartError(f.step, f.syscall, f.err, plan.runc, f.message.empty() ? strerror(f.err) : f.message));
    return 1;
  }
  IoConfig cfg;
  cfg.log = &json;
  Io io(cfg, out_r.Release(), err_r.Release(), -1);
  return Run(pid, io);
}

// The child's stdio: pipes for stdout and stderr (unused with a tty), stdin from a pipe the shim
// writes (open_stdin without a tty) or /dev/null, and a socket pair the pty's master comes back on.
struct Stdio {
  Fd devnull, out_r, out_w, err_r, err_w, in_r, in_w, tty_shim, tty_child;
  void Make(const Plan& plan) {
    devnull.Reset(open("/dev/null", O_RDONLY | O_CLOEXEC));
    if (!devnull.valid()) Die("stdio", "open", errno, "/dev/null");
    int out[2], err[2];
    if (pipe2(out, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0) Die("stdio", "pipe2", errno);
    out_r.Reset(out[0]), out_w.Reset(out[1]), err_r.Reset(err[0]), err_w.Reset(err[1]);
    if (plan.open_stdin && !plan.tty) {
      int in[2];
      if (pipe2(in, O_CLOEXEC) != 0) Die("stdio", "pipe2", errno);
      in_r.Reset(in[0]), in_w.Reset(in[1]);
    }
    if (plan.tty) {
      int sp[2];
      if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sp) != 0) Die("stdio", "socketpair", errno);
      tty_shim.Reset(sp[0]), tty_child.Reset(sp[1]);
    }
  }
  int Stdin() const { return in_r.valid() ? in_r.get() : devnull.get(); }
  // the parent's side once the child has its own
  void ChildStarted() {
    out_w.Reset(), err_w.Reset(), in_r.Reset(), devnull.Reset(), tty_child.Reset();
  }
};

// Reads the child's report from the sync pipe: EOF alone means its execve succeeded; else the
// report goes into start-error and the shim exits 1.
void AwaitExec(pid_t pid, Fd& sync_r) {
  std::string report;
  char buf[65536];
  for (;;) {
    ssize_t n = read(sync_r.get(), buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    report.append(buf, static_cast<size_t>(n));
  }
  if (report.empty()) return;
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
  _exit(1);
}

// The child starts with default dispositions and nothing blocked: the raw syscall, as glibc
// refuses to touch its own reserved signals (32, 33), which may be ignored here.
void ResetSignals() {
  struct { void* handler; unsigned long flags; void* restorer; uint64_t mask; } dfl = {nullptr, 0, nullptr, 0};  // SIG_DFL
  for (int sig = 1; sig <= 64; sig++) {
    if (sig != SIGKILL && sig != SIGSTOP) syscall(SYS_rt_sigaction, sig, &dfl, nullptr, sizeof dfl.mask);
  }
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);
}

// Once the child exec'd: the pty master (with a tty), the sockets, then Run.
int Serve(const Plan& plan, pid_t pid, Stdio& io_fds, JsonLog* json) {
  IoConfig cfg;
  cfg.dir = plan.io_dir;
  cfg.listen = !plan.io_dir.empty();
  cfg.tty = plan.tty;
  cfg.stdin_once = plan.stdin_once;
  cfg.log = json;
  cfg.hold_ms = cfg.listen ? HoldMs() : 0;
  int out = io_fds.out_r.Release(), err = io_fds.err_r.Release(), in = io_fds.in_w.Release();
  if (plan.tty) {
    int master = RecvFd(io_fds.tty_shim.get());
    if (master < 0) {
      kill(pid, SIGKILL);
      Die("tty", "recvmsg", errno);
    }
    close(out);
    close(err);
    out = master;
    err = -1;
    in = fcntl(master, F_DUPFD_CLOEXEC, 3);
  }
  Io io(cfg, out, err, in);
  if (!io.Listen()) {
    int e = errno;
    kill(pid, SIGKILL);
    Die("attach", "bind", e, plan.io_dir);
  }
  return Run(pid, io);
}

void BlockChld() {
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld, nullptr);
}

int Supervise(const Plan& plan) {
  LogFile log(plan.log, plan.log_max_size, plan.log_max_file);
  if (!log.Open()) Die("log", "open", errno, plan.log);
  JsonLog json(&log);
  Stdio io_fds;
  io_fds.Make(plan);
  int sync[2], go[2];
  if (pipe2(sync, O_CLOEXEC) != 0 || pipe2(go, O_CLOEXEC) != 0) Die("stdio", "pipe2", errno);
  Fd sync_r(sync[0]), sync_w(sync[1]), go_r(go[0]), go_w(go[1]);

  BlockChld();  // Io::Run learns of the exit through a signalfd (runc mode too)
  if (!plan.runc.empty()) return SuperviseRunc(plan, io_fds.devnull, io_fds.out_r, io_fds.out_w, io_fds.err_r, io_fds.err_w, json);

  BlockChld();
  // a fork-like clone (no new stack): the child is pid 1 of its own pid namespace
  pid_t pid = static_cast<pid_t>(syscall(SYS_clone, plan.clone_flags | SIGCHLD, nullptr, nullptr, nullptr, nullptr));
  if (pid < 0) Die("clone", "clone", errno);
  if (pid == 0) {
    ResetSignals();
    go_w.Reset();
    io_fds.tty_shim.Reset();
    AwaitCgroups(plan, go_r.get(), sync_w.get());
    RunInit(plan, sync_w.get(), io_fds.Stdin(), io_fds.out_w.get(), io_fds.err_w.get(), io_fds.tty_child.get());
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
  sync_w.Reset();
  io_fds.ChildStarted();
  AwaitExec(pid, sync_r);
  return Serve(plan, pid, io_fds, &json);
}

// exec mode: a new process in a running container (plan `join`): the shim enters the container's
// pid namespace (for its children), forks, puts the child into the container's cgroups, and the
// child joins the other namespaces and execs under the container's confinement.
int SuperviseExec(const Plan& plan) {
  const char* names[] = {"pid", "ipc", "uts", "net", "cgroup", "mnt"};
  Fd ns[6];
  for (int i = 0; i < 6; i++) {
    std::string path = "/proc/" + std::to_string(plan.join) + "/ns/" + names[i];
    ns[i].Reset(open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!ns[i].valid()) Die("join", "open", errno, path);
  }
  if (setns(ns[0].get(), CLONE_NEWPID) != 0) Die("join", "setns", errno, "pid");
  Stdio io_fds;
  io_fds.Make(plan);
  int sync[2], go[2];
  if (pipe2(sync, O_CLOEXEC) != 0 || pipe2(go, O_CLOEXEC) != 0) Die("stdio", "pipe2", errno);
  Fd sync_r(sync[0]), sync_w(sync[1]), go_r(go[0]), go_w(go[1]);
  BlockChld();
  pid_t pid = fork();
  if (pid < 0) Die("fork", "fork", errno);
  if (pid == 0) {
    ResetSignals();
    go_w.Reset();
    io_fds.tty_shim.Reset();
    AwaitCgroups(plan, go_r.get(), sync_w.get());
    JoinNs j;
    j.ipc = ns[1].get(), j.uts = ns[2].get(), j.net = ns[3].get(), j.cgroup = ns[4].get(), j.mnt = ns[5].get();
    RunExec(plan, j, sync_w.get(), io_fds.Stdin(), io_fds.out_w.get(), io_fds.err_w.get(), io_fds.tty_child.get());
  }
  for (Fd& f : ns) f.Reset();
  go_r.Reset();
  std::string cgroup_path;
  if (int e = JoinCgroups(plan, pid, &cgroup_path)) {
    (void)!write(go_w.get(), "x", 1);
    kill(pid, SIGKILL);
    while (waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {}
    Die("cgroup", "write", e, cgroup_path, strerror(e));
  }
  go_w.Reset();
  sync_w.Reset();
  io_fds.ChildStarted();
  AwaitExec(pid, sync_r);
  return Serve(plan, pid, io_fds, nullptr);
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
  return plan.join ? SuperviseExec(plan) : Supervise(plan);
}
