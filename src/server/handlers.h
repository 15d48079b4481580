// The handlers behind the route table (routes.cc): one per verb and
// resource. They read an httplib::Request and return a Reply or an absl
// status; they never set HTTP error codes themselves (http_status.cc maps
// statuses to codes in one place).
//
// Configuration is passed in (HandlerConfig): the store pool, the search
// service, the ingest token and limits. No globals.
//
// Thread-safety: every handler may run on many worker threads at once.
#ifndef MARSAD_SERVER_HANDLERS_H_
#define MARSAD_SERVER_HANDLERS_H_

#include <httplib.h>

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "server/search_service.h"
#include "server/store_pool.h"

namespace marsad::server {

// A successful response.
struct Reply {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

struct HandlerConfig {
  StorePool* store = nullptr;       // required
  SearchService* search = nullptr;  // required
  // POST /api/ingest needs "Authorization: Bearer <token>"; empty: ingest
  // over HTTP is disabled (every POST is refused with 401).
  std::string token;
  // Analysis of POST /api/ingest bodies (AnalyzerOptions).
  bool entities = true;
  std::string ner_model;  // empty: the built-in model
  size_t max_page_bytes = 16u << 20;
  size_t max_record_bytes = 16u << 20;
  // Related articles listed with GET /api/articles/{id} (titles looked up).
  size_t max_related = 50;
};

class Handlers {
 public:
  explicit Handlers(HandlerConfig config) : config_(std::move(config)) {}

  // GET /healthz: {"status":"ok","search":"ready"|"building"}.
  absl::StatusOr<Reply> GetHealth(const httplib::Request& req);
  // GET /api/search (search_handler.cc).
  absl::StatusOr<Reply> SearchArticles(const httplib::Request& req);
  // GET /api/articles/{id}: the stored article JSON with its store record.
  absl::StatusOr<Reply> GetArticle(const httplib::Request& req);
  // GET /api/entities/{id}: variants, roles, mentions by day, quotes by
  // and about the entity (entity_handlers.cc).
  absl::StatusOr<Reply> GetEntity(const httplib::Request& req);
  // GET /api/quotes?speaker=&q=&from=&to=&page=&size= (entity_handlers.cc).
  absl::StatusOr<Reply> FindQuotes(const httplib::Request& req);
  // GET /api/sources.
  absl::StatusOr<Reply> ListSources(const httplib::Request& req);
  // GET /api/stats: store counts and the search index state.
  absl::StatusOr<Reply> GetStats(const httplib::Request& req);
  // POST /api/ingest (ingest_handler.cc).
  absl::StatusOr<Reply> IngestDocuments(const httplib::Request& req);
  // GET /: the web page.
  absl::StatusOr<Reply> GetIndexPage(const httplib::Request& req);
  // GET /static/{path}: the page's scripts, styles and fonts.
  absl::StatusOr<Reply> GetWebAsset(const httplib::Request& req);

 private:
  const HandlerConfig config_;
};

}  // namespace marsad::server

#endif  // MARSAD_SERVER_HANDLERS_H_
