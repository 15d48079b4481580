#include "marsad/store.h"

#include <sqlite3.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "base/env.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "marsad/analyzer.h"
#include "test_pages.h"

namespace marsad {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::SizeIs;

using marsad::testing::SeedPage;

// Analyses the given in-memory files into store documents, in path order.
std::vector<StoreDocument> Analyze(
    const std::map<std::string, std::string>& files) {
  MemEnv env;
  for (const auto& [path, text] : files) env.AddFile(path, text);
  AnalyzerOptions options;
  options.env = &env;
  // The tests add their own mentions; the model's would change the counts.
  options.entities = false;
  auto analyzer = Analyzer::Create(options);
  EXPECT_TRUE(analyzer.ok());
  std::vector<StoreDocument> docs;
  AnalyzeStats stats;
  for (const auto& [path, text] : files) {
    (*analyzer)->AnalyzePathByDocument(
        path,
        [&](const AnalyzedDocument& d) {
          StoreDocument& out = docs.emplace_back();
          for (const AnalyzedArticle& a : d.articles) {
            out.articles.push_back({*a.article, a.json});
          }
        },
        [](const DocumentFailure& f) { ADD_FAILURE() << f.message; }, &stats);
  }
  return docs;
}

// A JSONL file of one record per (title, content) pair.
std::string Jsonl(
    const std::vector<std::tuple<std::string, std::string, std::string,
                                 std::string>>& records) {
  std::string out;
  for (const auto& [title, content, source, date] : records) {
    out += "{\"title\": \"" + title + "\", \"content\": \"" + content +
           "\", \"source\": \"" + source + "\", \"date\": \"" + date + "\"}\n";
  }
  return out;
}

const std::vector<
    std::tuple<std::string, std::string, std::string, std::string>>
    kRecords = {
        {"أمير الرياض يفتتح معرض الكتاب",
         "افتتح أمير منطقة الرياض معرض الكتاب الدولي بمشاركة ألف دار نشر.",
         "سبق", "2015-03-04"},
        {"ارتفاع أسعار النفط في الأسواق العالمية",
         "ارتفعت أسعار النفط اليوم بعد قرار أوبك خفض الإنتاج.", "الرياض",
         "2015-07-20"},
        {"الهلال يفوز على النصر في الدوري",
         "فاز فريق الهلال على النصر بهدفين مقابل هدف في ديربي العاصمة.", "سبق",
         "2016-01-10"},
};

StoreOptions Options(const std::string& path, bool read_only = false,
                     int busy_timeout_ms = 5000) {
  StoreOptions o;
  o.path = path;
  o.read_only = read_only;
  o.busy_timeout_ms = busy_timeout_ms;
  return o;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("marsad_store_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "marsad.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::unique_ptr<Store> Open(StoreOptions options = {}) {
    options.path = path_;
    auto store = OpenStore(options);
    EXPECT_TRUE(store.ok()) << store.status();
    return store.ok() ? std::move(*store) : nullptr;
  }

  // Runs one SQL statement on the file with a raw SQLite connection and
  // returns the first column of the first row as text.
  std::string Sql(const std::string& sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    std::string out;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK)
        << sqlite3_errmsg(db);
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0)) {
      out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
  }

  std::filesystem::path dir_;
  std::string path_;
};

TEST_F(StoreTest, CreatesSchemaAndReopensWithDataIntact) {
  {
    auto store = Open();
    ASSERT_NE(store, nullptr);
    auto stats = store->Stats();
    ASSERT_TRUE(stats.ok()) << stats.status();
    EXPECT_EQ(stats->schema_version, StoreSchemaVersion());
    EXPECT_EQ(stats->articles, 0u);
    auto docs = Analyze({{"seed.txt", SeedPage()}});
    ASSERT_THAT(docs, SizeIs(1));
    ASSERT_TRUE(store->PutDocument(docs[0]).ok());
  }
  EXPECT_EQ(Sql("PRAGMA journal_mode"), "wal");
  EXPECT_EQ(Sql("PRAGMA user_version"), std::to_string(StoreSchemaVersion()));
  auto store = Open();
  ASSERT_NE(store, nullptr);
  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->articles, 2u);
  EXPECT_EQ(stats->main_articles, 1u);
  EXPECT_EQ(stats->related_articles, 1u);
  EXPECT_EQ(stats->links, 1u);
  EXPECT_EQ(stats->schema_version, StoreSchemaVersion());
}

