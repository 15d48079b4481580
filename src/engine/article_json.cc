#include "engine/article_json.h"

#include "base/utf8.h"
#include "nlohmann/json.hpp"

namespace marsad {

const char* RoleName(ArticleRole role) {
  return role == ArticleRole::kMain ? "main" : "related";
}

const char* FieldName(Field field) {
  switch (field) {
    case Field::kPage:
      return "page";
    case Field::kTitle:
      return "title";
    case Field::kContent:
      return "content";
  }
  return "page";
}

namespace {

using Json = nlohmann::ordered_json;

class SpanWriter {
 public:
  explicit SpanWriter(const SourceTexts& t)
      : page_(t.page), title_(t.title), content_(t.content) {}
  Json operator()(const TextRef& r) {
    utf8::OffsetConverter& c = r.field == Field::kPage    ? page_
                               : r.field == Field::kTitle ? title_
                                                          : content_;
    Json j;
    j["field"] = FieldName(r.field);
    j["start"] = c.ToCodePoints(r.span.begin);
    j["end"] = c.ToCodePoints(r.span.end);
    return j;
  }

 private:
  utf8::OffsetConverter page_, title_, content_;
};

Json OrNull(const std::string& s) { return s.empty() ? Json() : Json(s); }

}  // namespace

std::string ArticleToJson(const Article& a, const SourceTexts& texts,
                          bool pretty) {
  SpanWriter span(texts);
  Json j;
  j["id"] = a.id;
  j["role"] = RoleName(a.role);
  if (!a.main_id.empty()) j["main_id"] = a.main_id;
  j["title"] = a.title;
  j["title_span"] = span(a.title_ref);
  j["published"] = a.published ? Json(a.published->ToIso()) : Json();
  if (!a.published_text.empty()) j["published_text"] = a.published_text;
  if (a.published_ref) j["published_span"] = span(*a.published_ref);
  j["source"] = OrNull(a.source);
  if (a.source_ref) j["source_span"] = span(*a.source_ref);
  j["url"] = OrNull(a.url);
  j["author"] = OrNull(a.author);
  j["tags"] = a.tags;
  Json paragraphs = Json::array();
  for (const Paragraph& p : a.paragraphs) {
    paragraphs.push_back({{"text", p.text}, {"span", span(p.ref)}});
  }
  j["paragraphs"] = std::move(paragraphs);
  Json subheadings = Json::array();
  for (const Subheading& s : a.subheadings) {
    subheadings.push_back({{"text", s.text},
                           {"span", span(s.ref)},
                           {"before_paragraph", s.before_paragraph}});
  }
  j["subheadings"] = std::move(subheadings);
  Json entities = Json::array();
  for (const EntityMention& e : a.entities) {
    entities.push_back({{"type", e.type},
                        {"text", e.text},
                        {"span", span(e.ref)},
                        {"confidence", e.confidence}});
  }
  j["entities"] = std::move(entities);
  Json input;
  input["path"] = a.input.path;
  input["first_line"] = a.input.first_line;
  input["last_line"] = a.input.last_line;
  j["input"] = std::move(input);
  return j.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace marsad
