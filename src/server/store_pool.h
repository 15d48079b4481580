// Store connections for the server's worker threads. A Store is not
// thread-safe, so each request borrows one for its duration; idle ones are
// kept (up to max_idle) so a request does not pay for opening the file.
//
//   StorePool pool(options, /*max_idle=*/8);
//   absl::StatusOr<StorePool::Lease> store = pool.Acquire();
//   if (!store.ok()) return store.status();       // e.g. Unavailable -> 503
//   auto article = (*store)->GetArticle(id);
//
// Thread-safe. Leases must not outlive the pool.
#ifndef MARSAD_SERVER_STORE_POOL_H_
#define MARSAD_SERVER_STORE_POOL_H_

#include <cstddef>
#include <memory>
#include <mutex>
#include <vector>

#include "absl/status/statusor.h"
#include "marsad/store.h"

namespace marsad::server {

class StorePool {
 public:
  // A borrowed store; returned to the pool when destroyed.
  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<Store> store)
        : pool_(pool), store_(std::move(store)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    Store* operator->() const { return store_.get(); }
    Store* get() const { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<Store> store_;
  };

  StorePool(StoreOptions options, size_t max_idle);

  // An idle store, or a newly opened one (OpenStore's errors).
  absl::StatusOr<Lease> Acquire();

  const StoreOptions& options() const { return options_; }

 private:
  void Release(std::unique_ptr<Store> store);

  const StoreOptions options_;
  const size_t max_idle_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Store>> idle_;  // guarded by mu_
};

}  // namespace marsad::server

#endif  // MARSAD_SERVER_STORE_POOL_H_
