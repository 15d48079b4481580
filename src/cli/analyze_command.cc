#include "cli/analyze_command.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "marsad/analyzer.h"

namespace marsad::cli {
namespace {

struct AnalyzeArgs {
  std::vector<std::string> paths;
  bool pretty = false;
  bool quiet = false;
  bool no_entities = false;
  std::string ner_model;
  size_t max_page_bytes = 16u << 20;
  size_t max_record_bytes = 16u << 20;
};

int RunAnalyze(const AnalyzeArgs& args) {
  AnalyzerOptions options;
  options.pretty = args.pretty;
  options.entities = !args.no_entities;
  options.ner_model = args.ner_model;
  options.max_page_bytes = args.max_page_bytes;
  options.max_record_bytes = args.max_record_bytes;
  absl::StatusOr<std::unique_ptr<Analyzer>> analyzer =
      Analyzer::Create(options);
  if (!analyzer.ok()) {
    std::fprintf(stderr, "marsad analyze: %s\n",
                 std::string(analyzer.status().message()).c_str());
    return 2;
  }
  static char out_buf[1 << 16];
  std::setvbuf(stdout, out_buf, _IOFBF, sizeof out_buf);
  const bool tty = ::isatty(STDERR_FILENO);
  AnalyzeStats stats;
  auto start = std::chrono::steady_clock::now();
  for (const std::string& path : args.paths) {
    (*analyzer)->AnalyzePath(
        path,
        [](const AnalyzedArticle& a) {
          std::fwrite(a.json.data(), 1, a.json.size(), stdout);
          std::fputc('\n', stdout);
        },
        [&](const DocumentFailure& f) {
          std::fflush(stdout);
          std::fprintf(stderr, "marsad analyze: error: %s\n",
                       f.message.c_str());
        },
        &stats);
  }
  std::fflush(stdout);
  double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  if (!args.quiet && (tty || stats.failed > 0)) {
    std::fprintf(stderr,
                 "marsad analyze: %llu articles from %llu documents, %llu "
                 "failed, %.1f MB in %.2f s\n",
                 static_cast<unsigned long long>(stats.articles),
                 static_cast<unsigned long long>(stats.documents),
                 static_cast<unsigned long long>(stats.failed),
                 stats.bytes / 1e6, secs);
  }
  if (stats.failed == 0) return 0;
  return stats.documents > 0 ? 1 : 2;
}

}  // namespace

void RegisterAnalyzeCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<AnalyzeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "analyze",
      "Structure pages or JSONL records into articles; JSONL on stdout.\n"
      "PATH may be a text page, a .jsonl/.jsonl.gz file, a directory, or -");
  cmd->add_option("paths", args->paths, "Inputs (files, directories, -)")
      ->required();
  cmd->add_flag("--pretty", args->pretty, "Indent the JSON (not JSONL)");
  cmd->add_flag("-q,--quiet", args->quiet, "No summary on stderr");
  cmd->add_flag("--no-entities", args->no_entities,
                "Skip named-entity recognition (much faster)");
  cmd->add_option("--ner-model", args->ner_model,
                  "NER model file (default: the model built into marsad)");
  cmd->add_option("--max-page-bytes", args->max_page_bytes,
                  "Refuse pages larger than this")
      ->check(CLI::Range(size_t{1}, size_t{1} << 32));
  cmd->add_option("--max-record-bytes", args->max_record_bytes,
                  "Refuse JSONL records larger than this")
      ->check(CLI::Range(size_t{1}, size_t{1} << 32));
  cmd->footer(
      "Exit status: 0 all documents analysed; 1 some failed (each reported "
      "on stderr as path:line:column: reason); 2 nothing could be read.");
  cmd->callback([args, exit_code] { *exit_code = RunAnalyze(*args); });
}

}  // namespace marsad::cli
