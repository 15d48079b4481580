#include "nlp/ner/decoder.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "nlp/ner/labels.h"

namespace marsad::ner {
namespace {
constexpr int L = kNumLabels;
constexpr float kNeg = -std::numeric_limits<float>::infinity();

float LogSumExp(const float* v, int k) {
  float m = kNeg;
  for (int i = 0; i < k; ++i) m = v[i] > m ? v[i] : m;
  if (m == kNeg) return kNeg;
  float s = 0;
  for (int i = 0; i < k; ++i) s += std::exp(v[i] - m);
  return m + std::log(s);
}
}  // namespace

void Viterbi(const float* e, int n, const float* tr, std::vector<int>* out) {
  out->assign(n, 0);
  if (n <= 0) return;
  std::vector<float> score(static_cast<size_t>(n) * L);
  std::vector<int> back(static_cast<size_t>(n) * L, 0);
  for (int y = 0; y < L; ++y) {
    score[y] = Allowed(-1, y) ? tr[y] + e[y] : kNeg;
  }
  for (int t = 1; t < n; ++t) {
    const float* prev = &score[(t - 1) * L];
    for (int y = 0; y < L; ++y) {
      float best = kNeg;
      int arg = 0;
      for (int p = 0; p < L; ++p) {
        if (!Allowed(p, y) || prev[p] == kNeg) continue;
        float s = prev[p] + tr[(p + 1) * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[t * L + y] = best == kNeg ? kNeg : best + e[t * L + y];
      back[t * L + y] = arg;
    }
  }
  int y = 0;
  float best = kNeg;
  for (int k = 0; k < L; ++k) {
    if (score[(n - 1) * L + k] > best) {
      best = score[(n - 1) * L + k];
      y = k;
    }
  }
  for (int t = n - 1; t >= 0; --t) {
    (*out)[t] = y;
    y = back[t * L + y];
  }
}

namespace {

// The log-space recursion: exact for any scores, two exponentials per
// (t, y, y') — the fallback where the scaled one below underflows.
void LogMarginals(const float* e, int n, const float* tr, float scale,
                  std::vector<float>* out) {
  std::vector<float> a(static_cast<size_t>(n) * L),
      b(static_cast<size_t>(n) * L);
  float tmp[L];
  for (int y = 0; y < L; ++y)
    a[y] = Allowed(-1, y) ? scale * (tr[y] + e[y]) : kNeg;
  for (int t = 1; t < n; ++t) {
    for (int y = 0; y < L; ++y) {
      for (int p = 0; p < L; ++p) {
        tmp[p] = Allowed(p, y)
                     ? a[(t - 1) * L + p] + scale * tr[(p + 1) * L + y]
                     : kNeg;
      }
      a[t * L + y] = LogSumExp(tmp, L) + scale * e[t * L + y];
    }
  }
  for (int y = 0; y < L; ++y) b[(n - 1) * L + y] = 0;
  for (int t = n - 2; t >= 0; --t) {
    for (int p = 0; p < L; ++p) {
      for (int y = 0; y < L; ++y) {
        tmp[y] = Allowed(p, y)
                     ? scale * (tr[(p + 1) * L + y] + e[(t + 1) * L + y]) +
                           b[(t + 1) * L + y]
                     : kNeg;
      }
      b[t * L + p] = LogSumExp(tmp, L);
    }
  }
  float z = LogSumExp(&a[(n - 1) * L], L);
  for (size_t i = 0; i < out->size(); ++i) {
    float v = a[i] + b[i] - z;
    (*out)[i] = v == kNeg ? 0.f : std::exp(v);
  }
}

}  // namespace

void Marginals(const float* e, int n, const float* tr, float scale,
               std::vector<float>* out) {
  out->assign(static_cast<size_t>(n) * L, 0.f);
  if (n <= 0) return;
  // Forward-backward in probability space, each step normalised (Rabiner's
  // scaling): one exponential per (t, y) instead of two per (t, y, y'),
  // in double so that a path e^-700 below the best still counts. The
  // potentials are taken relative to a maximum; the constants cancel in
  // the normalisation.
  // (One constant for every transition, since paths differ in theirs; one
  // per position for the emissions, which every path pays once.)
  double T[(L + 1) * L];
  float m = kNeg;
  for (int p = -1; p < L; ++p) {
    for (int y = 0; y < L; ++y) {
      if (Allowed(p, y)) m = std::max(m, scale * tr[(p + 1) * L + y]);
    }
  }
  for (int p = -1; p < L; ++p) {
    for (int y = 0; y < L; ++y) {
      T[(p + 1) * L + y] =
          Allowed(p, y)
              ? std::exp(static_cast<double>(scale * tr[(p + 1) * L + y] - m))
              : 0.0;
    }
  }
  const size_t size = static_cast<size_t>(n) * L;
  std::vector<double> E(size), a(size), b(size), c(n);
  for (int t = 0; t < n; ++t) {
    const float* row = &e[t * L];
    float m = kNeg;
    for (int y = 0; y < L; ++y) m = std::max(m, scale * row[y]);
    for (int y = 0; y < L; ++y) {
      E[t * L + y] = std::exp(static_cast<double>(scale * row[y] - m));
    }
  }
  bool ok = true;
  for (int t = 0; t < n && ok; ++t) {
    double sum = 0;
    for (int y = 0; y < L; ++y) {
      double v = 0;
      if (t == 0) {
        v = T[y];
      } else {
        for (int p = 0; p < L; ++p)
          v += a[(t - 1) * L + p] * T[(p + 1) * L + y];
      }
      a[t * L + y] = v * E[t * L + y];
      sum += a[t * L + y];
    }
    ok = sum > 0 && std::isfinite(sum);
    c[t] = sum;
    for (int y = 0; ok && y < L; ++y) a[t * L + y] /= sum;
  }
  if (!ok) {
    LogMarginals(e, n, tr, scale, out);
    return;
  }
  for (int y = 0; y < L; ++y) b[(n - 1) * L + y] = 1.0;
  for (int t = n - 2; t >= 0; --t) {
    for (int p = 0; p < L; ++p) {
      double v = 0;
      for (int y = 0; y < L; ++y) {
        v += T[(p + 1) * L + y] * E[(t + 1) * L + y] * b[(t + 1) * L + y];
      }
      b[t * L + p] = v / c[t + 1];
    }
  }
  for (size_t i = 0; i < size; ++i) {
    (*out)[i] = static_cast<float>(a[i] * b[i]);
  }
}

}  // namespace marsad::ner
