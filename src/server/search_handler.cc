// GET /api/search?q=&from=&to=&source=&tag=&entity=&page=&size=&facets=
#include <string>

#include "absl/strings/str_cat.h"
#include "server/handlers.h"
#include "server/json_reply.h"
#include "server/query_params.h"

namespace marsad::server {
namespace {

using nlohmann::json;

json FacetJson(const std::vector<FacetCount>& counts) {
  json list = json::array();
  for (const FacetCount& c : counts) {
    // Articles without a source (or tag, ...) are not a value to filter on.
    if (c.value.empty()) continue;
    list.push_back({{"value", c.value}, {"count", c.count}});
  }
  return list;
}

// Every value of a repeated parameter (source=a&source=b), empty ones
// dropped: an empty filter box in a form means "any".
std::vector<std::string> Values(const httplib::Request& req, const char* name) {
  std::vector<std::string> out;
  const size_t n = req.get_param_value_count(name);
  for (size_t i = 0; i < n; ++i) {
    std::string v = req.get_param_value(name, i);
    if (!v.empty()) out.push_back(std::move(v));
  }
  return out;
}

absl::StatusOr<SearchRequest> ParseSearchRequest(
    const httplib::Request& req, const SearchIndexOptions& limits) {
  SearchRequest r;
  if (!req.has_param("q")) {
    return absl::InvalidArgumentError(
        "missing query parameter q (the words to search for)");
  }
  if (req.get_param_value_count("q") > 1) {
    return absl::InvalidArgumentError("give the query parameter q once");
  }
  r.query = req.get_param_value("q");
  for (const char* key : {"from", "to"}) {
    if (req.get_param_value_count(key) > 1) {
      return absl::InvalidArgumentError(
          absl::StrCat("give the query parameter ", key, " once"));
    }
    const std::string v = req.get_param_value(key);
    if (v.empty()) continue;
    absl::StatusOr<CivilDate> d = ParseIsoDate(key, v);
    if (!d.ok()) return d.status();
    (std::string_view(key) == "from" ? r.from : r.to) = *d;
  }
  r.sources = Values(req, "source");
  r.tags = Values(req, "tag");
  r.entities = Values(req, "entity");
  if (req.has_param("page")) {
    const uint32_t max_page = std::max<uint32_t>(1, limits.max_result_window);
    absl::StatusOr<uint32_t> page =
        ParseCount("page", req.get_param_value("page"), 1, max_page);
    if (!page.ok()) return page.status();
    r.page = *page;
  }
  if (req.has_param("size")) {
    absl::StatusOr<uint32_t> size = ParseCount(
        "size", req.get_param_value("size"), 1, limits.max_page_size);
    if (!size.ok()) return size.status();
    r.size = *size;
  }
  if (req.has_param("facets")) {
    const std::string f = req.get_param_value("facets");
    if (f != "0" && f != "1") {
      return absl::InvalidArgumentError("facets must be 0 or 1");
    }
    r.facets = f == "1";
  }
  return r;
}

}  // namespace

absl::StatusOr<Reply> Handlers::SearchArticles(const httplib::Request& req) {
  absl::StatusOr<SearchRequest> request =
      ParseSearchRequest(req, config_.search->index_options());
  if (!request.ok()) return request.status();
  absl::StatusOr<SearchResponse> response = config_.search->Search(*request);
  if (!response.ok()) return response.status();
  json hits = json::array();
  for (const SearchHit& h : response->hits) {
    json j;
    j["id"] = h.id;
    j["score"] = h.score;
    j["source"] = h.source;
    j["published"] = DateJson(h.published);
    j["title"] = h.title.text;
    j["title_html"] = h.title.Html();
    j["snippet"] = h.snippet.text;
    j["snippet_html"] = h.snippet.Html();
    hits.push_back(std::move(j));
  }
  json j;
  j["query"] = request->query;
  j["total"] = response->total;
  j["page"] = request->page;
  j["size"] = request->size;
  j["hits"] = std::move(hits);
  if (request->facets) {
    j["facets"] = {{"sources", FacetJson(response->facets.sources)},
                   {"days", FacetJson(response->facets.days)},
                   {"tags", FacetJson(response->facets.tags)},
                   {"entities", FacetJson(response->facets.entities)}};
  }
  j["terms"] = response->terms;
  j["ignored"] = response->ignored;
  return JsonReply(j);
}

}  // namespace marsad::server
