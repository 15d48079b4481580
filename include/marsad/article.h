// The structured article: what `marsad analyze` emits for each article it
// finds in a page or record.
//
//   marsad::Analyzer analyzer(options);
//   analyzer.AnalyzePath("page.txt", [](const marsad::Article& a) {
//     std::cout << a.title << " " << (a.published ? a.published->ToIso() :
//     "-");
//   }, on_error);
//
// Spans are byte spans into Article::text_of — the text the span indexes:
// for an aggregator text page, the whole page (file) as given; for a JSONL
// record, the record's own field (see Field). JSON output converts them to
// code-point offsets (doc/output.md).
#ifndef MARSAD_ARTICLE_H_
#define MARSAD_ARTICLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "marsad/date_parser.h"
#include "marsad/span.h"

namespace marsad {

enum class ArticleRole { kMain, kRelated };
const char* RoleName(ArticleRole role);

// Which input text a span indexes.
enum class Field : uint8_t {
  kPage,     // the whole text page
  kTitle,    // JSONL "title"
  kContent,  // JSONL "content" (or "text"/"body")
};
const char* FieldName(Field field);

struct TextRef {
  Field field = Field::kPage;
  Span span;  // bytes of that field
  friend bool operator==(const TextRef&, const TextRef&) = default;
};

struct Paragraph {
  std::string text;  // as in the input (display form, trimmed)
  TextRef ref;
};

// A named-entity mention found by the NER model (src/nlp/ner).
struct EntityMention {
  std::string type;  // "PER", "ORG", "LOC", "MISC"
  std::string text;  // the original text of the mention
  TextRef ref;
  float confidence = 0;  // 0..1
};

struct Subheading {
  std::string text;
  TextRef ref;
  uint32_t before_paragraph = 0;  // index of the paragraph it introduces
};

// Where the article came from.
struct InputRef {
  std::string path;         // file path, or "-" for stdin
  uint64_t first_line = 0;  // 1-based, inclusive
  uint64_t last_line = 0;
};

struct Article {
  std::string id;  // stable, derived from content (doc/output.md)
  ArticleRole role = ArticleRole::kMain;
  std::string title;
  TextRef title_ref;
  std::optional<CivilDate> published;  // never invented
  std::optional<TextRef> published_ref;
  std::string published_text;         // the date as written
  std::string source;                 // outlet name as the page gives it
  std::optional<TextRef> source_ref;  // where the page names it
  std::string url;
  std::string author;
  std::vector<std::string> tags;  // the page's own tags, deduplicated
  std::vector<Paragraph> paragraphs;
  std::vector<Subheading> subheadings;
  std::vector<EntityMention> entities;  // filled when a NER model is loaded
  InputRef input;
  std::string main_id;  // for kRelated: id of the page's main article
};

}  // namespace marsad

#endif  // MARSAD_ARTICLE_H_
