#include "marsad/store.h"

#include "store/sqlite_store.h"

namespace marsad {

absl::StatusOr<PutResult> Store::PutDocument(const StoreDocument& doc) {
  absl::StatusOr<std::vector<absl::StatusOr<PutResult>>> results =
      PutDocuments(std::span<const StoreDocument>(&doc, 1));
  if (!results.ok()) return results.status();
  return std::move(results->front());
}

absl::StatusOr<std::unique_ptr<Store>> OpenStore(const StoreOptions& options) {
  // Other backends (PostgreSQL: "postgresql://...") will dispatch here.
  if (options.path.starts_with("postgres://") ||
      options.path.starts_with("postgresql://")) {
    return absl::UnimplementedError(
        "open store: PostgreSQL is not supported yet; give a file path");
  }
  return store::OpenSqliteStore(options);
}

}  // namespace marsad
