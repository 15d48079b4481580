// Keeps a search index over the store for the server, and rebuilds it when
// the store has new articles.
//
//   SearchService search(&pool, {.index = {}, .poll_interval_ms = 5000});
//   search.Start();                    // first build in the background
//   auto r = search.Search(request);   // Unavailable until the first build
//   search.RequestRefresh();           // after an ingest stored articles
//
// The index is derived data (include/marsad/search.h): an immutable
// SearchIndex built from Store::ForEachArticle. A background thread builds
// a new one whenever a refresh is requested or, every poll_interval_ms, it
// sees articles newer than the index (another process ran `marsad ingest`);
// searches keep using the previous index until the new one is swapped in.
// Refresh requests that arrive during a build are coalesced into one more
// build. A document the index refuses (e.g. too large) is skipped and
// counted; a store error is reported in State and retried at the next poll.
//
// Thread-safe. The pool must outlive the service.
#ifndef MARSAD_SERVER_SEARCH_SERVICE_H_
#define MARSAD_SERVER_SEARCH_SERVICE_H_

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "absl/status/statusor.h"
#include "marsad/search.h"
#include "server/store_pool.h"

namespace marsad::server {

struct SearchServiceOptions {
  SearchIndexOptions index;
  // How often to look for articles stored by other processes; 0: never
  // (only RequestRefresh rebuilds).
  int poll_interval_ms = 5000;
};

class SearchService {
 public:
  struct State {
    bool ready = false;       // an index is being served
    bool building = false;    // a (re)build is running
    uint64_t documents = 0;   // in the served index
    uint64_t skipped = 0;     // refused by the index at the last build
    int64_t indexed_seq = 0;  // highest store seq in the served index
    uint64_t builds = 0;      // completed builds
    double last_build_seconds = 0;
    std::string last_error;  // of the last failed build; empty if none
  };

  SearchService(StorePool* pool, SearchServiceOptions options);
  ~SearchService();  // stops and joins the builder thread
  SearchService(const SearchService&) = delete;
  SearchService& operator=(const SearchService&) = delete;

  // Starts the builder thread, which builds the first index at once.
  void Start();

  // Asks for a rebuild (returns at once).
  void RequestRefresh();

  // Searches the current index. Unavailable while no index has been built
  // yet; otherwise SearchIndex::Search's statuses (InvalidArgument with the
  // reason for a bad query or page).
  absl::StatusOr<SearchResponse> Search(const SearchRequest& request) const;

  State state() const;

  // The limits requests are checked against (page size, result window).
  const SearchIndexOptions& index_options() const { return options_.index; }

 private:
  void Loop();
  // Builds an index from the store; swaps it in on success.
  void Build();
  // True when the store has an article newer than the served index.
  bool StoreHasNewArticles();

  StorePool* const pool_;
  const SearchServiceOptions options_;

  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::shared_ptr<const SearchIndex> index_;  // guarded by mu_
  State state_;                               // guarded by mu_
  bool refresh_requested_ = true;             // guarded by mu_
  bool stopping_ = false;                     // guarded by mu_
  std::thread thread_;
};

}  // namespace marsad::server

#endif  // MARSAD_SERVER_SEARCH_SERVICE_H_