TEST_F(StoreTest, SamePageTwiceIsStoredOnceWithTwoSightings) {
  auto store = Open();
  auto docs = Analyze({{"seed.txt", SeedPage()}});
  ASSERT_THAT(docs, SizeIs(1));
  auto first = store->PutDocument(docs[0]);
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_EQ(first->new_articles, 2u);
  EXPECT_EQ(first->duplicate_articles, 0u);
  auto second = store->PutDocument(docs[0]);
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(second->new_articles, 0u);
  EXPECT_EQ(second->duplicate_articles, 2u);

  // The same page saved under another name: another place.
  auto copy = Analyze({{"mirror/copy.txt", SeedPage()}});
  auto third = store->PutDocument(copy[0]);
  ASSERT_TRUE(third.ok());
  EXPECT_EQ(third->duplicate_articles, 2u);

  auto stats = store->Stats();
  EXPECT_EQ(stats->articles, 2u);
  EXPECT_EQ(stats->paragraphs,
            docs[0].articles[0].article.paragraphs.size() +
                docs[0].articles[1].article.paragraphs.size());
  EXPECT_EQ(stats->links, 1u);
  EXPECT_EQ(stats->sources, 1u);

  auto got = store->GetArticle(docs[0].articles[0].article.id);
  ASSERT_TRUE(got.ok()) << got.status();
  ASSERT_THAT(got->sightings, SizeIs(2));
  EXPECT_EQ(got->sightings[0].path, "seed.txt");
  EXPECT_EQ(got->sightings[0].times, 2u);
  EXPECT_EQ(got->sightings[0].source, "سكاي نيوز عربية");
  EXPECT_EQ(got->sightings[1].path, "mirror/copy.txt");
  EXPECT_EQ(got->sightings[1].times, 1u);
  // The first sighting's metadata stays the article's.
  EXPECT_EQ(got->article.input.path, "seed.txt");
}

TEST_F(StoreTest, DuplicateRecordsInOneBatchAreStoredOnce) {
  auto store = Open();
  auto r = kRecords;
  r.push_back(kRecords[0]);  // the same article on a later line
  auto docs = Analyze({{"a.jsonl", Jsonl(r)}});
  ASSERT_THAT(docs, SizeIs(4));
  auto results = store->PutDocuments(docs);
  ASSERT_TRUE(results.ok()) << results.status();
  ASSERT_THAT(*results, SizeIs(4));
  EXPECT_EQ((*results)[3]->duplicate_articles, 1u);
  auto got = store->GetArticle(docs[0].articles[0].article.id);
  ASSERT_TRUE(got.ok());
  ASSERT_THAT(got->sightings, SizeIs(2));
  EXPECT_EQ(got->sightings[0].first_line, 1u);
  EXPECT_EQ(got->sightings[1].first_line, 4u);
  EXPECT_EQ(store->Stats()->articles, 3u);
}

