#include "log.h"

#include "util.h"

namespace keel::shim {

namespace {
constexpr size_t kMaxLine = 16 * 1024;
const char* const kStream[2] = {"stdout", "stderr"};
}  // namespace

void JsonLog::Entry(int stream, const std::string& text) {
  std::string line = "{\"log\":" + JsonString(text) + ",\"stream\":\"" + kStream[stream] + "\",\"time\":\"" + NowRfc3339Nano() + "\"}\n";
  file_->Write(line);  // a full disk loses log lines, never the container
}

void JsonLog::Feed(int stream, const char* data, size_t len) {
  std::string& b = buf_[stream];
  b.append(data, len);
  size_t start = 0;
  for (;;) {
    size_t nl = b.find('\n', start);
    if (nl == std::string::npos) break;
    Entry(stream, b.substr(start, nl + 1 - start));
    start = nl + 1;
  }
  b.erase(0, start);
  while (b.size() >= kMaxLine) {
    Entry(stream, b.substr(0, kMaxLine));
    b.erase(0, kMaxLine);
  }
}

void JsonLog::Flush(int stream) {
  if (!buf_[stream].empty()) Entry(stream, buf_[stream]);
  buf_[stream].clear();
}

}  // namespace keel::shim
