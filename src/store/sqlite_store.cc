#include "store/sqlite_store.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "store/schema.h"
#include "store/sqlite_statement.h"
#include "store/sqlite_store_impl.h"

namespace marsad::store {
namespace {

std::string_view RoleText(ArticleRole role) {
  return role == ArticleRole::kMain ? "main" : "related";
}

bool IsHexId(std::string_view id) {
  if (id.size() != 32) return false;
  for (char c : id) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string DocumentName(const StoreDocument& doc) {
  if (doc.articles.empty()) return "document";
  const InputRef& in = doc.articles.front().article.input;
  if (in.first_line == 0) return in.path;
  return absl::StrCat(in.path, ":", in.first_line);
}

int64_t NowSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// Errors after which SQLite may have rolled the whole transaction back (or
// the file cannot be trusted): the batch fails, not just one document.
bool IsFatalForTransaction(const absl::Status& s) {
  return absl::IsUnavailable(s) || absl::IsResourceExhausted(s) ||
         absl::IsDataLoss(s) || absl::IsInternal(s) ||
         absl::IsFailedPrecondition(s);
}

}  // namespace

// Columns of every article row read back (LoadArticle's order).
constexpr char kArticleColumns[] =
    "a.seq, a.id, a.role, a.title, a.title_field, a.title_begin, "
    "a.title_end, a.published, a.published_text, a.published_field, "
    "a.published_begin, a.published_end, s.name, a.url, a.author, "
    "a.input_path, a.input_first_line, a.input_last_line, a.json, "
    "a.ingested_at";
constexpr char kArticleFrom[] =
    " FROM articles a LEFT JOIN sources s ON s.id = a.source_id";

absl::Status SqliteStore::Init() {
  if (absl::Status s = Configure(); !s.ok()) return s;
  return Migrate();
}

absl::Status SqliteStore::Configure() {
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, options_.busy_timeout_ms);
  const std::string what = absl::StrCat("open store ", options_.path);
  // Read first: a file that is not a database fails here, clearly.
  absl::StatusOr<int64_t> app_id = QueryInt("PRAGMA application_id", what);
  if (!app_id.ok()) return app_id.status();
  if (!options_.read_only) {
    absl::StatusOr<Statement> wal =
        Statement::Prepare(db_, what, "PRAGMA journal_mode=WAL");
    if (!wal.ok()) return wal.status();
    absl::StatusOr<bool> row = wal->Step();
    if (!row.ok()) return row.status();
    std::string mode = *row ? wal->Text(0) : "";
    if (mode != "wal" && mode != "memory") {
      return absl::FailedPreconditionError(absl::StrCat(
          what, ": cannot switch to WAL mode (journal_mode is ", mode, ")"));
    }
  }
  std::string pragmas = absl::StrCat(
      "PRAGMA foreign_keys=ON; PRAGMA synchronous=",
      options_.synchronous == StoreOptions::Sync::kFull ? "FULL" : "NORMAL",
      "; PRAGMA cache_size=-", options_.cache_kib, ";");
  return ExecSql(db_, pragmas.c_str(), what);
}

absl::StatusOr<int64_t> SqliteStore::QueryInt(const char* sql,
                                              std::string_view what) {
  absl::StatusOr<Statement> st =
      Statement::Prepare(db_, std::string(what), sql);
  if (!st.ok()) return st.status();
  absl::StatusOr<bool> row = st->Step();
  if (!row.ok()) return row.status();
  return *row ? st->Int(0) : 0;
}

absl::Status SqliteStore::Migrate() {
  const std::string what = absl::StrCat("open store ", options_.path);
  const int latest = Migrations().back().version;
  for (;;) {
    absl::StatusOr<int64_t> version = QueryInt("PRAGMA user_version", what);
    if (!version.ok()) return version.status();
    absl::StatusOr<int64_t> app_id = QueryInt("PRAGMA application_id", what);
    if (!app_id.ok()) return app_id.status();
    absl::StatusOr<int64_t> tables = QueryInt(
        "SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'",
        what);
    if (!tables.ok()) return tables.status();
    const bool fresh = *app_id == 0 && *version == 0 && *tables == 0;
    if (!fresh && *app_id != kApplicationId) {
      return absl::FailedPreconditionError(
          absl::StrCat(what, ": not a marsad store (application_id ", *app_id,
                       ", expected ", kApplicationId, ")"));
    }
    if (*version > latest) {
      return absl::FailedPreconditionError(absl::StrCat(
          what, ": schema version ", *version,
          " was written by a newer marsad; this build knows versions up to ",
          latest, " — upgrade marsad"));
    }
    if (*version == latest) return absl::OkStatus();
    if (options_.read_only) {
      return absl::FailedPreconditionError(absl::StrCat(
          what, ": schema version ", *version, " needs migrating to ", latest,
          " but the store was opened read-only"));
    }
    // One migration per transaction; re-read the version inside it so that
    // two processes opening a new store at once do not both migrate.
    if (absl::Status s = ExecSql(db_, "BEGIN IMMEDIATE", what); !s.ok()) {
      return s;
    }
    absl::StatusOr<int64_t> now_version = QueryInt("PRAGMA user_version", what);
    if (!now_version.ok() || *now_version != *version) {
      ExecSql(db_, "ROLLBACK", what).IgnoreError();
      if (!now_version.ok()) return now_version.status();
      continue;
    }
    const Migration& m = Migrations()[*version];
    std::string sql =
        absl::StrCat(m.sql, "; PRAGMA application_id=", kApplicationId,
                     "; PRAGMA user_version=", m.version, ";");
    absl::Status s = ExecSql(
        db_, sql.c_str(),
        absl::StrCat(what, ": migration ", m.version, " (", m.name, ")"));
    if (s.ok()) s = ExecSql(db_, "COMMIT", absl::StrCat(what, ": commit"));
    if (!s.ok()) {
      ExecSql(db_, "ROLLBACK", what).IgnoreError();
      return s;
    }
  }
}

absl::StatusOr<Statement*> SqliteStore::Get(const char* name, const char* sql) {
  auto it = statements_.find(name);
  if (it != statements_.end()) return it->second.get();
  absl::StatusOr<Statement> st = Statement::Prepare(db_, name, sql);
  if (!st.ok()) return st.status();
  auto owned = std::make_unique<Statement>(std::move(*st));
  Statement* raw = owned.get();
  statements_.emplace(name, std::move(owned));
  return raw;
}

absl::Status SqliteStore::Write(Statement* st) {
  if (options_.fault_injector) {
    absl::Status s = options_.fault_injector(st->name());
    if (!s.ok()) {
      st->Reset();
      return s;
    }
  }
  return st->Run();
}

absl::StatusOr<int64_t> SqliteStore::IdOf(const char* table,
                                          std::string_view name) {
  const bool tags = std::string_view(table) == "tags";
  MARSAD_ASSIGN_STMT(select, tags ? "select_tag" : "select_source",
                     tags ? "SELECT id FROM tags WHERE name = ?1"
                          : "SELECT id FROM sources WHERE name = ?1");
  select->BindText(1, name);
  absl::StatusOr<bool> row = select->Step();
  int64_t id = row.ok() && *row ? select->Int(0) : 0;
  select->Reset();
  if (!row.ok()) return row.status();
  if (id != 0) return id;
  MARSAD_ASSIGN_STMT(insert, tags ? "insert_tag" : "insert_source",
                     tags ? "INSERT INTO tags(name) VALUES (?1)"
                          : "INSERT INTO sources(name) VALUES (?1)");
  insert->BindText(1, name);
  MARSAD_RETURN_IF_ERROR(Write(insert));
  return sqlite3_last_insert_rowid(db_);
}

absl::StatusOr<int64_t> SqliteStore::EntityId(std::string_view type,
                                              std::string_view name) {
  MARSAD_ASSIGN_STMT(select, "select_entity",
                     "SELECT id FROM entities WHERE type = ?1 AND name = ?2");
  select->BindText(1, type);
  select->BindText(2, name);
  absl::StatusOr<bool> row = select->Step();
  int64_t id = row.ok() && *row ? select->Int(0) : 0;
  select->Reset();
  if (!row.ok()) return row.status();
  if (id != 0) return id;
  MARSAD_ASSIGN_STMT(insert, "insert_entity",
                     "INSERT INTO entities(type, name) VALUES (?1, ?2)");
  insert->BindText(1, type);
  insert->BindText(2, name);
  MARSAD_RETURN_IF_ERROR(Write(insert));
  return sqlite3_last_insert_rowid(db_);
}

absl::StatusOr<int64_t> SqliteStore::InsertArticle(const StoreArticle& sa,
                                                   int64_t now) {
  const Article& a = sa.article;
  int64_t source_id = 0;
  if (!a.source.empty()) {
    absl::StatusOr<int64_t> id = IdOf("sources", a.source);
    if (!id.ok()) return id.status();
    source_id = *id;
  }
  MARSAD_ASSIGN_STMT(
      insert, "insert_article",
      "INSERT INTO articles(id, role, title, title_field, title_begin, "
      "title_end, published, published_text, published_field, "
      "published_begin, published_end, source_id, url, author, "
      "paragraph_count, subheading_count, tag_count, mention_count, "
      "input_path, input_first_line, input_last_line, json, ingested_at) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
      "?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)");
  insert->BindText(1, a.id);
  insert->BindText(2, RoleText(a.role));
  insert->BindText(3, a.title);
  insert->BindInt(4, static_cast<int>(a.title_ref.field));
  insert->BindInt(5, a.title_ref.span.begin);
  insert->BindInt(6, a.title_ref.span.end);
  if (a.published) {
    insert->BindText(7, DateText(*a.published));
  } else {
    insert->BindNull(7);
  }
  insert->BindTextOrNull(8, a.published_text);
  if (a.published_ref) {
    insert->BindInt(9, static_cast<int>(a.published_ref->field));
    insert->BindInt(10, a.published_ref->span.begin);
    insert->BindInt(11, a.published_ref->span.end);
  } else {
    insert->BindNull(9);
    insert->BindNull(10);
    insert->BindNull(11);
  }
  if (source_id != 0) {
    insert->BindInt(12, source_id);
  } else {
    insert->BindNull(12);
  }
  insert->BindTextOrNull(13, a.url);
  insert->BindTextOrNull(14, a.author);
  insert->BindInt(15, static_cast<int64_t>(a.paragraphs.size()));
  insert->BindInt(16, static_cast<int64_t>(a.subheadings.size()));
  insert->BindInt(17, static_cast<int64_t>(a.tags.size()));
  insert->BindInt(18, static_cast<int64_t>(a.entities.size()));
  insert->BindText(19, a.input.path);
  insert->BindInt(20, static_cast<int64_t>(a.input.first_line));
  insert->BindInt(21, static_cast<int64_t>(a.input.last_line));
  insert->BindText(22, sa.json);
  insert->BindInt(23, now);
  MARSAD_RETURN_IF_ERROR(Write(insert));
  const int64_t seq = sqlite3_last_insert_rowid(db_);

  MARSAD_ASSIGN_STMT(paragraph, "insert_paragraph",
                     "INSERT INTO paragraphs(article, ord, text, field, "
                     "span_begin, span_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  for (size_t i = 0; i < a.paragraphs.size(); ++i) {
    const Paragraph& p = a.paragraphs[i];
    paragraph->BindInt(1, seq);
    paragraph->BindInt(2, static_cast<int64_t>(i));
    paragraph->BindText(3, p.text);
    paragraph->BindInt(4, static_cast<int>(p.ref.field));
    paragraph->BindInt(5, p.ref.span.begin);
    paragraph->BindInt(6, p.ref.span.end);
    MARSAD_RETURN_IF_ERROR(Write(paragraph));
  }
  MARSAD_ASSIGN_STMT(subheading, "insert_subheading",
                     "INSERT INTO subheadings(article, ord, before_paragraph, "
                     "text, field, span_begin, span_end) VALUES (?1, ?2, ?3, "
                     "?4, ?5, ?6, ?7)");
  for (size_t i = 0; i < a.subheadings.size(); ++i) {
    const Subheading& h = a.subheadings[i];
    subheading->BindInt(1, seq);
    subheading->BindInt(2, static_cast<int64_t>(i));
    subheading->BindInt(3, h.before_paragraph);
    subheading->BindText(4, h.text);
    subheading->BindInt(5, static_cast<int>(h.ref.field));
    subheading->BindInt(6, h.ref.span.begin);
    subheading->BindInt(7, h.ref.span.end);
    MARSAD_RETURN_IF_ERROR(Write(subheading));
  }
  MARSAD_ASSIGN_STMT(tag, "insert_article_tag",
                     "INSERT INTO article_tags(article, tag, ord) "
                     "VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING");
  for (size_t i = 0; i < a.tags.size(); ++i) {
    absl::StatusOr<int64_t> tag_id = IdOf("tags", a.tags[i]);
    if (!tag_id.ok()) return tag_id.status();
    tag->BindInt(1, seq);
    tag->BindInt(2, *tag_id);
    tag->BindInt(3, static_cast<int64_t>(i));
    MARSAD_RETURN_IF_ERROR(Write(tag));
  }
  MARSAD_RETURN_IF_ERROR(InsertExtraction(seq, a));
  return seq;
}

absl::Status SqliteStore::RecordSighting(int64_t seq, const Article& a,
                                         int64_t now) {
  MARSAD_ASSIGN_STMT(
      sighting, "upsert_sighting",
      "INSERT INTO sightings(article, path, first_line, last_line, url, "
      "source, first_seen, last_seen, times) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
      "?7, ?7, 1) ON CONFLICT(article, path, first_line, url, source) DO "
      "UPDATE SET times = times + 1, last_seen = excluded.last_seen, "
      "last_line = excluded.last_line");
  sighting->BindInt(1, seq);
  sighting->BindText(2, a.input.path);
  sighting->BindInt(3, static_cast<int64_t>(a.input.first_line));
  sighting->BindInt(4, static_cast<int64_t>(a.input.last_line));
  sighting->BindText(5, a.url);
  sighting->BindText(6, a.source);
  sighting->BindInt(7, now);
  return Write(sighting);
}

absl::StatusOr<PutResult> SqliteStore::PutOne(const StoreDocument& doc,
                                              int64_t now) {
  const std::string name = DocumentName(doc);
  // Check the whole document before writing any of it.
  for (const StoreArticle& sa : doc.articles) {
    const Article& a = sa.article;
    if (!IsHexId(a.id)) {
      return absl::InvalidArgumentError(absl::StrCat(
          name, ": article id \"", a.id, "\" is not 32 lowercase hex digits"));
    }
    if (sa.json.empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat(name, ": article ", a.id, " has no JSON"));
    }
    if (a.role == ArticleRole::kRelated && !a.main_id.empty()) {
      bool found = false;
      for (const StoreArticle& other : doc.articles) {
        found |= other.article.id == a.main_id &&
                 other.article.role == ArticleRole::kMain;
      }
      if (!found) {
        return absl::InvalidArgumentError(absl::StrCat(
            name, ": related article ", a.id, " names main article ", a.main_id,
            ", which is not in the same document"));
      }
    }
  }
  PutResult result;
  std::vector<int64_t> seqs;
  seqs.reserve(doc.articles.size());
  MARSAD_ASSIGN_STMT(find, "select_article_seq",
                     "SELECT seq FROM articles WHERE id = ?1");
  for (const StoreArticle& sa : doc.articles) {
    const Article& a = sa.article;
    find->BindText(1, a.id);
    absl::StatusOr<bool> row = find->Step();
    int64_t seq = row.ok() && *row ? find->Int(0) : 0;
    find->Reset();
    if (!row.ok()) return row.status();
    if (seq != 0) {
      ++result.duplicate_articles;
    } else {
      absl::StatusOr<int64_t> inserted = InsertArticle(sa, now);
      if (!inserted.ok()) {
        return absl::Status(
            inserted.status().code(),
            absl::StrCat(name, ": article ", a.id, ": ",
                         std::string(inserted.status().message())));
      }
      seq = *inserted;
      ++result.new_articles;
    }
    seqs.push_back(seq);
    MARSAD_RETURN_IF_ERROR(RecordSighting(seq, a, now));
  }
  MARSAD_ASSIGN_STMT(link, "insert_link",
                     "INSERT INTO article_links(main, related) VALUES (?1, ?2) "
                     "ON CONFLICT DO NOTHING");
  for (size_t i = 0; i < doc.articles.size(); ++i) {
    const Article& a = doc.articles[i].article;
    if (a.role != ArticleRole::kRelated || a.main_id.empty()) continue;
    for (size_t j = 0; j < doc.articles.size(); ++j) {
      if (doc.articles[j].article.id != a.main_id || seqs[j] == seqs[i]) {
        continue;
      }
      link->BindInt(1, seqs[j]);
      link->BindInt(2, seqs[i]);
      MARSAD_RETURN_IF_ERROR(Write(link));
      break;
    }
  }
  return result;
}

