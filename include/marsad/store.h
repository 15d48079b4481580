// The system of record: every analysed article, kept whole, behind one
// interface (SQLite now; PostgreSQL can follow without touching callers).
//
//   marsad::StoreOptions options;
//   options.path = "marsad.db";
//   auto store = marsad::OpenStore(options);           // StatusOr
//   marsad::StoreDocument doc;                          // one page or record
//   doc.articles.push_back({article, json});            // main first
//   auto put = (*store)->PutDocument(doc);              // one transaction
//   auto got = (*store)->GetArticle(article.id);        // whole, with spans
//
// Contract:
//  - A document (one page with its related articles, or one JSONL record) is
//    stored whole or not at all. PutDocuments stores many documents in one
//    transaction, each inside its own savepoint: a document that fails is
//    rolled back alone and reported; the others are committed together.
//    Nothing is reported as stored before its transaction has committed.
//  - Idempotent: articles are keyed by Article::id (content-derived, see
//    doc/output.md). Putting an article that is already stored changes
//    nothing of the article; it records a sighting (where and when it was
//    seen: path, line, url, source). The same place seen again bumps that
//    sighting's count instead of adding a row.
//  - The first sighting's metadata (source, date, url, JSON) is the article's;
//    later sightings never rewrite it.
//  - Durability: with the default `synchronous = kFull`, a committed document
//    survives a process kill and a power loss (doc/store_schema.md).
//
// Errors: absl statuses naming the operation and the SQLite message.
// Unavailable means the database was locked by another writer for longer
// than busy_timeout_ms (retry later; the server answers 503). NotFound: no
// such article. FailedPrecondition: the file is not a marsad store, or was
// written by a newer marsad (schema version too new), or is read-only and
// needs a migration. InvalidArgument: a document that breaks the contract
// (empty or malformed id, related article whose main is not in the page).
//
// Thread-safety: a Store is NOT thread-safe; open one per thread. Many
// Stores (threads or processes) may share one file: in WAL mode readers
// never block the writer nor each other; writers take turns.
#ifndef MARSAD_STORE_H_
#define MARSAD_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "marsad/article.h"

