#include "train/ner_trainer.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_replace.h"
#include "marsad/ner.h"
#include "nlp/ner/decoder.h"
#include "nlp/ner/labels.h"
#include "nlp/ner/model.h"
#include "nlp/ner/tagger_impl.h"
#include "nlp/ner/text_ops.h"
#include "train/crf_trainer.h"
#include "train/ner_encoded.h"

namespace marsad {
namespace {

using ner::kNumLabels;
constexpr int L = kNumLabels;

using Encoded = EncodedSentence;

// Our own sentences (not from any corpus), tagged by the finished model and
// stored as its self-test.
const char* const kSelfTestSentences[] = {
    "أجرى وزير الخارجية الأميركي أنتوني بلينكن محادثات مع نظيره المصري سامح "
    "شكري في القاهرة .",
    "وقالت وكالة الأنباء الفرنسية إن الرئيس الروسي فلاديمير بوتين وصل إلى بكين "
    "أمس .",
    "أعلنت شركة أرامكو السعودية عن نتائجها في الرياض .",
    "وتحدث رئيس الوزراء الإسرائيلي بنيامين نتنياهو مع الرئيس جو بايدن عن غزة "
    "ولبنان .",
};

class Model {
 public:
  Model(size_t features) : w_(features * L), u_(features * L) {}

  void Emissions(const Encoded& s, std::vector<float>* e, bool average,
                 double c) const {
    size_t n = s.gold.size();
    e->assign(n * L, 0.f);
    for (size_t t = 0; t < n; ++t) {
      float* row = &(*e)[t * L];
      for (uint32_t k = s.offsets[t]; k < s.offsets[t + 1]; ++k) {
        size_t base = size_t{s.feats[k]} * L;
        for (int y = 0; y < L; ++y) {
          row[y] += average
                        ? static_cast<float>(w_[base + y] - u_[base + y] / c)
                        : static_cast<float>(w_[base + y]);
        }
      }
    }
  }
  // Adds step * (phi(gold) - phi(pred)).
  void Update(const Encoded& s, const std::vector<int>& pred, double c,
              double step = 1) {
    size_t n = s.gold.size();
    for (size_t t = 0; t < n; ++t) {
      int g = s.gold[t], p = pred[t];
      int gp = t ? s.gold[t - 1] : -1, pp = t ? pred[t - 1] : -1;
      if (g != p) {
        for (uint32_t k = s.offsets[t]; k < s.offsets[t + 1]; ++k) {
          size_t base = size_t{s.feats[k]} * L;
          Add(&w_[base + g], &u_[base + g], step, c);
          Add(&w_[base + p], &u_[base + p], -step, c);
        }
      }
      if (g != p || gp != pp) {
        Add(&tw_[(gp + 1) * L + g], &tu_[(gp + 1) * L + g], step, c);
        Add(&tw_[(pp + 1) * L + p], &tu_[(pp + 1) * L + p], -step, c);
      }
    }
  }
  std::array<float, ner::kNumTransitions> Transitions(bool average,
                                                      double c) const {
    std::array<float, ner::kNumTransitions> t{};
    for (int i = 0; i < ner::kNumTransitions; ++i) {
      t[i] = static_cast<float>(average ? tw_[i] - tu_[i] / c : tw_[i]);
    }
    return t;
  }
  float Averaged(size_t i, double c) const {
    return static_cast<float>(w_[i] - u_[i] / c);
  }

