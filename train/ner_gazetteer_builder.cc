#include "train/ner_gazetteer_builder.h"

#include <fstream>
#include <map>
#include <sstream>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "base/strings.h"
#include "nlp/ner/text_ops.h"

namespace marsad {
namespace {

absl::StatusOr<std::vector<std::string>> ReadLines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError("cannot open gazetteer source " + path);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

// Splits a phrase into normalised words and adds it.
void AddText(ner::Gazetteer* g, std::string_view phrase, uint16_t mask,
             size_t* count) {
  std::string norm = ner::NormalizeWord(Trim(phrase));
  std::vector<std::string_view> words = SplitAny(norm, " \t-");
  if (words.empty()) return;
  g->AddPhrase(words, mask);
  ++*count;
}

// Minimal CSV field splitter: handles "quoted, fields".
std::vector<std::string> SplitCsv(std::string_view line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (char c : line) {
    if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

}  // namespace

absl::StatusOr<ner::Gazetteer> BuildNerGazetteer(const std::string& dir,
                                                 NerGazetteerStats* stats) {
  ner::Gazetteer g;
  NerGazetteerStats s;
  {
    auto lines = ReadLines(dir + "/gazetteers/countries.tsv");
    if (!lines.ok()) return lines.status();
    for (size_t i = 1; i < lines->size(); ++i) {
      std::vector<std::string_view> f = SplitKeep((*lines)[i], '\t');
      if (f.size() < 6) continue;
      AddText(&g, f[4], ner::kGazCountry, &s.countries);
      AddText(&g, f[5], ner::kGazCountry, &s.countries);
    }
  }
  {
    auto lines = ReadLines(dir + "/gazetteers/country-names-ar.csv");
    if (!lines.ok()) return lines.status();
    for (size_t i = 1; i < lines->size(); ++i) {
      std::vector<std::string> f = SplitCsv((*lines)[i]);
      if (f.size() >= 2) AddText(&g, f[1], ner::kGazCountry, &s.countries);
    }
  }
  {
    auto lines = ReadLines(dir + "/gazetteers/world-cities.csv");
    if (!lines.ok()) return lines.status();
    for (size_t i = 1; i < lines->size(); ++i) {
      std::vector<std::string> f = SplitCsv((*lines)[i]);
      if (f.size() < 4) continue;
      AddText(&g, f[0], ner::kGazCountry, &s.countries);
      std::string_view city = Trim(f[2]);
      AddText(&g, city, ner::kGazCity, &s.cities);
      constexpr std::string_view kState = "ولاية ";
      if (city.substr(0, kState.size()) == kState) {
        AddText(&g, city.substr(kState.size()), ner::kGazCity, &s.cities);
      }
    }
  }
  {
    // Person-name tokens with their Wikidata counts.
    auto tokens = ReadPersonNameTokens(dir);
    if (!tokens.ok()) return tokens.status();
    for (const auto& [w, n] : *tokens) {
      uint16_t mask =
          ner::kGazPersonName | (n >= 5 ? ner::kGazFrequentName : 0);
      AddText(&g, w, mask, &s.person_tokens);
    }
  }
  AddNerLexicon(&g, &s.lexicon);
  if (stats != nullptr) *stats = s;
  return g;
}

absl::StatusOr<std::map<std::string, uint64_t>> ReadPersonNameTokens(
    const std::string& dir) {
  std::map<std::string, uint64_t> tokens;
  auto lines = ReadLines(dir + "/names/wikidata-person-names-en-ar.tsv");
  if (!lines.ok()) return lines.status();
  for (size_t i = 1; i < lines->size(); ++i) {
    std::vector<std::string_view> f = SplitKeep((*lines)[i], '\t');
    if (f.size() < 3) continue;
    uint64_t n = 0;
    if (!absl::SimpleAtoi(AV(f[2]), &n)) n = 1;
    for (std::string_view w : SplitAny(f[1], " ")) {
      tokens[std::string(w)] += n;
    }
  }
  auto wiki = ReadLines(dir + "/names/wikipedia-names-ar-en.tsv");
  if (!wiki.ok()) return wiki.status();
  for (size_t i = 1; i < wiki->size(); ++i) {
    std::vector<std::string_view> f = SplitKeep((*wiki)[i], '\t');
    if (f.empty()) continue;
    for (std::string_view w : SplitAny(f[0], " ")) {
      tokens[std::string(w)] += 1;
    }
  }
  return tokens;
}

}  // namespace marsad
