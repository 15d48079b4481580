// A training sentence as feature indices: what both NER trainers (the
// averaged perceptron in ner_trainer.cc and the CRF in crf_trainer.cc) read.
#ifndef MARSAD_TRAIN_NER_ENCODED_H_
#define MARSAD_TRAIN_NER_ENCODED_H_

#include <cstdint>
#include <vector>

namespace marsad {

struct EncodedSentence {
  std::vector<uint32_t> feats;  // feature indices, token by token
  std::vector<uint32_t>
      offsets;            // token t's are feats[offsets[t], offsets[t+1])
  std::vector<int> gold;  // gold label per token
};

}  // namespace marsad

#endif  // MARSAD_TRAIN_NER_ENCODED_H_
