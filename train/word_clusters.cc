#include "train/word_clusters.h"

#include <algorithm>
#include <cmath>

#include "absl/strings/str_format.h"

namespace marsad {
namespace {

// x log x, tabulated for the small counts that dominate the sums.
class XLogX {
 public:
  XLogX() : table_(kTable) {
    for (size_t i = 1; i < kTable; ++i) {
      table_[i] = static_cast<double>(i) * std::log(static_cast<double>(i));
    }
  }
  double operator()(int64_t x) const {
    if (x <= 0) return 0;
    if (x < static_cast<int64_t>(kTable)) return table_[x];
    double d = static_cast<double>(x);
    return d * std::log(d);
  }

 private:
  static constexpr size_t kTable = 1 << 20;
  std::vector<double> table_;
};

struct Csr {
  std::vector<uint32_t> start;  // num_words + 1
  std::vector<uint32_t> other;
  std::vector<int64_t> count;
};

// Neighbour lists without self-loops; `self` gets the self-loop counts.
void BuildLists(const WordBigrams& g, Csr* succ, Csr* pred,
                std::vector<int64_t>* self) {
  std::vector<WordBigrams::Entry> e = g.entries;
  std::sort(e.begin(), e.end(), [](const auto& a, const auto& b) {
    return a.left != b.left ? a.left < b.left : a.right < b.right;
  });
  // Sum duplicates.
  size_t out = 0;
  for (size_t i = 0; i < e.size(); ++i) {
    if (out > 0 && e[out - 1].left == e[i].left &&
        e[out - 1].right == e[i].right) {
      e[out - 1].count += e[i].count;
    } else {
      e[out++] = e[i];
    }
  }
  e.resize(out);
  const uint32_t n = g.num_words;
  self->assign(n, 0);
  auto fill = [&](bool by_left, Csr* c) {
    c->start.assign(n + 1, 0);
    for (const auto& x : e) {
      if (x.left != x.right) c->start[(by_left ? x.left : x.right) + 1]++;
    }
    for (uint32_t i = 0; i < n; ++i) c->start[i + 1] += c->start[i];
    c->other.resize(c->start[n]);
    c->count.resize(c->start[n]);
    std::vector<uint32_t> pos(c->start.begin(), c->start.end() - 1);
    for (const auto& x : e) {
      if (x.left == x.right) continue;
      uint32_t w = by_left ? x.left : x.right;
      c->other[pos[w]] = by_left ? x.right : x.left;
      c->count[pos[w]++] = static_cast<int64_t>(x.count);
    }
  };
  fill(true, succ);
  fill(false, pred);
  for (const auto& x : e) {
    if (x.left == x.right) (*self)[x.left] += static_cast<int64_t>(x.count);
  }
}

// One level: words of `g` into `k` classes.
std::vector<uint32_t> Exchange(const WordBigrams& g, uint32_t k,
                               const ExchangeOptions& o, const XLogX& f,
                               WordBigrams* class_bigrams) {
  const uint32_t n = g.num_words;
  Csr succ, pred;
  std::vector<int64_t> self;
  BuildLists(g, &succ, &pred, &self);
  std::vector<int64_t> nl(n, 0), nr(n, 0);  // counts as left / right word
  for (uint32_t w = 0; w < n; ++w) {
    nl[w] = self[w];
    nr[w] = self[w];
    for (uint32_t i = succ.start[w]; i < succ.start[w + 1]; ++i)
      nl[w] += succ.count[i];
    for (uint32_t i = pred.start[w]; i < pred.start[w + 1]; ++i)
      nr[w] += pred.count[i];
  }
  std::vector<uint32_t> cls(n);
  for (uint32_t w = 0; w < n; ++w) cls[w] = w % k;
  // m[a*k+b] = N(a,b); mt is its transpose (column scans become rows).
  std::vector<int64_t> m(size_t{k} * k, 0), mt(size_t{k} * k, 0);
  std::vector<int64_t> cl(k, 0), cr(k, 0);
  for (uint32_t w = 0; w < n; ++w) {
    cl[cls[w]] += nl[w];
    cr[cls[w]] += nr[w];
    m[size_t{cls[w]} * k + cls[w]] += self[w];
    for (uint32_t i = succ.start[w]; i < succ.start[w + 1]; ++i)
      m[size_t{cls[w]} * k + cls[succ.other[i]]] += succ.count[i];
  }
  for (uint32_t a = 0; a < k; ++a)
    for (uint32_t b = 0; b < k; ++b)
      mt[size_t{b} * k + a] = m[size_t{a} * k + b];

  std::vector<int64_t> r(k, 0), l(k, 0);
  std::vector<uint32_t> nzr, nzl;
  std::vector<double> gain(k);
  for (int pass = 1; pass <= o.max_passes; ++pass) {
    size_t moved = 0;
    for (uint32_t w = 0; w < n; ++w) {
      const uint32_t a = cls[w];
      nzr.clear();
      nzl.clear();
      for (uint32_t i = succ.start[w]; i < succ.start[w + 1]; ++i) {
        uint32_t c = cls[succ.other[i]];
        if (r[c] == 0) nzr.push_back(c);
        r[c] += succ.count[i];
      }
      for (uint32_t i = pred.start[w]; i < pred.start[w + 1]; ++i) {
        uint32_t c = cls[pred.other[i]];
        if (l[c] == 0) nzl.push_back(c);
        l[c] += pred.count[i];
      }
      // Take w out of a.
      for (uint32_t c : nzr) {
        m[size_t{a} * k + c] -= r[c];
        mt[size_t{c} * k + a] -= r[c];
      }
      for (uint32_t c : nzl) {
        m[size_t{c} * k + a] -= l[c];
        mt[size_t{a} * k + c] -= l[c];
      }
      m[size_t{a} * k + a] -= self[w];
      mt[size_t{a} * k + a] -= self[w];
      cl[a] -= nl[w];
      cr[a] -= nr[w];
      // Gain of putting w into each class b (terms with k == b are fixed
      // below: the self-loop cell gets r[b] + l[b] + self).
      uint32_t best = a;
      double best_gain = -1e300;
      for (uint32_t b = 0; b < k; ++b) {
        const int64_t* row = &m[size_t{b} * k];
        const int64_t* col = &mt[size_t{b} * k];
        double d = 0;
        for (uint32_t c : nzr) {
          if (c != b) d += f(row[c] + r[c]) - f(row[c]);
        }
        for (uint32_t c : nzl) {
          if (c != b) d += f(col[c] + l[c]) - f(col[c]);
        }
        d += f(row[b] + r[b] + l[b] + self[w]) - f(row[b]);
        d -= f(cl[b] + nl[w]) - f(cl[b]);
        d -= f(cr[b] + nr[w]) - f(cr[b]);
        gain[b] = d;
        if (d > best_gain) {
          best_gain = d;
          best = b;
        }
      }
      // Prefer staying put on a tie (no churn between equal classes).
      if (best != a && !(gain[best] > gain[a] + 1e-9)) best = a;
      const uint32_t b = best;
      for (uint32_t c : nzr) {
        if (c == b) continue;
        m[size_t{b} * k + c] += r[c];
        mt[size_t{c} * k + b] += r[c];
      }
      for (uint32_t c : nzl) {
        if (c == b) continue;
        m[size_t{c} * k + b] += l[c];
        mt[size_t{b} * k + c] += l[c];
      }
      int64_t diag = r[b] + l[b] + self[w];
      m[size_t{b} * k + b] += diag;
      mt[size_t{b} * k + b] += diag;
      cl[b] += nl[w];
      cr[b] += nr[w];
      cls[w] = b;
      if (b != a) ++moved;
      for (uint32_t c : nzr) r[c] = 0;
      for (uint32_t c : nzl) l[c] = 0;
    }
    if (o.log) {
      double ll = 0;
      for (int64_t v : m) ll += f(v);
      for (uint32_t c = 0; c < k; ++c) ll -= f(cl[c]) + f(cr[c]);
      o.log(
          absl::StrFormat("clusters k=%d pass %d: %d of %d words moved, "
                          "LL %.6g",
                          k, pass, moved, n, ll));
    }
    if (moved < o.min_moved * n) break;
  }
  if (class_bigrams != nullptr) {
    class_bigrams->num_words = k;
    class_bigrams->entries.clear();
    for (uint32_t a = 0; a < k; ++a) {
      for (uint32_t b = 0; b < k; ++b) {
        if (m[size_t{a} * k + b] > 0) {
          class_bigrams->Add(a, b, static_cast<uint64_t>(m[size_t{a} * k + b]));
        }
      }
    }
  }
  return cls;
}

}  // namespace

std::vector<std::vector<uint32_t>> ExchangeClusters(
    const WordBigrams& bigrams, const std::vector<uint32_t>& sizes,
    const ExchangeOptions& options) {
  XLogX f;
  std::vector<std::vector<uint32_t>> levels;
  WordBigrams current = bigrams;
  std::vector<uint32_t> word_to_unit(bigrams.num_words);
  for (uint32_t w = 0; w < bigrams.num_words; ++w) word_to_unit[w] = w;
  for (uint32_t k : sizes) {
    k = std::max<uint32_t>(1, std::min(k, current.num_words));
    WordBigrams next;
    std::vector<uint32_t> unit_class = Exchange(current, k, options, f, &next);
    for (uint32_t& u : word_to_unit) u = unit_class[u];
    levels.push_back(word_to_unit);
    current = std::move(next);
  }
  return levels;
}

}  // namespace marsad
