// Starts a real marsad server on a free loopback port and talks HTTP to it
// (httplib::Client): every endpoint, every error case, the busy store (503)
// and readers running while an ingest writes.
#include "server/server.h"

#include <httplib.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "test_pages.h"

namespace marsad::server {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::StartsWith;

constexpr char kToken[] = "s3cret-تجربة";

using marsad::testing::SeedPage;

// A JSONL record (one line) with real Arabic text; `n` makes it distinct.
std::string Record(int n, const std::string& source = "سبق") {
  json j;
  j["title"] = "وزير الخارجية الأمريكي يبحث مع نظيره المصري التهدئة في غزة " +
               std::to_string(n);
  j["content"] =
      "قال المتحدث باسم الخارجية إن الوزير ناقش سبل وقف إطلاق النار. "
      "وأضاف أن المحادثات تناولت إدخال المساعدات الإنسانية إلى القطاع، "
      "وهذا هو الخبر رقم " +
      std::to_string(n) + ".";
  j["source"] = source;
  j["date"] = "2023-10-" + std::to_string(10 + n % 20);
  return j.dump() + "\n";
}

class TempDir {
 public:
  TempDir() {
    std::string tmpl =
        (std::filesystem::temp_directory_path() / "marsad_server_test_XXXXXX")
            .string();
    path_ = ::mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// A server on 127.0.0.1:<free port>, serving in a thread of its own.
class RunningServer {
 public:
  explicit RunningServer(ServerOptions options) {
    absl::StatusOr<std::unique_ptr<Server>> s = Server::Create(options);
    EXPECT_TRUE(s.ok()) << s.status();
    if (!s.ok()) return;
    server_ = std::move(*s);
    absl::StatusOr<int> port = server_->Bind();
    EXPECT_TRUE(port.ok()) << port.status();
    port_ = port.ok() ? *port : 0;
    thread_ = std::thread([this] { run_status_ = server_->Run(); });
  }
  ~RunningServer() {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    EXPECT_TRUE(run_status_.ok()) << run_status_;
  }
  int port() const { return port_; }
  std::unique_ptr<httplib::Client> Client() const {
    auto c = std::make_unique<httplib::Client>("127.0.0.1", port_);
    c->set_read_timeout(30, 0);
    return c;
  }

 private:
  std::unique_ptr<Server> server_;
  int port_ = 0;
  std::thread thread_;
  absl::Status run_status_;
};

json Json(const httplib::Result& r) {
  if (!r) return json();
  return json::parse(r->body, nullptr, /*allow_exceptions=*/false);
}

// GET /api/search with these parameters (URL-encoded by httplib).
json Search(httplib::Client& c, const httplib::Params& params) {
  return Json(c.Get("/api/search", params, httplib::Headers{}));
}

httplib::Headers Auth(const std::string& token = kToken) {
  return {{"Authorization", "Bearer " + token}};
}

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    options_.db = dir_.path() + "/marsad.db";
    options_.listen_port = 0;
    options_.token = kToken;
    options_.max_body_bytes = 64 << 10;
    options_.busy_timeout_ms = 200;
    options_.index_poll_ms = 0;
    server_ = std::make_unique<RunningServer>(options_);
    client_ = server_->Client();
  }
  void TearDown() override {
    client_.reset();
    server_.reset();
  }

