// Fuzzes the extraction stages end to end (NER with the built-in model,
// mention propagation, entity linking, days, quotes, interactions): any
// valid UTF-8 page must give quotes, dates, roles and mentions whose spans
// lie inside the page and spell their text, and indices that point into
// the article.
#include <cstdint>
#include <memory>
#include <string>

#include "base/utf8.h"
#include "marsad/analyzer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (16u << 10)) return 0;
  std::string page(reinterpret_cast<const char*>(data), size);
  if (!marsad::utf8::Validate(page).ok()) return 0;
  static marsad::Analyzer* analyzer =
      marsad::Analyzer::Create(marsad::AnalyzerOptions{})->release();
  marsad::AnalyzeStats stats;
  analyzer->AnalyzePage(
      page, "fuzz.txt",
      [&](const marsad::AnalyzedArticle& aa) {
        const marsad::Article& a = *aa.article;
        auto check = [&](const marsad::TextRef& r, const std::string& text) {
          if (r.span.end > page.size() || r.span.Of(page) != text) {
            __builtin_trap();
          }
        };
        const auto n = static_cast<int32_t>(a.canonical.size());
        for (const marsad::EntityMention& m : a.entities) {
          check(m.ref, m.text);
          if (m.entity < 0 || m.entity >= n) __builtin_trap();
        }
        for (const marsad::Entity& e : a.canonical) {
          for (const marsad::EntityRole& r : e.roles) check(r.ref, r.text);
        }
        for (const marsad::TimeExpression& t : a.dates) check(t.ref, t.text);
        for (const marsad::Quote& q : a.quotes) {
          check(q.ref, q.text);
          if (q.text.empty() || q.speaker >= n || q.addressee >= n ||
              q.reporter >= n ||
              q.date >= static_cast<int32_t>(a.dates.size())) {
            __builtin_trap();
          }
        }
        for (const marsad::Interaction& in : a.interactions) {
          for (int32_t p : in.participants) {
            if (p < 0 || p >= n) __builtin_trap();
          }
        }
      },
      [](const marsad::DocumentFailure&) {}, &stats);
  return 0;
}