// Every field of the seed page's articles comes back as it went in.
TEST_F(StoreTest, GetArticleRoundTripsTheWholeArticle) {
  auto store = Open();
  auto docs = Analyze({{"seed.txt", SeedPage()}});
  ASSERT_THAT(docs, SizeIs(1));
  StoreDocument doc = docs[0];
  ASSERT_THAT(doc.articles, SizeIs(2));
  // NER output is not produced yet by default; add mentions by hand so the
  // mentions table is exercised too.
  Article& main = doc.articles[0].article;
  main.entities.push_back(
      {"PER", "أنتوني بلينكن", {Field::kPage, {10, 35}}, 0.75f});
  main.entities.push_back({"LOC", "مصر", {Field::kPage, {40, 46}}, 0.5f});
  ASSERT_TRUE(store->PutDocument(doc).ok());

  for (const StoreArticle& want : doc.articles) {
    auto got = store->GetArticle(want.article.id);
    ASSERT_TRUE(got.ok()) << got.status();
    const Article& a = got->article;
    const Article& w = want.article;
    EXPECT_EQ(got->json, want.json);
    EXPECT_EQ(a.id, w.id);
    EXPECT_EQ(a.role, w.role);
    EXPECT_EQ(a.title, w.title);
    EXPECT_EQ(a.title_ref, w.title_ref);
    EXPECT_EQ(a.published, w.published);
    EXPECT_EQ(a.published_ref, w.published_ref);
    EXPECT_EQ(a.published_text, w.published_text);
    EXPECT_EQ(a.source, w.source);
    EXPECT_EQ(a.url, w.url);
    EXPECT_EQ(a.author, w.author);
    EXPECT_EQ(a.tags, w.tags);
    EXPECT_EQ(a.main_id, w.main_id);
    EXPECT_EQ(a.input.path, w.input.path);
    EXPECT_EQ(a.input.first_line, w.input.first_line);
    ASSERT_EQ(a.paragraphs.size(), w.paragraphs.size());
    for (size_t i = 0; i < a.paragraphs.size(); ++i) {
      EXPECT_EQ(a.paragraphs[i].text, w.paragraphs[i].text);
      EXPECT_EQ(a.paragraphs[i].ref, w.paragraphs[i].ref);
    }
    ASSERT_EQ(a.subheadings.size(), w.subheadings.size());
    for (size_t i = 0; i < a.subheadings.size(); ++i) {
      EXPECT_EQ(a.subheadings[i].text, w.subheadings[i].text);
      EXPECT_EQ(a.subheadings[i].ref, w.subheadings[i].ref);
      EXPECT_EQ(a.subheadings[i].before_paragraph,
                w.subheadings[i].before_paragraph);
    }
    ASSERT_EQ(a.entities.size(), w.entities.size());
    for (size_t i = 0; i < a.entities.size(); ++i) {
      EXPECT_EQ(a.entities[i].type, w.entities[i].type);
      EXPECT_EQ(a.entities[i].text, w.entities[i].text);
      EXPECT_EQ(a.entities[i].ref, w.entities[i].ref);
      EXPECT_FLOAT_EQ(a.entities[i].confidence, w.entities[i].confidence);
    }
  }
  // The seed: a main article with a date and source, one related article
  // with a subheading, linked both ways.
  const Article& w = doc.articles[0].article;
  EXPECT_EQ(w.title, "بلينكن يبحث مع شكري إمكانية \"وقف فوري\" لهجمات حماس");
  EXPECT_EQ(w.published->ToIso(), "2023-10-08");
  EXPECT_THAT(w.paragraphs, SizeIs(7));
  EXPECT_FALSE(doc.articles[1].article.subheadings.empty());
  auto main_back = store->GetArticle(w.id);
  EXPECT_THAT(main_back->related_ids, ElementsAre(doc.articles[1].article.id));
  EXPECT_EQ(store->Stats()->mentions, 2u);
  EXPECT_EQ(store->Stats()->entities, 2u);
}

TEST_F(StoreTest, UnknownIdIsNotFound) {
  auto store = Open();
  auto got = store->GetArticle("0123456789abcdef0123456789abcdef");
  EXPECT_TRUE(absl::IsNotFound(got.status())) << got.status();
  EXPECT_THAT(std::string(got.status().message()),
              HasSubstr("0123456789abcdef0123456789abcdef"));
}

