#include "text/fold_table.h"

#include <array>
#include <cstring>
#include <mutex>

#include "text/folding_rules.h"

namespace marsad::text_internal {
namespace {

// Display ignores the search options, so 1 + 2*2*2 variants exist.
int VariantIndex(const NormalizerOptions& o) {
  if (o.level == NormalizationLevel::kDisplay) return 0;
  return 1 + (o.fold_teh_marbuta ? 1 : 0) + (o.fold_hamza_carriers ? 2 : 0) +
         (o.lowercase_latin ? 4 : 0);
}

constexpr bool IsSurrogate(char32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

}  // namespace

const FoldTable& FoldTable::For(const NormalizerOptions& options) {
  static std::array<std::once_flag, kNumVariants> once;
  static std::array<std::unique_ptr<FoldTable>, kNumVariants> tables;
  const int v = VariantIndex(options);
  std::call_once(once[v], [&] {
    NormalizerOptions canonical = options;
    if (canonical.level == NormalizationLevel::kDisplay) {
      canonical = NormalizerOptions{.level = NormalizationLevel::kDisplay};
    }
    tables[v] = std::make_unique<FoldTable>(canonical);
  });
  return *tables[v];
}

uint32_t FoldTable::Encode(char32_t c) {
  if (IsComposingHamzaMark(c)) return kCompose;
  char32_t folded[kMaxFoldedChars];
  const int n = FoldCodePoint(c, options_, folded);
  char original[4];
  const int in_len = EncodeUtf8(c, original);
  std::string bytes;
  for (int i = 0; i < n; ++i) {
    char buf[4];
    bytes.append(buf, EncodeUtf8(folded[i], buf));
  }
  if (bytes.size() == static_cast<size_t>(in_len) &&
      std::memcmp(bytes.data(), original, in_len) == 0) {
    return kKeep;
  }
  if (bytes.size() <= 3 && bytes.size() <= static_cast<size_t>(in_len)) {
    uint32_t e = static_cast<uint32_t>(bytes.size());
    for (size_t i = 0; i < bytes.size(); ++i) {
      e |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[i]))
           << (8 * (i + 1));
    }
    return e;
  }
  const uint32_t off = static_cast<uint32_t>(pool_.size());
  pool_.push_back(static_cast<char>(bytes.size()));
  pool_.append(bytes);
  return kLong | (off << 8);
}

FoldTable::FoldTable(const NormalizerOptions& options) : options_(options) {
  compose_fallback_keep_ = options.level == NormalizationLevel::kDisplay;
  for (char32_t c = 0; c < 0x800; ++c) small_[c] = Encode(c);
  for (char32_t c = 0; c < 0x800; ++c) {
    inline_small_[c] = small_[c];
    if (small_[c] == kKeep) {
      char buf[4];
      const int len = EncodeUtf8(c, buf);
      uint32_t e = static_cast<uint32_t>(len);
      for (int i = 0; i < len; ++i) {
        e |= static_cast<uint32_t>(static_cast<unsigned char>(buf[i]))
             << (8 * (i + 1));
      }
      inline_small_[c] = e;
    }
  }
  pair_ = std::make_unique<uint32_t[]>(0x10000);
  for (uint32_t w = 0; w < 0x10000; ++w) {
    const uint32_t b0 = w & 0xFF;
    const uint32_t b1 = w >> 8;
    uint32_t in_len;
    uint32_t e;
    if (b0 < 0x80) {
      in_len = 1;
      e = inline_small_[b0];
    } else if (b0 >= 0xC2 && b0 < 0xE0 && (b1 & 0xC0) == 0x80) {
      in_len = 2;
      e = inline_small_[((b0 & 0x1F) << 6) | (b1 & 0x3F)];
    } else {
      pair_[w] = kPairSlow;
      continue;
    }
    const uint32_t out_len = e & 0xFF;
    if (out_len > 3) {
      pair_[w] = kPairSlow;
      continue;
    }
    pair_[w] = (e & 0xFFFFFF00u) | out_len | (in_len << 3) |
               (out_len != in_len ? kPairBreak : 0);
  }
  for (int b = 0; b < 128; ++b) {
    const uint32_t e = small_[b];
    // FoldCodePoint maps ASCII to ASCII one to one (only case changes).
    ascii_[b] = e == kKeep ? static_cast<unsigned char>(b)
                           : static_cast<unsigned char>(e >> 8);
  }
  // Blocks whose every entry is kKeep share one array.
  static const uint32_t* const kAllKeep = [] {
    static uint32_t keep[256];
    for (uint32_t& e : keep) e = kKeep;
    return keep;
  }();
  for (int hi = 0; hi < 256; ++hi) {
    blocks_[hi] = kAllKeep;
    if (hi < 8) continue;  // served by small_
    auto block = std::make_unique<uint32_t[]>(256);
    bool all_keep = true;
    for (int lo = 0; lo < 256; ++lo) {
      const char32_t c = (static_cast<char32_t>(hi) << 8) | lo;
      block[lo] = IsSurrogate(c) ? kKeep : Encode(c);
      all_keep &= block[lo] == kKeep;
    }
    if (!all_keep) {
      blocks_[hi] = block.get();
      owned_blocks_.push_back(std::move(block));
    }
  }
}

}  // namespace marsad::text_internal
