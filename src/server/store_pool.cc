#include "server/store_pool.h"

#include <utility>

namespace marsad::server {

StorePool::Lease::~Lease() {
  if (store_ != nullptr) pool_->Release(std::move(store_));
}

StorePool::StorePool(StoreOptions options, size_t max_idle)
    : options_(std::move(options)), max_idle_(max_idle) {}

absl::StatusOr<StorePool::Lease> StorePool::Acquire() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!idle_.empty()) {
      std::unique_ptr<Store> store = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(store));
    }
  }
  absl::StatusOr<std::unique_ptr<Store>> store = OpenStore(options_);
  if (!store.ok()) return store.status();
  return Lease(this, std::move(*store));
}

void StorePool::Release(std::unique_ptr<Store> store) {
  std::lock_guard<std::mutex> lock(mu_);
  if (idle_.size() < max_idle_) idle_.push_back(std::move(store));
}

}  // namespace marsad::server