 private:
  static void Add(double* w, double* u, double d, double c) {
    *w += d;
    *u += c * d;
  }
  std::vector<double> w_, u_;
  std::array<double, ner::kNumTransitions> tw_{}, tu_{};
};

}  // namespace

absl::StatusOr<NerTrainResult> TrainNer(
    const std::vector<ner::ConllSentence>& train,
    const std::vector<ner::ConllSentence>& dev, const ner::Gazetteer& gazetteer,
    const ner::WordStats& word_stats, const NerTrainOptions& options) {
  if (train.empty()) return absl::InvalidArgumentError("no training sentences");
  if (options.epochs < 1 || options.epochs > 100) {
    return absl::InvalidArgumentError("epochs must be in 1..100");
  }
  if (options.runs < 1 || options.runs > 16) {
    return absl::InvalidArgumentError("runs must be in 1..16");
  }
  auto log = [&](const std::string& s) {
    if (options.log) options.log(s);
  };
  ner::FeatureExtractor fx(options.groups, &gazetteer, &word_stats);
  ner::FeatureBuffer buf;

  // Pass 1: hashes and counts.
  std::vector<std::vector<uint64_t>> hashes(train.size());
  std::vector<std::vector<uint32_t>> offsets(train.size());
  absl::flat_hash_map<uint64_t, uint32_t> counts;
  std::vector<std::string> norms;
  std::vector<std::string_view> views;
  // Document evidence of the block of sentences a sentence belongs to.
  ner::DocEvidence evidence;
  ner::FeatureBuffer evidence_buf;
  const size_t block = std::max<uint32_t>(options.doc_sentences, 1);
  // A document is a file's "-DOCSTART-" section, cut into blocks of at
  // most `block` sentences; `block_end` is where the current one ends.
  size_t block_end = 0;
  auto gather = [&](const std::vector<ner::ConllSentence>& all, size_t i) {
    if (!(options.groups & ner::kGroupDoc)) return;
    if (i == 0) block_end = 0;
    if (i < block_end && !all[i].document_start) return;
    evidence.Clear();
    block_end = i + 1;
    while (block_end < all.size() && block_end < i + block &&
           !all[block_end].document_start) {
      ++block_end;
    }
    for (size_t j = i; j < block_end; ++j) {
      norms.clear();
      for (const std::string& w : all[j].words)
        norms.push_back(ner::NormalizeWord(w));
      views.assign(norms.begin(), norms.end());
      fx.AddEvidence(views, &evidence_buf, &evidence);
    }
  };
  auto extract = [&](const ner::ConllSentence& s) {
    norms.clear();
    for (const std::string& w : s.words) norms.push_back(ner::NormalizeWord(w));
    views.assign(norms.begin(), norms.end());
    fx.Extract(views, &buf, &evidence);
  };
  for (size_t i = 0; i < train.size(); ++i) {
    gather(train, i);
    extract(train[i]);
    hashes[i] = buf.feats;
    offsets[i] = buf.offsets;
    for (uint64_t h : buf.feats) counts[h]++;
  }
  // Deterministic indices: sorted by hash.
  std::vector<uint64_t> keys;
  for (const auto& [h, c] : counts) {
    if (static_cast<int>(c) >= options.min_feature_count) keys.push_back(h);
  }
  std::sort(keys.begin(), keys.end());
  absl::flat_hash_map<uint64_t, uint32_t> index;
  index.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i)
    index[keys[i]] = static_cast<uint32_t>(i);
  counts.clear();

  auto encode = [&](const std::vector<uint64_t>& h,
                    const std::vector<uint32_t>& off,
                    const ner::ConllSentence& s, Encoded* e) {
    e->feats.clear();
    e->offsets.assign(1, 0);
    for (size_t t = 0; t + 1 < off.size(); ++t) {
      for (uint32_t k = off[t]; k < off[t + 1]; ++k) {
        auto it = index.find(h[k]);
        if (it != index.end()) e->feats.push_back(it->second);
      }
      e->offsets.push_back(static_cast<uint32_t>(e->feats.size()));
    }
    e->gold.clear();
    for (const std::string& tag : s.tags)
      e->gold.push_back(ner::ParseLabel(tag).value_or(0));
  };
  std::vector<Encoded> data(train.size());
  for (size_t i = 0; i < train.size(); ++i) {
    encode(hashes[i], offsets[i], train[i], &data[i]);
    std::vector<uint64_t>().swap(hashes[i]);
  }
  std::vector<Encoded> dev_data(dev.size());
  for (size_t i = 0; i < dev.size(); ++i) {
    gather(dev, i);
    extract(dev[i]);
    encode(buf.feats, buf.offsets, dev[i], &dev_data[i]);
  }
  log(absl::StrFormat("features: %d (min count %d), train sentences %d, dev %d",
                      keys.size(), options.min_feature_count, data.size(),
                      dev_data.size()));

