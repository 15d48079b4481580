// The marsad side of bench/run_search_bench: builds a SearchIndex from the
// generated corpus (bench/search_corpus.py), saves and reloads it, runs the
// 200 queries and the variant-recall pairs, and prints one JSON object.
//
// Usage: search_bench CORPUS.jsonl QUERIES.txt VARIANTS.txt OUT_DIR
// Writes OUT_DIR/relevant.txt: for each variant pair, the documents (line
// numbers) whose text holds the target spelling as a whole word — the
// ground truth every engine's recall is measured against.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "marsad/search.h"
#include "search/query_parser.h"
#include "simdjson.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

std::vector<std::string> ReadLines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

bool IsWordByte(unsigned char c) {
  // Arabic letters and marks are 0xD8..0xDB lead bytes + continuations;
  // treat every non-ASCII byte and ASCII alphanumerics as word bytes.
  return c >= 0x80 || (c >= '0' && c <= '9') ||
         ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = static_cast<size_t>(p * (v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::cerr << "usage: search_bench CORPUS QUERIES VARIANTS OUT_DIR\n";
    return 2;
  }
  const std::string out_dir = argv[4];
  // Variant targets: whole-word occurrences in the raw text.
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const std::string& l : ReadLines(argv[3])) {
    const size_t tab = l.find('\t');
    pairs.emplace_back(l.substr(0, tab), l.substr(tab + 1));
  }
  absl::flat_hash_map<std::string, std::vector<size_t>> target_index;
  for (size_t i = 0; i < pairs.size(); ++i) {
    target_index[pairs[i].second].push_back(i);
  }
  std::vector<std::vector<uint32_t>> relevant(pairs.size());

  simdjson::padded_string json;
  if (simdjson::padded_string::load(argv[1]).get(json)) {
    std::cerr << "cannot read " << argv[1] << "\n";
    return 2;
  }
  simdjson::dom::parser parser;
  simdjson::dom::document_stream stream;
  if (parser.parse_many(json, 1 << 24).get(stream)) return 2;
  std::vector<marsad::SearchDocument> docs;
  for (auto d : stream) {
    simdjson::dom::element e;
    if (d.get(e)) return 2;
    marsad::SearchDocument sd;
    sd.id = std::to_string(int64_t(e["id"]));
    sd.title = std::string(std::string_view(e["title"]));
    sd.source = std::string(std::string_view(e["source"]));
    sd.published =
        marsad::search_internal::ParseIsoDate(std::string_view(e["date"]));
    for (auto p : e["paragraphs"].get_array()) {
      sd.paragraphs.emplace_back(std::string_view(p));
    }
    const uint32_t docno = static_cast<uint32_t>(docs.size());
    auto scan = [&](std::string_view s) {
      size_t i = 0;
      while (i < s.size()) {
        while (i < s.size() && !IsWordByte(s[i])) ++i;
        size_t j = i;
        while (j < s.size() && IsWordByte(s[j])) ++j;
        if (j > i) {
          const std::string_view w = s.substr(i, j - i);
          auto it = target_index.find(absl::string_view(w.data(), w.size()));
          if (it != target_index.end()) {
            for (size_t k : it->second) {
              auto& r = relevant[k];
              if (r.empty() || r.back() != docno) r.push_back(docno);
            }
          }
        }
        i = j;
      }
    };
    scan(sd.title);
    for (const auto& p : sd.paragraphs) scan(p);
    docs.push_back(std::move(sd));
  }
  json = simdjson::padded_string();
  size_t bytes = 0;
  for (const auto& d : docs) {
    bytes += d.title.size();
    for (const auto& p : d.paragraphs) bytes += p.size();
  }

  marsad::SearchIndex index;
  const auto t0 = Clock::now();
  for (const auto& d : docs) {
    if (auto s = index.Add(d); !s.ok()) {
      std::cerr << s << "\n";
      return 1;
    }
  }
  if (auto s = index.Finish(); !s.ok()) return 1;
  const auto t1 = Clock::now();
  const double build_s = Seconds(t0, t1);
  docs.clear();
  docs.shrink_to_fit();
  const std::string path = out_dir + "/marsad.idx";
  if (auto s = index.Save(path); !s.ok()) {
    std::cerr << s << "\n";
    return 1;
  }
  const auto t2 = Clock::now();
  auto loaded = marsad::SearchIndex::Load(path);
  const auto t3 = Clock::now();
  if (!loaded.ok()) {
    std::cerr << loaded.status() << "\n";
    return 1;
  }
  std::ifstream sz(path, std::ios::ate | std::ios::binary);
  const double file_mb = static_cast<double>(sz.tellg()) / 1e6;
  const marsad::SearchIndex& idx = **loaded;

  // Queries: one warm-up pass, then two timed passes (the median of the two
  // per query), with facets and snippets as the API serves them.
  std::vector<std::string> kinds, queries;
  for (const std::string& l : ReadLines(argv[2])) {
    const size_t tab = l.find('\t');
    kinds.push_back(l.substr(0, tab));
    queries.push_back(l.substr(tab + 1));
  }
  auto run = [&](bool facets, std::vector<double>* lat,
                 std::vector<uint64_t>* totals) {
    for (size_t i = 0; i < queries.size(); ++i) {
      marsad::SearchRequest r;
      r.query = queries[i];
      r.facets = facets;
      const auto a = Clock::now();
      auto resp = idx.Search(r);
      const auto b = Clock::now();
      if (lat) lat->push_back(Seconds(a, b) * 1e3);
      if (totals) totals->push_back(resp.ok() ? resp->total : 0);
      if (!resp.ok()) std::cerr << queries[i] << ": " << resp.status() << "\n";
    }
  };
  std::vector<uint64_t> totals;
  run(true, nullptr, &totals);
  std::vector<double> lat_a, lat_b, lat_nf;
  run(true, &lat_a, nullptr);
  run(true, &lat_b, nullptr);
  run(false, &lat_nf, nullptr);
  std::vector<double> lat(lat_a.size());
  for (size_t i = 0; i < lat.size(); ++i) lat[i] = std::min(lat_a[i], lat_b[i]);
  double slowest = 0;
  std::string slowest_q;
  for (size_t i = 0; i < lat.size(); ++i) {
    if (lat[i] > slowest) slowest = lat[i], slowest_q = queries[i];
  }
  std::string escaped;
  for (char c : slowest_q) {
    if (c == '"' || c == '\\') escaped.push_back('\\');
    escaped.push_back(c);
  }
  slowest_q = escaped;

  // Variant recall.
  std::ofstream rel(out_dir + "/relevant.txt");
  uint64_t found_all = 0, rel_all = 0;
  std::string recall_rows;
  for (size_t i = 0; i < pairs.size(); ++i) {
    rel << pairs[i].first << "\t" << pairs[i].second;
    for (uint32_t d : relevant[i]) rel << "\t" << d;
    rel << "\n";
    marsad::SearchRequest r;
    r.query = pairs[i].first;
    auto m = idx.MatchAll(r);
    uint64_t found = 0;
    if (m.ok()) {
      for (uint32_t d : relevant[i]) {
        found += std::binary_search(m->begin(), m->end(), d);
      }
    }
    found_all += found;
    rel_all += relevant[i].size();
    recall_rows += (i ? "," : "");
    recall_rows += "[" + std::to_string(found) + "," +
                   std::to_string(relevant[i].size()) + "]";
  }
  std::printf(
      "{\"docs\": %zu, \"text_mb\": %.1f, \"build_s\": %.2f, "
      "\"docs_per_s\": %.0f, \"terms\": %zu, \"index_mb\": %.1f, "
      "\"file_mb\": %.1f, \"load_s\": %.2f, \"p50_ms\": %.3f, "
      "\"p99_ms\": %.3f, \"max_ms\": %.3f, \"slowest\": \"%s\", "
      "\"p50_nofacets_ms\": %.3f, \"p99_nofacets_ms\": %.3f, "
      "\"recall_found\": %llu, \"recall_relevant\": %llu, "
      "\"recall_pairs\": [%s], \"totals\": [",
      idx.num_documents(), bytes / 1e6, build_s, idx.num_documents() / build_s,
      idx.num_terms(), idx.memory_bytes() / 1e6, file_mb, Seconds(t2, t3),
      Percentile(lat, 0.5), Percentile(lat, 0.99), slowest, slowest_q.c_str(),
      Percentile(lat_nf, 0.5), Percentile(lat_nf, 0.99),
      static_cast<unsigned long long>(found_all),
      static_cast<unsigned long long>(rel_all), recall_rows.c_str());
  for (size_t i = 0; i < totals.size(); ++i) {
    std::printf("%s%llu", i ? "," : "",
                static_cast<unsigned long long>(totals[i]));
  }
  std::printf("]}\n");
  std::remove(path.c_str());
  return 0;
}
