#include "train/crf_trainer.h"

#include <lbfgs.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

#include "absl/status/status.h"
#include "absl/strings/str_format.h"

namespace marsad {
namespace {

using ner::kNumLabels;
using ner::kNumTransitions;
constexpr int L = kNumLabels;
constexpr double kNeg = -std::numeric_limits<double>::infinity();

double LogSumExp(const double* v, int k) {
  double m = kNeg;
  for (int i = 0; i < k; ++i) m = std::max(m, v[i]);
  if (m == kNeg) return kNeg;
  double s = 0;
  for (int i = 0; i < k; ++i) s += std::exp(v[i] - m);
  return m + std::log(s);
}

// Scratch space of one shard.
struct Shard {
  std::vector<double> grad;  // feature weights then transitions
  double nll = 0;
  std::vector<double> e, a, b;
  std::vector<int> gold;
};

class Objective {
 public:
  Objective(const std::vector<EncodedSentence>& data, size_t num_features,
            const CrfOptions& o)
      : data_(data), nf_(num_features), o_(o), shards_(o.shards) {}

  size_t Size() const { return nf_ * L + kNumTransitions; }

  // Negative penalised log-likelihood at x; its gradient into g.
  double Evaluate(const double* x, double* g) {
    size_t n = Size();
    std::vector<std::thread> threads;
    int k = static_cast<int>(shards_.size());
    for (int s = 0; s < k; ++s) {
      auto work = [this, x, s, k, n] {
        Shard& sh = shards_[s];
        sh.grad.assign(n, 0.0);
        sh.nll = 0;
        size_t lo = data_.size() * s / k, hi = data_.size() * (s + 1) / k;
        for (size_t i = lo; i < hi; ++i) Sentence(data_[i], x, &sh);
      };
      if (s + 1 < k) {
        threads.emplace_back(work);
      } else {
        work();
      }
    }
    for (std::thread& t : threads) t.join();
    double f = 0;
    std::fill(g, g + n, 0.0);
    for (const Shard& sh : shards_) {  // fixed order: deterministic sums
      f += sh.nll;
      for (size_t i = 0; i < n; ++i) g[i] += sh.grad[i];
    }
    for (size_t i = 0; i < n; ++i) {
      f += o_.c2 * x[i] * x[i];
      g[i] += 2 * o_.c2 * x[i];
    }
    return f;
  }

 private:
  // Adds the sentence's negative log-likelihood and its gradient.
  void Sentence(const EncodedSentence& s, const double* x, Shard* sh) const {
    const int n = static_cast<int>(s.gold.size());
    if (n == 0) return;
    const double* tr = x + nf_ * L;
    // Corpora have I-X after O now and then; read it as B-X, the path the
    // constrained decoder can take (else the likelihood is unbounded).
    std::vector<int>& gl = sh->gold;
    gl = s.gold;
    for (int t = 0; t < n; ++t) {
      if (!ner::Allowed(t ? gl[t - 1] : -1, gl[t])) gl[t] -= 1;
    }
    std::vector<double>& e = sh->e;
    e.assign(static_cast<size_t>(n) * L, 0.0);
    for (int t = 0; t < n; ++t) {
      for (uint32_t k = s.offsets[t]; k < s.offsets[t + 1]; ++k) {
        const double* row = x + size_t{s.feats[k]} * L;
        for (int y = 0; y < L; ++y) e[t * L + y] += row[y];
      }
    }
    std::vector<double>& a = sh->a;
    std::vector<double>& b = sh->b;
    a.assign(static_cast<size_t>(n) * L, kNeg);
    b.assign(static_cast<size_t>(n) * L, kNeg);
    double tmp[L];
    for (int y = 0; y < L; ++y)
      a[y] = ner::Allowed(-1, y) ? tr[y] + e[y] : kNeg;
    for (int t = 1; t < n; ++t) {
      for (int y = 0; y < L; ++y) {
        for (int p = 0; p < L; ++p) {
          tmp[p] = ner::Allowed(p, y) ? a[(t - 1) * L + p] + tr[(p + 1) * L + y]
                                      : kNeg;
        }
        a[t * L + y] = LogSumExp(tmp, L) + e[t * L + y];
      }
    }
    for (int y = 0; y < L; ++y) b[(n - 1) * L + y] = 0;
    for (int t = n - 2; t >= 0; --t) {
      for (int p = 0; p < L; ++p) {
        for (int y = 0; y < L; ++y) {
          tmp[y] = ner::Allowed(p, y)
                       ? tr[(p + 1) * L + y] + e[(t + 1) * L + y] +
                             b[(t + 1) * L + y]
                       : kNeg;
        }
        b[t * L + p] = LogSumExp(tmp, L);
      }
    }
    const double z = LogSumExp(&a[(n - 1) * L], L);
    // Gold score.
    double gold = 0;
    for (int t = 0; t < n; ++t) {
      int g = gl[t], gp = t ? gl[t - 1] : -1;
      gold += e[t * L + g] + tr[(gp + 1) * L + g];
    }
    sh->nll += z - gold;
    double* grad = sh->grad.data();
    double* gtr = grad + nf_ * L;
    // Expected minus observed counts.
    double marg[L];
    for (int t = 0; t < n; ++t) {
      for (int y = 0; y < L; ++y) {
        double v = a[t * L + y] + b[t * L + y] - z;
        marg[y] = v == kNeg ? 0.0 : std::exp(v);
      }
      marg[gl[t]] -= 1.0;
      for (uint32_t k = s.offsets[t]; k < s.offsets[t + 1]; ++k) {
        double* row = grad + size_t{s.feats[k]} * L;
        for (int y = 0; y < L; ++y) row[y] += marg[y];
      }
      if (t == 0) {
        for (int y = 0; y < L; ++y) gtr[y] += marg[y];  // start row
      } else {
        for (int p = 0; p < L; ++p) {
          if (a[(t - 1) * L + p] == kNeg) continue;
          for (int y = 0; y < L; ++y) {
            if (!ner::Allowed(p, y)) continue;
            gtr[(p + 1) * L + y] +=
                std::exp(a[(t - 1) * L + p] + tr[(p + 1) * L + y] +
                         e[t * L + y] + b[t * L + y] - z);
          }
        }
        gtr[(gl[t - 1] + 1) * L + gl[t]] -= 1.0;
      }
    }
  }

