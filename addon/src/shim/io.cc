#include "io.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <termios.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace keel::shim {

namespace {

constexpr size_t kMaxPending = 4 << 20;  // a client that lets this much output pile up is dropped
constexpr int kCloseMs = 2000;           // how long Close() tries to deliver what is queued

void NonBlocking(int fd) {
  int fl = fcntl(fd, F_GETFL);
  if (fl >= 0) fcntl(fd, F_SETFL, fl | O_NONBLOCK);
}

int ListenAt(const std::string& path) {
  struct sockaddr_un sa = {};
  sa.sun_family = AF_UNIX;
  if (path.size() >= sizeof sa.sun_path) {
    errno = ENAMETOOLONG;
    return -1;
  }
  memcpy(sa.sun_path, path.c_str(), path.size() + 1);
  int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0) return -1;
  unlink(path.c_str());
  if (bind(fd, reinterpret_cast<struct sockaddr*>(&sa), sizeof sa) != 0 || chmod(path.c_str(), 0600) != 0 || listen(fd, 16) != 0) {
    int e = errno;
    close(fd);
    errno = e;
    return -1;
  }
  return fd;
}

}  // namespace

Io::Io(IoConfig cfg, int out, int err, int in) : cfg_(std::move(cfg)), out_(out), err_(err), in_(in) {
  for (int fd : {out, err, in}) {
    if (fd >= 0) NonBlocking(fd);
  }
}

Io::~Io() { Close(); }

bool Io::Listen() {
  if (!cfg_.listen) return true;
  attach_.Reset(ListenAt(cfg_.dir + "/attach.sock"));
  if (!attach_.valid()) return false;
  control_.Reset(ListenAt(cfg_.dir + "/control.sock"));
  return control_.valid();
}

void Io::Accept(int listener, bool control) {
  for (;;) {
    int fd = accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0) return;
    Client c;
    c.fd.Reset(fd);
    c.control = control;
    clients_.push_back(std::move(c));
    if (!control) holding_ = false;  // the first attach ends the hold: output flows to it
  }
}

void Io::Output(int stream, const char* data, size_t len) {
  if (cfg_.log) cfg_.log->Feed(stream, data, len);
  std::string frame;
  if (!cfg_.tty) {
    char h[8] = {static_cast<char>(stream + 1), 0, 0, 0,
                 static_cast<char>(len >> 24), static_cast<char>(len >> 16), static_cast<char>(len >> 8), static_cast<char>(len)};
    frame.assign(h, 8);
  }
  for (Client& c : clients_) {
    if (c.control || !c.fd.valid()) continue;
    c.pending.append(frame);
    c.pending.append(data, len);
    if (c.pending.size() > kMaxPending) c.fd.Reset();
    else ClientWritable(c);
  }
}

// Reads once from an output; true when bytes came. EOF (or EIO: a pty whose other side is all
// closed) ends that output.
bool Io::ReadOutput(int stream, bool* ended) {
  Fd& fd = stream == 0 ? out_ : err_;
  if (!fd.valid()) return false;
  char buf[65536];
  ssize_t n = read(fd.get(), buf, sizeof buf);
  if (n > 0) {
    Output(stream, buf, static_cast<size_t>(n));
    return true;
  }
  if (n < 0 && (errno == EINTR || errno == EAGAIN)) return false;
  if (cfg_.log) cfg_.log->Flush(stream);
  // the pty master stays open as the input's sink (in_) while the process lives
  fd.Reset();
  if (ended) *ended = true;
  return false;
}

void Io::ClientWritable(Client& c) {
  while (!c.pending.empty() && c.fd.valid()) {
    ssize_t n = send(c.fd.get(), c.pending.data(), c.pending.size(), MSG_NOSIGNAL);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno != EAGAIN) c.fd.Reset();
      return;
    }
    c.pending.erase(0, static_cast<size_t>(n));
  }
}

void Io::ClientReadable(Client& c) {
  char buf[65536];
  ssize_t n = read(c.fd.get(), buf, c.control ? 256 : sizeof buf);
  if (n < 0) {
    if (errno != EINTR && errno != EAGAIN) c.fd.Reset();
    return;
  }
  if (c.control) {
    if (n == 0) {
      c.fd.Reset();
      return;
    }
    c.line.append(buf, static_cast<size_t>(n));
    if (c.line.find('\n') != std::string::npos) Control(c);
    else if (c.line.size() > 256) c.fd.Reset();
    return;
  }
  if (n > 0) {
    Input(buf, static_cast<size_t>(n));
    return;
  }
  // the client's input ended (it may still read output): with stdin_once and no tty, so does
  // the process's stdin
  c.input_done = true;
  if (cfg_.stdin_once && !cfg_.tty && in_.valid()) {
    close_in_after_flush_ = true;
    FlushInput();
  }
}

