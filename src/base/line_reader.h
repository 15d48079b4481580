// Streams lines from a SequentialFile with a bound on line length, so a
// 200 MB line costs max_line_bytes of memory, not 200 MB.
//
//   marsad::LineReader reader(file.get(), {.max_line_bytes = 1 << 20});
//   marsad::Line line;
//   while (true) {
//     absl::StatusOr<bool> more = reader.Next(&line);
//     if (!more.ok()) { /* I/O error */ break; }
//     if (!*more) break;                // end of file
//     if (line.too_long) { /* skip; line.length says how long */ continue; }
//     use(line.text);                   // without the '\n' (and '\r')
//   }
#ifndef MARSAD_BASE_LINE_READER_H_
#define MARSAD_BASE_LINE_READER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "base/env.h"

namespace marsad {

struct LineReaderOptions {
  // Lines longer than this are reported with too_long = true and their bytes
  // are skipped without being kept. Default 16 MiB; minimum 1.
  size_t max_line_bytes = 16u << 20;
  // Size of each read from the file.
  size_t read_size = 256u << 10;
};

struct Line {
  std::string_view text;     // valid until the next call to Next()
  uint64_t number = 0;       // 1-based
  uint64_t offset = 0;       // byte offset of the line's start in the file
  uint64_t length = 0;       // bytes in the line (without the terminator)
  bool too_long = false;     // text is empty; the line was skipped
  bool has_newline = false;  // false only for a last line without '\n'
};

class LineReader {
 public:
  // `file` must outlive the reader.
  LineReader(SequentialFile* file, LineReaderOptions options = {});

  // Fills *line and returns true, or returns false at end of file.
  absl::StatusOr<bool> Next(Line* line);

  // Bytes consumed so far.
  uint64_t position() const { return consumed_; }

 private:
  absl::StatusOr<bool> Fill();  // false at EOF

  SequentialFile* file_;
  LineReaderOptions options_;
  std::string buf_;  // holds [begin_, end_) unread bytes
  size_t begin_ = 0;
  std::string scratch_;
  std::string line_;       // assembled line when it spans reads
  uint64_t consumed_ = 0;  // file offset of buf_[begin_]
  uint64_t number_ = 0;
  bool eof_ = false;
};

}  // namespace marsad

#endif  // MARSAD_BASE_LINE_READER_H_