absl::StatusOr<std::vector<absl::StatusOr<PutResult>>>
SqliteStore::PutDocuments(std::span<const StoreDocument> docs) {
  const std::string what = absl::StrCat("store documents in ", options_.path);
  std::vector<absl::StatusOr<PutResult>> results;
  if (docs.empty()) return results;
  results.reserve(docs.size());
  // IMMEDIATE: take the write lock now, under the busy timeout, rather than
  // fail on the first write without waiting (SQLite's lock upgrade).
  MARSAD_RETURN_IF_ERROR(
      ExecSql(db_, "BEGIN IMMEDIATE", absl::StrCat(what, ": begin")));
  const int64_t now = NowSeconds();
  for (const StoreDocument& doc : docs) {
    absl::Status s = ExecSql(db_, "SAVEPOINT doc", what);
    absl::StatusOr<PutResult> r =
        s.ok() ? PutOne(doc, now) : absl::StatusOr<PutResult>(s);
    if (r.ok()) {
      s = ExecSql(db_, "RELEASE doc", what);
      if (!s.ok()) r = s;
    }
    if (!r.ok() &&
        !std::string(r.status().message()).starts_with(DocumentName(doc))) {
      r = absl::Status(r.status().code(),
                       absl::StrCat(DocumentName(doc), ": ",
                                    std::string(r.status().message())));
    }
    if (!r.ok()) {
      const bool in_transaction = sqlite3_get_autocommit(db_) == 0;
      if (!in_transaction || IsFatalForTransaction(r.status())) {
        if (in_transaction) ExecSql(db_, "ROLLBACK", what).IgnoreError();
        return r.status();
      }
      // Undo this document only; the batch goes on.
      absl::Status undo = ExecSql(db_, "ROLLBACK TO doc; RELEASE doc", what);
      if (!undo.ok()) {
        ExecSql(db_, "ROLLBACK", what).IgnoreError();
        return undo;
      }
    }
    results.push_back(std::move(r));
  }
  absl::Status commit = ExecSql(db_, "COMMIT", absl::StrCat(what, ": commit"));
  if (!commit.ok()) {
    if (sqlite3_get_autocommit(db_) == 0) {
      ExecSql(db_, "ROLLBACK", what).IgnoreError();
    }
    return commit;
  }
  return results;
}

