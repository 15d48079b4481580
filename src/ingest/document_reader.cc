#include "ingest/document_reader.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "base/line_reader.h"
#include "base/utf8.h"
#include "ingest/jsonl_reader.h"

namespace marsad {
namespace {

constexpr size_t kChunk = 256u << 10;

// Replays bytes already read (for format sniffing) before the rest.
class PeekedFile : public SequentialFile {
 public:
  PeekedFile(std::unique_ptr<SequentialFile> base, std::string head)
      : base_(std::move(base)), head_(std::move(head)) {}
  absl::StatusOr<std::string_view> Read(size_t n, char* scratch) override {
    if (pos_ < head_.size()) {
      n = std::min(n, head_.size() - pos_);
      std::memcpy(scratch, head_.data() + pos_, n);
      pos_ += n;
      return std::string_view(scratch, n);
    }
    return base_->Read(n, scratch);
  }

 private:
  std::unique_ptr<SequentialFile> base_;
  std::string head_;
  size_t pos_ = 0;
};

// Streams the decompressed bytes of a gzip file (zlib; concatenated members
// are read one after another).
class GzipFile : public SequentialFile {
 public:
  GzipFile(std::unique_ptr<SequentialFile> base, std::string path)
      : base_(std::move(base)), path_(std::move(path)), in_(kChunk, '\0') {
    std::memset(&zs_, 0, sizeof zs_);
    ok_ = inflateInit2(&zs_, 16 + MAX_WBITS) == Z_OK;
  }
  ~GzipFile() override { inflateEnd(&zs_); }

  absl::StatusOr<std::string_view> Read(size_t n, char* scratch) override {
    if (!ok_) return absl::InternalError(absl::StrCat(path_, ": zlib init"));
    zs_.next_out = reinterpret_cast<Bytef*>(scratch);
    zs_.avail_out = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
    while (zs_.avail_out > 0 && !done_) {
      if (zs_.avail_in == 0) {
        absl::StatusOr<std::string_view> got =
            base_->Read(in_.size(), in_.data());
        if (!got.ok()) return got.status();
        if (got->empty()) {
          if (!member_ended_) {
            return absl::DataLossError(
                absl::StrCat(path_, ": truncated gzip stream"));
          }
          done_ = true;
          break;
        }
        zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(got->data()));
        zs_.avail_in = static_cast<uInt>(got->size());
      }
      member_ended_ = false;
      int r = inflate(&zs_, Z_NO_FLUSH);
      if (r == Z_STREAM_END) {
        member_ended_ = true;
        inflateReset(&zs_);
        if (zs_.avail_out < n) break;  // return what this member gave
      } else if (r != Z_OK && r != Z_BUF_ERROR) {
        return absl::DataLossError(absl::StrCat(
            path_, ": corrupt gzip data (", zs_.msg ? zs_.msg : "zlib", ")"));
      }
    }
    return std::string_view(scratch, n - zs_.avail_out);
  }

 private:
  std::unique_ptr<SequentialFile> base_;
  std::string path_;
  std::string in_;
  z_stream zs_;
  bool ok_ = false;
  bool done_ = false;
  bool member_ended_ = false;
};

bool HasExtension(std::string_view path, std::string_view ext) {
  if (path.ends_with(".gz")) path.remove_suffix(3);
  return path.ends_with(ext);
}

bool IsRecordPath(std::string_view path) {
  return HasExtension(path, ".jsonl") || HasExtension(path, ".ndjson") ||
         HasExtension(path, ".json");
}

bool IsReadablePath(std::string_view path) {
  return IsRecordPath(path) || HasExtension(path, ".txt");
}

// 1-based line and column of byte `offset` in `text`.
void LineColumn(std::string_view text, size_t offset, uint64_t first_line,
                uint64_t* line, uint64_t* column) {
  *line = first_line;
  size_t line_start = 0;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++*line;
      line_start = i + 1;
    }
  }
  *column = offset - line_start + 1;
}

}  // namespace

std::string DocumentError::ToString() const {
  std::string s = path;
  if (line > 0) absl::StrAppend(&s, ":", line);
  if (line > 0 && column > 0) absl::StrAppend(&s, ":", column);
  absl::StrAppend(&s, ": ", message);
  return s;
}

DocumentReader::DocumentReader(Env* env, DocumentReaderOptions options)
    : env_(env), options_(options) {}

void DocumentReader::Read(const std::string& path,
                          const DocumentFn& on_document,
                          const ErrorFn& on_error) {
  ReadPath(path, 0, /*explicit_path=*/true, on_document, on_error);
}

void DocumentReader::ReadPath(const std::string& path, int depth,
                              bool explicit_path, const DocumentFn& on_document,
                              const ErrorFn& on_error) {
  if (!env_->IsDirectory(path)) {
    if (explicit_path || IsReadablePath(path)) {
      ReadFile(path, on_document, on_error);
    }
    return;
  }
  if (depth >= options_.max_directory_depth) {
    on_error({path, 0, 0, "directory nesting too deep; skipped"});
    return;
  }
  absl::StatusOr<std::vector<std::string>> names = env_->ListDirectory(path);
  if (!names.ok()) {
    on_error({path, 0, 0, std::string(names.status().message())});
    return;
  }
  for (const std::string& name : *names) {
    if (name.empty() || name[0] == '.') continue;
    std::string child =
        absl::EndsWith(path, "/") ? path + name : absl::StrCat(path, "/", name);
    ReadPath(child, depth + 1, /*explicit_path=*/false, on_document, on_error);
  }
}

