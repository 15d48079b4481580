#include "nlp/ner/word_stats.h"

#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "base/utf8.h"
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

namespace marsad::ner {

void WordStats::AppendClustersTo(std::string* out) const {
  const uint32_t levels = static_cast<uint32_t>(cluster_sizes_.size());
  std::vector<std::pair<uint64_t, const WordStat*>> items;
  for (const auto& [k, s] : map_) {
    if (levels > 0 && s.cluster[0] != 0) items.emplace_back(k, &s);
  }
  std::sort(items.begin(), items.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  auto put32 = [&](uint32_t v) {
    out->append(reinterpret_cast<const char*>(&v), 4);
  };
  put32(static_cast<uint32_t>(items.size()));
  put32(levels);
  for (uint32_t s : cluster_sizes_) put32(s);
  for (const auto& [k, s] : items) {
    out->append(reinterpret_cast<const char*>(&k), 8);
    for (uint32_t l = 0; l < levels; ++l) {
      out->append(reinterpret_cast<const char*>(&s->cluster[l]), 2);
    }
  }
}

absl::Status WordStats::ParseClusters(std::string_view bytes) {
  auto get32 = [&](size_t at) {
    uint32_t v;
    std::memcpy(&v, bytes.data() + at, 4);
    return v;
  };
  if (bytes.size() < 8) return absl::DataLossError("CLUS section too short");
  const uint32_t n = get32(0), levels = get32(4);
  if (levels == 0 || levels > kMaxClusterLevels) {
    return absl::DataLossError("CLUS: bad level count");
  }
  const size_t head = 8 + 4 * size_t{levels};
  const size_t entry = 8 + 2 * size_t{levels};
  if (bytes.size() < head || (bytes.size() - head) % entry != 0 ||
      (bytes.size() - head) / entry != n) {
    return absl::DataLossError("CLUS: entry count does not match size");
  }
  std::vector<uint32_t> sizes;
  for (uint32_t l = 0; l < levels; ++l) {
    sizes.push_back(get32(8 + 4 * l));
    if (sizes.back() == 0 || sizes.back() >= 0xFFFF) {
      return absl::DataLossError("CLUS: bad class count");
    }
  }
  const char* p = bytes.data() + head;
  for (uint32_t i = 0; i < n; ++i, p += entry) {
    uint64_t k;
    std::memcpy(&k, p, 8);
    WordStat& s = map_[k];
    for (uint32_t l = 0; l < levels; ++l) {
      uint16_t c;
      std::memcpy(&c, p + 8 + 2 * l, 2);
      if (c == 0 || c > sizes[l]) {
        return absl::DataLossError("CLUS: class id out of range");
      }
      s.cluster[l] = c;
    }
  }
  cluster_sizes_ = std::move(sizes);
  return absl::OkStatus();
}

void WordStats::AppendSilverTo(std::string* out) const {
  std::vector<std::pair<uint64_t, uint8_t>> items;
  for (const auto& [k, s] : map_) {
    if (s.silver != 0) items.emplace_back(k, s.silver);
  }
  std::sort(items.begin(), items.end());
  uint32_t n = static_cast<uint32_t>(items.size());
  out->append(reinterpret_cast<const char*>(&n), 4);
  for (const auto& [k, code] : items) {
    out->append(reinterpret_cast<const char*>(&k), 8);
    out->push_back(static_cast<char>(code));
  }
}

absl::Status WordStats::ParseSilver(std::string_view bytes) {
  if (bytes.size() < 4) return absl::DataLossError("SILV section too short");
  uint32_t n;
  std::memcpy(&n, bytes.data(), 4);
  if ((bytes.size() - 4) % 9 != 0 || (bytes.size() - 4) / 9 != n) {
    return absl::DataLossError("SILV: entry count does not match size");
  }
  const char* p = bytes.data() + 4;
  for (uint32_t i = 0; i < n; ++i, p += 9) {
    uint64_t k;
    std::memcpy(&k, p, 8);
    map_[k].silver = static_cast<uint8_t>(p[8]);
  }
  has_silver_ = true;
  return absl::OkStatus();
}

uint32_t WordStats::TrigramKey(uint32_t a, uint32_t b, uint32_t c) {
  // Code points below 0x10000 in news text; fold the rest.
  const uint64_t k = (static_cast<uint64_t>(a & 0xFFFF) << 32) |
                     (static_cast<uint64_t>(b & 0xFFFF) << 16) | (c & 0xFFFF);
  return static_cast<uint32_t>((k * 0x9E3779B97F4A7C15ULL) >> 32);
}

int WordStats::ForeignBand(std::string_view base) const {
  if (foreign_.empty() || base.empty()) return -1;
  uint32_t cps[40];
  size_t n = 0;
  cps[n++] = '^';
  for (size_t i = 0; i < base.size() && n < 38;) {
    cps[n++] = static_cast<uint32_t>(utf8::Decode(base, &i));
  }
  cps[n++] = '$';
  int sum = 0, count = 0;
  for (size_t j = 0; j + 3 <= n; ++j) {
    auto it = foreign_.find(TrigramKey(cps[j], cps[j + 1], cps[j + 2]));
    sum += it == foreign_.end() ? foreign_unseen_ : it->second;
    ++count;
  }
  if (count == 0) return -1;
  // Eighths of a nat → nats, floored; band 4 holds [0, 1).
  const int nats =
      sum >= 0 ? sum / (8 * count) : -((-sum + 8 * count - 1) / (8 * count));
  return std::clamp(nats + 4, 0, 8);
}

void WordStats::AppendForeignTo(std::string* out) const {
  std::vector<std::pair<uint32_t, int8_t>> items(foreign_.begin(),
                                                 foreign_.end());
  std::sort(items.begin(), items.end());
  const uint32_t n = static_cast<uint32_t>(items.size());
  out->append(reinterpret_cast<const char*>(&n), 4);
  out->push_back(static_cast<char>(foreign_unseen_));
  for (const auto& [k, v] : items) {
    out->append(reinterpret_cast<const char*>(&k), 4);
    out->push_back(static_cast<char>(v));
  }
}

absl::Status WordStats::ParseForeign(std::string_view bytes) {
  if (bytes.size() < 5) return absl::DataLossError("FRGN section too short");
  uint32_t n;
  std::memcpy(&n, bytes.data(), 4);
  if ((bytes.size() - 5) % 5 != 0 || (bytes.size() - 5) / 5 != n || n == 0) {
    return absl::DataLossError("FRGN: entry count does not match size");
  }
  foreign_unseen_ = static_cast<int8_t>(bytes[4]);
  foreign_.clear();
  foreign_.reserve(n);
  const char* p = bytes.data() + 5;
  for (uint32_t i = 0; i < n; ++i, p += 5) {
    uint32_t k;
    std::memcpy(&k, p, 4);
    foreign_[k] = static_cast<int8_t>(p[4]);
  }
  return absl::OkStatus();
}

}  // namespace marsad::ner