absl::StatusOr<StoredArticle> SqliteStore::LoadArticle(Statement* row) {
  StoredArticle out;
  out.seq = row->Int(0);
  Article& a = out.article;
  a.id = row->Text(1);
  a.role =
      row->Text(2) == "related" ? ArticleRole::kRelated : ArticleRole::kMain;
  a.title = row->Text(3);
  a.title_ref = {
      static_cast<Field>(row->Int(4)),
      {static_cast<uint32_t>(row->Int(5)), static_cast<uint32_t>(row->Int(6))}};
  if (!row->IsNull(7)) a.published = ParseDate(row->Text(7));
  a.published_text = row->Text(8);
  if (!row->IsNull(9)) {
    a.published_ref = TextRef{static_cast<Field>(row->Int(9)),
                              {static_cast<uint32_t>(row->Int(10)),
                               static_cast<uint32_t>(row->Int(11))}};
  }
  a.source = row->Text(12);
  a.url = row->Text(13);
  a.author = row->Text(14);
  a.input = {row->Text(15), static_cast<uint64_t>(row->Int(16)),
             static_cast<uint64_t>(row->Int(17))};
  out.json = row->Text(18);
  out.ingested_at = row->Int(19);
  const int64_t seq = out.seq;

  MARSAD_ASSIGN_STMT(paragraphs, "load_paragraphs",
                     "SELECT text, field, span_begin, span_end FROM "
                     "paragraphs WHERE article = ?1 ORDER BY ord");
  paragraphs->BindInt(1, seq);
  absl::StatusOr<bool> r;
  while ((r = paragraphs->Step()).ok() && *r) {
    a.paragraphs.push_back({paragraphs->Text(0),
                            {static_cast<Field>(paragraphs->Int(1)),
                             {static_cast<uint32_t>(paragraphs->Int(2)),
                              static_cast<uint32_t>(paragraphs->Int(3))}}});
  }
  paragraphs->Reset();
  if (!r.ok()) return r.status();

  MARSAD_ASSIGN_STMT(subheadings, "load_subheadings",
                     "SELECT text, field, span_begin, span_end, "
                     "before_paragraph FROM subheadings WHERE article = ?1 "
                     "ORDER BY ord");
  subheadings->BindInt(1, seq);
  while ((r = subheadings->Step()).ok() && *r) {
    a.subheadings.push_back({subheadings->Text(0),
                             {static_cast<Field>(subheadings->Int(1)),
                              {static_cast<uint32_t>(subheadings->Int(2)),
                               static_cast<uint32_t>(subheadings->Int(3))}},
                             static_cast<uint32_t>(subheadings->Int(4))});
  }
  subheadings->Reset();
  if (!r.ok()) return r.status();

  MARSAD_ASSIGN_STMT(tags, "load_tags",
                     "SELECT t.name FROM article_tags x JOIN tags t ON "
                     "t.id = x.tag WHERE x.article = ?1 ORDER BY x.ord");
  tags->BindInt(1, seq);
  while ((r = tags->Step()).ok() && *r) a.tags.push_back(tags->Text(0));
  tags->Reset();
  if (!r.ok()) return r.status();

  // Mentions, and the store-wide entities they point at as the article's
  // canonical list (name, type, key, Latin form, country; roles, variants
  // and salience live in the JSON).
  MARSAD_ASSIGN_STMT(mentions, "load_mentions",
                     "SELECT e.type, m.text, m.field, m.span_begin, "
                     "m.span_end, m.confidence, e.id, e.name, "
                     "coalesce(e.key, ''), coalesce(e.latin, ''), "
                     "coalesce(e.country, '') FROM mentions m JOIN entities "
                     "e ON e.id = m.entity WHERE m.article = ?1 ORDER BY "
                     "m.ord");
  mentions->BindInt(1, seq);
  absl::flat_hash_map<int64_t, int32_t> canonical_index;
  while ((r = mentions->Step()).ok() && *r) {
    EntityMention m;
    m.type = mentions->Text(0);
    m.text = mentions->Text(1);
    m.ref = {static_cast<Field>(mentions->Int(2)),
             {static_cast<uint32_t>(mentions->Int(3)),
              static_cast<uint32_t>(mentions->Int(4))}};
    m.confidence = static_cast<float>(mentions->Double(5));
    auto [it, fresh] = canonical_index.emplace(
        mentions->Int(6), static_cast<int32_t>(a.canonical.size()));
    if (fresh) {
      Entity e;
      e.type = m.type;
      e.name = mentions->Text(7);
      e.key = mentions->Text(8);
      e.latin = mentions->Text(9);
      e.country = mentions->Text(10);
      a.canonical.push_back(std::move(e));
    }
    m.entity = it->second;
    a.canonical[it->second].mentions.push_back(
        static_cast<uint32_t>(a.entities.size()));
    a.entities.push_back(std::move(m));
  }
  mentions->Reset();
  if (!r.ok()) return r.status();

  // The first page that declared it related names its main article.
  MARSAD_ASSIGN_STMT(main_of, "load_main",
                     "SELECT a.id FROM article_links l JOIN articles a ON "
                     "a.seq = l.main WHERE l.related = ?1 ORDER BY l.main "
                     "LIMIT 1");
  main_of->BindInt(1, seq);
  r = main_of->Step();
  if (r.ok() && *r && a.role == ArticleRole::kRelated) {
    a.main_id = main_of->Text(0);
  }
  main_of->Reset();
  if (!r.ok()) return r.status();

  MARSAD_ASSIGN_STMT(related, "load_related",
                     "SELECT a.id FROM article_links l JOIN articles a ON "
                     "a.seq = l.related WHERE l.main = ?1 ORDER BY l.related");
  related->BindInt(1, seq);
  while ((r = related->Step()).ok() && *r) {
    out.related_ids.push_back(related->Text(0));
  }
  related->Reset();
  if (!r.ok()) return r.status();

  MARSAD_ASSIGN_STMT(sightings, "load_sightings",
                     "SELECT path, first_line, last_line, url, source, "
                     "first_seen, last_seen, times FROM sightings WHERE "
                     "article = ?1 ORDER BY id");
  sightings->BindInt(1, seq);
  while ((r = sightings->Step()).ok() && *r) {
    out.sightings.push_back(
        {sightings->Text(0), static_cast<uint64_t>(sightings->Int(1)),
         static_cast<uint64_t>(sightings->Int(2)), sightings->Text(3),
         sightings->Text(4), sightings->Int(5), sightings->Int(6),
         static_cast<uint32_t>(sightings->Int(7))});
  }
  sightings->Reset();
  if (!r.ok()) return r.status();
  return out;
}

