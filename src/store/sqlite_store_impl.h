// The SQLite store's class, shared by its implementation files
// (sqlite_store.cc: articles; extraction_tables.cc: entities, quotes,
// dates, interactions). Not a public header.
#ifndef MARSAD_STORE_SQLITE_STORE_IMPL_H_
#define MARSAD_STORE_SQLITE_STORE_IMPL_H_

#include <sqlite3.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "marsad/store.h"
#include "store/sqlite_statement.h"

namespace marsad::store {

inline std::string DateText(const CivilDate& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

inline std::optional<CivilDate> ParseDate(const std::string& s) {
  CivilDate d;
  if (s.size() != 10 ||
      std::sscanf(s.c_str(), "%4d-%2d-%2d", &d.year, &d.month, &d.day) != 3) {
    return std::nullopt;
  }
  return d;
}

class SqliteStore : public Store {
 public:
  SqliteStore(sqlite3* db, StoreOptions options)
      : db_(db), options_(std::move(options)) {}
  ~SqliteStore() override {
    statements_.clear();  // finalize before closing
    sqlite3_close_v2(db_);
  }

  absl::Status Init();

  absl::StatusOr<std::vector<absl::StatusOr<PutResult>>> PutDocuments(
      std::span<const StoreDocument> docs) override;
  absl::StatusOr<StoredArticle> GetArticle(std::string_view id) override;
  absl::Status ForEachArticle(
      const ArticleFilter& filter,
      const std::function<bool(const StoredArticle&)>& fn) override;
  absl::StatusOr<std::vector<SourceInfo>> ListSources() override;
  absl::StatusOr<StoreStats> Stats() override;
  absl::StatusOr<EntityRecord> GetEntity(int64_t id) override;
  absl::StatusOr<std::vector<QuoteRecord>> FindQuotes(const QuoteFilter& filter,
                                                      uint64_t* total) override;

 private:
  absl::Status Configure();
  absl::Status Migrate();
  absl::StatusOr<int64_t> QueryInt(const char* sql, std::string_view what);

  // The cached prepared statement called `name`.
  absl::StatusOr<Statement*> Get(const char* name, const char* sql);
  // Runs a write statement (after the fault injector has had its say).
  absl::Status Write(Statement* st);

  absl::StatusOr<PutResult> PutOne(const StoreDocument& doc, int64_t now);
  absl::StatusOr<int64_t> InsertArticle(const StoreArticle& a, int64_t now);
  absl::StatusOr<int64_t> IdOf(const char* table, std::string_view name);
  absl::StatusOr<int64_t> EntityId(std::string_view type,
                                   std::string_view name);
  // Canonical entities, mentions, roles, dates, quotes and interactions of
  // article `seq` (src/store/extraction_tables.cc).
  absl::Status InsertExtraction(int64_t seq, const Article& a);
  // The store-wide entity for an article's canonical entity: by key, else a
  // one-word person joins the one full name that ends with it.
  absl::StatusOr<int64_t> CanonicalEntityId(const Entity& e);
  absl::StatusOr<std::vector<QuoteRecord>> LoadQuotes(Statement* st);
  absl::Status RecordSighting(int64_t seq, const Article& a, int64_t now);
  absl::StatusOr<StoredArticle> LoadArticle(Statement* row);

  sqlite3* db_;
  StoreOptions options_;
  absl::flat_hash_map<std::string, std::unique_ptr<Statement>> statements_;
};

#define MARSAD_ASSIGN_STMT(var, name, sql)              \
  absl::StatusOr<Statement*> var##_or = Get(name, sql); \
  if (!var##_or.ok()) return var##_or.status();         \
  Statement* var = *var##_or

#define MARSAD_RETURN_IF_ERROR(expr) \
  do {                               \
    absl::Status _st = (expr);       \
    if (!_st.ok()) return _st;       \
  } while (0)

}  // namespace marsad::store

#endif  // MARSAD_STORE_SQLITE_STORE_IMPL_H_
