#include "nlp/ner/word_stats.h"

#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "xxhash.h"

namespace marsad::ner {

uint64_t WordStats::KeyOf(std::string_view base) {
  return XXH3_64bits(base.data(), base.size());
}

void WordStats::AppendTo(std::string* out) const {
  std::vector<std::pair<uint64_t, WordStat>> items(map_.begin(), map_.end());
  std::sort(items.begin(), items.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  uint32_t n = static_cast<uint32_t>(items.size());
  out->append(reinterpret_cast<const char*>(&n), 4);
  for (const auto& [k, s] : items) {
    out->append(reinterpret_cast<const char*>(&k), 8);
    out->append(reinterpret_cast<const char*>(&s.left), 8);
    out->append(reinterpret_cast<const char*>(&s.right), 8);
    out->push_back(static_cast<char>(s.code));
    out->push_back(static_cast<char>(s.context));
  }
}

absl::StatusOr<WordStats> WordStats::Parse(std::string_view bytes) {
  constexpr size_t kEntry = 26;
  if (bytes.size() < 4)
    return absl::DataLossError("word-stats section too short");
  uint32_t n;
  std::memcpy(&n, bytes.data(), 4);
  if ((bytes.size() - 4) % kEntry != 0 || (bytes.size() - 4) / kEntry != n) {
    return absl::DataLossError("word stats: entry count does not match size");
  }
  WordStats w;
  w.map_.reserve(n);
  const char* p = bytes.data() + 4;
  for (uint32_t i = 0; i < n; ++i, p += kEntry) {
    uint64_t k;
    WordStat s;
    std::memcpy(&k, p, 8);
    std::memcpy(&s.left, p + 8, 8);
    std::memcpy(&s.right, p + 16, 8);
    s.code = static_cast<uint8_t>(p[24]);
    s.context = static_cast<uint8_t>(p[25]);
    w.map_[k] = s;
  }
  return w;
}

}  // namespace marsad::ner
