#include "nlp/ner/features.h"

#include <algorithm>

#include "absl/status/status.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "nlp/ner/text_ops.h"
#include "xxhash.h"

namespace marsad::ner {
namespace {

constexpr const char* kGroupNames[] = {
    "word",    "context",   "segment", "bigram", "affix",
    "shape",   "gazetteer", "trigger", "corpus", "chargram",
    "cluster", "silver",    "foreign", "doc"};

// Template ids: part of every feature hash. Never renumber (model files
// depend on them); append new ones.
enum Template : uint64_t {
  kBias = 1,
  kW0,
  kWm1,
  kWp1,
  kWm2,
  kWp2,
  kB0,
  kBm1,
  kBp1,
  kBm2,
  kBp2,
  kProcl0,
  kEncl0,
  kWm1W0,
  kW0Wp1,
  kBm1B0,
  kPre1,
  kPre2,
  kPre3,
  kSuf1,
  kSuf2,
  kSuf3,
  kShape0,
  kShapem1,
  kShapep1,
  kLen0,
  kFirst,
  kGz0,
  kGzm1,
  kGzp1,
  kGzBit,
  kTrig0,
  kTrigm1,
  kTrigm2,
  kNisba0,
  kNisbam1,
  kNisbap1,
  kProclm1,
  kCorp0,
  kCorpm1,
  kCorpp1,
  kLeft0,
  kRight0,
  kCtxPer,
  kCtxOrg,
  kCtxLoc,
  kCtxName,
  kCtxm1,
  kCtxp1,
  kTri,
  kCl0,
  kClm1,
  kClp1,
  kClm1Cl0,
  kCl0Clp1,
  kSil0,
  kSilm1,
  kSilp1,
  kSilType,
  kFrg0,
  kFrgm1,
  kFrgp1,
  kFrgFreq,
  kDoc0,
  kDocBitT,
  kDocm1,
  kDocp1,
};

inline uint64_t Mix(uint64_t a, uint64_t b) {
  // splitmix64 finaliser over a combination of the two.
  uint64_t z = a * 0x9E3779B97F4A7C15ull ^ (b + 0x632BE59BD9B4E019ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

inline uint64_t Hash(std::string_view s) {
  return XXH3_64bits(s.data(), s.size());
}

constexpr uint64_t kPadBos = 0x1111, kPadEos = 0x2222;

// Script classes of the characters, run-length compressed, up to 4 runs,
// plus a length bucket in letters.
uint32_t ShapeOf(std::string_view w) {
  uint32_t code = 0;
  int runs = 0, last = -1;
  size_t i = 0;
  while (i < w.size()) {
    char32_t c = utf8::Decode(w, &i);
    int cls;
    if (c >= 0x0621 && c <= 0x064A)
      cls = 1;
    else if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'))
      cls = 2;
    else if (c >= U'0' && c <= U'9')
      cls = 3;
    else if (c == U'.' || c == U'،' || c == U',' || c == U'؟' || c == U'?' ||
             c == U'!')
      cls = 4;
    else if (c == U'"' || c == U'«' || c == U'»' || c == U'(' || c == U')')
      cls = 5;
    else
      cls = 6;
    if (cls != last && runs < 4) {
      code = code * 8 + cls;
      ++runs;
    }
    last = cls;
  }
  return code;
}

// Byte length of the first / last n code points.
size_t PrefixBytes(std::string_view s, int n) {
  size_t i = 0;
  for (int k = 0; k < n && i < s.size(); ++k) {
    i += utf8::SequenceLength(static_cast<unsigned char>(s[i]));
  }
  return std::min(i, s.size());
}
size_t SuffixBytes(std::string_view s, int n) {
  size_t i = s.size();
  for (int k = 0; k < n && i > 0; ++k) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  }
  return s.size() - i;
}

}  // namespace

static_assert(sizeof(kGroupNames) / sizeof(kGroupNames[0]) == kNumGroups,
              "one name per feature group");

std::string GroupsToString(uint32_t groups) {
  std::string out;
  for (int i = 0; i < kNumGroups; ++i) {
    if (groups & (1u << i)) {
      if (!out.empty()) out += ',';
      out += kGroupNames[i];
    }
  }
  return out;
}

absl::StatusOr<uint32_t> ParseGroups(std::string_view spec) {
  uint32_t groups = 0;
  for (std::string_view part : SplitAny(spec, ",")) {
    bool remove = !part.empty() && part[0] == '-';
    if (remove) part.remove_prefix(1);
    uint32_t bits = 0;
    if (part == "all") bits = kAllGroups;
    for (int i = 0; i < kNumGroups; ++i) {
      if (part == kGroupNames[i]) bits = 1u << i;
    }
    if (bits == 0) {
      return absl::InvalidArgumentError("unknown feature group '" +
                                        std::string(part) + "'");
    }
    groups = remove ? (groups & ~bits) : (groups | bits);
  }
  return groups;
}

FeatureExtractor::FeatureExtractor(uint32_t groups, const Gazetteer* gazetteer,
                                   const WordStats* stats)
    : groups_(groups), gazetteer_(gazetteer), stats_(stats) {}

void FeatureExtractor::Prepare(const std::vector<std::string_view>& words,
                               FeatureBuffer* b) const {
  const size_t n = words.size();
  b->segs.resize(n);
  b->word_hash.resize(n);
  b->base_hash.resize(n);
  b->base_key.resize(n);
  b->shape.resize(n);
  b->token_mask.assign(n, 0);
  b->end_mask.assign(n, 0);
  b->match_state.assign(n, 0);
  b->stats.assign(n, nullptr);
  for (size_t i = 0; i < n; ++i) {
    b->segs[i] = SegmentWord(words[i]);
    b->word_hash[i] = Hash(words[i]);
    b->base_hash[i] = Hash(b->segs[i].base);
    b->base_key[i] = Gazetteer::TokenKey(b->segs[i].base);
    b->shape[i] = ShapeOf(words[i]);
    if (stats_ != nullptr && (groups_ & (kGroupCorpus | kGroupCluster |
                                         kGroupSilver | kGroupForeign))) {
      b->stats[i] = stats_->Find(b->base_hash[i]);
    }
  }

  // Gazetteer matches: every n-gram starting at each token.
  const bool use_gaz =
      (groups_ & (kGroupGazetteer | kGroupTrigger | kGroupDoc)) &&
      gazetteer_ != nullptr && gazetteer_->size() > 0;
  if (use_gaz) {
    const int max_len = gazetteer_->max_tokens();
    constexpr uint16_t kSpanClasses = kGazCountry | kGazCity;
    size_t skip_until = 0;
    for (size_t i = 0; i < n; ++i) {
      uint64_t key = 0;
      int longest = 0;
      uint16_t longest_mask = 0;
      for (int len = 1; len <= max_len && i + len <= n; ++len) {
        if (b->segs[i + len - 1].base.empty()) break;
        key = len == 1 ? b->base_key[i]
                       : Gazetteer::Extend(key, b->base_key[i + len - 1]);
        uint16_t m = gazetteer_->Find(key);
        if (m == 0) continue;
        if (len == 1) b->token_mask[i] = m;
        b->end_mask[i + len - 1] |= m;
        if (m & kSpanClasses) {
          longest = len;
          longest_mask = m & kSpanClasses;
        }
      }
      // Greedy left-to-right longest match: B = class bits, I = bits << 8.
      if (i >= skip_until && longest > 0) {
        b->match_state[i] = longest_mask;
        for (int k = 1; k < longest; ++k) {
          b->match_state[i + k] = static_cast<uint16_t>(longest_mask << 8);
        }
        skip_until = i + longest;
      }
    }
  }
}

void FeatureExtractor::AddEvidence(const std::vector<std::string_view>& words,
                                   FeatureBuffer* b, DocEvidence* doc) const {
  if (!(groups_ & kGroupDoc)) return;
  Prepare(words, b);
  const size_t n = words.size();
  constexpr uint16_t kNameBits = kGazPersonName | kGazFrequentName;
  for (size_t u = 0; u < n; ++u) {
    const Segments& s = b->segs[u];
    // Words of two letters or more, Arabic letters only.
    if (b->shape[u] != 1 || s.base.size() < 4) continue;
    uint32_t bits = 0;
    const uint16_t before =
        (u >= 1 ? b->end_mask[u - 1] : 0) | (u >= 2 ? b->end_mask[u - 2] : 0);
    if (before & kGazTriggerPer) bits |= kDocAfterPerTrigger;
    if (before & kGazTriggerOrg) bits |= kDocAfterOrgTrigger;
    if (before & kGazTriggerLoc) bits |= kDocAfterLocTrigger;
    if (u + 1 < n && (b->token_mask[u + 1] & kGazNisba)) {
      bits |= kDocBeforeNisba;
    }
    if (u >= 1 && (b->token_mask[u - 1] & kNameBits)) bits |= kDocAfterName;
    if (u + 1 < n && (b->token_mask[u + 1] & kNameBits)) {
      bits |= kDocBeforeName;
    }
    const std::string_view p = s.proclitics;
    const bool article = p.size() >= 4 && p.substr(p.size() - 4) == "ال";
    bits |= article ? kDocWithArticle : kDocBare;
    uint32_t& v = doc->bases_[b->base_hash[u]];
    const uint32_t count = std::min<uint32_t>((v >> 16) + 1, 0xFFFF);
    v = (count << 16) | (v & 0xFFFF) | bits;
  }
}

void FeatureExtractor::Extract(const std::vector<std::string_view>& words,
                               FeatureBuffer* b, const DocEvidence* doc) const {
  Prepare(words, b);
  const size_t n = words.size();
  b->feats.clear();
  b->offsets.assign(1, 0);
  const bool use_gaz = (groups_ & (kGroupGazetteer | kGroupTrigger)) &&
                       gazetteer_ != nullptr && gazetteer_->size() > 0;
  const bool use_doc = (groups_ & kGroupDoc) && doc != nullptr;

  auto word = [&](ptrdiff_t j) -> uint64_t {
    if (j < 0) return kPadBos;
    if (j >= static_cast<ptrdiff_t>(n)) return kPadEos;
    return b->word_hash[j];
  };
  auto base = [&](ptrdiff_t j) -> uint64_t {
    if (j < 0) return kPadBos;
    if (j >= static_cast<ptrdiff_t>(n)) return kPadEos;
    return b->base_hash[j];
  };
  auto shape = [&](ptrdiff_t j) -> uint64_t {
    if (j < 0) return 0xB0;
    if (j >= static_cast<ptrdiff_t>(n)) return 0xE0;
    return b->shape[j];
  };
  auto at = [&](const std::vector<uint16_t>& v, ptrdiff_t j) -> uint64_t {
    if (j < 0 || j >= static_cast<ptrdiff_t>(n)) return 0xFFFF;
    return v[j];
  };
  constexpr uint16_t kNameBits = kGazPersonName | kGazFrequentName;
  constexpr uint16_t kTrigBits =
      kGazTriggerPer | kGazTriggerOrg | kGazTriggerLoc;

  const int cluster_levels =
      stats_ != nullptr ? static_cast<int>(stats_->cluster_sizes().size()) : 0;
  const bool use_clusters = (groups_ & kGroupCluster) && cluster_levels > 0;
  const bool use_silver =
      (groups_ & kGroupSilver) && stats_ != nullptr && stats_->has_silver();
  const bool use_foreign =
      (groups_ & kGroupForeign) && stats_ != nullptr && stats_->has_foreign();

  std::vector<uint64_t>& f = b->feats;
  for (size_t u = 0; u < n; ++u) {
    const ptrdiff_t i = static_cast<ptrdiff_t>(u);
    const Segments& s = b->segs[u];
    f.push_back(Mix(kBias, 0));
    if (groups_ & kGroupWord) f.push_back(Mix(kW0, word(i)));
    if (groups_ & kGroupContext) {
      f.push_back(Mix(kWm1, word(i - 1)));
      f.push_back(Mix(kWp1, word(i + 1)));
      f.push_back(Mix(kWm2, word(i - 2)));
      f.push_back(Mix(kWp2, word(i + 2)));
    }
    if (groups_ & kGroupSegment) {
      f.push_back(Mix(kB0, base(i)));
      f.push_back(Mix(kProcl0, Hash(s.proclitics)));
      f.push_back(Mix(kEncl0, Hash(s.enclitic)));
      f.push_back(Mix(kBm1, base(i - 1)));
      f.push_back(Mix(kBp1, base(i + 1)));
      f.push_back(Mix(kBm2, base(i - 2)));
      f.push_back(Mix(kBp2, base(i + 2)));
      f.push_back(
          Mix(kProclm1, i > 0 ? Hash(b->segs[u - 1].proclitics) : kPadBos));
    }
    if (groups_ & kGroupBigram) {
      f.push_back(Mix(kWm1W0, Mix(word(i - 1), word(i))));
      f.push_back(Mix(kW0Wp1, Mix(word(i), word(i + 1))));
      f.push_back(Mix(kBm1B0, Mix(base(i - 1), base(i))));
    }
    if (groups_ & kGroupAffix) {
      std::string_view w = s.base;
      const uint64_t pt[3] = {kPre1, kPre2, kPre3};
      const uint64_t st[3] = {kSuf1, kSuf2, kSuf3};
      for (int k = 1; k <= 3; ++k) {
        size_t pb = PrefixBytes(w, k), sb = SuffixBytes(w, k);
        f.push_back(Mix(pt[k - 1], Hash(w.substr(0, pb))));
        f.push_back(Mix(st[k - 1], Hash(w.substr(w.size() - sb))));
      }
    }
    if (groups_ & kGroupChargram) {
      // Trigrams of "^base$" (at most 12).
      std::string_view w = s.base;
      size_t starts[64];
      size_t k = 0;
      for (size_t j = 0; j < w.size() && k < 63; ++j) {
        if ((static_cast<unsigned char>(w[j]) & 0xC0) != 0x80) starts[k++] = j;
      }
      starts[k] = w.size();
      if (k >= 2) {
        f.push_back(Mix(kTri, Mix(1, Hash(w.substr(0, starts[2])))));
        f.push_back(Mix(kTri, Mix(2, Hash(w.substr(starts[k - 2])))));
      }
      for (size_t j = 0; j + 3 <= k && j < 12; ++j) {
        f.push_back(
            Mix(kTri, Hash(w.substr(starts[j], starts[j + 3] - starts[j]))));
      }
    }
    if (groups_ & kGroupShape) {
      f.push_back(Mix(kShape0, shape(i)));
      f.push_back(Mix(kShapem1, shape(i - 1)));
      f.push_back(Mix(kShapep1, shape(i + 1)));
      f.push_back(
          Mix(kLen0, std::min<uint64_t>(utf8::CodePointCount(s.base), 9)));
      if (i == 0) f.push_back(Mix(kFirst, 1));
    }
    if (use_gaz && (groups_ & kGroupGazetteer)) {
      f.push_back(Mix(kGz0, (at(b->match_state, i) << 16) |
                                (at(b->token_mask, i) & kNameBits)));
      f.push_back(Mix(kGzm1, (at(b->match_state, i - 1) << 16) |
                                 (at(b->token_mask, i - 1) & kNameBits)));
      f.push_back(Mix(kGzp1, (at(b->match_state, i + 1) << 16) |
                                 (at(b->token_mask, i + 1) & kNameBits)));
      uint16_t m = b->match_state[u] | b->match_state[u] >> 8 |
                   (b->token_mask[u] & kNameBits);
      for (int bit = 0; bit < 4; ++bit) {
        if (m & (1 << bit)) f.push_back(Mix(kGzBit, bit));
      }
    }
    if (use_gaz && (groups_ & kGroupTrigger)) {
      uint64_t t0 = b->token_mask[u] & kTrigBits;
      uint64_t t1 = i >= 1 ? (b->end_mask[u - 1] & kTrigBits) : 0;
      uint64_t t2 = i >= 2 ? (b->end_mask[u - 2] & kTrigBits) : 0;
      if (t0) f.push_back(Mix(kTrig0, t0));
      if (t1) f.push_back(Mix(kTrigm1, t1));
      if (t2) f.push_back(Mix(kTrigm2, t2));
      if (b->token_mask[u] & kGazNisba) f.push_back(Mix(kNisba0, 1));
      if (i >= 1 && (b->token_mask[u - 1] & kGazNisba))
        f.push_back(Mix(kNisbam1, 1));
      if (u + 1 < n && (b->token_mask[u + 1] & kGazNisba))
        f.push_back(Mix(kNisbap1, 1));
    }
    if (stats_ != nullptr && (groups_ & kGroupCorpus)) {
      auto code = [&](ptrdiff_t j) -> uint64_t {
        if (j < 0) return 0x100;
        if (j >= static_cast<ptrdiff_t>(n)) return 0x200;
        return b->stats[j] ? b->stats[j]->code : 0;
      };
      f.push_back(Mix(kCorp0, code(i)));
      f.push_back(Mix(kCorpm1, code(i - 1)));
      f.push_back(Mix(kCorpp1, code(i + 1)));
      if (const WordStat* st = b->stats[u]) {
        f.push_back(Mix(kLeft0, st->left));
        f.push_back(Mix(kRight0, st->right));
        f.push_back(Mix(kCtxPer, st->context & 3));
        f.push_back(Mix(kCtxOrg, (st->context >> 2) & 3));
        f.push_back(Mix(kCtxLoc, (st->context >> 4) & 3));
        f.push_back(Mix(kCtxName, (st->context >> 6) & 3));
      }
      f.push_back(Mix(
          kCtxm1, i > 0 && b->stats[u - 1] ? b->stats[u - 1]->context : 0x100));
      f.push_back(Mix(kCtxp1, u + 1 < n && b->stats[u + 1]
                                  ? b->stats[u + 1]->context
                                  : 0x100));
    }
    if (use_clusters) {
      auto cl = [&](ptrdiff_t j, int level) -> uint64_t {
        if (j < 0) return 0xFFFF;
        if (j >= static_cast<ptrdiff_t>(n)) return 0xFFFE;
        return b->stats[j] ? b->stats[j]->cluster[level] : 0;
      };
      for (int l = 0; l < cluster_levels; ++l) {
        const uint64_t lv = static_cast<uint64_t>(l) << 16;
        f.push_back(Mix(kCl0, lv | cl(i, l)));
        f.push_back(Mix(kClm1, lv | cl(i - 1, l)));
        f.push_back(Mix(kClp1, lv | cl(i + 1, l)));
      }
      const int mid = cluster_levels > 1 ? 1 : 0;
      f.push_back(Mix(kClm1Cl0, cl(i - 1, mid) << 16 | cl(i, mid)));
      f.push_back(Mix(kCl0Clp1, cl(i, mid) << 16 | cl(i + 1, mid)));
    }
    if (use_silver) {
      auto sil = [&](ptrdiff_t j) -> uint64_t {
        if (j < 0) return 0x100;
        if (j >= static_cast<ptrdiff_t>(n)) return 0x200;
        return b->stats[j] ? b->stats[j]->silver : 0x300;
      };
      const uint64_t s0 = sil(i);
      f.push_back(Mix(kSil0, s0));
      f.push_back(Mix(kSilm1, sil(i - 1)));
      f.push_back(Mix(kSilp1, sil(i + 1)));
      if (s0 < 0x100) {
        for (uint64_t y = 0; y < 4; ++y) {
          f.push_back(Mix(kSilType, y << 8 | ((s0 >> (2 * y)) & 3)));
        }
      }
    }
    if (use_foreign) {
      auto band = [&](ptrdiff_t j) -> uint64_t {
        if (j < 0) return 0x100;
        if (j >= static_cast<ptrdiff_t>(n)) return 0x200;
        const int v = stats_->ForeignBand(b->segs[j].base);
        return v < 0 ? 0x300 : static_cast<uint64_t>(v);
      };
      // Only words the news statistics do not know: for the others the
      // corpus, cluster and silver groups say more.
      if (b->stats[u] == nullptr) f.push_back(Mix(kFrg0, band(i)));
    }
    if (use_doc) {
      const uint32_t v = doc->Get(b->base_hash[u]);
      if (v != 0) {
        const uint32_t bits = v & 0xFF, count = v >> 16;
        const uint64_t band = count <= 1   ? 0
                              : count == 2 ? 1
                              : count <= 4 ? 2
                                           : 3;
        f.push_back(Mix(kDoc0, bits | band << 8));
        for (int bit = 0; bit < 6; ++bit) {
          if (bits & (1u << bit)) f.push_back(Mix(kDocBitT, bit));
        }
      }
      auto side = [&](ptrdiff_t j) -> uint64_t {
        if (j < 0 || j >= static_cast<ptrdiff_t>(n)) return 0x100;
        return doc->Get(b->base_hash[j]) & 0x3F;
      };
      f.push_back(Mix(kDocm1, side(i - 1)));
      f.push_back(Mix(kDocp1, side(i + 1)));
    }
    b->offsets.push_back(static_cast<uint32_t>(f.size()));
  }
}

}  // namespace marsad::ner