namespace marsad {

struct StoreOptions {
  // The database file. Created (with its schema) if missing, unless
  // read_only. ":memory:" gives a private in-memory store (tests).
  std::string path = "marsad.db";
  // How long a write waits for another writer before failing with
  // Unavailable (milliseconds). Readers never wait in WAL mode.
  int busy_timeout_ms = 5000;
  // Open for reading only (a search or HTTP process that never writes).
  // A store whose schema is older than this marsad cannot be migrated
  // read-only and is refused with FailedPrecondition.
  bool read_only = false;
  // kFull: every commit is synced to disk (survives power loss: nothing
  // committed is ever lost). kNormal: survives a process crash but the last
  // commits may roll back on power loss; faster for throw-away bulk loads.
  enum class Sync { kFull, kNormal };
  Sync synchronous = Sync::kFull;
  // Page cache per connection, in KiB. Default 64 MiB.
  int cache_kib = 64 << 10;
  // Testing only: called before every write statement with the statement's
  // name ("insert_paragraph", ...); a non-OK status makes that statement
  // fail as if SQLite had failed it. Lets tests fail a document midway.
  std::function<absl::Status(std::string_view statement)> fault_injector;
};

// One article to store: the structured article and its JSON rendering
// (ArticleToJson, doc/output.md — the form with code-point spans that the
// API returns verbatim).
struct StoreArticle {
  Article article;
  std::string json;
};

// One document: a page (main article first, then its related articles) or
// one JSONL record. Related articles name their main one in
// Article::main_id; the store keeps that link.
struct StoreDocument {
  std::vector<StoreArticle> articles;
};

struct PutResult {
  uint32_t new_articles = 0;        // stored by this put
  uint32_t duplicate_articles = 0;  // already stored: a sighting recorded
};

// Where an article has been seen.
struct Sighting {
  std::string path;
  uint64_t first_line = 0;
  uint64_t last_line = 0;
  std::string url;
  std::string source;
  int64_t first_seen = 0;  // Unix seconds
  int64_t last_seen = 0;
  uint32_t times = 0;  // how often this same place was ingested
};

struct StoredArticle {
  int64_t seq = 0;          // ingest order, strictly increasing, never reused
  Article article;          // as put, byte spans included (Article::text_of)
  std::string json;         // as put (code-point spans)
  int64_t ingested_at = 0;  // Unix seconds
  std::vector<std::string> related_ids;  // the related articles it declared
  std::vector<Sighting> sightings;       // first sighting first
};

struct SourceInfo {
  std::string name;
  uint64_t articles = 0;
  std::optional<CivilDate> first_published;
  std::optional<CivilDate> last_published;
};

struct StoreStats {
  uint64_t articles = 0;
  uint64_t main_articles = 0;
  uint64_t related_articles = 0;
  uint64_t paragraphs = 0;
  uint64_t sources = 0;
  uint64_t tags = 0;
  uint64_t entities = 0;
  uint64_t mentions = 0;
  uint64_t sightings = 0;  // rows (distinct places)
  uint64_t links = 0;      // main -> related
  std::optional<CivilDate> first_published;
  std::optional<CivilDate> last_published;
  int64_t last_seq = 0;     // highest seq; 0 when empty
  uint64_t file_bytes = 0;  // database pages in use, bytes
  int schema_version = 0;
};

// Which articles to visit. Every set field must match (AND).
struct ArticleFilter {
  int64_t after_seq = 0;  // only articles with seq > after_seq
  std::optional<CivilDate> published_from;  // inclusive; undated never match
  std::optional<CivilDate> published_to;    // inclusive
  std::string source;                       // exact outlet name; empty: any
  std::string tag;                          // exact tag; empty: any
  uint64_t limit = 0;                       // at most this many; 0: no limit
};

// A statement as stored, with the article it came from.
struct QuoteRecord {
  std::string article_id;
  std::string article_title;
  std::optional<CivilDate> published;
  std::string kind;  // "direct", "indirect", "mixed"
  std::string text;
  std::string cue;
  int64_t speaker_id = 0;  // 0: no named speaker
  std::string speaker_name;
  std::string speaker_text;  // the description when unnamed
  int64_t addressee_id = 0;
  std::string addressee_name;
  int64_t reporter_id = 0;
  std::string reporter_name;
  std::optional<CivilDate> date;  // when it was said, if the text says
};

// One entity across the store: every spelling, role and mention.
struct EntityRecord {
  int64_t id = 0;
  std::string key;  // cross-document identity (src/nlp/entities)
  std::string type;
  std::string name;
  std::string latin;
  std::string country;
  struct Variant {
    std::string text;
    uint64_t mentions = 0;
  };
  std::vector<Variant> variants;  // most frequent first
  struct Role {
    std::string title;
    std::string country;
    uint64_t articles = 0;
  };
  std::vector<Role> roles;  // most frequent first
  uint64_t mentions = 0;
  uint64_t articles = 0;
  struct Day {
    CivilDate day;
    uint64_t mentions = 0;
  };
  std::vector<Day> mentions_by_day;       // dated articles, oldest first
  std::vector<QuoteRecord> quotes_by;     // newest first, at most 50
  std::vector<QuoteRecord> quotes_about;  // quotes that mention it
};

// Which quotes to list. Every set field must match (AND).
struct QuoteFilter {
  int64_t speaker_id = 0;             // 0: any
  std::string speaker_key;            // an entity key; empty: any
  std::string text;                   // search-normalised substring; empty: any
  std::optional<CivilDate> from, to;  // by the quote's date, else the
                                      // article's publication
  uint64_t limit = 20;                // clamped to [1, 200]
  uint64_t offset = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  // Stores `docs` in one transaction (see the contract above). On OK, one
  // entry per document: its counts, or why it was not stored (the others
  // were). A non-OK return means the transaction as a whole failed (busy,
  // disk full, I/O): nothing of `docs` was stored.
  virtual absl::StatusOr<std::vector<absl::StatusOr<PutResult>>> PutDocuments(
      std::span<const StoreDocument> docs) = 0;

  // One document in its own transaction.
  absl::StatusOr<PutResult> PutDocument(const StoreDocument& doc);

  // The whole article; NotFound when no article has this id.
  virtual absl::StatusOr<StoredArticle> GetArticle(std::string_view id) = 0;

  // Calls `fn` for each matching article in seq order (oldest first) until
  // it returns false. Reads one consistent snapshot; meant for building a
  // search index (after_seq makes it incremental) and for export.
  virtual absl::Status ForEachArticle(
      const ArticleFilter& filter,
      const std::function<bool(const StoredArticle&)>& fn) = 0;

  // Outlets with their article counts, most articles first.
  virtual absl::StatusOr<std::vector<SourceInfo>> ListSources() = 0;

  virtual absl::StatusOr<StoreStats> Stats() = 0;

  // One entity with its variants, roles, mention counts by day and quotes;
  // NotFound when no entity has this id.
  virtual absl::StatusOr<EntityRecord> GetEntity(int64_t id) = 0;

  // Quotes matching `filter`, newest first; *total (if not null) gets the
  // number of matches before limit/offset.
  virtual absl::StatusOr<std::vector<QuoteRecord>> FindQuotes(
      const QuoteFilter& filter, uint64_t* total) = 0;
};

// Opens (creating and migrating as needed) the store at options.path.
absl::StatusOr<std::unique_ptr<Store>> OpenStore(const StoreOptions& options);

// The schema version this build writes (doc/store_schema.md).
int StoreSchemaVersion();

}  // namespace marsad

#endif  // MARSAD_STORE_H_
