#include "nlp/ner/gazetteer.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include "absl/status/status.h"
#include "nlp/ner/text_ops.h"
#include "xxhash.h"

namespace marsad::ner {

uint64_t Gazetteer::TokenKey(std::string_view base) {
  return XXH3_64bits_withSeed(base.data(), base.size(), 0x6761u);
}

uint64_t Gazetteer::Extend(uint64_t key, uint64_t token_key) {
  return XXH3_64bits_withSeed(&token_key, sizeof(token_key), key);
}

void Gazetteer::AddPhrase(const std::vector<std::string_view>& words,
                          uint16_t mask) {
  if (words.empty() || words.size() > kGazMaxTokens) return;
  uint64_t key = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    Segments s = SegmentWord(words[i]);
    if (s.base.empty()) return;
    uint64_t t = TokenKey(s.base);
    key = i == 0 ? t : Extend(key, t);
  }
  AddKey(key, mask, static_cast<int>(words.size()));
}

void Gazetteer::AddKey(uint64_t key, uint16_t mask, int num_tokens) {
  map_[key] |= mask;
  max_tokens_ = std::max(max_tokens_, num_tokens);
}

void Gazetteer::AppendTo(std::string* out) const {
  std::vector<std::pair<uint64_t, uint16_t>> items(map_.begin(), map_.end());
  std::sort(items.begin(), items.end());
  uint32_t n = static_cast<uint32_t>(items.size());
  uint32_t mt = static_cast<uint32_t>(max_tokens_);
  out->append(reinterpret_cast<const char*>(&n), 4);
  out->append(reinterpret_cast<const char*>(&mt), 4);
  for (const auto& [k, m] : items) {
    out->append(reinterpret_cast<const char*>(&k), 8);
    out->append(reinterpret_cast<const char*>(&m), 2);
  }
}

absl::StatusOr<Gazetteer> Gazetteer::Parse(std::string_view bytes) {
  if (bytes.size() < 8)
    return absl::DataLossError("gazetteer section too short");
  uint32_t n, mt;
  std::memcpy(&n, bytes.data(), 4);
  std::memcpy(&mt, bytes.data() + 4, 4);
  if (mt > kGazMaxTokens)
    return absl::DataLossError("gazetteer: bad max tokens");
  if ((bytes.size() - 8) / 10 != n || (bytes.size() - 8) % 10 != 0) {
    return absl::DataLossError("gazetteer: entry count does not match size");
  }
  Gazetteer g;
  g.max_tokens_ = static_cast<int>(mt);
  g.map_.reserve(n);
  const char* p = bytes.data() + 8;
  for (uint32_t i = 0; i < n; ++i, p += 10) {
    uint64_t k;
    uint16_t m;
    std::memcpy(&k, p, 8);
    std::memcpy(&m, p + 8, 2);
    g.map_[k] = m;
  }
  return g;
}

}  // namespace marsad::ner
