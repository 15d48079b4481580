// First-order Viterbi and forward-backward over BIO labels with the
// constraint that I-X follows only B-X or I-X (labels.h).
//
// Scores: emissions[t * kNumLabels + y]; transitions[(prev + 1) *
// kNumLabels + y] with prev == -1 (row 0) for the sentence start.
#ifndef MARSAD_NLP_NER_DECODER_H_
#define MARSAD_NLP_NER_DECODER_H_

#include <vector>

namespace marsad::ner {

inline constexpr int kNumTransitions = 10 * 9;  // (kNumLabels + 1) * kNumLabels

// Best label sequence; `out` gets n labels. n == 0 gives an empty result.
void Viterbi(const float* emissions, int n, const float* transitions,
             std::vector<int>* out);

// Posterior probability of each (t, y), treating scale * score as a log
// potential (a CRF reading of the perceptron scores). `out` gets n * 9.
void Marginals(const float* emissions, int n, const float* transitions,
               float scale, std::vector<float>* out);

}  // namespace marsad::ner

#endif  // MARSAD_NLP_NER_DECODER_H_
