// Recognises the metadata lines of aggregator pages: date lines, source,
// tags, author, URL, and the «إقرأ أيضاً» marker that starts a related
// article. Labels are matched on search-normalised text, so «إقرأ أيضاً»,
// «اقرأ أيضا» and «اقرأ أيضًا» are one marker; the table is in markers.cc.
//
//   marsad::MarkerTable markers(&normalizer);
//   marsad::LineClass c = markers.Classify("المصدر: سكاي نيوز عربية");
//   // c.kind == LineKind::kSource, c.value == "سكاي نيوز عربية"
//
// Thread-safety: immutable after construction.
#ifndef MARSAD_INGEST_MARKERS_H_
#define MARSAD_INGEST_MARKERS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/date_parser.h"
#include "marsad/normalizer.h"

namespace marsad {

enum class LineKind {
  kText,    // title, paragraph or subheading
  kDate,    // «تاريخ النشر: ...» or a line that is only a date
  kSource,  // «المصدر: ...»
  kTags,    // «كلمات دلالية: ...»
  kRelated,  // «إقرأ أيضاً:» (value: a title on the same line, if any)
  kAuthor,  // «كتب: ...», «بقلم ...»
  kUrl,     // «الرابط: ...» or a bare URL
  kShare,  // «شارك: فيسبوك تويتر واتساب», a line of share buttons
};

struct LineClass {
  LineKind kind = LineKind::kText;
  std::string_view value;         // the text after the label, trimmed
  std::optional<FoundDate> date;  // kDate: the date found in `value`
};

class MarkerTable {
 public:
  // `normalizer` must outlive the table and use NormalizationLevel::kSearch.
  explicit MarkerTable(const Normalizer* normalizer);

  // REQUIRES: `line` is valid UTF-8 without '\n'.
  LineClass Classify(std::string_view line) const;

 private:
  struct Label {
    std::string key;  // search-normalised label
    LineKind kind;
  };
  std::optional<LineKind> MatchLabel(std::string_view label) const;

  const Normalizer* normalizer_;
  std::vector<Label> labels_;
};

// Trims ASCII and Unicode white space, and bidi/zero-width marks, from both
// ends of `s`.
std::string_view TrimSpace(std::string_view s);

}  // namespace marsad

#endif  // MARSAD_INGEST_MARKERS_H_