// A write that fails at any statement of a document leaves nothing of it.
TEST_F(StoreTest, FailureMidDocumentStoresNothingOfIt) {
  struct Case {
    const char* statement;
    int fail_at;  // 1-based call of that statement within the document
  };
  const Case cases[] = {
      {"insert_source", 1},    {"insert_article", 1},
      {"insert_article", 2},   {"insert_paragraph", 1},
      {"insert_paragraph", 9}, {"insert_subheading", 1},
      {"insert_tag", 3},       {"insert_article_tag", 5},
      {"insert_entity", 1},    {"insert_mention", 2},
      {"upsert_sighting", 2},  {"insert_link", 1},
  };
  auto docs = Analyze({{"seed.txt", SeedPage()}});
  ASSERT_THAT(docs, SizeIs(1));
  StoreDocument doc = docs[0];
  doc.articles[0].article.entities.push_back(
      {"PER", "بلينكن", {Field::kPage, {0, 12}}, 0.9f});
  doc.articles[0].article.entities.push_back(
      {"PER", "شكري", {Field::kPage, {23, 31}}, 0.9f});
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.statement) + " #" + std::to_string(c.fail_at));
    std::filesystem::remove(path_);
    std::filesystem::remove(path_ + "-wal");
    std::filesystem::remove(path_ + "-shm");
    int calls = 0;
    bool fired = false;
    StoreOptions options;
    options.fault_injector = [&](std::string_view statement) {
      if (statement == c.statement && ++calls == c.fail_at) {
        fired = true;
        return absl::InternalError("injected I/O error");
      }
      return absl::OkStatus();
    };
    auto store = Open(options);
    ASSERT_NE(store, nullptr);
    auto put = store->PutDocument(doc);
    ASSERT_TRUE(fired);
    EXPECT_FALSE(put.ok());
    EXPECT_THAT(std::string(put.status().message()),
                HasSubstr("injected I/O error"));
    EXPECT_THAT(std::string(put.status().message()), HasSubstr("seed.txt"));
    auto stats = store->Stats();
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->articles, 0u);
    EXPECT_EQ(stats->paragraphs, 0u);
    EXPECT_EQ(stats->sources, 0u);
    EXPECT_EQ(stats->tags, 0u);
    EXPECT_EQ(stats->entities, 0u);
    EXPECT_EQ(stats->mentions, 0u);
    EXPECT_EQ(stats->sightings, 0u);
    EXPECT_EQ(stats->links, 0u);
    EXPECT_EQ(Sql("SELECT count(*) FROM subheadings"), "0");
    EXPECT_EQ(Sql("SELECT count(*) FROM article_tags"), "0");
    // The store is still usable: the same document goes in whole.
    calls = -1000000;
    auto again = store->PutDocument(doc);
    ASSERT_TRUE(again.ok()) << again.status();
    EXPECT_EQ(again->new_articles, 2u);
    EXPECT_EQ(store->Stats()->mentions, 2u);
  }
}

// In a batch, a document that fails is rolled back alone; an error that
// breaks the transaction fails the batch and stores none of it.
TEST_F(StoreTest, BatchKeepsGoodDocumentsAroundABadOne) {
  auto docs = Analyze({{"a.jsonl", Jsonl(kRecords)}});
  ASSERT_THAT(docs, SizeIs(3));
  int paragraph_calls = 0;
  absl::Status fault = absl::InvalidArgumentError("injected bad value");
  StoreOptions options;
  options.fault_injector = [&](std::string_view statement) {
    // Records have one paragraph each: the second call is document 2's.
    if (statement == "insert_paragraph" && ++paragraph_calls == 2) {
      return fault;
    }
    return absl::OkStatus();
  };
  auto store = Open(options);
  auto results = store->PutDocuments(docs);
  ASSERT_TRUE(results.ok()) << results.status();
  ASSERT_THAT(*results, SizeIs(3));
  EXPECT_TRUE((*results)[0].ok());
  EXPECT_FALSE((*results)[1].ok());
  EXPECT_THAT(std::string((*results)[1].status().message()),
              HasSubstr("a.jsonl:2"));
  EXPECT_TRUE((*results)[2].ok());
  EXPECT_EQ(store->Stats()->articles, 2u);
  EXPECT_EQ(store->Stats()->paragraphs, 2u);
  EXPECT_TRUE(absl::IsNotFound(
      store->GetArticle(docs[1].articles[0].article.id).status()));

  // An I/O-class error aborts the whole transaction.
  std::filesystem::remove(path_);
  std::filesystem::remove(path_ + "-wal");
  std::filesystem::remove(path_ + "-shm");
  store.reset();
  paragraph_calls = 0;
  fault = absl::InternalError("injected I/O error");
  store = Open(options);
  auto failed = store->PutDocuments(docs);
  EXPECT_FALSE(failed.ok());
  EXPECT_EQ(store->Stats()->articles, 0u);
  EXPECT_EQ(store->Stats()->sightings, 0u);
}

