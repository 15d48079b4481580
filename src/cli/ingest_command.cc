#include "cli/ingest_command.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "marsad/analyzer.h"
#include "marsad/store.h"

namespace marsad::cli {
namespace {

using Clock = std::chrono::steady_clock;

struct IngestArgs {
  std::vector<std::string> paths;
  std::string db = "marsad.db";
  size_t batch_docs = 512;
  int batch_ms = 1000;
  int busy_timeout_ms = 5000;
  bool quiet = false;
  size_t max_failures_shown = 50;
};

// Uncompressed bytes of a regular file: its size, or for gzip the ISIZE
// trailer (size mod 2^32 — good enough for a progress estimate).
uint64_t EstimatedBytes(const std::filesystem::path& p) {
  std::error_code ec;
  uint64_t size = std::filesystem::file_size(p, ec);
  if (ec) return 0;
  if (p.extension() == ".gz" && size >= 4) {
    std::ifstream in(p, std::ios::binary);
    in.seekg(-4, std::ios::end);
    unsigned char b[4] = {0, 0, 0, 0};
    if (in.read(reinterpret_cast<char*>(b), 4)) {
      return b[0] | (b[1] << 8) | (b[2] << 16) |
             (static_cast<uint64_t>(b[3]) << 24);
    }
  }
  return size;
}

// Total input bytes, or 0 when unknown (stdin).
uint64_t EstimatedTotal(const std::vector<std::string>& paths) {
  uint64_t total = 0;
  for (const std::string& path : paths) {
    if (path == "-") return 0;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      for (auto it = std::filesystem::recursive_directory_iterator(path, ec);
           !ec && it != std::filesystem::recursive_directory_iterator();
           it.increment(ec)) {
        if (it->is_regular_file(ec)) total += EstimatedBytes(it->path());
      }
    } else {
      total += EstimatedBytes(path);
    }
  }
  return total;
}

class Ingest {
 public:
  Ingest(const IngestArgs& args, Store* store)
      : args_(args),
        store_(store),
        tty_(::isatty(STDERR_FILENO) == 1),
        start_(Clock::now()),
        last_commit_(start_),
        last_progress_(start_) {}

  void SetTotalBytes(uint64_t total) { total_bytes_ = total; }

  void OnDocument(const AnalyzedDocument& doc, const AnalyzeStats& stats) {
    if (store_failed_) {
      ++skipped_;
      return;
    }
    StoreDocument& out = pending_.emplace_back();
    out.articles.reserve(doc.articles.size());
    for (const AnalyzedArticle& a : doc.articles) {
      out.articles.push_back({*a.article, a.json});
    }
    const auto now = Clock::now();
    if (pending_.size() >= args_.batch_docs ||
        now - last_commit_ >= std::chrono::milliseconds(args_.batch_ms)) {
      Flush();
    }
    Progress(stats, /*final=*/false);
  }

  void OnFailure(const std::string& message) {
    ++failed_;
    Report(message);
  }

  // Commits the pending documents (one transaction).
  void Flush() {
    last_commit_ = Clock::now();
    if (pending_.empty() || store_failed_) return;
    absl::StatusOr<std::vector<absl::StatusOr<PutResult>>> results =
        store_->PutDocuments(pending_);
    if (!results.ok()) {
      // The transaction failed whole: none of these documents is stored,
      // and the store will not take the rest either.
      store_failed_ = true;
      failed_ += pending_.size();
      Report(std::string(results.status().message()));
      pending_.clear();
      return;
    }
    for (const absl::StatusOr<PutResult>& r : *results) {
      if (r.ok()) {
        ++documents_;
        new_articles_ += r->new_articles;
        duplicates_ += r->duplicate_articles;
      } else {
        ++failed_;
        Report(std::string(r.status().message()));
      }
    }
    pending_.clear();
  }

  void Progress(const AnalyzeStats& stats, bool final) {
    const auto now = Clock::now();
    if (args_.quiet) return;
    const auto since = now - last_progress_;
    if (!final && since < (tty_ ? std::chrono::milliseconds(100)
                                : std::chrono::milliseconds(10000))) {
      return;
    }
    last_progress_ = now;
    const double secs =
        std::max(1e-9, std::chrono::duration<double>(now - start_).count());
    const uint64_t articles = new_articles_ + duplicates_;
    const double rate = articles / secs;
    if (!tty_) {
      if (final) return;  // the summary follows
      std::fprintf(stderr,
                   "marsad ingest: %llu articles stored, %.0f articles/s\n",
                   static_cast<unsigned long long>(articles), rate);
      return;
    }
    std::string bar;
    if (total_bytes_ > 0) {
      double frac =
          final
              ? 1.0
              : std::min(0.99, static_cast<double>(stats.bytes) / total_bytes_);
      const int width = 24;
      int filled = static_cast<int>(frac * width);
      bar = "[" + std::string(filled, '#') + std::string(width - filled, '.') +
            "] " + std::to_string(static_cast<int>(frac * 100)) + "%  ";
    }
    std::fprintf(stderr,
                 "\r\033[K%s%llu articles  %.0f articles/s  %llu duplicates  "
                 "%llu failed",
                 bar.c_str(), static_cast<unsigned long long>(articles), rate,
                 static_cast<unsigned long long>(duplicates_),
                 static_cast<unsigned long long>(failed_));
    if (final) std::fputc('\n', stderr);
    bar_shown_ = !final;
  }

