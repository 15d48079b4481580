// The NER model in memory and its file format (doc/model_format.md).
//
//   ModelData m = ...;                       // from the trainer
//   std::string bytes = SerializeModel(m);   // deterministic
//   absl::StatusOr<ModelData> back = ParseModel(bytes, "x.bin");
//
// ParseModel() checks, in this order: magic, format version, declared size
// (truncation), checksum, then each section's bounds; every error names the
// file. It never reads outside `bytes`.
#ifndef MARSAD_NLP_NER_MODEL_H_
#define MARSAD_NLP_NER_MODEL_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "nlp/ner/decoder.h"
#include "nlp/ner/gazetteer.h"
#include "nlp/ner/labels.h"
#include "nlp/ner/word_stats.h"

namespace marsad::ner {

inline constexpr char kModelMagic[8] = {'M', 'A', 'R', 'S', 'A', 'D', 'N', 'R'};
// 2: word clusters (CLUS section, `cluster` feature group).
inline constexpr uint32_t kModelVersion = 2;
inline constexpr size_t kModelHeaderSize = 32;

struct SelfTest {
  std::vector<std::string> words;  // original form
  std::vector<uint8_t> labels;     // expected output, one per word
};

struct ModelData {
  std::string description;  // what it was trained on
  uint32_t groups = 0;      // FeatureGroup bits
  std::string normalizer;   // text_ops.h NormalizerSettings()
  float confidence_scale = 1.0f;
  std::array<float, kNumTransitions> transitions{};
  std::vector<uint64_t> keys;  // feature hash per row
  std::vector<float> weights;  // rows * kNumLabels
  Gazetteer gazetteer;
  WordStats word_stats;
  std::vector<SelfTest> self_tests;

  // Runtime index over keys (BuildIndex after filling keys): open
  // addressing at load factor <= 1/2 on the key's low bits; a slot keeps
  // the key's high 32 bits as a tag, so a miss (most lookups) reads only
  // the slot, and a hit checks the whole key in `keys`. 8 bytes a slot
  // (16 until session 31: the 641,655-row model's table was 33 MB to zero
  // and fault in at load).
  struct Slot {
    uint32_t tag;  // key >> 32
    uint32_t row;  // row + 1; 0 = empty
  };
  std::vector<Slot> slots;
  uint64_t slot_mask = 0;

  void BuildIndex();
  // Weights of the row for `key`, or nullptr.
  const float* Find(uint64_t key) const {
    if (slots.empty()) return nullptr;
    const uint32_t tag = static_cast<uint32_t>(key >> 32);
    for (uint64_t i = key & slot_mask;; i = (i + 1) & slot_mask) {
      const Slot& s = slots[i];
      if (s.row == 0) return nullptr;
      if (s.tag == tag && keys[s.row - 1] == key)
        return &weights[static_cast<size_t>(s.row - 1) * kNumLabels];
    }
  }
};

// Weights are stored as int16 with one scale; rows that quantise to all
// zeros are dropped.
std::string SerializeModel(const ModelData& model);
// Header (magic, version, size, checksum) + `payload`: the file layout.
std::string WrapModelPayload(std::string_view payload);
absl::StatusOr<ModelData> ParseModel(std::string_view bytes,
                                     std::string_view name);

}  // namespace marsad::ner

#endif  // MARSAD_NLP_NER_MODEL_H_
