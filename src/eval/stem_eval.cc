#include "eval/stem_eval.h"

#include <libstemmer.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "absl/status/status.h"
#include "base/strings.h"
#include "marsad/normalizer.h"
#include "marsad/stemmer.h"

namespace marsad::eval {
namespace {

const Normalizer& EvalNormalizer() {
  static const Normalizer* n = new Normalizer(NormalizerOptions{});
  return *n;
}

// Gold alternatives of one cell, normalised, without unknowns.
std::vector<std::string> SplitGold(std::string_view cell) {
  std::vector<std::string> out;
  for (std::string_view v : SplitKeep(cell, ';')) {
    v = Trim(v);
    if (v.empty() || v == "؟" || v == "?") continue;
    std::string n = NormalizeForEval(v);
    if (!n.empty()) out.push_back(std::move(n));
  }
  return out;
}

double PairCount(size_t n) { return 0.5 * static_cast<double>(n) * (n - 1); }

// Snowball's Arabic stemmer; one instance per evaluation (not thread-safe).
class SnowballArabic {
 public:
  SnowballArabic() : stemmer_(sb_stemmer_new("arabic", "UTF_8")) {}
  ~SnowballArabic() {
    if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
  }
  SnowballArabic(const SnowballArabic&) = delete;
  SnowballArabic& operator=(const SnowballArabic&) = delete;

  bool ok() const { return stemmer_ != nullptr; }
  std::string Stem(std::string_view w) {
    const sb_symbol* s =
        sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(w.data()),
                        static_cast<int>(w.size()));
    if (s == nullptr) return std::string(w);  // out of memory
    return std::string(reinterpret_cast<const char*>(s),
                       sb_stemmer_length(stemmer_));
  }