  int Finish(const AnalyzeStats& stats) {
    Flush();
    Progress(stats, /*final=*/true);
    const double secs =
        std::chrono::duration<double>(Clock::now() - start_).count();
    const uint64_t articles = new_articles_ + duplicates_;
    if (shown_ < failed_ && failed_ > args_.max_failures_shown) {
      std::fprintf(stderr, "marsad ingest: ... %llu more failures not shown\n",
                   static_cast<unsigned long long>(failed_ - shown_));
    }
    std::fprintf(
        stderr,
        "marsad ingest: %llu documents stored (%llu articles: %llu new, %llu "
        "duplicates), %llu failed%s in %.2f s (%.0f articles/s) -> %s\n",
        static_cast<unsigned long long>(documents_),
        static_cast<unsigned long long>(articles),
        static_cast<unsigned long long>(new_articles_),
        static_cast<unsigned long long>(duplicates_),
        static_cast<unsigned long long>(failed_),
        skipped_ > 0 ? (", " + std::to_string(skipped_) +
                        " skipped after the store failed")
                           .c_str()
                     : "",
        secs, secs > 0 ? articles / secs : 0.0, args_.db.c_str());
    if (store_failed_) return 2;
    if (failed_ == 0) return 0;
    return documents_ > 0 ? 1 : 2;
  }

 private:
  void Report(const std::string& message) {
    if (shown_ >= args_.max_failures_shown) return;
    ++shown_;
    if (bar_shown_) std::fputs("\r\033[K", stderr);
    std::fprintf(stderr, "marsad ingest: error: %s\n", message.c_str());
  }

  const IngestArgs& args_;
  Store* store_;
  const bool tty_;
  const Clock::time_point start_;
  Clock::time_point last_commit_;
  Clock::time_point last_progress_;
  uint64_t total_bytes_ = 0;
  std::vector<StoreDocument> pending_;
  uint64_t documents_ = 0;
  uint64_t new_articles_ = 0;
  uint64_t duplicates_ = 0;
  uint64_t failed_ = 0;
  uint64_t skipped_ = 0;
  uint64_t shown_ = 0;
  bool store_failed_ = false;
  bool bar_shown_ = false;
};

int RunIngest(const IngestArgs& args) {
  absl::StatusOr<std::unique_ptr<Analyzer>> analyzer =
      Analyzer::Create(AnalyzerOptions{});
  if (!analyzer.ok()) {
    std::fprintf(stderr, "marsad ingest: %s\n",
                 std::string(analyzer.status().message()).c_str());
    return 2;
  }
  StoreOptions options;
  options.path = args.db;
  options.busy_timeout_ms = args.busy_timeout_ms;
  absl::StatusOr<std::unique_ptr<Store>> store = OpenStore(options);
  if (!store.ok()) {
    std::fprintf(stderr, "marsad ingest: %s\n",
                 std::string(store.status().message()).c_str());
    return 2;
  }
  Ingest ingest(args, store->get());
  if (::isatty(STDERR_FILENO) == 1) {
    ingest.SetTotalBytes(EstimatedTotal(args.paths));
  }
  AnalyzeStats stats;
  for (const std::string& path : args.paths) {
    (*analyzer)->AnalyzePathByDocument(
        path,
        [&](const AnalyzedDocument& doc) { ingest.OnDocument(doc, stats); },
        [&](const DocumentFailure& f) { ingest.OnFailure(f.message); }, &stats);
  }
  return ingest.Finish(stats);
}

}  // namespace

void RegisterIngestCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Analyse pages or JSONL records and keep them in the store.\n"
      "PATH may be a text page, a .jsonl/.jsonl.gz file, a directory, or -.\n"
      "Idempotent: an article already stored is recorded as seen again.");
  cmd->add_option("paths", args->paths, "Inputs (files, directories, -)")
      ->required();
  cmd->add_option("--db", args->db,
                  "The store (SQLite file; created if missing)")
      ->capture_default_str();
  cmd->add_option("--batch-docs", args->batch_docs,
                  "Documents per transaction (each stays whole)")
      ->check(CLI::Range(size_t{1}, size_t{1} << 20))
      ->capture_default_str();
  cmd->add_option("--batch-ms", args->batch_ms,
                  "Commit at least this often (milliseconds)")
      ->check(CLI::Range(1, 3600 * 1000))
      ->capture_default_str();
  cmd->add_option("--busy-timeout-ms", args->busy_timeout_ms,
                  "Wait this long for another writer before failing")
      ->check(CLI::Range(0, 3600 * 1000))
      ->capture_default_str();
  cmd->add_flag("-q,--quiet", args->quiet, "No progress on stderr");
  cmd->footer(
      "Exit status: 0 every document stored; 1 some failed (each reported on "
      "stderr as path:line:column: reason); 2 nothing could be read, or the "
      "store could not be opened or written.");
  cmd->callback([args, exit_code] { *exit_code = RunIngest(*args); });
}

}  // namespace marsad::cli
