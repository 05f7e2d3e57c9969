// The process's stdio while it runs: its output into the json-file log (containers) and to every
// attached client, the clients' input into its stdin, window sizes onto its pty. Clients reach
// the shim through two unix sockets in its dir (addon/PROTOCOL.md, "Attach and control"):
//   attach.sock   output out (raw with a tty, else Docker's 8-byte frames), input in (raw)
//   control.sock  one line a connection: "resize ROWS COLS\n", answered "ok\n" or "error ...\n"
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

#include "log.h"
#include "util.h"

namespace keel::shim {

struct IoConfig {
  std::string dir;          // where attach.sock and control.sock are made
  bool listen = false;      // make the sockets (else the output only goes to the log)
  bool tty = false;         // out is the pty master (raw bytes, also the input's sink)
  bool stdin_once = false;  // the first client's input EOF closes the process's stdin
  JsonLog* log = nullptr;   // null: the output is not logged (exec)
  int hold_ms = 0;          // the output is not read until a client attaches or this passes
};

class Io {
 public:
  // out: the pty master or the stdout pipe; err: the stderr pipe (-1 with a tty); in: where
  // clients' input goes (the pty master or the stdin pipe; -1: dropped). Takes them over.
  Io(IoConfig cfg, int out, int err, int in);
  ~Io();
  // Makes the sockets (when cfg.listen); false with errno set on failure.
  bool Listen();
  // Copies until pid has exited and its output is drained; returns its wait status. SIGCHLD
  // must be blocked in the caller. The clients stay connected until Close().
  int Run(pid_t pid);
  // Sends what is still queued to the clients (for a short while at most) and closes them.
  void Close();

 private:
  struct Client {
    Fd fd;
    bool control = false;  // a control.sock connection
    bool input_done = false;
    std::string pending;   // output not yet written (the socket is non-blocking)
    std::string line;      // control: the request so far
  };
  void Accept(int listener, bool control);
  void Output(int stream, const char* data, size_t len);
  bool ReadOutput(int stream, bool* ended);
  void ClientReadable(Client& c);
  void ClientWritable(Client& c);
  void Control(Client& c);
  void Input(const char* data, size_t len);
  void FlushInput();

  IoConfig cfg_;
  Fd out_, err_, in_;
  Fd attach_, control_;
  std::vector<Client> clients_;
  std::string in_pending_;
  bool close_in_after_flush_ = false;
  bool holding_ = false;
};

}  // namespace keel::shim
