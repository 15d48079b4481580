// POST /api/ingest: analyse pages or JSONL records sent in the body and
// store them, one transaction for the request, each document whole or not
// at all (include/marsad/store.h).
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "base/env.h"
#include "marsad/analyzer.h"
#include "server/handlers.h"
#include "server/json_reply.h"
#include "server/query_params.h"

namespace marsad::server {
namespace {

using nlohmann::json;

// One input of the request: the whole body, or one part of a
// multipart/form-data upload. `name` becomes the path recorded in the
// store's sightings and in error messages ("http:<name>:line:column: ...").
struct Input {
  std::string name;
  const std::string* content;
};

// A part's file name, reduced to something safe to show and record.
std::string SafeName(const std::string& filename, const std::string& field) {
  std::string base = filename.empty() ? field : filename;
  const size_t slash = base.find_last_of("/\\");
  if (slash != std::string::npos) base = base.substr(slash + 1);
  std::string out;
  for (char c : base) {
    const unsigned char u = static_cast<unsigned char>(c);
    out += (u < 0x20 || c == ':' || u == 0x7f) ? '_' : c;
  }
  if (out.empty() || out == "." || out == "..") out = "part";
  return out.substr(0, 200);
}

bool IsJsonlType(const std::string& content_type) {
  const std::string t = content_type.substr(0, content_type.find(';'));
  return t == "application/x-ndjson" || t == "application/jsonl" ||
         t == "application/x-jsonlines" || t == "application/json";
}

// The inputs of a request, or why there are none.
absl::StatusOr<std::vector<Input>> Inputs(const httplib::Request& req) {
  std::vector<Input> inputs;
  if (req.is_multipart_form_data()) {
    for (const auto& [field, file] : req.files) {
      inputs.push_back({SafeName(file.filename, field), &file.content});
      // Let the reader pick the format by extension when the part says.
      if (IsJsonlType(file.content_type) &&
          !inputs.back().name.ends_with(".jsonl")) {
        inputs.back().name += ".jsonl";
      }
    }
    if (inputs.empty()) {
      return absl::InvalidArgumentError(
          "the multipart body has no parts; send each page or JSONL file "
          "as one part");
    }
    return inputs;
  }
  if (req.body.empty()) {
    return absl::InvalidArgumentError(
        "empty body: send a page (text/plain) or JSONL records "
        "(application/x-ndjson)");
  }
  const std::string type = req.get_header_value("Content-Type");
  // Without a JSONL content type the reader sniffs: '{' first means JSONL.
  inputs.push_back(
      {IsJsonlType(type) ? "request.jsonl" : "request", &req.body});
  return inputs;
}

// What happened to one document of the request.
struct DocResult {
  std::string input;
  uint64_t line = 0;  // first line of the document in its input
  std::vector<std::pair<std::string, std::string>> articles;  // id, title
  std::string error;                                          // failed
  size_t batch_index = SIZE_MAX;  // into the documents to store
};

}  // namespace

absl::StatusOr<Reply> Handlers::IngestDocuments(const httplib::Request& req) {
  if (config_.token.empty()) {
    return absl::UnauthenticatedError(
        "ingest over HTTP is disabled: start marsad serve with --token");
  }
  if (!BearerTokenMatches(req.get_header_value("Authorization"),
                          config_.token)) {
    return absl::UnauthenticatedError(
        "missing or wrong token: send the header "
        "'Authorization: Bearer <token given to marsad serve --token>'");
  }
  absl::StatusOr<std::vector<Input>> inputs = Inputs(req);
  if (!inputs.ok()) return inputs.status();

  MemEnv env;
  for (Input& in : *inputs) {
    in.name = "http:" + in.name;
    env.AddFile(in.name, *in.content);
  }
  AnalyzerOptions options;
  options.env = &env;
  options.max_page_bytes = config_.max_page_bytes;
  options.max_record_bytes = config_.max_record_bytes;
  options.entities = config_.entities;
  options.ner_model = config_.ner_model;
  absl::StatusOr<std::unique_ptr<Analyzer>> analyzer =
      Analyzer::Create(options);
  if (!analyzer.ok()) return analyzer.status();

  std::vector<DocResult> results;
  std::vector<StoreDocument> docs;
  AnalyzeStats stats;
  for (const Input& in : *inputs) {
    (*analyzer)->AnalyzePathByDocument(
        in.name,
        [&](const AnalyzedDocument& d) {
          DocResult& r = results.emplace_back();
          r.input = d.path;
          StoreDocument& out = docs.emplace_back();
          r.batch_index = docs.size() - 1;
          for (const AnalyzedArticle& a : d.articles) {
            if (r.line == 0) r.line = a.article->input.first_line;
            r.articles.emplace_back(a.article->id, a.article->title);
            out.articles.push_back({*a.article, a.json});
          }
        },
        [&](const DocumentFailure& f) {
          DocResult& r = results.emplace_back();
          r.input = f.path;
          r.line = f.line;
          r.error = f.message;
        },
        &stats);
  }

  std::vector<absl::StatusOr<PutResult>> put;
  if (!docs.empty()) {
    absl::StatusOr<StorePool::Lease> store = config_.store->Acquire();
    if (!store.ok()) return store.status();
    absl::StatusOr<std::vector<absl::StatusOr<PutResult>>> stored =
        (*store)->PutDocuments(docs);
    // The transaction failed whole (busy -> 503, disk full, I/O): nothing
    // of this request was stored.
    if (!stored.ok()) return stored.status();
    put = std::move(*stored);
  }

  uint64_t n_stored = 0, n_duplicate = 0, n_failed = 0, new_articles = 0,
           duplicate_articles = 0;
  json list = json::array();
  std::string first_error;
  for (const DocResult& r : results) {
    json j;
    j["input"] = r.input;
    j["line"] = r.line;
    if (r.batch_index != SIZE_MAX && put[r.batch_index].ok()) {
      const PutResult& p = *put[r.batch_index];
      new_articles += p.new_articles;
      duplicate_articles += p.duplicate_articles;
      const bool is_new = p.new_articles > 0;
      ++(is_new ? n_stored : n_duplicate);
      j["status"] = is_new ? "stored" : "duplicate";
      j["new_articles"] = p.new_articles;
      j["duplicate_articles"] = p.duplicate_articles;
      json articles = json::array();
      for (const auto& [id, title] : r.articles) {
        articles.push_back({{"id", id}, {"title", title}});
      }
      j["articles"] = std::move(articles);
    } else {
      ++n_failed;
      j["status"] = "failed";
      j["error"] = r.batch_index == SIZE_MAX
                       ? r.error
                       : std::string(put[r.batch_index].status().message());
      if (first_error.empty()) first_error = j["error"];
    }
    list.push_back(std::move(j));
  }
  if (new_articles > 0) config_.search->RequestRefresh();

  json j;
  j["documents"] = results.size();
  j["stored"] = n_stored;
  j["duplicates"] = n_duplicate;
  j["failed"] = n_failed;
  j["new_articles"] = new_articles;
  j["duplicate_articles"] = duplicate_articles;
  j["results"] = std::move(list);
  // 200 when something was taken (stored or already there); 422 when the
  // body held no document that could be analysed and stored.
  const bool none_taken = n_stored + n_duplicate == 0;
  if (none_taken) {
    j["error"] = results.empty() ? "the body holds no document"
                                 : "no document of the body could be stored: " +
                                       first_error;
    j["status"] = 422;
    return JsonReply(j, 422);
  }
  return JsonReply(j);
}

}  // namespace marsad::server
