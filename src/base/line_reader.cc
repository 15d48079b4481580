#include "base/line_reader.h"

#include <algorithm>
#include <cstring>

namespace marsad {

LineReader::LineReader(SequentialFile* file, LineReaderOptions options)
    : file_(file), options_(options) {
  options_.max_line_bytes = std::max<size_t>(options_.max_line_bytes, 1);
  options_.read_size = std::max<size_t>(options_.read_size, 16);
  scratch_.resize(options_.read_size);
}

absl::StatusOr<bool> LineReader::Fill() {
  if (eof_) return false;
  absl::StatusOr<std::string_view> got =
      file_->Read(options_.read_size, scratch_.data());
  if (!got.ok()) return got.status();
  if (got->empty()) {
    eof_ = true;
    return false;
  }
  if (begin_ > 0) {
    buf_.erase(0, begin_);
    begin_ = 0;
  }
  buf_.append(got->data(), got->size());
  return true;
}

absl::StatusOr<bool> LineReader::Next(Line* line) {
  *line = Line();
  line->offset = consumed_;
  line->number = ++number_;
  line_.clear();
  uint64_t length = 0;
  bool too_long = false;
  while (true) {
    std::string_view avail(buf_.data() + begin_, buf_.size() - begin_);
    const void* nl = std::memchr(avail.data(), '\n', avail.size());
    size_t take =
        nl ? static_cast<const char*>(nl) - avail.data() : avail.size();
    if (!too_long) {
      if (length + take > options_.max_line_bytes) {
        too_long = true;
        line_.clear();
        line_.shrink_to_fit();
      } else if (nl && line_.empty() && length == 0) {
        // Fast path: the whole line is in the buffer.
      } else {
        line_.append(avail.data(), take);
      }
    }
    length += take;
    if (nl) {
      std::string_view text;
      if (!too_long) {
        text = line_.empty() && length == take ? avail.substr(0, take)
                                               : std::string_view(line_);
      }
      begin_ += take + 1;
      consumed_ += take + 1;
      if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
      line->text = text;
      line->length = length;
      line->too_long = too_long;
      line->has_newline = true;
      return true;
    }
    begin_ += take;
    consumed_ += take;
    absl::StatusOr<bool> more = Fill();
    if (!more.ok()) return more.status();
    if (!*more) {
      if (length == 0) {
        --number_;
        return false;
      }
      std::string_view text = too_long ? std::string_view() : line_;
      if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
      line->text = text;
      line->length = length;
      line->too_long = too_long;
      line->has_newline = false;
      return true;
    }
  }
}

}  // namespace marsad
