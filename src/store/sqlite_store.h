// The SQLite backend of marsad::Store (doc/store_schema.md).
#ifndef MARSAD_STORE_SQLITE_STORE_H_
#define MARSAD_STORE_SQLITE_STORE_H_

#include <memory>

#include "absl/status/statusor.h"
#include "marsad/store.h"

namespace marsad::store {

// Opens the file in WAL mode with foreign keys on, checks that it is a
// marsad store of a schema version this build knows, and applies the
// missing migrations (each in its own transaction).
absl::StatusOr<std::unique_ptr<Store>> OpenSqliteStore(
    const StoreOptions& options);

}  // namespace marsad::store

#endif  // MARSAD_STORE_SQLITE_STORE_H_
