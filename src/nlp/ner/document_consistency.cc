#include "nlp/ner/document_consistency.h"

#include <algorithm>
#include <map>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "nlp/ner/text_ops.h"

namespace marsad::ner {
namespace {

// Code points of a UTF-8 word.
size_t Letters(std::string_view w) {
  return static_cast<size_t>(std::count_if(w.begin(), w.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

struct Run {
  size_t begin, end;
  std::string type;
};

// The mentions of one BIO label sequence (an I- without its B- starts one).
std::vector<Run> Runs(const std::vector<std::string>& labels) {
  std::vector<Run> out;
  for (size_t i = 0; i < labels.size();) {
    const std::string& l = labels[i];
    if (l.size() < 3 || (l[0] != 'B' && l[0] != 'I') || l[1] != '-') {
      ++i;
      continue;
    }
    Run r{i, i + 1, l.substr(2)};
    while (r.end < labels.size() && labels[r.end].size() > 2 &&
           labels[r.end][0] == 'I' && labels[r.end].substr(2) == r.type) {
      ++r.end;
    }
    out.push_back(r);
    i = r.end;
  }
  return out;
}

std::string Key(const std::vector<std::string>& norm, size_t b, size_t e) {
  std::string k;
  for (size_t i = b; i < e; ++i) {
    if (i > b) k.push_back(' ');
    k += norm[i];
  }
  return k;
}

// Type votes of the names in a window of sentences.
class Votes {
 public:
  void Add(const std::vector<std::string>& norm,
           const std::vector<std::string>& labels, int sign) {
    for (const Run& r : Runs(labels)) {
      int& n = counts_[Key(norm, r.begin, r.end)][r.type];
      n += sign;
    }
  }
  // The type the name carries most often (ties: none), or "".
  std::string Best(const std::string& key, int* count) const {
    auto it = counts_.find(key);
    *count = 0;
    if (it == counts_.end()) return "";
    std::string best;
    bool tie = false;
    for (const auto& [type, n] : it->second) {
      if (n > *count) {
        best = type;
        *count = n;
        tie = false;
      } else if (n == *count && n > 0) {
        tie = true;
      }
    }
    return tie || *count <= 0 ? "" : best;
  }
  int Count(const std::string& key, const std::string& type) const {
    auto it = counts_.find(key);
    if (it == counts_.end()) return 0;
    auto jt = it->second.find(type);
    return jt == it->second.end() ? 0 : jt->second;
  }

 private:
  absl::flat_hash_map<std::string, std::map<std::string, int>> counts_;
};

}  // namespace

void MakeConsistent(const std::vector<std::vector<std::string>>& words,
                    std::vector<std::vector<std::string>>* labels,
                    const ConsistencyOptions& options) {
  const size_t n = std::min(words.size(), labels->size());
  if (options.window == 0 || n == 0) return;
  std::vector<std::vector<std::string>> norm(n);
  std::vector<bool> ok(n);
  for (size_t s = 0; s < n; ++s) {
    ok[s] = words[s].size() == (*labels)[s].size();
    if (!ok[s]) continue;
    for (const std::string& w : words[s]) norm[s].push_back(NormalizeWord(w));
  }
  const std::vector<std::vector<std::string>> original = *labels;
  Votes votes;
  const size_t w = options.window;
  for (size_t s = 0; s < std::min(n, w + 1); ++s) {
    if (ok[s]) votes.Add(norm[s], original[s], +1);
  }
  for (size_t s = 0; s < n; ++s) {
    if (s > 0) {
      // Slide the window: [s - w, s + w].
      if (s + w < n && ok[s + w]) votes.Add(norm[s + w], original[s + w], +1);
      if (s > w && ok[s - w - 1]) {
        votes.Add(norm[s - w - 1], original[s - w - 1], -1);
      }
    }
    if (!ok[s]) continue;
    std::vector<std::string>& out = (*labels)[s];
    const std::vector<std::string>& nw = norm[s];
    // 1. Retype a mention its words carry more often as another type.
    for (const Run& r : Runs(original[s])) {
      const std::string key = Key(nw, r.begin, r.end);
      int best_count = 0;
      const std::string best = votes.Best(key, &best_count);
      if (best.empty() || best == r.type ||
          best_count <= votes.Count(key, r.type)) {
        continue;
      }
      for (size_t i = r.begin; i < r.end; ++i) {
        out[i] = (i == r.begin ? "B-" : "I-") + best;
      }
    }
    // 2. Untagged occurrences of a name tagged nearby, longest first.
    auto free = [&](size_t b, size_t e) {
      for (size_t i = b; i < e; ++i) {
        if (out[i] != "O") return false;
      }
      // Never glue onto a following mention's inside.
      return e >= out.size() || out[e].rfind("I-", 0) != 0;
    };
    for (size_t i = 0; i < nw.size(); ++i) {
      const size_t longest =
          std::min<size_t>(options.max_name_words, nw.size() - i);
      for (size_t len = longest; len >= 1; --len) {
        if (!free(i, i + len)) continue;
        if (len == 1 && Letters(nw[i]) < options.min_single_letters) {
          continue;
        }
        int count = 0;
        const std::string type = votes.Best(Key(nw, i, i + len), &count);
        if (type.empty()) continue;
        for (size_t k = i; k < i + len; ++k) {
          out[k] = (k == i ? "B-" : "I-") + type;
        }
        i += len - 1;
        break;
      }
    }
    // 3. A proclitic + a one-word name tagged nearby.
    static constexpr std::string_view kPrefixes[] = {"وب", "ول", "وك", "و",
                                                     "ب",  "ل",  "ف",  "ك"};
    for (size_t i = 0; i < nw.size(); ++i) {
      if (!free(i, i + 1)) continue;
      for (std::string_view p : kPrefixes) {
        if (!nw[i].starts_with(p)) continue;
        const std::string rest = nw[i].substr(p.size());
        if (Letters(rest) < options.min_single_letters) continue;
        int count = 0;
        const std::string type = votes.Best(rest, &count);
        if (type.empty()) continue;
        out[i] = "B-" + type;
        break;
      }
    }
  }
}

}  // namespace marsad::ner