TEST_F(StoreTest, InvalidDocumentsAreRefusedAndOthersStored) {
  auto store = Open();
  auto docs = Analyze({{"a.jsonl", Jsonl(kRecords)}});
  ASSERT_THAT(docs, SizeIs(3));
  docs[0].articles[0].article.id = "not-an-id";
  docs[1].articles[0].article.role = ArticleRole::kRelated;
  docs[1].articles[0].article.main_id = "0123456789abcdef0123456789abcdef";
  auto results = store->PutDocuments(docs);
  ASSERT_TRUE(results.ok());
  EXPECT_TRUE(absl::IsInvalidArgument((*results)[0].status()));
  EXPECT_THAT(std::string((*results)[0].status().message()),
              HasSubstr("not-an-id"));
  EXPECT_TRUE(absl::IsInvalidArgument((*results)[1].status()));
  EXPECT_THAT(std::string((*results)[1].status().message()),
              HasSubstr("not in the same document"));
  EXPECT_TRUE((*results)[2].ok());
  EXPECT_EQ(store->Stats()->articles, 1u);
}

TEST_F(StoreTest, NewerSchemaIsRefusedWithAClearError) {
  Open().reset();
  Sql("PRAGMA user_version = 99");
  auto store = OpenStore(Options(path_));
  ASSERT_FALSE(store.ok());
  EXPECT_TRUE(absl::IsFailedPrecondition(store.status()));
  EXPECT_THAT(std::string(store.status().message()),
              HasSubstr("schema version 99"));
  EXPECT_THAT(std::string(store.status().message()),
              HasSubstr("upgrade marsad"));
}

TEST_F(StoreTest, ForeignDatabaseAndGarbageAreRefused) {
  Sql("CREATE TABLE customers (name TEXT)");
  auto foreign = OpenStore(Options(path_));
  ASSERT_FALSE(foreign.ok());
  EXPECT_TRUE(absl::IsFailedPrecondition(foreign.status()));
  EXPECT_THAT(std::string(foreign.status().message()),
              HasSubstr("not a marsad store"));

  std::string garbage = (dir_ / "garbage.db").string();
  std::ofstream(garbage) << std::string(8192, 'x');
  auto bad = OpenStore(Options(garbage));
  ASSERT_FALSE(bad.ok());
  EXPECT_THAT(std::string(bad.status().message()), HasSubstr(garbage));

  auto missing_dir = OpenStore(Options((dir_ / "no/such/dir.db").string()));
  EXPECT_FALSE(missing_dir.ok());
}

TEST_F(StoreTest, ReadOnlyStoreReadsButNeedsAnExistingSchema) {
  auto missing = OpenStore(Options(path_, /*read_only=*/true));
  EXPECT_FALSE(missing.ok());
  {
    auto store = Open();
    ASSERT_TRUE(
        store->PutDocuments(Analyze({{"a.jsonl", Jsonl(kRecords)}})).ok());
  }
  auto reader = OpenStore(Options(path_, /*read_only=*/true));
  ASSERT_TRUE(reader.ok()) << reader.status();
  EXPECT_EQ((*reader)->Stats()->articles, 3u);
  auto write = (*reader)->PutDocuments(Analyze({{"s.txt", SeedPage()}}));
  EXPECT_FALSE(write.ok());
}

// A writer that holds the lock past the busy timeout makes puts fail with
// Unavailable (the server's 503), and readers still read.
TEST_F(StoreTest, BusyStoreIsUnavailableAndReadersGoOn) {
  auto store = Open(Options(path_, false, /*busy_timeout_ms=*/50));
  ASSERT_TRUE(
      store->PutDocuments(Analyze({{"a.jsonl", Jsonl(kRecords)}})).ok());
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr),
            SQLITE_OK);
  auto put = store->PutDocument(Analyze({{"s.txt", SeedPage()}})[0]);
  EXPECT_TRUE(absl::IsUnavailable(put.status())) << put.status();
  EXPECT_THAT(std::string(put.status().message()), HasSubstr("busy"));
  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok()) << stats.status();
  EXPECT_EQ(stats->articles, 3u);
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  EXPECT_TRUE(store->PutDocument(Analyze({{"s.txt", SeedPage()}})[0]).ok());
}