  NerTrainResult result;
  result.num_features = keys.size();
  std::vector<float> e;
  std::vector<int> pred;

  // Scores of a sentence under final dense weights.
  auto emissions = [&](const Encoded& s, const std::vector<float>& w,
                       std::vector<float>* out) {
    size_t n = s.gold.size();
    out->assign(n * L, 0.f);
    for (size_t t = 0; t < n; ++t) {
      for (uint32_t k = s.offsets[t]; k < s.offsets[t + 1]; ++k) {
        const float* row = &w[size_t{s.feats[k]} * L];
        for (int y = 0; y < L; ++y) (*out)[t * L + y] += row[y];
      }
    }
  };
  auto dev_f1 = [&](const std::vector<float>& w, const float* tr) {
    ner::ConllScorer scorer;
    std::vector<std::string> p;
    for (size_t i = 0; i < dev_data.size(); ++i) {
      emissions(dev_data[i], w, &e);
      ner::Viterbi(e.data(), static_cast<int>(dev_data[i].gold.size()), tr,
                   &pred);
      p.clear();
      for (int y : pred) p.emplace_back(ner::LabelName(y));
      scorer.Add(dev[i].tags, p);
    }
    return scorer.Micro().F1();
  };

  // Parameter mixing: `runs` perceptrons over different shuffles, their
  // averaged weights averaged again. Lowers the variance that the visiting
  // order alone causes (several F1 points between seeds on AQMAR dev).
  std::vector<float> mixed(keys.size() * L, 0.f), snapshot;
  std::array<float, ner::kNumTransitions> mixed_tr{};
  if (options.algorithm == NerTrainOptions::Algorithm::kCrf) {
    CrfOptions co;
    co.c2 = options.crf_c2;
    co.max_iterations = options.crf_iterations;
    co.log = options.log;
    absl::Status st = TrainCrf(data, keys.size(), co, &mixed, &mixed_tr);
    if (!st.ok()) return st;
  }
  for (int run = 0;
       run < options.runs &&
       options.algorithm == NerTrainOptions::Algorithm::kPerceptron;
       ++run) {
    Model model(keys.size());
    std::mt19937_64 rng(options.seed + static_cast<uint64_t>(run) * 7919u);
    std::vector<size_t> order(data.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    double c = 1;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      for (size_t i = order.size(); i > 1; --i) {
        std::swap(order[i - 1], order[rng() % i]);
      }
      size_t errors = 0;
      for (size_t idx : order) {
        const Encoded& s = data[idx];
        if (s.gold.empty()) continue;
        auto tr = model.Transitions(false, c);
        model.Emissions(s, &e, false, c);
        ner::Viterbi(e.data(), static_cast<int>(s.gold.size()), tr.data(),
                     &pred);
        if (pred != s.gold) {
          ++errors;
          double step = 1;
          if (options.pa_c > 0) {
            // Passive-aggressive (PA-I) step with Hamming loss: the smallest
            // change that makes gold beat pred by the number of wrong labels.
            double margin = 0, norm2 = 0, loss = 0;
            for (size_t t = 0; t < s.gold.size(); ++t) {
              int g = s.gold[t], p = pred[t];
              int gp = t ? s.gold[t - 1] : -1, pp = t ? pred[t - 1] : -1;
              margin += e[t * L + g] - e[t * L + p];
              margin += tr[(gp + 1) * L + g] - tr[(pp + 1) * L + p];
              if (g != p) {
                loss += 1;
                norm2 += 2.0 * (s.offsets[t + 1] - s.offsets[t]);
              }
              if (g != p || gp != pp) norm2 += 2;
            }
            step = std::min<double>(options.pa_c,
                                    (loss - margin) / std::max(norm2, 1.0));
            if (step <= 0) step = 0;
          }
          if (step > 0) model.Update(s, pred, c, step);
        }
        c += 1;
      }
      std::string line =
          absl::StrFormat("run %d epoch %d: %d of %d sentences wrong", run + 1,
                          epoch, errors, data.size());
      if (!dev_data.empty() &&
          (epoch == options.epochs || options.dev_every_epoch)) {
        snapshot.resize(keys.size() * L);
        for (size_t i = 0; i < snapshot.size(); ++i)
          snapshot[i] = model.Averaged(i, c);
        double f1 = dev_f1(snapshot, model.Transitions(true, c).data());
        if (run == 0) result.dev_f1.push_back(f1);
        absl::StrAppendFormat(&line, ", dev micro F1 %.4f", f1);
      }
      log(line);
    }
    auto tr = model.Transitions(true, c);
    for (int i = 0; i < ner::kNumTransitions; ++i)
      mixed_tr[i] += tr[i] / options.runs;
    for (size_t i = 0; i < mixed.size(); ++i)
      mixed[i] += model.Averaged(i, c) / options.runs;
  }

