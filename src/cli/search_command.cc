#include "cli/search_command.h"

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "marsad/analyzer.h"
#include "marsad/search.h"
#include "nlohmann/json.hpp"

namespace marsad::cli {
namespace {

struct SearchArgs {
  std::string query;
  std::vector<std::string> paths;
  std::string index;
  std::string save;
  std::string from, to;
  std::vector<std::string> sources, tags, entities;
  uint32_t page = 1;
  uint32_t size = 10;
  bool no_facets = false;
};

bool ParseDate(const std::string& s, std::optional<CivilDate>* out) {
  int y, m, d;
  char tail;
  if (std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) {
    return false;
  }
  *out = CivilDate{y, m, d};
  return true;
}

nlohmann::json Facets(const std::vector<FacetCount>& v) {
  nlohmann::json a = nlohmann::json::array();
  for (const FacetCount& f : v)
    a.push_back({{"value", f.value}, {"count", f.count}});
  return a;
}

int Run(const SearchArgs& args) {
  std::unique_ptr<SearchIndex> index;
  int status = 0;
  if (!args.index.empty()) {
    if (!args.paths.empty()) {
      std::cerr << "marsad search: give --index or input paths, not both\n";
      return 2;
    }
    auto loaded = SearchIndex::Load(args.index);
    if (!loaded.ok()) {
      std::cerr << "marsad search: " << loaded.status().message() << "\n";
      return 2;
    }
    index = std::move(*loaded);
  } else {
    if (args.paths.empty()) {
      std::cerr << "marsad search: give --index FILE or input paths\n";
      return 2;
    }
    auto analyzer = Analyzer::Create(AnalyzerOptions{});
    if (!analyzer.ok()) {
      std::cerr << "marsad search: " << analyzer.status().message() << "\n";
      return 2;
    }
    index = std::make_unique<SearchIndex>();
    AnalyzeStats stats;
    for (const std::string& path : args.paths) {
      (*analyzer)->AnalyzePath(
          path,
          [&](const AnalyzedArticle& a) {
            absl::Status s = index->Add(SearchDocumentFromArticle(*a.article));
            // The same article seen twice is indexed once.
            if (!s.ok() && !absl::IsAlreadyExists(s)) {
              std::cerr << a.article->input.path << ":"
                        << a.article->input.first_line << ": " << s.message()
                        << "\n";
              status = 1;
            }
          },
          [&](const DocumentFailure& f) {
            std::cerr << f.message << "\n";
            status = 1;
          },
          &stats);
    }
    if (auto s = index->Finish(); !s.ok()) {
      std::cerr << "marsad search: " << s.message() << "\n";
      return 2;
    }
    if (!args.save.empty()) {
      if (auto s = index->Save(args.save); !s.ok()) {
        std::cerr << "marsad search: " << s.message() << "\n";
        return 2;
      }
    }
  }
  SearchRequest req;
  req.query = args.query;
  req.page = args.page;
  req.size = args.size;
  req.facets = !args.no_facets;
  req.sources = args.sources;
  req.tags = args.tags;
  req.entities = args.entities;
  if ((!args.from.empty() && !ParseDate(args.from, &req.from)) ||
      (!args.to.empty() && !ParseDate(args.to, &req.to))) {
    std::cerr << "marsad search: --from/--to take YYYY-MM-DD\n";
    return 2;
  }
  auto resp = index->Search(req);
  if (!resp.ok()) {
    std::cerr << "marsad search: " << resp.status().message() << "\n";
    return 2;
  }
  nlohmann::json summary = {{"total", resp->total},
                            {"terms", resp->terms},
                            {"ignored", resp->ignored}};
  if (req.facets) {
    summary["facets"] = {{"sources", Facets(resp->facets.sources)},
                         {"days", Facets(resp->facets.days)},
                         {"tags", Facets(resp->facets.tags)},
                         {"entities", Facets(resp->facets.entities)}};
  }
  std::cout << summary.dump(-1, ' ', false,
                            nlohmann::json::error_handler_t::replace)
            << "\n";
  uint32_t rank = (req.page - 1) * req.size;
  for (const SearchHit& h : resp->hits) {
    nlohmann::json j = {
        {"rank", ++rank},
        {"id", h.id},
        {"score", h.score},
        {"source", h.source},
        {"published",
         h.published ? nlohmann::json(std::to_string(h.published->year) + "-" +
                                      (h.published->month < 10 ? "0" : "") +
                                      std::to_string(h.published->month) + "-" +
                                      (h.published->day < 10 ? "0" : "") +
                                      std::to_string(h.published->day))
                     : nlohmann::json(nullptr)},
        {"title", h.title.text},
        {"title_html", h.title.Html()},
        {"snippet_html", h.snippet.Html()}};
    std::cout << j.dump(-1, ' ', false,
                        nlohmann::json::error_handler_t::replace)
              << "\n";
  }
  return status;
}

}  // namespace

void RegisterSearchCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<SearchArgs>();
  CLI::App* cmd = app.add_subcommand(
      "search",
      "Search articles: «عبارة» or \"phrase\", +required, -excluded, "
      "from=/to=/source=/tag=/entity= filters; JSONL out");
  cmd->add_option("query", args->query, "the query")->required();
  cmd->add_option("paths", args->paths,
                  "pages, JSONL files, directories or - to index in memory");
  cmd->add_option("--index", args->index, "a saved index (from --save)");
  cmd->add_option("--save", args->save, "write the index built from paths");
  cmd->add_option("--from", args->from, "published on or after YYYY-MM-DD");
  cmd->add_option("--to", args->to, "published on or before YYYY-MM-DD");
  cmd->add_option("--source", args->sources, "only this source (repeatable)");
  cmd->add_option("--tag", args->tags, "only with this tag (repeatable)");
  cmd->add_option("--entity", args->entities, "only with this entity id");
  cmd->add_option("--page", args->page, "page number, from 1");
  cmd->add_option("--size", args->size, "results per page (1..100)");
  cmd->add_flag("--no-facets", args->no_facets, "skip facet counts");
  cmd->callback([args, exit_code]() { *exit_code = Run(*args); });
}

}  // namespace marsad::cli
