// The marsad engine: the one place that wires the stages together.
//
//   marsad::AnalyzerOptions options;            // defaults need no set-up
//   auto analyzer = marsad::Analyzer::Create(options);   // StatusOr
//   marsad::AnalyzeStats stats = (*analyzer)->AnalyzePath(
//       "pages/",
//       [](const marsad::AnalyzedArticle& a) { std::cout << a.json << "\n"; },
//       [](const marsad::DocumentFailure& f) { std::cerr << f.message; });
//
// Pipeline per document: read (page, JSONL record, gzip, directory, stdin)
// -> validate UTF-8 -> structure into articles (title, date, source, tags,
// paragraphs, subheadings) -> named entities -> JSON.
// A document that fails is reported and skipped; the others go on.
//
// Thread-safety: one Analyzer per thread (it reuses buffers).
#ifndef MARSAD_ANALYZER_H_
#define MARSAD_ANALYZER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "marsad/article.h"

namespace marsad {

class Env;  // src/base/env.h: the file-system seam

struct AnalyzerOptions {
  // Where files are read from; nullptr means the real file system. Tests
  // pass an in-memory or fault-injecting Env. Must outlive the Analyzer.
  Env* env = nullptr;
  // A page larger than this is refused (bytes). Default 16 MiB.
  size_t max_page_bytes = 16u << 20;
  // A JSONL record larger than this is refused (bytes). Default 16 MiB.
  size_t max_record_bytes = 16u << 20;
  // Pretty-print JSON (for people); the default is one object a line.
  bool pretty = false;
  // Named entities (PER, ORG, LOC, MISC) in titles, paragraphs and
  // subheadings. Off, `entities` stays empty and analysis is much faster.
  bool entities = true;
  // NER model file; empty means the model compiled into marsad
  // (models/ner/marsad-ner.bin as of the build).
  std::string ner_model;
};

struct AnalyzedArticle {
  const Article* article;  // valid during the callback
  std::string json;        // the article as one JSON object (doc/output.md)
};

// All articles of one document (a page with its related articles, or one
// record), for consumers that store a document in one transaction.
struct AnalyzedDocument {
  std::string path;
  std::vector<AnalyzedArticle> articles;  // page order: main first
};

struct DocumentFailure {
  std::string path;
  uint64_t line = 0;    // 0: the whole file
  uint64_t column = 0;  // 1-based byte column, 0: unknown
  std::string message;  // "path:line:column: reason"
};

struct AnalyzeStats {
  uint64_t documents = 0;  // documents read successfully
  uint64_t articles = 0;
  uint64_t failed = 0;  // documents that failed
  uint64_t bytes = 0;   // input bytes of successful documents
};

class Analyzer {
 public:
  using ArticleFn = std::function<void(const AnalyzedArticle&)>;
  using FailureFn = std::function<void(const DocumentFailure&)>;
  using DocumentFn = std::function<void(const AnalyzedDocument&)>;

  // Fails (naming the file) when the NER model cannot be loaded.
  static absl::StatusOr<std::unique_ptr<Analyzer>> Create(
      const AnalyzerOptions& options);
  ~Analyzer();

  // Analyses every document under `path` ("-" is stdin). Adds to *stats.
  void AnalyzePath(const std::string& path, const ArticleFn& on_article,
                   const FailureFn& on_failure, AnalyzeStats* stats);

  // As AnalyzePath, one callback per document instead of per article.
  void AnalyzePathByDocument(const std::string& path,
                             const DocumentFn& on_document,
                             const FailureFn& on_failure, AnalyzeStats* stats);

  // Analyses one page given as text (e.g. from an HTTP request body).
  // `name` is used in errors and in "input".
  void AnalyzePage(std::string_view page, const std::string& name,
                   const ArticleFn& on_article, const FailureFn& on_failure,
                   AnalyzeStats* stats);

 private:
  struct Impl;
  explicit Analyzer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace marsad

#endif  // MARSAD_ANALYZER_H_
