#include "eval/name_eval.h"

#include <algorithm>
#include <fstream>
#include <numeric>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "base/utf8.h"
#include "nlp/entities/name_match.h"
#include "nlp/ner/text_ops.h"

namespace marsad::eval {
namespace {

struct UnionFind {
  std::vector<uint32_t> parent;
  uint32_t Add() {
    parent.push_back(static_cast<uint32_t>(parent.size()));
    return parent.back();
  }
  uint32_t Find(uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Join(uint32_t a, uint32_t b) { parent[Find(a)] = Find(b); }
};

// A coarse key of a Latin spelling that Arabic script cannot distinguish
// within: vowels and y/w/h dropped, doubled letters collapsed, p→b, v→f,
// c/q→k, g→j, z→s, "ph"→f, "ou"→u. "netanyahu", "netanyahou" → "ntn".
std::string EnglishKey(std::string_view en) {
  std::string s;
  for (size_t i = 0; i < en.size(); ++i) {
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(en[i])));
    if (c == 'p' && i + 1 < en.size() && en[i + 1] == 'h') {
      c = 'f';
      ++i;
    }
    switch (c) {
      case 'p':
        c = 'b';
        break;
      case 'v':
        c = 'f';
        break;
      case 'c':
      case 'q':
        c = 'k';
        break;
      case 'g':
        c = 'j';
        break;
      case 'z':
        c = 's';
        break;
      default:
        break;
    }
    if (std::string_view("aeiouyhw'-. ").find(c) != std::string_view::npos) {
      continue;
    }
    if (c < 'a' || c > 'z') continue;
    if (!s.empty() && s.back() == c) continue;
    s.push_back(c);
  }
  return s;
}

void Score(bool predicted, bool gold, Counts* c) {
  if (predicted && gold) ++c->tp;
  if (predicted && !gold) ++c->fp;
  if (!predicted && gold) ++c->fn;
}

// Levenshtein distance over code points, stopping above 1.
bool WithinOneEdit(std::string_view a, std::string_view b) {
  auto decode = [](std::string_view s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) out.push_back(utf8::Decode(s, &i));
    return out;
  };
  std::u32string x = decode(a), y = decode(b);
  if (x.size() > y.size()) std::swap(x, y);
  if (y.size() - x.size() > 1) return false;
  size_t i = 0;
  while (i < x.size() && x[i] == y[i]) ++i;
  if (x.size() == y.size()) {
    return std::equal(x.begin() + std::min(i + 1, x.size()), x.end(),
                      y.begin() + std::min(i + 1, y.size()));
  }
  return std::equal(x.begin() + i, x.end(), y.begin() + i + 1);
}

}  // namespace

