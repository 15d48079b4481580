#include "server/search_service.h"

#include <chrono>
#include <utility>

namespace marsad::server {

SearchService::SearchService(StorePool* pool, SearchServiceOptions options)
    : pool_(pool), options_(std::move(options)) {}

SearchService::~SearchService() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void SearchService::Start() {
  if (!thread_.joinable()) thread_ = std::thread([this] { Loop(); });
}

void SearchService::RequestRefresh() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    refresh_requested_ = true;
  }
  cv_.notify_all();
}

absl::StatusOr<SearchResponse> SearchService::Search(
    const SearchRequest& request) const {
  std::shared_ptr<const SearchIndex> index;
  {
    std::lock_guard<std::mutex> lock(mu_);
    index = index_;
  }
  if (index == nullptr) {
    return absl::UnavailableError(
        "the search index is being built; try again in a moment");
  }
  return index->Search(request);
}

SearchService::State SearchService::state() const {
  std::lock_guard<std::mutex> lock(mu_);
  return state_;
}

void SearchService::Loop() {
  std::unique_lock<std::mutex> lock(mu_);
  while (!stopping_) {
    if (!refresh_requested_) {
      const auto woke = [this] { return stopping_ || refresh_requested_; };
      if (options_.poll_interval_ms > 0) {
        if (!cv_.wait_for(lock,
                          std::chrono::milliseconds(options_.poll_interval_ms),
                          woke)) {
          // Timed out: has another process stored articles?
          lock.unlock();
          const bool changed = StoreHasNewArticles();
          lock.lock();
          if (changed) refresh_requested_ = true;
          continue;
        }
      } else {
        cv_.wait(lock, woke);
      }
      continue;
    }
    refresh_requested_ = false;
    state_.building = true;
    lock.unlock();
    Build();
    lock.lock();
    state_.building = false;
  }
}

bool SearchService::StoreHasNewArticles() {
  absl::StatusOr<StorePool::Lease> store = pool_->Acquire();
  if (!store.ok()) return false;
  ArticleFilter filter;
  {
    std::lock_guard<std::mutex> lock(mu_);
    filter.after_seq = state_.indexed_seq;
    // A failed build is retried at every poll.
    if (!state_.last_error.empty()) return true;
  }
  filter.limit = 1;
  bool found = false;
  absl::Status s = (*store)->ForEachArticle(filter, [&](const StoredArticle&) {
    found = true;
    return false;
  });
  return s.ok() && found;
}

void SearchService::Build() {
  const auto start = std::chrono::steady_clock::now();
  auto fail = [this](const absl::Status& s) {
    std::lock_guard<std::mutex> lock(mu_);
    state_.last_error = std::string(s.message());
  };
  absl::StatusOr<StorePool::Lease> store = pool_->Acquire();
  if (!store.ok()) return fail(store.status());
  auto index = std::make_shared<SearchIndex>(options_.index);
  int64_t max_seq = 0;
  uint64_t skipped = 0;
  bool stop = false;
  absl::Status s = (*store)->ForEachArticle({}, [&](const StoredArticle& a) {
    if (!index->Add(SearchDocumentFromArticle(a.article)).ok()) ++skipped;
    if (a.seq > max_seq) max_seq = a.seq;
    // Leave promptly when the server stops.
    if ((a.seq & 1023) == 0) {
      std::lock_guard<std::mutex> lock(mu_);
      stop = stopping_;
    }
    return !stop;
  });
  if (stop) return;
  if (!s.ok()) return fail(s);
  if (absl::Status f = index->Finish(); !f.ok()) return fail(f);
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  std::lock_guard<std::mutex> lock(mu_);
  state_.ready = true;
  state_.documents = index->num_documents();
  state_.skipped = skipped;
  state_.indexed_seq = max_seq;
  ++state_.builds;
  state_.last_build_seconds = secs;
  state_.last_error.clear();
  index_ = std::move(index);
}

}  // namespace marsad::server