absl::StatusOr<StoredArticle> SqliteStore::GetArticle(std::string_view id) {
  static const std::string sql = absl::StrCat("SELECT ", kArticleColumns,
                                              kArticleFrom, " WHERE a.id = ?1");
  MARSAD_ASSIGN_STMT(select, "get_article", sql.c_str());
  // One read transaction: the article and its rows from one snapshot.
  const bool own_txn = sqlite3_get_autocommit(db_) != 0;
  if (own_txn) MARSAD_RETURN_IF_ERROR(ExecSql(db_, "BEGIN", "get article"));
  select->BindText(1, id);
  absl::StatusOr<bool> row = select->Step();
  absl::StatusOr<StoredArticle> out =
      !row.ok() ? absl::StatusOr<StoredArticle>(row.status())
      : !*row ? absl::StatusOr<StoredArticle>(absl::NotFoundError(absl::StrCat(
                    "get article: no article with id \"",
                    absl::string_view(id.data(), id.size()), "\"")))
              : LoadArticle(select);
  select->Reset();
  if (own_txn) ExecSql(db_, "COMMIT", "get article").IgnoreError();
  return out;
}

absl::Status SqliteStore::ForEachArticle(
    const ArticleFilter& filter,
    const std::function<bool(const StoredArticle&)>& fn) {
  std::string sql = absl::StrCat("SELECT ", kArticleColumns, kArticleFrom,
                                 " WHERE a.seq > ?1");
  if (filter.published_from) absl::StrAppend(&sql, " AND a.published >= ?2");
  if (filter.published_to) absl::StrAppend(&sql, " AND a.published <= ?3");
  if (!filter.source.empty()) absl::StrAppend(&sql, " AND s.name = ?4");
  if (!filter.tag.empty()) {
    absl::StrAppend(&sql,
                    " AND a.seq IN (SELECT x.article FROM article_tags x JOIN "
                    "tags t ON t.id = x.tag WHERE t.name = ?5)");
  }
  absl::StrAppend(&sql, " ORDER BY a.seq LIMIT ?6");
  absl::StatusOr<Statement> select =
      Statement::Prepare(db_, "for each article", sql);
  if (!select.ok()) return select.status();
  select->BindInt(1, filter.after_seq);
  if (filter.published_from) {
    select->BindText(2, DateText(*filter.published_from));
  }
  if (filter.published_to) select->BindText(3, DateText(*filter.published_to));
  if (!filter.source.empty()) select->BindText(4, filter.source);
  if (!filter.tag.empty()) select->BindText(5, filter.tag);
  select->BindInt(6,
                  filter.limit == 0 ? -1 : static_cast<int64_t>(filter.limit));
  const bool own_txn = sqlite3_get_autocommit(db_) != 0;
  if (own_txn) {
    MARSAD_RETURN_IF_ERROR(ExecSql(db_, "BEGIN", "for each article"));
  }
  absl::Status status;
  for (;;) {
    absl::StatusOr<bool> row = select->Step();
    if (!row.ok()) {
      status = row.status();
      break;
    }
    if (!*row) break;
    absl::StatusOr<StoredArticle> a = LoadArticle(&*select);
    if (!a.ok()) {
      status = a.status();
      break;
    }
    if (!fn(*a)) break;
  }
  select->Reset();
  if (own_txn) ExecSql(db_, "COMMIT", "for each article").IgnoreError();
  return status;
}