  // Waits until the search index holds everything the store holds.
  void WaitForIndex() {
    for (int i = 0; i < 500; ++i) {
      json s = Json(client_->Get("/api/stats"));
      if (s.is_object() && s["search"]["ready"] == true &&
          s["search"]["building"] == false &&
          s["search"]["indexed_seq"] == s["store"]["last_seq"]) {
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    FAIL() << "the search index did not catch up";
  }

  // Posts the seed page; returns the response JSON.
  json IngestSeed() {
    httplib::Result r = client_->Post("/api/ingest", Auth(), SeedPage(),
                                      "text/plain; charset=utf-8");
    EXPECT_TRUE(r);
    if (!r) return json();
    EXPECT_EQ(r->status, 200) << r->body;
    return Json(r);
  }

  TempDir dir_;
  ServerOptions options_;
  std::unique_ptr<RunningServer> server_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(ServerTest, HealthzAnswersOk) {
  httplib::Result r = client_->Get("/healthz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_THAT(r->get_header_value("Content-Type"),
              StartsWith("application/json"));
  EXPECT_EQ(Json(r)["status"], "ok");
}

// Every error: a JSON body {"error": reason, "status": code}, the code
// meaningful, the reason saying what was wrong.
TEST_F(ServerTest, ErrorsAreJsonWithMeaningfulStatus) {
  ASSERT_EQ(IngestSeed()["stored"], 1);
  WaitForIndex();
  const std::string big(options_.max_body_bytes + 1024, 'x');
  struct Case {
    std::string method;
    std::string path;
    httplib::Headers headers;
    std::string body;
    int status;
    std::string reason;  // a substring of "error"
  };
  const std::vector<Case> cases = {
      {"GET",
       "/api/articles/00000000000000000000000000000000",
       {},
       "",
       404,
       "no article with id"},
      {"GET", "/api/articles/not%20an%20id", {}, "", 400, "article id"},
      {"GET", "/nothing/here", {}, "", 404, "no such endpoint"},
      {"GET", "/static/missing.js", {}, "", 404, "no file"},
      {"DELETE", "/api/stats", {}, "", 405, "use GET"},
      {"GET", "/api/ingest", {}, "", 405, "use POST"},
      {"PUT", "/api/ingest", Auth(), "x", 405, "use POST"},
      {"POST", "/api/search", {}, "q=x", 405, "use GET"},
      {"POST", "/api/ingest", {}, SeedPage(), 401, "token"},
      {"POST", "/api/ingest", Auth("wrong"), SeedPage(), 401, "token"},
      {"POST",
       "/api/ingest",
       {{"Authorization", kToken}},
       SeedPage(),
       401,
       "token"},
      {"POST", "/api/ingest", Auth(), big, 413, "larger than"},
      {"POST", "/api/ingest", Auth(), "", 400, "empty body"},
      {"POST", "/api/ingest", Auth(), "{\"title\": \"بلا نص\"", 422,
       "no document"},
      {"GET", "/api/search", {}, "", 400, "missing query parameter q"},
      {"GET", "/api/search?q=", {}, "", 400, ""},
      {"GET", "/api/search?q=%D9%81%D9%8A", {}, "", 400, ""},  // «في» only
      {"GET", "/api/search?q=x&size=0", {}, "", 400, "size"},
      {"GET", "/api/search?q=x&size=101", {}, "", 400, "size"},
      {"GET", "/api/search?q=x&size=-1", {}, "", 400, "size"},
      {"GET", "/api/search?q=x&page=abc", {}, "", 400, "page"},
      {"GET", "/api/search?q=x&page=0", {}, "", 400, "page"},
      {"GET", "/api/search?q=x&page=9000&size=100", {}, "", 400, ""},
      {"GET", "/api/search?q=x&from=2023-13-01", {}, "", 400, "from"},
      {"GET", "/api/search?q=x&to=2023-02-30", {}, "", 400, "to"},
      {"GET", "/api/search?q=x&from=yesterday", {}, "", 400, "YYYY-MM-DD"},
      {"GET", "/api/search?q=x&q=y", {}, "", 400, "once"},
      {"GET", "/api/search?q=x&facets=maybe", {}, "", 400, "facets"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.method + " " + c.path);
    httplib::Request req;
    req.method = c.method;
    req.path = c.path;
    req.headers = c.headers;
    req.body = c.body;
    if (!c.body.empty()) req.set_header("Content-Type", "text/plain");
    httplib::Result r = client_->send(req);
    ASSERT_TRUE(r) << httplib::to_string(r.error());
    EXPECT_EQ(r->status, c.status) << r->body;
    EXPECT_THAT(r->get_header_value("Content-Type"),
                StartsWith("application/json"));
    json j = Json(r);
    ASSERT_TRUE(j.is_object()) << r->body;
    ASSERT_TRUE(j["error"].is_string()) << r->body;
    EXPECT_FALSE(j["error"].get<std::string>().empty());
    EXPECT_THAT(j["error"].get<std::string>(), HasSubstr(c.reason));
    EXPECT_EQ(j["status"], c.status);
    if (c.status == 405) {
      EXPECT_FALSE(r->get_header_value("Allow").empty());
    }
    if (c.status == 401) {
      EXPECT_THAT(r->get_header_value("WWW-Authenticate"),
                  StartsWith("Bearer"));
    }
  }
  // Nothing of the refused requests was stored.
  EXPECT_EQ(Json(client_->Get("/api/stats"))["store"]["articles"], 2);
}

// Issue 5: one person in two spellings across two articles is one entity,
// with the statements by and about him.
TEST_F(ServerTest, EntitiesAndQuotesAcrossArticles) {
  ASSERT_EQ(IngestSeed()["stored"], 1);
  // «نتانياهو» (main) and «نتنياهو» (related) both reach one entity.
  json q = Json(client_->Get(
      "/api/quotes?speaker=%D9%86%D8%AA%D8%A7%D9%86%D9%8A%D8%A7%D9%87%D9%88"));
  ASSERT_TRUE(q.is_object());
  EXPECT_EQ(q["total"], 4);  // his four statements in the related article
  ASSERT_FALSE(q["quotes"].empty());
  const json speaker = q["quotes"][0]["speaker"];
  ASSERT_TRUE(speaker.is_object());
  json e = Json(client_->Get("/api/entities/" +
                             std::to_string(speaker["id"].get<int64_t>())));
  ASSERT_TRUE(e.is_object());
  EXPECT_EQ(e["type"], "PER");
  EXPECT_EQ(e["articles"], 2);  // mentioned in both articles
  std::set<std::string> variants;
  for (const json& v : e["variants"]) variants.insert(v["text"]);
  EXPECT_TRUE(variants.count("بنيامين نتانياهو")) << e.dump();
  EXPECT_TRUE(variants.count("بنيامين نتنياهو")) << e.dump();
  bool prime_minister = false;
  for (const json& r : e["roles"]) {
    prime_minister |= r["title"] == "رئيس الوزراء" && r["country"] == "IL";
  }
  EXPECT_TRUE(prime_minister) << e["roles"].dump();
  EXPECT_EQ(e["quotes_by"].size(), 4u);
  // Biden's statement names him: a quote about him.
  ASSERT_FALSE(e["quotes_about"].empty());
  EXPECT_EQ(e["quotes_about"][0]["speaker"]["name"], "جو بايدن");
  // Word search in quotes, with a date range.
  json hamas = Json(client_->Get(
      "/api/quotes?q=%D8%AD%D9%85%D8%A7%D8%B3&from=2023-10-01&to=2023-10-31"));
  EXPECT_GE(hamas["total"], 1);
  // Search: both spellings are one entity to filter and facet on.
  WaitForIndex();
  httplib::Params params = {{"q", "حماس"}, {"entity", e["name"]}};
  json found = Json(client_->Get("/api/search", params, httplib::Headers()));
  ASSERT_TRUE(found.is_object()) << found;
  EXPECT_EQ(found["total"], 2) << found.dump();
  bool faceted = false;
  for (const json& f : found["facets"]["entities"]) {
    faceted |= f["value"] == e["name"] && f["count"] == 2;
  }
  EXPECT_TRUE(faceted) << found["facets"].dump();
  // Errors.
  EXPECT_EQ(client_->Get("/api/entities/abc")->status, 400);
  EXPECT_EQ(client_->Get("/api/entities/999999")->status, 404);
  EXPECT_EQ(client_->Get("/api/quotes?from=yesterday")->status, 400);
  EXPECT_EQ(client_->Get("/api/quotes?size=1000")->status, 400);
}

TEST_F(ServerTest, IngestStoresAPageAndServesItBack) {
  const std::string page = SeedPage();
  const std::string title = page.substr(0, page.find('\n'));
  json first = IngestSeed();
  EXPECT_EQ(first["documents"], 1);
  EXPECT_EQ(first["stored"], 1);
  EXPECT_EQ(first["failed"], 0);
  ASSERT_EQ(first["results"].size(), 1u);
  const json& doc = first["results"][0];
  EXPECT_EQ(doc["status"], "stored");
  EXPECT_EQ(doc["input"], "http:request");
  ASSERT_GE(doc["articles"].size(), 2u);  // main + related
  const std::string main_id = doc["articles"][0]["id"];
  const std::string related_id = doc["articles"][1]["id"];
  EXPECT_EQ(doc["articles"][0]["title"], title);

  // Idempotent: the same page again is a duplicate, nothing new.
  json again = IngestSeed();
  EXPECT_EQ(again["stored"], 0);
  EXPECT_EQ(again["duplicates"], 1);
  EXPECT_EQ(again["results"][0]["status"], "duplicate");

  httplib::Result r = client_->Get("/api/articles/" + main_id);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json a = Json(r);
  EXPECT_EQ(a["article"]["id"], main_id);
  EXPECT_EQ(a["article"]["title"], title);
  EXPECT_EQ(a["article"]["role"], "main");
  ASSERT_FALSE(a["article"]["paragraphs"].empty());
  // Spans are code points into the page: the title starts it.
  EXPECT_EQ(a["article"]["title_span"]["start"], 0);
  for (const json& p : a["article"]["paragraphs"]) {
    EXPECT_LT(p["span"]["start"], p["span"]["end"]);
    EXPECT_THAT(page, HasSubstr(p["text"].get<std::string>()));
  }
  ASSERT_EQ(a["related"].size(), 1u);
  EXPECT_EQ(a["related"][0]["id"], related_id);
  EXPECT_EQ(a["related"][0]["title"], doc["articles"][1]["title"]);
  ASSERT_EQ(a["sightings"].size(), 1u);
  EXPECT_EQ(a["sightings"][0]["path"], "http:request");
  EXPECT_EQ(a["sightings"][0]["times"], 2);

  json rel = Json(client_->Get("/api/articles/" + related_id));
  EXPECT_EQ(rel["article"]["main_id"], main_id);

  json sources = Json(client_->Get("/api/sources"));
  ASSERT_FALSE(sources["sources"].empty());
  bool found = false;
  for (const json& s : sources["sources"]) {
    if (s["name"] == a["article"]["source"]) {
      found = true;
      EXPECT_GE(s["articles"], 1);
      EXPECT_EQ(s["first_published"], a["article"]["published"]);
    }
  }
  EXPECT_TRUE(found) << sources.dump();

  json stats = Json(client_->Get("/api/stats"));
  EXPECT_EQ(stats["store"]["articles"], 2);
  EXPECT_EQ(stats["store"]["main_articles"], 1);
  EXPECT_EQ(stats["store"]["links"], 1);
}

TEST_F(ServerTest, SearchFindsIngestedArticlesWithSnippetsAndFacets) {
  json ingested = IngestSeed();
  const std::string main_id = ingested["results"][0]["articles"][0]["id"];
  std::string jsonl;
  for (int i = 0; i < 3; ++i) jsonl += Record(i);
  httplib::Result r =
      client_->Post("/api/ingest", Auth(), jsonl, "application/x-ndjson");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(Json(r)["stored"], 3);
  WaitForIndex();

  // A word of the seed page's title.
  json s = Json(client_->Get(
      "/api/search?q=%D8%A8%D9%84%D9%8A%D9%86%D9%83%D9%86"));  // بلينكن
  ASSERT_TRUE(s.is_object());
  ASSERT_GE(s["total"], 1) << s.dump();
  EXPECT_EQ(s["hits"][0]["id"], main_id);
  EXPECT_THAT(s["hits"][0]["title_html"].get<std::string>(),
              HasSubstr("<mark>بلينكن</mark>"));
  EXPECT_THAT(s["hits"][0]["snippet_html"].get<std::string>(),
              HasSubstr("<mark>"));
  EXPECT_EQ(s["page"], 1);
  EXPECT_EQ(s["size"], 10);
  ASSERT_TRUE(s["facets"]["sources"].is_array());

  // Spelling variant: «الأمريكي» in the query finds «الأميركي» in both
  // articles of the seed page and «الأمريكي» in the three records; the
  // source filter keeps the records.
  httplib::Params params = {{"q", "الأمريكي"}};
  json all = Search(*client_, params);
  EXPECT_EQ(all["total"], 5) << all.dump();
  for (const json& f : all["facets"]["sources"]) EXPECT_NE(f["value"], "");
  params.emplace("source", "سبق");
  json only = Search(*client_, params);
  EXPECT_EQ(only["total"], 3) << only.dump();
  for (const json& h : only["hits"]) EXPECT_EQ(h["source"], "سبق");
  ASSERT_FALSE(only["facets"]["sources"].empty());
  EXPECT_EQ(only["facets"]["sources"][0]["value"], "سبق");
  EXPECT_EQ(only["facets"]["sources"][0]["count"], 3);

  // Date range and paging.
  json dated =
      Search(*client_,
             {{"q", "الأمريكي"}, {"from", "2023-10-11"}, {"to", "2023-10-12"}});
  EXPECT_EQ(dated["total"], 2) << dated.dump();
  json paged = Search(
      *client_,
      {{"q", "الأمريكي"}, {"size", "3"}, {"page", "2"}, {"facets", "0"}});
  EXPECT_EQ(paged["total"], 5);
  EXPECT_EQ(paged["hits"].size(), 2u);
  EXPECT_FALSE(paged.contains("facets"));

  // An unknown source matches nothing (200, not an error).
  json none = Search(*client_, {{"q", "الأمريكي"}, {"source", "لا يوجد"}});
  EXPECT_EQ(none["total"], 0);
}

TEST_F(ServerTest, IngestReportsEachDocumentOfAJsonlBody) {
  const std::string body =
      Record(1) + "{\"title\": \"سطر مكسور\", \"content\": \n" + Record(2);
  httplib::Result r =
      client_->Post("/api/ingest", Auth(), body, "application/x-ndjson");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json j = Json(r);
  EXPECT_EQ(j["documents"], 3);
  EXPECT_EQ(j["stored"], 2);
  EXPECT_EQ(j["failed"], 1);
  ASSERT_EQ(j["results"].size(), 3u);
  int failed_line = 0;
  for (const json& d : j["results"]) {
    if (d["status"] == "failed") {
      failed_line = d["line"];
      EXPECT_THAT(d["error"].get<std::string>(),
                  HasSubstr("http:request.jsonl:2"));
    }
  }
  EXPECT_EQ(failed_line, 2);
}

TEST_F(ServerTest, IngestAcceptsMultipartUploads) {
  httplib::MultipartFormDataItems items = {
      {"file", SeedPage(), "صفحة.txt", "text/plain"},
      {"file", Record(7) + Record(8), "news.jsonl", "application/x-ndjson"},
  };
  httplib::Result r = client_->Post("/api/ingest", Auth(), items);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json j = Json(r);
  EXPECT_EQ(j["documents"], 3);
  EXPECT_EQ(j["stored"], 3);
  std::vector<std::string> inputs;
  for (const json& d : j["results"]) inputs.push_back(d["input"]);
  EXPECT_THAT(inputs,
              ::testing::UnorderedElementsAre(
                  "http:صفحة.txt", "http:news.jsonl", "http:news.jsonl"));
}

// A writer holding the store's lock: ingest answers 503 once the busy
// timeout passes; readers are not blocked at all (WAL).
TEST_F(ServerTest, BusyStoreAnswers503AndReadersGoOn) {
  json ingested = IngestSeed();
  const std::string main_id = ingested["results"][0]["articles"][0]["id"];
  WaitForIndex();

  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(options_.db.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr),
            SQLITE_OK);

  httplib::Result w =
      client_->Post("/api/ingest", Auth(), Record(42), "application/x-ndjson");
  ASSERT_TRUE(w);
  EXPECT_EQ(w->status, 503) << w->body;
  EXPECT_EQ(Json(w)["status"], 503);
  EXPECT_FALSE(Json(w)["error"].get<std::string>().empty());
  EXPECT_EQ(w->get_header_value("Retry-After"), "1");

  for (const std::string& path :
       {"/api/articles/" + main_id, std::string("/api/stats"),
        std::string("/api/sources"), std::string("/healthz"),
        std::string("/api/search?q=%D8%AD%D9%85%D8%A7%D8%B3")}) {  // حماس
    httplib::Result r = client_->Get(path);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200) << path << " " << r->body;
  }

  ASSERT_EQ(sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  httplib::Result again =
      client_->Post("/api/ingest", Auth(), Record(42), "application/x-ndjson");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 200) << again->body;
  EXPECT_EQ(Json(again)["stored"], 1);
}

// Readers on several connections while ingests write: every read succeeds.
TEST_F(ServerTest, ConcurrentReadersDuringIngest) {
  json ingested = IngestSeed();
  const std::string main_id = ingested["results"][0]["articles"][0]["id"];
  WaitForIndex();

  constexpr int kPosts = 12, kPerPost = 15;
  std::atomic<bool> done{false};
  std::atomic<int> reads{0}, bad_reads{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t) {
    readers.emplace_back([&, t] {
      auto c = server_->Client();
      const std::string paths[] = {"/api/articles/" + main_id, "/api/stats",
                                   "/api/sources",
                                   "/api/search?q=%D8%AD%D9%85%D8%A7%D8%B3"};
      for (int i = 0; !done || i < 8; ++i) {
        httplib::Result r = c->Get(paths[(i + t) % 4]);
        ++reads;
        if (!r || r->status != 200) ++bad_reads;
      }
    });
  }
  auto writer = server_->Client();
  for (int p = 0; p < kPosts; ++p) {
    std::string body;
    for (int i = 0; i < kPerPost; ++i) body += Record(100 + p * kPerPost + i);
    httplib::Result r =
        writer->Post("/api/ingest", Auth(), body, "application/x-ndjson");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200) << r->body;
    EXPECT_EQ(Json(r)["stored"], kPerPost);
  }
  done = true;
  for (std::thread& t : readers) t.join();
  EXPECT_GT(reads.load(), 0);
  EXPECT_EQ(bad_reads.load(), 0);
  EXPECT_EQ(Json(client_->Get("/api/stats"))["store"]["articles"],
            2 + kPosts * kPerPost);
  WaitForIndex();
  json s = Search(*client_, {{"q", "المساعدات"}});
  EXPECT_EQ(s["total"], kPosts * kPerPost);
}

TEST_F(ServerTest, ServesTheWebPageAndItsFontsWithoutExternalUrls) {
  httplib::Result page = client_->Get("/");
  ASSERT_TRUE(page);
  ASSERT_EQ(page->status, 200);
  EXPECT_THAT(page->get_header_value("Content-Type"), StartsWith("text/html"));
  EXPECT_THAT(page->body, HasSubstr("dir=\"rtl\""));
  EXPECT_THAT(page->body, HasSubstr("lang=\"ar\""));
  EXPECT_THAT(page->body, HasSubstr("name=\"viewport\""));
  for (const char* path : {"/", "/static/app.js", "/static/style.css"}) {
    httplib::Result r = client_->Get(path);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200) << path;
    // Users run this offline: no CDN, nothing fetched from elsewhere.
    EXPECT_THAT(r->body, ::testing::Not(HasSubstr("http://"))) << path;
    EXPECT_THAT(r->body, ::testing::Not(HasSubstr("https://"))) << path;
    EXPECT_THAT(r->body, ::testing::Not(HasSubstr("//fonts."))) << path;
  }
  httplib::Result css = client_->Get("/static/style.css");
  for (const char* weight : {"400", "700"}) {
    const std::string font =
        std::string("/static/fonts/noto-naskh-arabic-arabic-") + weight +
        "-normal.woff2";
    EXPECT_THAT(css->body, HasSubstr(font));
    httplib::Result r = client_->Get(font);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->get_header_value("Content-Type"), "font/woff2");
    EXPECT_THAT(r->body, StartsWith("wOF2"));
    EXPECT_GT(r->body.size(), 10000u);
  }
  httplib::Result ofl = client_->Get("/static/fonts/OFL.txt");
  ASSERT_TRUE(ofl);
  EXPECT_THAT(ofl->body, HasSubstr("SIL OPEN FONT LICENSE"));
}

