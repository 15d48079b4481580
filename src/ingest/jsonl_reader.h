// Parses one JSONL line (a news record) into RecordFields.
//
//   marsad::JsonlParser parser;
//   marsad::RecordFields rec;
//   absl::Status s = parser.Parse(R"({"title":"...","content":"..."})", &rec);
//
// Field names accepted (first present wins):
//   title    title, headline
//   content  content, text, body, article
//   date     published, date, published_at, pubDate, date_published
//   source   source, outlet, site, publisher
//   url      url, link
//   author   author, byline
//   tags     tags, keywords (array of strings, or one string)
// A record's crawl time (date_extracted, crawled_at) is NOT a publication
// date; it is returned as `fetched`.
//
// Errors: InvalidArgument with the byte column (1-based) of the syntax error
// when the line is not JSON, or the reason when it is JSON but not a record
// (not an object, no title, a field of the wrong type).
// Not thread-safe (reuses its parser buffers); use one per thread.
#ifndef MARSAD_INGEST_JSONL_READER_H_
#define MARSAD_INGEST_JSONL_READER_H_

#include <memory>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "ingest/page_structurer.h"

namespace marsad {

class JsonlParser {
 public:
  JsonlParser();
  ~JsonlParser();

  // On success fills *record (and *fetched when the record has a crawl time).
  absl::Status Parse(std::string_view line, RecordFields* record,
                     std::string* fetched = nullptr);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace marsad

#endif  // MARSAD_INGEST_JSONL_READER_H_
