// keel-shim's runc mode: `runc create` then `runc start`, the shim staying the init's parent.
#include "runc.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>
#include <vector>

#include "util.h"

namespace keel::shim {
namespace {

// Runs runc with args; returns its wait status, or -1 with errno set.
int RunRunc(const Plan& plan, const std::vector<std::string>& args, int in, int out, int err) {
  std::vector<std::string> argv = {plan.runc, "--root", plan.runc_root};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<char*> cargv;
  for (auto& a : argv) cargv.push_back(a.data());
  cargv.push_back(nullptr);
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    // runc and the init it makes start with default dispositions and nothing blocked
    for (int sig = 1; sig < NSIG; sig++) signal(sig, SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    if (dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0) _exit(127);
    execv(plan.runc.c_str(), cargv.data());
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  return status;
}

// What runc wrote to the pipe before it failed (it has exited: what it wrote is there already).
std::string Drain(int fd) {
  std::string text;
  char buf[4096];
  struct pollfd p = {fd, POLLIN, 0};
  while (text.size() < 65536 && poll(&p, 1, 200) > 0) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    text.append(buf, static_cast<size_t>(n));
  }
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

std::string Describe(int status) {
  if (WIFEXITED(status)) return "runc exited with code " + std::to_string(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return "runc died of signal " + std::to_string(WTERMSIG(status));
  return "runc ended";
}

}  // namespace

pid_t RuncCreateStart(const Plan& plan, const std::string& bundle, int in, int out, int err, int err_r, RuncFailure* failure) {
  const std::string pid_file = bundle + "/runc.pid";
  int status = RunRunc(plan, {"create", "--bundle", bundle, "--pid-file", pid_file, plan.id}, in, out, err);
  if (status < 0) {
    *failure = {"runc-create", "fork", errno, ""};
    return -1;
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::string said = Drain(err_r);
    *failure = {"runc-create", "runc", 0, said.empty() ? Describe(status) : said};
    return -1;
  }
  std::string text;
  if (!ReadFile(pid_file, &text)) {
    *failure = {"runc-pid", "open", errno, ""};
    return -1;
  }
  pid_t pid = static_cast<pid_t>(atoi(text.c_str()));
  if (pid <= 1) {
    *failure = {"runc-pid", "read", EINVAL, "bad pid file: " + text};
    return -1;
  }
  // runc start's own output is not the container's: it goes to a pipe of its own
  int p[2];
  if (pipe2(p, O_CLOEXEC) != 0) {
    *failure = {"runc-start", "pipe2", errno, ""};
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
    return -1;
  }
  Fd start_r(p[0]), start_w(p[1]);
  status = RunRunc(plan, {"start", plan.id}, in, start_w.get(), start_w.get());
  start_w.Reset();
  if (status < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    int e = status < 0 ? errno : 0;
    std::string said = status < 0 ? "" : Drain(start_r.get());
    *failure = {"runc-start", status < 0 ? "fork" : "runc", e, said.empty() && status >= 0 ? Describe(status) : said};
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
    return -1;
  }
  return pid;
}

}  // namespace keel::shim
