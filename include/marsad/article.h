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
  int32_t entity = -1;   // index into Article::canonical, -1: none
};

// A role or title the text gives an entity: «وزير الخارجية الأميركي»
// before «أنتوني بلينكن», «نظيره المصري» before «سامح شكري».
struct EntityRole {
  std::string text;  // as written
  std::string title;  // the office without nationality: «وزير الخارجية»;
                      // for «نظيره» the counterpart's office
  std::string country;  // ISO 3166-1 alpha-2 ("US") from a nationality
                        // adjective, or a region code; empty if none
  TextRef ref;
};

// One real-world entity of the article: its mentions in every spelling.
struct Entity {
  std::string key;      // cross-document identity: type + folded name
                        // (src/nlp/entities/entity_key.h)
  std::string type;     // "PER", "ORG", "LOC", "MISC"
  std::string name;     // canonical: the fullest name the article gives
  std::string latin;    // Latin-script form (table, else transliteration)
  std::string country;  // for LOC naming a country, its ISO code
  std::vector<std::string> variants;  // distinct spellings, name first
  std::vector<EntityRole> roles;
  std::vector<uint32_t> mentions;  // indices into Article::entities
  float salience = 0;              // 0..1: how central to the article
};

// A time expression naming a day: «يوم السبت», «أمس», «8 أكتوبر 2023».
struct TimeExpression {
  enum class Kind : uint8_t { kAbsolute, kRelative, kWeekday };
  Kind kind = Kind::kAbsolute;
  std::string text;  // as written
  TextRef ref;
  std::optional<CivilDate> value;  // absent: cannot be known
  int weekday = -1;                // 0 = Sunday .. 6 = Saturday, if named
};

// A statement attributed to someone.
struct Quote {
  enum class Kind : uint8_t { kDirect, kIndirect, kMixed };
  Kind kind = Kind::kDirect;
  std::string text;  // the reported content, as written
  TextRef ref;
  std::string cue;  // the reporting word as written: «وأضاف», «حسبما»
  TextRef cue_ref;
  int32_t speaker = -1;  // index into Article::canonical, -1: unnamed
  std::string speaker_text;  // how the text names the speaker («مصدر أمني»)
  int32_t addressee = -1;  // to whom, when given
  int32_t reporter = -1;  // who relays it («حسبما قال المتحدث ...»)
  int32_t date = -1;  // index into Article::dates, -1: none given
};

// Who talked with, called, met or discussed with whom.
struct Interaction {
  std::string kind;     // "talks", "call", "meeting", "visit"
  std::string tense;    // "happened" or "planned"
  std::string channel;  // "phone" when the text says so, else empty
  std::string cue;  // as written: «محادثات مع», «تحدث هاتفيا مع»
  TextRef ref;                        // the cue
  std::vector<int32_t> participants;  // indices into Article::canonical
  int32_t place = -1;                 // a LOC entity, -1: none
  int32_t date = -1;                  // index into Article::dates
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
  std::string published_date_text;    // the part `published_ref` spans
  std::string source;                 // outlet name as the page gives it
  std::optional<TextRef> source_ref;  // where the page names it
  std::string url;
  std::string author;
  std::vector<std::string> tags;  // the page's own tags, deduplicated
  // The tag lines as written («كلمات دلالية: …», «سمات …», the value after
  // the label): the names in them are mentions too.
  std::vector<Paragraph> tag_lines;
  // Headlines of other articles linked inside this one («اقرأ أيضا: …» with
  // the headline on its line and the article going on after it): their
  // names are mentions, their days days; they are nobody's statements.
  std::vector<Paragraph> links;
  std::vector<Paragraph> paragraphs;
  std::vector<Subheading> subheadings;
  std::vector<EntityMention> entities;  // filled when a NER model is loaded
  std::vector<Entity> canonical;        // entities, each with its mentions
  std::vector<TimeExpression> dates;
  std::vector<Quote> quotes;
  std::vector<Interaction> interactions;
  // marsad's own ranked tags (canonical entities and key terms), beside the
  // page's `tags`.
  std::vector<std::string> ranked_tags;
  // The day the relative dates are resolved against: `published`, else a
  // day inferred from a crawl time and the text (reference_basis "text" or
  // "crawl"), else none.
  std::optional<CivilDate> reference_date;
  std::string reference_basis;       // "published", "text", "crawl" or ""
  std::optional<CivilDate> crawled;  // JSONL crawl time (date_extracted)
  // For kRelated: the reference day of the page's main article. A related
  // article is older than the page, so a dateline without a year («الدوحة
  // في 16 مايو /قنا/») is that day in the latest year not after it.
  std::optional<CivilDate> page_date;
  InputRef input;
  std::string main_id;  // for kRelated: id of the page's main article
};

}  // namespace marsad

#endif  // MARSAD_ARTICLE_H_
