#include "train/ner_word_stats_builder.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "marsad/tokenizer.h"
#include "nlohmann/json.hpp"
#include "nlp/ner/text_ops.h"
#include "train/word_clusters.h"

namespace marsad {
namespace {

struct PairHash {
  size_t operator()(const std::pair<uint64_t, uint64_t>& p) const {
    return static_cast<size_t>(p.first * 0x9E3779B97F4A7C15ull ^ p.second);
  }
};

struct Counts {
  uint32_t total = 0, with_article = 0;
  uint32_t best_left_n = 0, best_right_n = 0;
  uint64_t best_left = 0, best_right = 0;
  uint32_t after_per = 0, after_org = 0, after_loc = 0, near_name = 0;
};

int Band(uint32_t n, uint32_t total) {
  double r = static_cast<double>(n) / total;
  return r < 0.01 ? 0 : r < 0.05 ? 1 : r < 0.2 ? 2 : 3;
}

bool HasArticle(std::string_view proclitics) {
  return proclitics.size() >= 4 &&
         (proclitics.substr(proclitics.size() - 4) == "ال" ||
          proclitics.substr(proclitics.size() - 4) == "لل");
}

}  // namespace

absl::Status ForEachNewsText(
    const std::string& path, uint64_t max_articles,
    const std::function<void(const TokenizedText&)>& fn, uint64_t* articles) {
  gzFile gz = gzopen(path.c_str(), "rb");
  if (gz == nullptr)
    return absl::NotFoundError("cannot open news corpus " + path);
  Tokenizer tokenizer;
  std::string pending;
  char buf[1 << 16];
  uint64_t count = 0;
  auto process = [&](std::string_view line) {
    nlohmann::json j =
        nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) return;
    ++count;
    for (const char* field : {"title", "content"}) {
      auto it = j.find(field);
      if (it == j.end() || !it->is_string()) continue;
      const std::string& text = it->get_ref<const std::string&>();
      absl::StatusOr<TokenizedText> t = tokenizer.Tokenize(text);
      if (t.ok()) fn(*t);
    }
  };
  int n;
  bool stop = false;
  while (!stop && (n = gzread(gz, buf, sizeof(buf))) > 0) {
    pending.append(buf, static_cast<size_t>(n));
    size_t start = 0, nl;
    while ((nl = pending.find('\n', start)) != std::string::npos) {
      process(std::string_view(pending).substr(start, nl - start));
      start = nl + 1;
      if (max_articles && count >= max_articles) {
        stop = true;
        break;
      }
    }
    pending.erase(0, start);
  }
  if (!stop && !pending.empty()) process(pending);
  int err = 0;
  const char* msg = gzerror(gz, &err);
  std::string error = err < 0 ? std::string(msg) : "";
  gzclose(gz);
  if (!error.empty()) return absl::DataLossError(path + ": " + error);
  if (articles != nullptr) *articles = count;
  return absl::OkStatus();
}

