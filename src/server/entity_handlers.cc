// GET /api/entities/{id} and GET /api/quotes?speaker=&q=&from=&to=&page=&size=
#include <string>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "nlp/entities/entity_linker.h"
#include "server/handlers.h"
#include "server/json_reply.h"
#include "server/query_params.h"

namespace marsad::server {
namespace {

using nlohmann::json;

json IdName(int64_t id, const std::string& name) {
  if (id == 0) return json(nullptr);
  return json{{"id", id}, {"name", name}};
}

json QuoteJson(const QuoteRecord& q) {
  json j;
  j["article"] = {{"id", q.article_id},
                  {"title", q.article_title},
                  {"published", DateJson(q.published)}};
  j["kind"] = q.kind;
  j["text"] = q.text;
  j["cue"] = q.cue;
  j["speaker"] = IdName(q.speaker_id, q.speaker_name);
  j["speaker_text"] = q.speaker_text;
  j["addressee"] = IdName(q.addressee_id, q.addressee_name);
  j["reporter"] = IdName(q.reporter_id, q.reporter_name);
  j["date"] = DateJson(q.date);
  return j;
}

// A positive decimal id.
absl::StatusOr<int64_t> ParseId(std::string_view what, std::string_view v) {
  int64_t id = 0;
  if (!absl::SimpleAtoi(absl::string_view(v.data(), v.size()), &id) ||
      id <= 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        std::string(what),
        " must be a positive entity id, as in /api/entities/42; got \"",
        std::string(v), "\""));
  }
  return id;
}

}  // namespace

absl::StatusOr<Reply> Handlers::GetEntity(const httplib::Request& req) {
  const std::string raw = req.matches.size() > 1 ? req.matches[1].str() : "";
  absl::StatusOr<int64_t> id = ParseId("the entity id", raw);
  if (!id.ok()) return id.status();
  absl::StatusOr<StorePool::Lease> store = config_.store->Acquire();
  if (!store.ok()) return store.status();
  absl::StatusOr<EntityRecord> e = (*store)->GetEntity(*id);
  if (!e.ok()) return e.status();
  json j;
  j["id"] = e->id;
  j["key"] = e->key;
  j["type"] = e->type;
  j["name"] = e->name;
  j["latin"] = e->latin.empty() ? json(nullptr) : json(e->latin);
  j["country"] = e->country.empty() ? json(nullptr) : json(e->country);
  json variants = json::array();
  for (const EntityRecord::Variant& v : e->variants) {
    variants.push_back({{"text", v.text}, {"mentions", v.mentions}});
  }
  j["variants"] = std::move(variants);
  json roles = json::array();
  for (const EntityRecord::Role& r : e->roles) {
    roles.push_back(
        {{"title", r.title},
         {"country", r.country.empty() ? json(nullptr) : json(r.country)},
         {"articles", r.articles}});
  }
  j["roles"] = std::move(roles);
  j["mentions"] = e->mentions;
  j["articles"] = e->articles;
  json days = json::array();
  for (const EntityRecord::Day& d : e->mentions_by_day) {
    days.push_back({{"day", d.day.ToIso()}, {"mentions", d.mentions}});
  }
  j["mentions_by_day"] = std::move(days);
  json by = json::array(), about = json::array();
  for (const QuoteRecord& q : e->quotes_by) by.push_back(QuoteJson(q));
  for (const QuoteRecord& q : e->quotes_about) about.push_back(QuoteJson(q));
  j["quotes_by"] = std::move(by);
  j["quotes_about"] = std::move(about);
  Reply r;
  r.body = j.dump(-1, ' ', false, json::error_handler_t::replace);
  return r;
}

absl::StatusOr<Reply> Handlers::FindQuotes(const httplib::Request& req) {
  QuoteFilter f;
  for (const char* key : {"speaker", "q", "from", "to", "page", "size"}) {
    if (req.get_param_value_count(key) > 1) {
      return absl::InvalidArgumentError(
          absl::StrCat("give the query parameter ", key, " once"));
    }
  }
  // speaker: an entity id, or a person's name in any spelling («نتانياهو»
  // finds «بنيامين نتنياهو» when the store knows him by that key).
  const std::string speaker = req.get_param_value("speaker");
  if (!speaker.empty()) {
    int64_t id = 0;
    if (absl::SimpleAtoi(speaker, &id)) {
      if (id <= 0) return ParseId("speaker", speaker).status();
      f.speaker_id = id;
    } else {
      f.speaker_key = nlp::EntityKey("PER", speaker, "");
    }
  }
  f.text = req.get_param_value("q");
  for (const char* key : {"from", "to"}) {
    const std::string v = req.get_param_value(key);
    if (v.empty()) continue;
    absl::StatusOr<CivilDate> d = ParseIsoDate(key, v);
    if (!d.ok()) return d.status();
    (std::string_view(key) == "from" ? f.from : f.to) = *d;
  }
  uint32_t page = 1, size = 20;
  if (req.has_param("page")) {
    absl::StatusOr<uint32_t> p =
        ParseCount("page", req.get_param_value("page"), 1, 10000);
    if (!p.ok()) return p.status();
    page = *p;
  }
  if (req.has_param("size")) {
    absl::StatusOr<uint32_t> s =
        ParseCount("size", req.get_param_value("size"), 1, 200);
    if (!s.ok()) return s.status();
    size = *s;
  }
  f.limit = size;
  f.offset = static_cast<uint64_t>(page - 1) * size;
  absl::StatusOr<StorePool::Lease> store = config_.store->Acquire();
  if (!store.ok()) return store.status();
  uint64_t total = 0;
  absl::StatusOr<std::vector<QuoteRecord>> quotes =
      (*store)->FindQuotes(f, &total);
  if (!quotes.ok()) return quotes.status();
  json list = json::array();
  for (const QuoteRecord& q : *quotes) list.push_back(QuoteJson(q));
  json j;
  j["total"] = total;
  j["page"] = page;
  j["size"] = size;
  j["quotes"] = std::move(list);
  Reply r;
  r.body = j.dump(-1, ' ', false, json::error_handler_t::replace);
  return r;
}

}  // namespace marsad::server