TEST(ServerStartTest, IngestIsRefusedWithoutAConfiguredToken) {
  TempDir dir;
  ServerOptions options;
  options.db = dir.path() + "/marsad.db";
  options.listen_port = 0;
  RunningServer server(options);
  auto c = server.Client();
  httplib::Result r = c->Post("/api/ingest", Auth(), SeedPage(), "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 401);
  EXPECT_THAT(Json(r)["error"].get<std::string>(), HasSubstr("--token"));
}

TEST(ServerStartTest, BadOptionsAndStoresFailCleanly) {
  TempDir dir;
  ServerOptions options;
  options.listen_port = 0;
  options.db = dir.path() + "/no/such/dir/marsad.db";
  EXPECT_FALSE(Server::Create(options).ok());

  const std::string not_a_store = dir.path() + "/notes.txt";
  std::ofstream(not_a_store) << "هذا ملف نصي وليس مخزناً\n";
  options.db = not_a_store;
  absl::StatusOr<std::unique_ptr<Server>> s = Server::Create(options);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), absl::StatusCode::kFailedPrecondition);

  options.db = dir.path() + "/marsad.db";
  options.threads = 0;
  EXPECT_EQ(Server::Create(options).status().code(),
            absl::StatusCode::kInvalidArgument);
  options.threads = 4;
  options.listen_port = 70000;
  EXPECT_EQ(Server::Create(options).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(ServerStartTest, APortInUseIsUnavailable) {
  TempDir dir;
  ServerOptions options;
  options.db = dir.path() + "/marsad.db";
  options.listen_port = 0;
  RunningServer first(options);
  options.listen_port = first.port();
  absl::StatusOr<std::unique_ptr<Server>> second = Server::Create(options);
  ASSERT_TRUE(second.ok()) << second.status();
  absl::StatusOr<int> port = (*second)->Bind();
  ASSERT_FALSE(port.ok());
  EXPECT_EQ(port.status().code(), absl::StatusCode::kUnavailable);
}

}  // namespace
}  // namespace marsad::server