void Io::Control(Client& c) {
  std::string line = c.line.substr(0, c.line.find('\n'));
  unsigned rows = 0, cols = 0;
  std::string answer = "ok\n";
  if (sscanf(line.c_str(), "resize %u %u", &rows, &cols) == 2 && rows <= 65535 && cols <= 65535) {
    if (cfg_.tty && in_.valid()) {
      struct winsize ws = {};
      ws.ws_row = static_cast<unsigned short>(rows);
      ws.ws_col = static_cast<unsigned short>(cols);
      if (ioctl(in_.get(), TIOCSWINSZ, &ws) != 0) answer = std::string("error ") + strerror(errno) + "\n";
    }
  } else {
    answer = "error unknown request\n";
  }
  (void)!send(c.fd.get(), answer.data(), answer.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
  c.fd.Reset();
}

void Io::Input(const char* data, size_t len) {
  if (!in_.valid() || close_in_after_flush_) return;  // stdin not open: dropped
  in_pending_.append(data, len);
  FlushInput();
}

void Io::FlushInput() {
  while (!in_pending_.empty() && in_.valid()) {
    ssize_t n = write(in_.get(), in_pending_.data(), in_pending_.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) return;
      in_pending_.clear();  // the reader is gone
      if (!cfg_.tty) in_.Reset();
      return;
    }
    in_pending_.erase(0, static_cast<size_t>(n));
  }
  if (in_pending_.empty() && close_in_after_flush_ && !cfg_.tty) in_.Reset();
}

int Io::Run(pid_t pid) {
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  Fd sig(signalfd(-1, &chld, SFD_CLOEXEC | SFD_NONBLOCK));
  holding_ = cfg_.hold_ms > 0;
  int64_t hold_until = NowMs() + cfg_.hold_ms;
  bool exited = false;
  int status = 0;
  auto reap = [&]() {
    int st = 0;
    pid_t r;
    while ((r = waitpid(-1, &st, WNOHANG)) > 0) {
      if (r == pid) {
        exited = true;
        status = st;
      }
    }
  };
  reap();
  std::vector<struct pollfd> fds;
  for (;;) {
    if (exited && !holding_) break;
    enum Kind { kSig, kAttach, kControl, kOut, kErr, kIn, kClient };
    std::vector<std::pair<Kind, size_t>> what;
    fds.clear();
    auto add = [&](int fd, short ev, Kind k, size_t i = 0) {
      fds.push_back({fd, ev, 0});
      what.emplace_back(k, i);
    };
    add(sig.get(), POLLIN, kSig);
    if (attach_.valid()) add(attach_.get(), POLLIN, kAttach);
    if (control_.valid()) add(control_.get(), POLLIN, kControl);
    if (!holding_ && out_.valid()) add(out_.get(), POLLIN, kOut);
    if (!holding_ && err_.valid()) add(err_.get(), POLLIN, kErr);
    if (in_.valid() && !in_pending_.empty()) add(in_.get(), POLLOUT, kIn);
    for (size_t i = 0; i < clients_.size(); i++) {
      Client& c = clients_[i];
      short ev = 0;
      if (c.control || (!c.input_done && in_pending_.size() < kMaxPending)) ev |= POLLIN;
      if (!c.pending.empty()) ev |= POLLOUT;
      add(c.fd.get(), ev, kClient, i);
    }
    int timeout = -1;
    if (holding_) timeout = static_cast<int>(std::max<int64_t>(0, hold_until - NowMs()));
    int r = poll(fds.data(), fds.size(), timeout);
    if (r < 0 && errno != EINTR) break;
    if (holding_ && NowMs() >= hold_until) holding_ = false;
    if (r <= 0) continue;
    for (size_t k = 0; k < fds.size(); k++) {
      short rev = fds[k].revents;
      if (!rev) continue;
      auto [kind, i] = what[k];
      switch (kind) {
        case kSig: {
          struct signalfd_siginfo si;
          while (read(sig.get(), &si, sizeof si) == sizeof si) {}
          reap();
          break;
        }
        case kAttach: Accept(attach_.get(), false); break;
        case kControl: Accept(control_.get(), true); break;
        case kOut: ReadOutput(0, nullptr); break;
        case kErr: ReadOutput(1, nullptr); break;
        case kIn: FlushInput(); break;
        case kClient: {
          if (i >= clients_.size() || !clients_[i].fd.valid()) break;
          if (rev & POLLOUT) ClientWritable(clients_[i]);
          if (clients_[i].fd.valid() && (rev & (POLLIN | POLLHUP | POLLERR))) ClientReadable(clients_[i]);
          // gone both ways (closed, not just its input shut): nothing more to read or write
          if (clients_[i].fd.valid() && (rev & (POLLHUP | POLLERR)) && clients_[i].input_done) clients_[i].fd.Reset();
          break;
        }
      }
    }
    // dropped clients go (accepts above may have grown the list: indexes are only used in this pass)
    std::vector<Client> keep;
    for (Client& c : clients_) {
      if (c.fd.valid()) keep.push_back(std::move(c));
    }
    clients_.swap(keep);
  }
  // the process is gone: what it (and anything it left behind) wrote so far is delivered
  for (int s = 0; s < 2; s++) {
    bool ended = false;
    while (ReadOutput(s, &ended)) {}
    if (cfg_.log && !ended) cfg_.log->Flush(s);
  }
  return status;
}

void Io::Close() {
  int64_t until = NowMs() + kCloseMs;
  for (;;) {
    std::vector<struct pollfd> fds;
    for (Client& c : clients_) {
      if (c.fd.valid() && !c.pending.empty()) fds.push_back({c.fd.get(), POLLOUT, 0});
    }
    int64_t left = until - NowMs();
    if (fds.empty() || left <= 0) break;
    poll(fds.data(), fds.size(), static_cast<int>(left));
    for (Client& c : clients_) {
      if (c.fd.valid() && !c.pending.empty()) ClientWritable(c);
    }
  }
  clients_.clear();
  if (attach_.valid()) unlink((cfg_.dir + "/attach.sock").c_str());
  if (control_.valid()) unlink((cfg_.dir + "/control.sock").c_str());
  attach_.Reset();
  control_.Reset();
}

}  // namespace keel::shim