  ner::ModelData m;
  m.description = absl::StrReplaceAll(options.description, {{"\n", " "}});
  m.groups = options.groups;
  m.normalizer = ner::NormalizerSettings();
  m.transitions = mixed_tr;
  m.keys = keys;
  m.weights = mixed;
  m.gazetteer = gazetteer;
  if (options.groups & (ner::kGroupCorpus | ner::kGroupCluster |
                        ner::kGroupSilver | ner::kGroupForeign)) {
    m.word_stats = word_stats;
    if (!(options.groups & ner::kGroupSilver)) {
      m.word_stats.set_has_silver(false);
    }
    if (!(options.groups & ner::kGroupCluster))
      m.word_stats.set_cluster_sizes({});
    if (!(options.groups & ner::kGroupForeign)) m.word_stats.set_foreign({}, 0);
  }
  if (!dev_data.empty()) {
    result.mixed_dev_f1 = dev_f1(mixed, mixed_tr.data());
    log(absl::StrFormat("final model: dev micro F1 %.4f", result.mixed_dev_f1));
  }

  // Confidence calibration: the scale minimising the dev labels' negative
  // log posterior.
  if (!dev_data.empty()) {
    double best_nll = 1e300;
    float best_scale = 1;
    std::vector<float> marg;
    for (float scale : {0.01f, 0.02f, 0.035f, 0.05f, 0.1f, 0.2f, 0.35f, 0.5f,
                        1.0f, 2.0f, 3.5f, 5.0f}) {
      double nll = 0;
      for (size_t i = 0; i < dev_data.size(); ++i) {
        emissions(dev_data[i], mixed, &e);
        int n = static_cast<int>(dev_data[i].gold.size());
        ner::Marginals(e.data(), n, m.transitions.data(), scale, &marg);
        for (int t = 0; t < n; ++t) {
          nll -= std::log(std::max(1e-9f, marg[t * L + dev_data[i].gold[t]]));
        }
      }
      if (nll < best_nll) {
        best_nll = nll;
        best_scale = scale;
      }
    }
    m.confidence_scale = best_scale;
    log(absl::StrFormat("confidence scale %.3f", best_scale));
  }

  // Self-test: tag our own sentences with the quantised model as it will
  // be loaded, and store what it says.
  std::string bytes = ner::SerializeModel(m);
  NerOptions no_check;
  no_check.verify_self_test = false;
  absl::StatusOr<std::unique_ptr<NerTagger>> loaded =
      NerTagger::FromBuffer(bytes, no_check, "<trained>");
  if (!loaded.ok()) return loaded.status();
  for (const char* sentence : kSelfTestSentences) {
    ner::SelfTest t;
    std::string_view sv(sentence);
    size_t pos = 0;
    while (pos < sv.size()) {
      size_t sp = sv.find(' ', pos);
      if (sp == std::string_view::npos) sp = sv.size();
      if (sp > pos) t.words.emplace_back(sv.substr(pos, sp - pos));
      pos = sp + 1;
    }
    for (const std::string& label : (*loaded)->TagWords(t.words)) {
      t.labels.push_back(
          static_cast<uint8_t>(ner::ParseLabel(label).value_or(0)));
    }
    m.self_tests.push_back(std::move(t));
  }
  result.bytes = ner::SerializeModel(m);
  return result;
}

}  // namespace marsad
