// Training of the NER weights as a linear-chain CRF (Lafferty et al. 2001):
// the conditional log-likelihood of the gold label sequences with an L2
// penalty, maximised by L-BFGS (liblbfgs, MIT). Same features, labels,
// transitions and constraints (labels.h `Allowed`) as the perceptron, so
// the result is stored and decoded exactly like it.
//
//   CrfOptions o;  o.c2 = 0.1;
//   std::vector<float> w;  std::array<float, ner::kNumTransitions> tr;
//   absl::Status s = TrainCrf(sentences, num_features, o, &w, &tr);
//
// Deterministic: the gradient is summed over a fixed number of shards in a
// fixed order, whatever the machine.
#ifndef MARSAD_TRAIN_CRF_TRAINER_H_
#define MARSAD_TRAIN_CRF_TRAINER_H_

#include <array>
#include <functional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "nlp/ner/decoder.h"
#include "nlp/ner/labels.h"
#include "train/ner_encoded.h"

namespace marsad {

struct CrfOptions {
  // L2 penalty c2 * |w|^2 added to the negative log-likelihood, > 0.
  double c2 = 0.1;
  // L-BFGS iterations, 1..10000; training stops earlier when the objective
  // improves by less than `delta` (relative) over 10 iterations.
  int max_iterations = 300;
  double delta = 1e-5;
  // Gradient shards, each on its own thread, 1..16. Part of the result's
  // definition: the same shards give the same bytes.
  int shards = 2;
  std::function<void(const std::string&)> log;  // progress; may be empty
};

// Fills `weights` (num_features * kNumLabels, row-major by feature) and
// `transitions` ((kNumLabels + 1) * kNumLabels; row 0 is the start).
absl::Status TrainCrf(const std::vector<EncodedSentence>& data,
                      size_t num_features, const CrfOptions& options,
                      std::vector<float>* weights,
                      std::array<float, ner::kNumTransitions>* transitions);

}  // namespace marsad

#endif  // MARSAD_TRAIN_CRF_TRAINER_H_
