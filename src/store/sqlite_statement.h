// A prepared SQLite statement that owns its handle, and the one place where
// SQLite result codes become absl statuses.
//
//   auto st = Statement::Prepare(db, "select_article", "SELECT ... ?1");
//   st->BindText(1, id);
//   absl::StatusOr<bool> row = st->Step();   // true: a row is ready
//
// Thread-safety: as the connection (one thread at a time).
#ifndef MARSAD_STORE_SQLITE_STATEMENT_H_
#define MARSAD_STORE_SQLITE_STATEMENT_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

struct sqlite3;
struct sqlite3_stmt;

namespace marsad::store {

// The status for SQLite result `rc` from operation `what`: Unavailable for a
// lock held past the busy timeout (SQLITE_BUSY/LOCKED), ResourceExhausted
// for a full disk or no memory, DataLoss for corruption, FailedPrecondition
// for a file that is not a database, cannot be opened or is read-only,
// InvalidArgument for a violated constraint or an oversized value,
// Internal otherwise. The message names `what` and SQLite's explanation.
absl::Status SqliteError(sqlite3* db, int rc, std::string_view what);

// Runs `sql` (one or more statements without results).
absl::Status ExecSql(sqlite3* db, const char* sql, std::string_view what);

class Statement {
 public:
  Statement() = default;
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  static absl::StatusOr<Statement> Prepare(sqlite3* db, std::string name,
                                           std::string_view sql);

  const std::string& name() const { return name_; }

  // Parameters are 1-based. A failed bind is reported by the next Step.
  void BindInt(int i, int64_t v);
  void BindDouble(int i, double v);
  void BindText(int i, std::string_view v);
  void BindTextOrNull(int i, std::string_view v);  // empty -> NULL
  void BindNull(int i);

  // true: a row is ready; false: done. Errors name the statement.
  absl::StatusOr<bool> Step();
  // Steps to completion, then resets (for writes).
  absl::Status Run();
  // Ready for new bindings.
  void Reset();

  int64_t Int(int col) const;
  double Double(int col) const;
  std::string Text(int col) const;  // "" for NULL
  bool IsNull(int col) const;

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  std::string name_;
  int bind_error_ = 0;
};

}  // namespace marsad::store

#endif  // MARSAD_STORE_SQLITE_STATEMENT_H_
