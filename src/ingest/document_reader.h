// Reads the documents behind a path: a text page, a JSONL file of records
// (optionally gzip-compressed), a directory of them, or "-" for stdin.
//
//   DocumentReader reader(Env::Default(), {});
//   reader.Read("pages/", [](Document& doc) { ... },
//               [](const DocumentError& e) { std::cerr << e.ToString(); });
//
// One bad document never stops the others: each failure is reported through
// the error callback with the path, line and byte column (1-based) it is
// about, and reading goes on. Memory stays bounded: a page is read up to
// max_page_bytes (a larger page is an error, skipped without keeping it), a
// JSONL line up to max_record_bytes.
//
// Format: by extension (.jsonl .ndjson .json, optionally .gz) or, for other
// names and stdin, by the first non-blank byte ('{' means JSONL). gzip is
// recognised by its magic bytes.
#ifndef MARSAD_INGEST_DOCUMENT_READER_H_
#define MARSAD_INGEST_DOCUMENT_READER_H_

#include <cstdint>
#include <functional>
#include <string>

#include "base/env.h"
#include "ingest/page_structurer.h"

namespace marsad {

struct DocumentReaderOptions {
  size_t max_page_bytes = 16u << 20;    // 16 MiB
  size_t max_record_bytes = 16u << 20;  // one JSONL line
  int max_directory_depth = 32;
};

struct Document {
  enum class Kind { kPage, kRecord };
  Kind kind = Kind::kPage;
  std::string path;
  uint64_t first_line = 1;  // 1-based
  uint64_t last_line = 1;
  std::string page;     // kPage: the whole page, valid UTF-8
  RecordFields record;  // kRecord
  std::string fetched;  // kRecord: crawl time, if the record has one
};

struct DocumentError {
  std::string path;
  uint64_t line = 0;    // 0 when the error is about the whole file
  uint64_t column = 0;  // 1-based byte column; 0 when unknown
  std::string message;
  // "path:line:column: message" (line/column omitted when unknown).
  std::string ToString() const;
};

class DocumentReader {
 public:
  using DocumentFn = std::function<void(Document&)>;
  using ErrorFn = std::function<void(const DocumentError&)>;

  // `env` must outlive the reader.
  DocumentReader(Env* env, DocumentReaderOptions options = {});

  void Read(const std::string& path, const DocumentFn& on_document,
            const ErrorFn& on_error);

 private:
  void ReadPath(const std::string& path, int depth, bool explicit_path,
                const DocumentFn& on_document, const ErrorFn& on_error);
  void ReadFile(const std::string& path, const DocumentFn& on_document,
                const ErrorFn& on_error);

  Env* env_;
  DocumentReaderOptions options_;
};

}  // namespace marsad

#endif  // MARSAD_INGEST_DOCUMENT_READER_H_
