// Training of the NER model: an averaged structured perceptron (Collins
// 2002) (optionally with passive-aggressive PA-I steps, Crammer et al. 2006)
// over the features of src/nlp/ner/features.h, first-order BIO transitions,
// Viterbi decoding. Deterministic: the same data, options and seed give a
// byte-identical model file.
//
//   NerTrainOptions o;  o.epochs = 20;
//   auto model = TrainNer(train_sentences, dev_sentences, gazetteer, o);
//   // model->bytes is a model file (doc/model_format.md)
//
// Part of marsad_train: serving code never links it.
#ifndef MARSAD_TRAIN_NER_TRAINER_H_
#define MARSAD_TRAIN_NER_TRAINER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "nlp/ner/conll.h"
#include "nlp/ner/features.h"
#include "nlp/ner/gazetteer.h"
#include "nlp/ner/word_stats.h"

namespace marsad {

struct NerTrainOptions {
  // kPerceptron: `runs` averaged perceptrons over `epochs`, mixed.
  // kCrf: a linear-chain CRF, L-BFGS on the L2-penalised likelihood
  // (train/crf_trainer.h); `epochs`, `runs` and `pa_c` are not used.
  enum class Algorithm { kPerceptron, kCrf };
  Algorithm algorithm = Algorithm::kPerceptron;
  double crf_c2 = 0.1;       // CRF L2 penalty, > 0
  int crf_iterations = 300;  // CRF L-BFGS iterations, 1..10000
  int epochs = 20;           // passes over the training data, 1..100
  uint32_t seed = 20231008;  // shuffling order
  // chargram and foreign lost in the ablation (models/ner/MODEL.md);
  // doc: see models/ner/MODEL.md, session 14.
  uint32_t groups = ner::kAllGroups & ~ner::kGroupChargram &
                    ~ner::kGroupForeign & ~ner::kGroupDoc;
  int min_feature_count = 1;  // features seen fewer times are dropped
  // Perceptrons trained over different shuffles (seed, seed + 7919, ...)
  // whose averaged weights are averaged (parameter mixing), 1..16.
  int runs = 5;
  bool dev_every_epoch = false;  // dev F1 after every epoch (slower)
  // 0: perceptron updates (step 1). > 0: passive-aggressive PA-I steps
  // capped at pa_c (Crammer et al. 2006), Hamming loss.
  double pa_c = 0;
  // The `doc` group reads evidence from the sentence's document: training
  // files have no document boundaries, so consecutive blocks of this many
  // sentences stand for documents (as `marsad eval-ner` does), 1..100000.
  uint32_t doc_sentences = 80;
  std::string description;  // stored in the model's META
  // Progress lines (one per epoch); may be empty.
  std::function<void(const std::string&)> log;
};

struct NerTrainResult {
  std::string bytes;           // the model file
  std::vector<double> dev_f1;  // micro F1 on dev (first run)
  double mixed_dev_f1 = 0;     // micro F1 on dev of the final model
  size_t num_features = 0;     // before quantisation pruning
};

// `dev` may be empty (then no per-epoch figures and confidence_scale 1).
absl::StatusOr<NerTrainResult> TrainNer(
    const std::vector<ner::ConllSentence>& train,
    const std::vector<ner::ConllSentence>& dev, const ner::Gazetteer& gazetteer,
    const ner::WordStats& word_stats, const NerTrainOptions& options);

}  // namespace marsad

#endif  // MARSAD_TRAIN_NER_TRAINER_H_
