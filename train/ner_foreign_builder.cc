#include "train/ner_foreign_builder.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "base/utf8.h"
#include "nlp/ner/text_ops.h"
#include "train/ner_gazetteer_builder.h"
#include "train/ner_word_stats_builder.h"

namespace marsad {
namespace {

// Adds the trigrams of "^word$" to `counts`.
void CountTrigrams(std::string_view word,
                   absl::flat_hash_map<uint32_t, uint32_t>* counts,
                   uint64_t* total) {
  std::vector<uint32_t> cps = {'^'};
  for (size_t i = 0; i < word.size() && cps.size() < 38;) {
    cps.push_back(static_cast<uint32_t>(utf8::Decode(word, &i)));
  }
  cps.push_back('$');
  for (size_t j = 0; j + 3 <= cps.size(); ++j) {
    ++(*counts)[ner::WordStats::TrigramKey(cps[j], cps[j + 1], cps[j + 2])];
    ++*total;
  }
}

}  // namespace

absl::Status AddNerForeignTable(const std::string& shared_data,
                                const std::string& news_path,
                                uint64_t max_articles, uint32_t min_count,
                                ner::WordStats* stats,
                                NerForeignReport* report) {
  NerForeignReport r;
  auto names = ReadPersonNameTokens(shared_data);
  if (!names.ok()) return names.status();
  absl::flat_hash_map<std::string, uint32_t> name_bases;
  for (const auto& [w, n] : *names) {
    const std::string norm = ner::NormalizeWord(w);
    if (norm.empty()) continue;
    name_bases[std::string(ner::SegmentWord(norm).base)] = 1;
  }
  absl::flat_hash_map<std::string, uint32_t> news_bases;
  absl::Status read = ForEachNewsText(
      news_path, max_articles,
      [&](const TokenizedText& t) {
        for (const Token& tok : t.tokens) {
          if (tok.kind != TokenKind::kArabicWord) continue;
          ++news_bases[std::string(ner::SegmentWord(t.Normalized(tok)).base)];
        }
      },
      nullptr);
  if (!read.ok()) return read;

  absl::flat_hash_map<uint32_t, uint32_t> in_names, in_news;
  uint64_t names_total = 0, news_total = 0;
  for (const auto& [w, n] : name_bases) {
    CountTrigrams(w, &in_names, &names_total);
    ++r.name_types;
  }
  for (const auto& [w, n] : news_bases) {
    if (n < min_count) continue;
    CountTrigrams(w, &in_news, &news_total);
    ++r.news_types;
  }
  if (names_total == 0 || news_total == 0) {
    return absl::FailedPreconditionError(
        "foreign table: no name or news trigrams");
  }
  // Add-one smoothing over the union of trigrams; log-odds in eighths of a
  // nat, clamped to int8.
  absl::flat_hash_map<uint32_t, bool> all;
  for (const auto& [k, c] : in_names) all[k] = true;
  for (const auto& [k, c] : in_news) all[k] = true;
  const double v = static_cast<double>(all.size()) + 1;
  const double dn = static_cast<double>(names_total) + v;
  const double dw = static_cast<double>(news_total) + v;
  auto quantise = [](double nats) {
    return static_cast<int8_t>(
        std::clamp<long>(std::lround(nats * 8), -127, 127));
  };
  absl::flat_hash_map<uint32_t, int8_t> table;
  table.reserve(all.size());
  for (const auto& [k, unused] : all) {
    auto a = in_names.find(k);
    auto b = in_news.find(k);
    const double pn = ((a == in_names.end() ? 0 : a->second) + 1.0) / dn;
    const double pw = ((b == in_news.end() ? 0 : b->second) + 1.0) / dw;
    table[k] = quantise(std::log(pn / pw));
  }
  r.trigrams = table.size();
  stats->set_foreign(std::move(table), quantise(std::log(dw / dn)));
  if (report != nullptr) *report = r;
  return absl::OkStatus();
}

}  // namespace marsad