TEST_F(StoreTest, ForEachArticleFilters) {
  auto store = Open();
  auto docs = Analyze({{"a.jsonl", Jsonl(kRecords)}, {"s.txt", SeedPage()}});
  ASSERT_TRUE(store->PutDocuments(docs).ok());
  auto filter = [](auto set) {
    ArticleFilter f;
    set(f);
    return f;
  };
  auto titles = [&](const ArticleFilter& f) {
    std::vector<std::string> out;
    absl::Status s = store->ForEachArticle(f, [&](const StoredArticle& a) {
      out.push_back(a.article.title);
      return true;
    });
    EXPECT_TRUE(s.ok()) << s;
    return out;
  };
  EXPECT_THAT(titles(ArticleFilter{}), SizeIs(5));
  EXPECT_THAT(titles(filter([](ArticleFilter& f) { f.source = "سبق"; })),
              ElementsAre("أمير الرياض يفتتح معرض الكتاب",
                          "الهلال يفوز على النصر في الدوري"));
  EXPECT_THAT(titles(filter([](ArticleFilter& f) {
                f.published_from = CivilDate{2015, 6, 1};
                f.published_to = CivilDate{2016, 12, 31};
              })),
              ElementsAre("ارتفاع أسعار النفط في الأسواق العالمية",
                          "الهلال يفوز على النصر في الدوري"));
  EXPECT_THAT(titles(filter([](ArticleFilter& f) { f.tag = "بلينكن"; })),
              ElementsAre("بلينكن يبحث مع شكري إمكانية \"وقف فوري\" لهجمات "
                          "حماس"));
  EXPECT_THAT(titles(filter([](ArticleFilter& f) { f.limit = 2; })), SizeIs(2));
  // Incremental: everything after the third article.
  std::vector<int64_t> seqs;
  ASSERT_TRUE(store
                  ->ForEachArticle({},
                                   [&](const StoredArticle& a) {
                                     seqs.push_back(a.seq);
                                     return true;
                                   })
                  .ok());
  ASSERT_THAT(seqs, SizeIs(5));
  EXPECT_TRUE(std::is_sorted(seqs.begin(), seqs.end()));
  EXPECT_THAT(titles(filter([&](ArticleFilter& f) { f.after_seq = seqs[2]; })),
              SizeIs(2));
  EXPECT_EQ(store->Stats()->last_seq, seqs.back());
  // Stopping early.
  int visited = 0;
  ASSERT_TRUE(store
                  ->ForEachArticle(
                      {}, [&](const StoredArticle&) { return ++visited < 2; })
                  .ok());
  EXPECT_EQ(visited, 2);
}

TEST_F(StoreTest, ListSourcesAndStats) {
  auto store = Open();
  ASSERT_TRUE(store
                  ->PutDocuments(Analyze(
                      {{"a.jsonl", Jsonl(kRecords)}, {"s.txt", SeedPage()}}))
                  .ok());
  auto sources = store->ListSources();
  ASSERT_TRUE(sources.ok()) << sources.status();
  ASSERT_THAT(*sources, SizeIs(3));
  EXPECT_EQ((*sources)[0].name, "سبق");
  EXPECT_EQ((*sources)[0].articles, 2u);
  EXPECT_EQ((*sources)[0].first_published->ToIso(), "2015-03-04");
  EXPECT_EQ((*sources)[0].last_published->ToIso(), "2016-01-10");
  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->articles, 5u);
  EXPECT_EQ(stats->sources, 3u);
  EXPECT_EQ(stats->first_published->ToIso(), "2015-03-04");
  EXPECT_EQ(stats->last_published->ToIso(), "2023-10-08");
  EXPECT_GT(stats->tags, 3u);
  EXPECT_GT(stats->file_bytes, 0u);
}

TEST_F(StoreTest, InMemoryStoreWorks) {
  auto store = OpenStore(Options(":memory:"));
  ASSERT_TRUE(store.ok()) << store.status();
  ASSERT_TRUE((*store)->PutDocument(Analyze({{"s.txt", SeedPage()}})[0]).ok());
  EXPECT_EQ((*store)->Stats()->articles, 2u);
}

}  // namespace
}  // namespace marsad