absl::StatusOr<ner::WordStats> BuildNerWordStats(
    const std::string& path, const ner::Gazetteer* gazetteer,
    const NerWordStatsOptions& options, NerWordStatsReport* report) {
  absl::flat_hash_map<uint64_t, Counts> counts;
  absl::flat_hash_map<std::pair<uint64_t, uint64_t>, uint32_t, PairHash>
      bigrams;
  NerWordStatsReport r;
  auto process = [&](const TokenizedText& text) {
    const TokenizedText* t = &text;
    uint64_t prev = 0x5354415254ull;  // sentence start
    uint16_t prev_mask = 0;
    bool prev_word = false;
    for (const Token& tok : t->tokens) {
      uint64_t cur;
      uint16_t mask = 0;
      if (tok.kind == TokenKind::kArabicWord) {
        Segments s = ner::SegmentWord(t->Normalized(tok));
        cur = ner::WordStats::KeyOf(s.base);
        Counts& c = counts[cur];
        c.total++;
        c.with_article += HasArticle(s.proclitics);
        if (gazetteer != nullptr) {
          mask = gazetteer->Find(ner::Gazetteer::TokenKey(s.base));
          c.after_per += (prev_mask & ner::kGazTriggerPer) != 0;
          c.after_org += (prev_mask & ner::kGazTriggerOrg) != 0;
          c.after_loc += (prev_mask & ner::kGazTriggerLoc) != 0;
          c.near_name += (prev_mask & ner::kGazPersonName) != 0;
          if (prev_word && (mask & ner::kGazPersonName)) {
            counts[prev].near_name++;  // re-lookup: `c` may have moved
          }
        }
        ++r.words;
      } else {
        cur = 0x4b494e44ull + static_cast<uint64_t>(tok.kind);
      }
      bigrams[{prev, cur}]++;
      prev = cur;
      prev_mask = mask;
      prev_word = tok.kind == TokenKind::kArabicWord;
    }
  };
  absl::Status read =
      ForEachNewsText(path, options.max_articles, process, &r.articles);
  if (!read.ok()) return read;

  // Most frequent neighbours; ties go to the smaller hash (deterministic).
  for (const auto& [pair, c] : bigrams) {
    auto [left, right] = pair;
    if (auto it = counts.find(right); it != counts.end()) {
      Counts& k = it->second;
      if (c > k.best_left_n || (c == k.best_left_n && left < k.best_left)) {
        k.best_left_n = c;
        k.best_left = left;
      }
    }
    if (auto it = counts.find(left); it != counts.end()) {
      Counts& k = it->second;
      if (c > k.best_right_n || (c == k.best_right_n && right < k.best_right)) {
        k.best_right_n = c;
        k.best_right = right;
      }
    }
  }
  ner::WordStats stats;
  for (const auto& [key, c] : counts) {
    if (c.total < options.min_count) continue;
    double ratio = static_cast<double>(c.with_article) / c.total;
    int band = ratio < 0.02  ? 0
               : ratio < 0.1 ? 1
               : ratio < 0.3 ? 2
               : ratio < 0.6 ? 3
               : ratio < 0.9 ? 4
                             : 5;
    int freq =
        std::min(15, static_cast<int>(std::log2(static_cast<double>(c.total))));
    ner::WordStat s;
    s.code = static_cast<uint8_t>(((band + 1) << 4) | freq);
    s.left = c.best_left;
    s.right = c.best_right;
    s.context = static_cast<uint8_t>(
        Band(c.after_per, c.total) | Band(c.after_org, c.total) << 2 |
        Band(c.after_loc, c.total) << 4 |
        Band(std::min(c.near_name, c.total), c.total) << 6);
    stats.Add(key, s);
  }
  r.bases = stats.size();

  if (!options.cluster_sizes.empty()) {
    if (options.cluster_sizes.size() > ner::kMaxClusterLevels) {
      return absl::InvalidArgumentError("too many cluster levels");
    }
    // Dense ids: kept bases by falling frequency (the exchange algorithm
    // visits frequent words first), then one id for all rarer bases, then
    // the non-word pseudo tokens (punctuation, digits, text start).
    std::vector<std::pair<uint32_t, uint64_t>> by_freq;
    for (const auto& [key, c] : counts) {
      if (c.total >= options.min_count) by_freq.emplace_back(c.total, key);
    }
    std::sort(by_freq.begin(), by_freq.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    absl::flat_hash_map<uint64_t, uint32_t> id;
    for (const auto& [n, key] : by_freq) {
      id[key] = static_cast<uint32_t>(id.size());
    }
    const uint32_t rare = static_cast<uint32_t>(id.size());
    uint32_t next = rare + 1;
    std::vector<uint64_t> pseudo;
    for (const auto& [pair, c] : bigrams) {
      for (uint64_t k : {pair.first, pair.second}) {
        if (!id.contains(k) && !counts.contains(k)) pseudo.push_back(k);
      }
    }
    std::sort(pseudo.begin(), pseudo.end());
    pseudo.erase(std::unique(pseudo.begin(), pseudo.end()), pseudo.end());
    for (uint64_t k : pseudo) id[k] = next++;
    WordBigrams g;
    g.num_words = next;
    g.entries.reserve(bigrams.size());
    auto dense = [&](uint64_t k) {
      auto it = id.find(k);
      return it == id.end() ? rare : it->second;
    };
    for (const auto& [pair, c] : bigrams) {
      g.Add(dense(pair.first), dense(pair.second), c);
    }
    bigrams.clear();
    ExchangeOptions eo;
    eo.max_passes = options.cluster_passes;
    eo.log = options.log;
    std::vector<std::vector<uint32_t>> levels =
        ExchangeClusters(g, options.cluster_sizes, eo);
    for (size_t w = 0; w < by_freq.size(); ++w) {
      ner::WordStat* s = stats.Mutable(by_freq[w].second);
      if (s == nullptr) continue;
      for (size_t l = 0; l < levels.size(); ++l) {
        s->cluster[l] = static_cast<uint16_t>(levels[l][w] + 1);
      }
    }
    std::vector<uint32_t> sizes;
    for (uint32_t k : options.cluster_sizes) {
      sizes.push_back(std::min(k, g.num_words));
    }
    stats.set_cluster_sizes(sizes);
  }
  if (report != nullptr) *report = r;
  return stats;
}

absl::Status AddNerSilverStats(const std::string& path, uint64_t max_articles,
                               const NerTagger& tagger, ner::WordStats* stats) {
  struct Silver {
    uint32_t total = 0;
    std::array<uint32_t, 4> in_type{};
  };
  absl::flat_hash_map<uint64_t, Silver> counts;
  std::vector<int> type_of;
  auto process = [&](const TokenizedText& t) {
    type_of.assign(t.tokens.size(), -1);
    for (const NerSpan& s : tagger.Tag(t)) {
      for (uint32_t i = s.first_token; i < s.end_token; ++i) {
        type_of[i] = static_cast<int>(s.type);
      }
    }
    for (size_t i = 0; i < t.tokens.size(); ++i) {
      if (t.tokens[i].kind != TokenKind::kArabicWord) continue;
      uint64_t key = ner::WordStats::KeyOf(
          ner::SegmentWord(t.Normalized(t.tokens[i])).base);
      if (stats->Find(key) == nullptr) continue;
      Silver& c = counts[key];
      c.total++;
      if (type_of[i] >= 0) c.in_type[type_of[i]]++;
    }
  };
  absl::Status read = ForEachNewsText(path, max_articles, process, nullptr);
  if (!read.ok()) return read;
  for (const auto& [key, c] : counts) {
    uint8_t code = 0;
    for (int y = 0; y < 4; ++y) {
      double r = static_cast<double>(c.in_type[y]) / c.total;
      int band = r < 0.02 ? 0 : r < 0.1 ? 1 : r < 0.4 ? 2 : 3;
      code |= static_cast<uint8_t>(band << (2 * y));
    }
    stats->Mutable(key)->silver = code;
  }
  stats->set_has_silver(true);
  return absl::OkStatus();
}

}  // namespace marsad