absl::StatusOr<std::vector<SourceInfo>> SqliteStore::ListSources() {
  MARSAD_ASSIGN_STMT(
      select, "list_sources",
      "SELECT s.name, count(a.seq), min(a.published), max(a.published) FROM "
      "sources s LEFT JOIN articles a ON a.source_id = s.id GROUP BY s.id "
      "ORDER BY count(a.seq) DESC, s.name");
  std::vector<SourceInfo> out;
  absl::StatusOr<bool> r;
  while ((r = select->Step()).ok() && *r) {
    SourceInfo info;
    info.name = select->Text(0);
    info.articles = static_cast<uint64_t>(select->Int(1));
    if (!select->IsNull(2)) info.first_published = ParseDate(select->Text(2));
    if (!select->IsNull(3)) info.last_published = ParseDate(select->Text(3));
    out.push_back(std::move(info));
  }
  select->Reset();
  if (!r.ok()) return r.status();
  return out;
}

absl::StatusOr<StoreStats> SqliteStore::Stats() {
  MARSAD_ASSIGN_STMT(
      select, "stats",
      "SELECT (SELECT count(*) FROM articles), "
      "(SELECT count(*) FROM articles WHERE role = 'main'), "
      "(SELECT count(*) FROM paragraphs), (SELECT count(*) FROM sources), "
      "(SELECT count(*) FROM tags), (SELECT count(*) FROM entities), "
      "(SELECT count(*) FROM mentions), (SELECT count(*) FROM sightings), "
      "(SELECT count(*) FROM article_links), "
      "(SELECT min(published) FROM articles), "
      "(SELECT max(published) FROM articles), "
      "(SELECT ifnull(max(seq), 0) FROM articles), "
      "(SELECT page_count FROM pragma_page_count()) * "
      "(SELECT page_size FROM pragma_page_size()), "
      "(SELECT user_version FROM pragma_user_version())");
  absl::StatusOr<bool> r = select->Step();
  StoreStats s;
  if (r.ok() && *r) {
    s.articles = select->Int(0);
    s.main_articles = select->Int(1);
    s.related_articles = s.articles - s.main_articles;
    s.paragraphs = select->Int(2);
    s.sources = select->Int(3);
    s.tags = select->Int(4);
    s.entities = select->Int(5);
    s.mentions = select->Int(6);
    s.sightings = select->Int(7);
    s.links = select->Int(8);
    if (!select->IsNull(9)) s.first_published = ParseDate(select->Text(9));
    if (!select->IsNull(10)) s.last_published = ParseDate(select->Text(10));
    s.last_seq = select->Int(11);
    s.file_bytes = select->Int(12);
    s.schema_version = static_cast<int>(select->Int(13));
  }
  select->Reset();
  if (!r.ok()) return r.status();
  return s;
}

absl::StatusOr<std::unique_ptr<Store>> OpenSqliteStore(
    const StoreOptions& options) {
  if (options.path.empty()) {
    return absl::InvalidArgumentError("open store: empty path");
  }
  sqlite3* db = nullptr;
  const int flags =
      (options.read_only ? SQLITE_OPEN_READONLY
                         : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
      SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(options.path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    absl::Status s =
        SqliteError(db, rc, absl::StrCat("open store ", options.path));
    sqlite3_close_v2(db);
    return s;
  }
  auto store = std::make_unique<SqliteStore>(db, options);
  if (absl::Status s = store->Init(); !s.ok()) return s;
  return store;
}

}  // namespace marsad::store
