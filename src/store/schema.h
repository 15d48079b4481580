// The store's schema as an ordered list of migrations (doc/store_schema.md).
//
// Migration i (1-based) brings a database from user_version i-1 to i. Never
// edit a migration that has shipped: add the next one. A database whose
// user_version is higher than the last migration was written by a newer
// marsad and is refused.
#ifndef MARSAD_STORE_SCHEMA_H_
#define MARSAD_STORE_SCHEMA_H_

#include <cstdint>
#include <span>

namespace marsad::store {

struct Migration {
  int version;       // user_version after it ran
  const char* name;  // for error messages
  const char* sql;   // one or more statements
};

// PRAGMA application_id of every marsad store: "mrsd".
inline constexpr int32_t kApplicationId = 0x6D727364;

std::span<const Migration> Migrations();

}  // namespace marsad::store

#endif  // MARSAD_STORE_SCHEMA_H_