absl::StatusOr<NameEvalResult> EvaluateNameMatching(const NameEvalOptions& o) {
  std::ifstream in(o.pairs_path);
  if (!in) {
    return absl::NotFoundError(absl::StrCat("cannot open ", o.pairs_path));
  }
  absl::flat_hash_map<std::string, uint32_t> arabic_id, english_id;
  std::vector<std::string> arabic;
  UnionFind uf;  // Arabic and English nodes together
  // One Arabic spelling and one English spelling of the same name token.
  auto link = [&](std::string_view arabic_raw, std::string_view english_raw) {
    std::string en(english_raw);
    std::transform(en.begin(), en.end(), en.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    std::string ar = ner::NormalizeWord(arabic_raw);
    if (en.empty() || ar.empty() || ar.find(' ') != std::string::npos) return;
    auto [ait, anew] = arabic_id.emplace(ar, 0);
    if (anew) {
      ait->second = uf.Add();
      arabic.push_back(ar);
    }
    auto [eit, enew] = english_id.emplace(en, 0);
    if (enew) eit->second = uf.Add();
    uf.Join(ait->second, eit->second);
  };
  std::string line;
  std::getline(in, line);  // header
  for (int lineno = 2; std::getline(in, line); ++lineno) {
    std::vector<std::string> f = absl::StrSplit(line, '\t');
    if (f.size() < 3) continue;
    uint64_t n = 0;
    if (!absl::SimpleAtoi(f[2], &n) || n < o.min_count) continue;
    link(f[1], f[0]);
  }
  // Wikipedia's Arabic→English pairs add the second spellings: Wikidata
  // keeps one Arabic form per English token («zielinski»: «زيلينسكي»),
  // Wikipedia may give another («زيلينشكي»).
  if (!o.wikipedia_path.empty()) {
    std::ifstream wp(o.wikipedia_path);
    if (!wp) {
      return absl::NotFoundError(
          absl::StrCat("cannot open ", o.wikipedia_path));
    }
    std::getline(wp, line);
    while (std::getline(wp, line)) {
      std::vector<std::string> f = absl::StrSplit(line, '\t');
      if (f.size() < 2 || f[1].find('.') != std::string::npos) continue;
      link(f[0], f[1]);
    }
  }
  // English spellings of one name («muhammad», «mohammed») join through
  // their consonant key, so Arabic spellings of either meet.
  {
    absl::flat_hash_map<std::string, uint32_t> by_key;
    std::vector<std::pair<std::string, uint32_t>> english(english_id.begin(),
                                                          english_id.end());
    std::sort(english.begin(), english.end());
    for (const auto& [en, id] : english) {
      const std::string key = EnglishKey(en);
      if (key.size() < 4) continue;
      auto [it, fresh] = by_key.emplace(key, id);
      if (!fresh) uf.Join(id, it->second);
    }
  }
  // Arabic spellings per set, in a fixed order.
  std::vector<std::pair<std::string, uint32_t>> spellings;
  for (const auto& [ar, id] : arabic_id) {
    spellings.push_back({ar, uf.Find(id)});
  }
  std::sort(spellings.begin(), spellings.end());
  absl::flat_hash_map<uint32_t, std::vector<std::string>> sets;
  for (const auto& [ar, set] : spellings) sets[set].push_back(ar);

  NameEvalResult r;
  nlp::NameMatcher matcher;
  std::vector<uint32_t> keys;
  for (const auto& [set, members] : sets) keys.push_back(set);
  std::sort(keys.begin(), keys.end());
  auto judge = [&](const std::string& a, const std::string& b, bool gold) {
    Score(matcher.SameWord(a, b), gold, &r.matcher);
    Score(a == b, gold, &r.baseline);
    Score(nlp::NameMatcher::Skeleton(a) == nlp::NameMatcher::Skeleton(b), gold,
          &r.skeleton);
    Score(nlp::NameMatcher::Key(a) == nlp::NameMatcher::Key(b), gold,
          &r.store_key);
  };
  for (uint32_t set : keys) {
    const std::vector<std::string>& m = sets[set];
    // Sets of more than max_set_size spellings are hubs that noisy links
    // («محمد» → "morocco") glued together, not one name.
    if (m.size() < 2 || m.size() > o.max_set_size) continue;
    ++r.sets;
    r.spellings += m.size();
    for (size_t i = 0; i < m.size() && r.positives < o.max_pairs; ++i) {
      for (size_t j = i + 1; j < m.size() && r.positives < o.max_pairs; ++j) {
        ++r.positives;
        judge(m[i], m[j], true);
      }
    }
  }
  // Hard negatives: same skeleton or one edit apart, different sets.
  absl::flat_hash_map<std::string, std::vector<size_t>> by_skeleton;
  for (size_t i = 0; i < spellings.size(); ++i) {
    by_skeleton[nlp::NameMatcher::Skeleton(spellings[i].first)].push_back(i);
  }
  std::vector<std::string> skeleton_keys;
  for (const auto& [k, v] : by_skeleton) skeleton_keys.push_back(k);
  std::sort(skeleton_keys.begin(), skeleton_keys.end());
  for (const std::string& k : skeleton_keys) {
    const std::vector<size_t>& v = by_skeleton[k];
    for (size_t i = 0; i < v.size() && r.negatives < o.max_pairs; ++i) {
      for (size_t j = i + 1; j < v.size() && r.negatives < o.max_pairs; ++j) {
        if (spellings[v[i]].second == spellings[v[j]].second) continue;
        ++r.negatives;
        judge(spellings[v[i]].first, spellings[v[j]].first, false);
      }
    }
  }
  // One edit apart (neighbours in sorted order share a prefix).
  for (size_t i = 0; i + 1 < spellings.size() && r.negatives < 2 * o.max_pairs;
       ++i) {
    const auto& a = spellings[i];
    const auto& b = spellings[i + 1];
    if (a.second == b.second) continue;
    if (nlp::NameMatcher::Skeleton(a.first) ==
        nlp::NameMatcher::Skeleton(b.first)) {
      continue;  // counted above
    }
    if (!WithinOneEdit(a.first, b.first)) continue;
    ++r.negatives;
    judge(a.first, b.first, false);
  }
  return r;
}

std::string FormatNameTable(const NameEvalResult& r) {
  std::string out = absl::StrFormat(
      "%d variant sets, %d spellings; %d positive pairs, %d hard negative "
      "pairs\n\n| matcher | P | R | F1 | merged right | merged wrong | missed "
      "|\n"
      "|---|---|---|---|---|---|---|\n",
      r.sets, r.spellings, r.positives, r.negatives);
  auto row = [&](const char* name, const Counts& c) {
    absl::StrAppendFormat(&out, "| %s | %.3f | %.3f | %.3f | %d | %d | %d |\n",
                          name, c.P(), c.R(), c.F1(), c.tp, c.fp, c.fn);
  };
  row("marsad NameMatcher (weighted variants)", r.matcher);
  row("skeleton alone (candidate lookup)", r.skeleton);
  row("store key (cross-document merging without context)", r.store_key);
  row("string equality after normalisation", r.baseline);
  return out;
}

}  // namespace marsad::eval