  const std::vector<EncodedSentence>& data_;
  size_t nf_;
  const CrfOptions& o_;
  std::vector<Shard> shards_;
};

struct Instance {
  Objective* objective;
  const CrfOptions* options;
};

lbfgsfloatval_t Evaluate(void* instance, const lbfgsfloatval_t* x,
                         lbfgsfloatval_t* g, const int /*n*/,
                         const lbfgsfloatval_t /*step*/) {
  return static_cast<Instance*>(instance)->objective->Evaluate(x, g);
}

int Progress(void* instance, const lbfgsfloatval_t* /*x*/,
             const lbfgsfloatval_t* /*g*/, const lbfgsfloatval_t fx,
             const lbfgsfloatval_t xnorm, const lbfgsfloatval_t gnorm,
             const lbfgsfloatval_t /*step*/, int /*n*/, int k, int ls) {
  const CrfOptions* o = static_cast<Instance*>(instance)->options;
  if (o->log && (k <= 5 || k % 25 == 0)) {
    o->log(absl::StrFormat(
        "crf iteration %d: objective %.2f, |w| %.2f, |g| %.3f, %d evaluations",
        k, fx, xnorm, gnorm, ls));
  }
  return 0;
}

}  // namespace

absl::Status TrainCrf(const std::vector<EncodedSentence>& data,
                      size_t num_features, const CrfOptions& options,
                      std::vector<float>* weights,
                      std::array<float, ner::kNumTransitions>* transitions) {
  if (!(options.c2 > 0)) return absl::InvalidArgumentError("c2 must be > 0");
  if (options.max_iterations < 1 || options.max_iterations > 10000) {
    return absl::InvalidArgumentError("CRF iterations must be in 1..10000");
  }
  if (options.shards < 1 || options.shards > 16) {
    return absl::InvalidArgumentError("CRF shards must be in 1..16");
  }
  Objective objective(data, num_features, options);
  const size_t n = objective.Size();
  if (n > static_cast<size_t>(std::numeric_limits<int>::max())) {
    return absl::InvalidArgumentError("too many CRF weights");
  }
  lbfgsfloatval_t* x = lbfgs_malloc(static_cast<int>(n));
  if (x == nullptr) return absl::ResourceExhaustedError("lbfgs_malloc");
  std::fill(x, x + n, 0.0);
  lbfgs_parameter_t param;
  lbfgs_parameter_init(&param);
  param.max_iterations = options.max_iterations;
  param.past = 10;
  param.delta = options.delta;
  param.epsilon = 1e-7;
  Instance instance{&objective, &options};
  lbfgsfloatval_t fx = 0;
  int ret =
      lbfgs(static_cast<int>(n), x, &fx, Evaluate, Progress, &instance, &param);
  // Stopping on the iteration limit or a line search that can go no
  // further is normal for a CRF near its optimum; other codes are errors.
  if (ret < 0 && ret != LBFGSERR_MAXIMUMITERATION &&
      ret != LBFGSERR_ROUNDING_ERROR && ret != LBFGSERR_MAXIMUMLINESEARCH &&
      ret != LBFGSERR_MINIMUMSTEP && ret != LBFGSERR_MAXIMUMSTEP) {
    lbfgs_free(x);
    return absl::InternalError(absl::StrFormat("L-BFGS failed (code %d)", ret));
  }
  if (options.log) {
    options.log(absl::StrFormat("crf done (code %d): objective %.2f", ret, fx));
  }
  weights->assign(num_features * L, 0.f);
  for (size_t i = 0; i < num_features * L; ++i)
    (*weights)[i] = static_cast<float>(x[i]);
  for (int i = 0; i < kNumTransitions; ++i)
    (*transitions)[i] = static_cast<float>(x[num_features * L + i]);
  lbfgs_free(x);
  return absl::OkStatus();
}

}  // namespace marsad