 private:
  sb_stemmer* stemmer_;
};

absl::StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError("cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

std::string NormalizeForEval(std::string_view s) {
  return EvalNormalizer().NormalizeString(s);
}

absl::StatusOr<std::vector<GoldWord>> ParseStemmingTsv(std::string_view tsv,
                                                       std::string_view name) {
  const std::vector<std::string_view> lines = SplitKeep(tsv, '\n');
  if (Trim(lines[0]).empty()) {
    return absl::InvalidArgumentError(std::string(name) +
                                      ": line 1: missing header");
  }
  int word_col = -1, stem_col = -1, lemma_col = -1;
  {
    const std::vector<std::string_view> header =
        SplitKeep(TrimRight(lines[0]), '\t');
    for (int i = 0; i < static_cast<int>(header.size()); ++i) {
      std::string_view h = Trim(header[i]);
      if (h == "word" && word_col < 0) word_col = i;
      if (h == "stem" && stem_col < 0) stem_col = i;
      if (h == "lemma" && lemma_col < 0) lemma_col = i;
    }
  }
  if (word_col < 0) {
    return absl::InvalidArgumentError(std::string(name) +
                                      ": line 1: no 'word' column in header");
  }
  std::vector<GoldWord> out;
  std::unordered_set<std::string> seen;
  for (size_t ln = 1; ln < lines.size(); ++ln) {
    const std::string_view line = TrimRight(lines[ln]);
    if (line.empty()) continue;
    const std::vector<std::string_view> cols = SplitKeep(line, '\t');
    auto cell = [&](int c) -> std::string_view {
      return c >= 0 && c < static_cast<int>(cols.size()) ? cols[c]
                                                         : std::string_view();
    };
    GoldWord g;
    g.word = NormalizeForEval(Trim(cell(word_col)));
    if (g.word.empty() || !seen.insert(g.word).second) continue;
    g.stems = SplitGold(cell(stem_col));
    g.lemmas = SplitGold(cell(lemma_col));
    out.push_back(std::move(g));
  }
  return out;
}

StemScores ScoreStemmer(const std::vector<GoldWord>& words,
                        std::string_view system, const StemFn& stem) {
  StemScores s;
  s.system = std::string(system);
  size_t stem_hits = 0, lemma_hits = 0;
  // Class ids for the contingency table.
  std::unordered_map<std::string, size_t> gold_id, sys_id;
  std::unordered_map<size_t, size_t> gold_n, sys_n;
  std::unordered_map<uint64_t, size_t> cell_n;
  auto contains = [](const std::vector<std::string>& v, const std::string& x) {
    for (const auto& e : v) {
      if (e == x) return true;
    }
    return false;
  };
  for (const GoldWord& g : words) {
    const std::string out = NormalizeForEval(stem(g.word));
    ++s.words;
    if (!g.stems.empty()) {
      ++s.stem_words;
      if (contains(g.stems, out)) ++stem_hits;
    }
    if (!g.lemmas.empty()) {
      ++s.lemma_words;
      if (contains(g.lemmas, out)) ++lemma_hits;
    }
    const size_t sid = sys_id.emplace(out, sys_id.size()).first->second;
    ++sys_n[sid];
    const std::vector<std::string>& key = g.stems.empty() ? g.lemmas : g.stems;
    if (key.empty()) continue;
    const size_t gid = gold_id.emplace(key[0], gold_id.size()).first->second;
    ++gold_n[gid];
    ++cell_n[(static_cast<uint64_t>(gid) << 32) | sid];
  }
  // Pairs only among words that have a gold key: recount system classes.
  std::unordered_map<size_t, size_t> sys_gold_n;
  for (const auto& [k, n] : cell_n) sys_gold_n[k & 0xFFFFFFFFu] += n;
  double tp = 0, gold_pairs = 0, sys_pairs = 0;
  for (const auto& [k, n] : cell_n) tp += PairCount(n);
  for (const auto& [k, n] : gold_n) gold_pairs += PairCount(n);
  for (const auto& [k, n] : sys_gold_n) sys_pairs += PairCount(n);
  s.precision = sys_pairs > 0 ? tp / sys_pairs : 1.0;
  s.recall = gold_pairs > 0 ? tp / gold_pairs : 1.0;
  s.f1 = s.precision + s.recall > 0
             ? 2 * s.precision * s.recall / (s.precision + s.recall)
             : 0;
  s.exact_stem = s.stem_words ? double(stem_hits) / s.stem_words : 0;
  s.exact_lemma = s.lemma_words ? double(lemma_hits) / s.lemma_words : 0;
  s.distinct_outputs = s.words ? double(sys_id.size()) / s.words : 0;
  return s;
}

absl::StatusOr<std::vector<DatasetResult>> EvaluateStemmers(
    const StemEvalOptions& options) {
  SnowballArabic snowball;
  if (!snowball.ok()) {
    return absl::InternalError("libstemmer has no 'arabic' algorithm");
  }
  const Stemmer marsad_stemmer;
  StemmerOptions rules_only;
  rules_only.use_word_lists = false;
  const Stemmer rules_stemmer(rules_only);

  const std::vector<std::pair<std::string, StemFn>> systems = {
      {"identity", [](std::string_view w) { return std::string(w); }},
      {"snowball", [&](std::string_view w) { return snowball.Stem(w); }},
      {"marsad-rules",
       [&](std::string_view w) { return std::string(rules_stemmer.Stem(w)); }},
      {"marsad",
       [&](std::string_view w) { return std::string(marsad_stemmer.Stem(w)); }},
  };
  std::vector<DatasetResult> results;
  for (const std::string& name : options.datasets) {
    const std::string path = options.data_dir + "/" + name + ".csv";
    absl::StatusOr<std::string> text = ReadFile(path);
    if (!text.ok()) return text.status();
    absl::StatusOr<std::vector<GoldWord>> words = ParseStemmingTsv(*text, path);
    if (!words.ok()) return words.status();
    DatasetResult r;
    r.dataset = name;
    for (const auto& [sys, fn] : systems) {
      r.systems.push_back(ScoreStemmer(*words, sys, fn));
    }
    results.push_back(std::move(r));
  }
  return results;
}

namespace {

void AppendRow(std::string* out, const char* label, const char* system,
               const char* words, const double v[6]) {
  char buf[160];
  std::snprintf(buf, sizeof(buf),
                "%-10s %-13s %6s %7.1f %7.1f %7.1f %7.1f %7.1f %7.1f\n", label,
                system, words, v[0], v[1], v[2], v[3], v[4], v[5]);
  *out += buf;
}

void AppendRows(const std::string& label, const std::vector<StemScores>& rows,
                std::string* out) {
  for (const StemScores& s : rows) {
    const double v[6] = {100 * s.exact_stem, 100 * s.exact_lemma,
                         100 * s.precision,  100 * s.recall,
                         100 * s.f1,         100 * s.distinct_outputs};
    AppendRow(out, label.c_str(), s.system.c_str(),
              std::to_string(s.words).c_str(), v);
  }
}

// Macro average of the rows of `results` whose data set is in `names`
// (all when empty); the words column is the total.
std::vector<StemScores> Average(const std::vector<DatasetResult>& results,
                                const std::vector<std::string>& names) {
  std::vector<StemScores> avg;
  int n = 0;
  for (const DatasetResult& r : results) {
    bool use = names.empty();
    for (const auto& nm : names) use = use || nm == r.dataset;
    if (!use) continue;
    ++n;
    if (avg.empty()) {
      avg.resize(r.systems.size());
      for (size_t i = 0; i < avg.size(); ++i) {
        avg[i].system = r.systems[i].system;
      }
    }
    for (size_t i = 0; i < avg.size() && i < r.systems.size(); ++i) {
      const StemScores& s = r.systems[i];
      avg[i].words += s.words;
      avg[i].exact_stem += s.exact_stem;
      avg[i].exact_lemma += s.exact_lemma;
      avg[i].precision += s.precision;
      avg[i].recall += s.recall;
      avg[i].f1 += s.f1;
      avg[i].distinct_outputs += s.distinct_outputs;
    }
  }
  for (StemScores& s : avg) {
    s.exact_stem /= n;
    s.exact_lemma /= n;
    s.precision /= n;
    s.recall /= n;
    s.f1 /= n;
    s.distinct_outputs /= n;
  }
  if (n < 2 && !names.empty()) avg.clear();  // nothing to average
  return avg;
}

}  // namespace

std::string FormatStemTable(const std::vector<DatasetResult>& results) {
  std::string out;
  char head[160];
  std::snprintf(head, sizeof(head), "%-10s %-13s %6s %7s %7s %7s %7s %7s %7s\n",
                "dataset", "system", "words", "ex-stem", "ex-lem", "conf-P",
                "conf-R", "conf-F1", "types%");
  out += head;
  for (const DatasetResult& r : results) AppendRows(r.dataset, r.systems, &out);
  if (results.size() > 1) {
    AppendRows("avg(all)", Average(results, {}), &out);
    AppendRows("avg(news)", Average(results, {"kabi", "klm"}), &out);
  }
  out +=
      "ex-stem/ex-lem: % of words whose output equals a gold stem/lemma "
      "(0 when the file has no such column).\n"
      "conf-P/R/F1: pairwise conflation against the gold classes (stem, else "
      "lemma); 1-P = over-stemming, 1-R = under-stemming (Paice UI).\n"
      "types%: distinct outputs per 100 words. avg: macro average.\n";
  return out;
}

}  // namespace marsad::eval
