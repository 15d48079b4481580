#include "engine/article_json.h"

#include <cmath>

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
  Json links = Json::array();
  for (const Paragraph& l : a.links) {
    links.push_back({{"text", l.text}, {"span", span(l.ref)}});
  }
  j["links"] = std::move(links);
  Json entities = Json::array();
  for (const Entity& e : a.canonical) {
    Json je;
    je["key"] = e.key;
    je["type"] = e.type;
    je["name"] = e.name;
    if (!e.latin.empty()) je["latin"] = e.latin;
    if (!e.country.empty()) je["country"] = e.country;
    je["variants"] = e.variants;
    Json roles = Json::array();
    for (const EntityRole& r : e.roles) {
      Json jr{{"text", r.text}, {"title", r.title}};
      jr["country"] = OrNull(r.country);
      jr["span"] = span(r.ref);
      roles.push_back(std::move(jr));
    }
    je["roles"] = std::move(roles);
    je["salience"] = std::round(e.salience * 1000) / 1000;
    Json mentions = Json::array();
    for (uint32_t m : e.mentions) {
      const EntityMention& em = a.entities[m];
      mentions.push_back({{"text", em.text},
                          {"type", em.type},
                          {"span", span(em.ref)},
                          {"confidence", em.confidence}});
    }
    je["mentions"] = std::move(mentions);
    entities.push_back(std::move(je));
  }
  j["entities"] = std::move(entities);
  auto entity_ref = [&](int32_t i) -> Json {
    if (i < 0 || static_cast<size_t>(i) >= a.canonical.size()) return Json();
    return Json{{"entity", i}, {"name", a.canonical[i].name}};
  };
  auto date_value = [&](int32_t i) -> Json {
    if (i < 0 || static_cast<size_t>(i) >= a.dates.size() ||
        !a.dates[i].value) {
      return Json();
    }
    return a.dates[i].value->ToIso();
  };
  j["reference_date"] =
      a.reference_date ? Json(a.reference_date->ToIso()) : Json();
  j["reference_basis"] = OrNull(a.reference_basis);
  if (a.crawled) j["crawled"] = a.crawled->ToIso();
  Json dates = Json::array();
  for (const TimeExpression& t : a.dates) {
    Json jt{{"text", t.text}, {"span", span(t.ref)}};
    jt["kind"] = t.kind == TimeExpression::Kind::kAbsolute   ? "absolute"
                 : t.kind == TimeExpression::Kind::kRelative ? "relative"
                                                             : "weekday";
    jt["value"] = t.value ? Json(t.value->ToIso()) : Json();
    jt["weekday"] = t.weekday >= 0 ? Json(t.weekday) : Json();
    dates.push_back(std::move(jt));
  }
  j["dates"] = std::move(dates);
  Json quotes = Json::array();
  for (const Quote& q : a.quotes) {
    Json jq;
    jq["kind"] = q.kind == Quote::Kind::kDirect     ? "direct"
                 : q.kind == Quote::Kind::kIndirect ? "indirect"
                                                    : "mixed";
    jq["text"] = q.text;
    jq["span"] = span(q.ref);
    jq["cue"] = OrNull(q.cue);
    if (!q.cue.empty()) jq["cue_span"] = span(q.cue_ref);
    jq["speaker"] = entity_ref(q.speaker);
    jq["speaker_text"] = OrNull(q.speaker_text);
    jq["addressee"] = entity_ref(q.addressee);
    jq["reporter"] = entity_ref(q.reporter);
    jq["date"] = date_value(q.date);
    quotes.push_back(std::move(jq));
  }
  j["quotes"] = std::move(quotes);
  Json interactions = Json::array();
  for (const Interaction& in : a.interactions) {
    Json ji;
    ji["kind"] = in.kind;
    ji["tense"] = in.tense;
    ji["channel"] = OrNull(in.channel);
    ji["cue"] = in.cue;
    ji["span"] = span(in.ref);
    Json parts = Json::array();
    for (int32_t p : in.participants) parts.push_back(entity_ref(p));
    ji["participants"] = std::move(parts);
    ji["place"] = entity_ref(in.place);
    ji["date"] = date_value(in.date);
    interactions.push_back(std::move(ji));
  }
  j["interactions"] = std::move(interactions);
  j["ranked_tags"] = a.ranked_tags;
  Json input;
  input["path"] = a.input.path;
  input["first_line"] = a.input.first_line;
  input["last_line"] = a.input.last_line;
  j["input"] = std::move(input);
  return j.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace marsad
