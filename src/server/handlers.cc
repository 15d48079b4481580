#include "server/handlers.h"

#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "server/json_reply.h"
#include "server/web_assets.h"

namespace marsad::server {
namespace {

using nlohmann::json;

// The stored article JSON (doc/output.md) is embedded verbatim: it is
// already valid JSON with code-point spans, and re-parsing it per request
// would only cost time.
std::string ArticleReplyBody(const StoredArticle& a, const json& related,
                             const json& sightings) {
  json rest;
  rest["seq"] = a.seq;
  rest["ingested_at"] = a.ingested_at;
  rest["related"] = related;
  rest["sightings"] = sightings;
  const std::string tail =
      rest.dump(-1, ' ', false, json::error_handler_t::replace);
  // tail is "{...}": splice the article in as its first member.
  return absl::StrCat("{\"article\":", a.json, ",", tail.substr(1));
}

bool IsArticleId(std::string_view id) {
  if (id.empty() || id.size() > 128) return false;
  for (char c : id) {
    const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                    (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

Reply AssetReply(const WebAsset& asset) {
  Reply r;
  r.content_type = std::string(asset.content_type);
  r.body = std::string(asset.data);
  // Fonts never change within a build; the page itself may, so browsers
  // revalidate it.
  r.headers.emplace_back("Cache-Control", asset.path.starts_with("fonts/")
                                              ? "public, max-age=86400"
                                              : "no-cache");
  r.headers.emplace_back("X-Content-Type-Options", "nosniff");
  return r;
}

}  // namespace

const WebAsset* FindWebAsset(std::string_view path) {
  for (const WebAsset& a : WebAssets()) {
    if (a.path == path) return &a;
  }
  return nullptr;
}

absl::StatusOr<Reply> Handlers::GetHealth(const httplib::Request&) {
  const SearchService::State s = config_.search->state();
  json j;
  j["status"] = "ok";
  j["search"] = s.ready ? "ready" : "building";
  return JsonReply(j);
}

absl::StatusOr<Reply> Handlers::GetArticle(const httplib::Request& req) {
  const std::string id = req.matches.size() > 1 ? req.matches[1].str() : "";
  if (!IsArticleId(id)) {
    return absl::InvalidArgumentError(
        "an article id is a hexadecimal string, as in "
        "/api/articles/76adead5ac6e42d6a6c57608a5294b74");
  }
  absl::StatusOr<StorePool::Lease> store = config_.store->Acquire();
  if (!store.ok()) return store.status();
  absl::StatusOr<StoredArticle> a = (*store)->GetArticle(id);
  if (!a.ok()) {
    if (absl::IsNotFound(a.status())) {
      return absl::NotFoundError(absl::StrCat("no article with id ", id));
    }
    return a.status();
  }
  json related = json::array();
  for (const std::string& rid : a->related_ids) {
    if (related.size() >= config_.max_related) break;
    json r;
    r["id"] = rid;
    absl::StatusOr<StoredArticle> ra = (*store)->GetArticle(rid);
    if (ra.ok()) {
      r["title"] = ra->article.title;
      r["published"] = DateJson(ra->article.published);
      r["source"] = ra->article.source;
    } else if (!absl::IsNotFound(ra.status())) {
      return ra.status();
    }
    related.push_back(std::move(r));
  }
  json sightings = json::array();
  for (const Sighting& s : a->sightings) {
    json j;
    j["path"] = s.path;
    j["first_line"] = s.first_line;
    j["last_line"] = s.last_line;
    j["url"] = s.url.empty() ? json(nullptr) : json(s.url);
    j["source"] = s.source.empty() ? json(nullptr) : json(s.source);
    j["first_seen"] = s.first_seen;
    j["last_seen"] = s.last_seen;
    j["times"] = s.times;
    sightings.push_back(std::move(j));
  }
  Reply r;
  r.body = ArticleReplyBody(*a, related, sightings);
  return r;
}

absl::StatusOr<Reply> Handlers::ListSources(const httplib::Request&) {
  absl::StatusOr<StorePool::Lease> store = config_.store->Acquire();
  if (!store.ok()) return store.status();
  absl::StatusOr<std::vector<SourceInfo>> sources = (*store)->ListSources();
  if (!sources.ok()) return sources.status();
  json list = json::array();
  for (const SourceInfo& s : *sources) {
    json j;
    j["name"] = s.name;
    j["articles"] = s.articles;
    j["first_published"] = DateJson(s.first_published);
    j["last_published"] = DateJson(s.last_published);
    list.push_back(std::move(j));
  }
  json j;
  j["sources"] = std::move(list);
  return JsonReply(j);
}

absl::StatusOr<Reply> Handlers::GetStats(const httplib::Request&) {
  absl::StatusOr<StorePool::Lease> store = config_.store->Acquire();
  if (!store.ok()) return store.status();
  absl::StatusOr<StoreStats> st = (*store)->Stats();
  if (!st.ok()) return st.status();
  json store_json;
  store_json["articles"] = st->articles;
  store_json["main_articles"] = st->main_articles;
  store_json["related_articles"] = st->related_articles;
  store_json["paragraphs"] = st->paragraphs;
  store_json["sources"] = st->sources;
  store_json["tags"] = st->tags;
  store_json["entities"] = st->entities;
  store_json["mentions"] = st->mentions;
  store_json["sightings"] = st->sightings;
  store_json["links"] = st->links;
  store_json["first_published"] = DateJson(st->first_published);
  store_json["last_published"] = DateJson(st->last_published);
  store_json["last_seq"] = st->last_seq;
  store_json["file_bytes"] = st->file_bytes;
  store_json["schema_version"] = st->schema_version;
  const SearchService::State s = config_.search->state();
  json search;
  search["ready"] = s.ready;
  search["building"] = s.building;
  search["documents"] = s.documents;
  search["skipped"] = s.skipped;
  search["indexed_seq"] = s.indexed_seq;
  search["builds"] = s.builds;
  search["last_build_seconds"] = s.last_build_seconds;
  search["last_error"] =
      s.last_error.empty() ? json(nullptr) : json(s.last_error);
  json j;
  j["store"] = std::move(store_json);
  j["search"] = std::move(search);
  return JsonReply(j);
}

absl::StatusOr<Reply> Handlers::GetIndexPage(const httplib::Request&) {
  const WebAsset* page = FindWebAsset("index.html");
  if (page == nullptr) return absl::InternalError("index.html not embedded");
  return AssetReply(*page);
}

absl::StatusOr<Reply> Handlers::GetWebAsset(const httplib::Request& req) {
  const std::string path = req.matches.size() > 1 ? req.matches[1].str() : "";
  const WebAsset* asset = FindWebAsset(path);
  if (asset == nullptr) {
    return absl::NotFoundError(absl::StrCat("no file /static/", path));
  }
  return AssetReply(*asset);
}

}  // namespace marsad::server