void DocumentReader::ReadFile(const std::string& path,
                              const DocumentFn& on_document,
                              const ErrorFn& on_error) {
  absl::StatusOr<std::unique_ptr<SequentialFile>> opened =
      env_->NewSequentialFile(path);
  if (!opened.ok()) {
    on_error(
        {path, 0, 0, absl::StrCat("cannot open: ", opened.status().message())});
    return;
  }
  std::unique_ptr<SequentialFile> file = std::move(*opened);

  // Sniff: gzip magic, then the first non-blank byte.
  std::string head(kChunk, '\0');
  absl::StatusOr<std::string_view> first = file->Read(head.size(), head.data());
  if (!first.ok()) {
    on_error(
        {path, 0, 0, absl::StrCat("read error: ", first.status().message())});
    return;
  }
  head.resize(first->size());
  if (first->data() != head.data()) head.assign(first->data(), first->size());
  file = std::make_unique<PeekedFile>(std::move(file), head);
  if (head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1F &&
      static_cast<unsigned char>(head[1]) == 0x8B) {
    file = std::make_unique<GzipFile>(std::move(file), path);
    head.assign(kChunk, '\0');
    absl::StatusOr<std::string_view> dec = file->Read(head.size(), head.data());
    if (!dec.ok()) {
      on_error({path, 0, 0, std::string(dec.status().message())});
      return;
    }
    head.assign(dec->data(), dec->size());
    file = std::make_unique<PeekedFile>(std::move(file), head);
  }
  std::string_view probe = head;
  if (probe.starts_with("\xEF\xBB\xBF")) probe.remove_prefix(3);
  size_t nb = probe.find_first_not_of(" \t\r\n");
  bool records =
      IsRecordPath(path) || (nb != std::string_view::npos && probe[nb] == '{' &&
                             !HasExtension(path, ".txt"));

  if (!records) {
    // One page: read it whole, within max_page_bytes.
    std::string page;
    std::string buf(kChunk, '\0');
    while (true) {
      absl::StatusOr<std::string_view> got = file->Read(buf.size(), buf.data());
      if (!got.ok()) {
        on_error(
            {path, 0, 0, absl::StrCat("read error: ", got.status().message())});
        return;
      }
      if (got->empty()) break;
      if (page.size() + got->size() > options_.max_page_bytes) {
        on_error({path, 0, 0,
                  absl::StrCat("page is larger than max_page_bytes (",
                               options_.max_page_bytes, "); skipped")});
        return;
      }
      page.append(got->data(), got->size());
    }
    if (absl::StartsWith(page, "\xEF\xBB\xBF")) page.erase(0, 3);
    uint64_t line, column;
    size_t nul = page.find('\0');
    if (nul != std::string::npos) {
      LineColumn(page, nul, 1, &line, &column);
      on_error({path, line, column, "binary file (NUL byte); skipped"});
      return;
    }
    if (std::optional<size_t> bad = utf8::FindInvalid(page)) {
      LineColumn(page, *bad, 1, &line, &column);
      on_error({path, line, column,
                absl::StrCat("invalid UTF-8 (byte 0x",
                             absl::Hex(static_cast<unsigned char>(page[*bad]),
                                       absl::kZeroPad2),
                             " at file offset ", *bad, "); page skipped")});
      return;
    }
    if (page.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
      on_error({path, 0, 0, "empty page"});
      return;
    }
    Document doc;
    doc.kind = Document::Kind::kPage;
    doc.path = path;
    doc.first_line = 1;
    doc.last_line = 1 + std::count(page.begin(), page.end(), '\n');
    doc.page = std::move(page);
    on_document(doc);
    return;
  }

  // JSONL: one record a line.
  LineReader reader(file.get(), {.max_line_bytes = options_.max_record_bytes,
                                 .read_size = kChunk});
  JsonlParser parser;
  Line line;
  bool any = false;
  while (true) {
    absl::StatusOr<bool> more = reader.Next(&line);
    if (!more.ok()) {
      on_error({path, line.number, 0,
                absl::StrCat("read error: ", more.status().message())});
      return;
    }
    if (!*more) break;
    std::string_view text = line.text;
    if (line.number == 1 && text.starts_with("\xEF\xBB\xBF"))
      text.remove_prefix(3);
    if (line.too_long) {
      any = true;
      on_error({path, line.number, 0,
                absl::StrCat("record of ", line.length,
                             " bytes is larger than max_record_bytes (",
                             options_.max_record_bytes, "); skipped")});
      continue;
    }
    if (text.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    any = true;
    size_t nul = text.find('\0');
    if (nul != std::string_view::npos) {
      on_error({path, line.number, nul + 1, "NUL byte in record; skipped"});
      continue;
    }
    if (std::optional<size_t> bad = utf8::FindInvalid(text)) {
      on_error({path, line.number, *bad + 1, "invalid UTF-8; record skipped"});
      continue;
    }
    Document doc;
    doc.kind = Document::Kind::kRecord;
    doc.path = path;
    doc.first_line = doc.last_line = line.number;
    absl::Status s = parser.Parse(text, &doc.record, &doc.fetched);
    if (!s.ok()) {
      on_error({path, line.number, 0,
                absl::StrCat(s.message(), "; record skipped")});
      continue;
    }
    on_document(doc);
  }
  if (!any) on_error({path, 0, 0, "empty file"});
}

}  // namespace marsad
