// Clitic segmentation and light stemming (see include/marsad/stemmer.h).
//
// A word is analysed as
//
//   [و|ف] [ب|ك|ل ال | لل | ال | ب|ك|ل | س(+ي ت ن ا)]  BASE  [number] [pronoun]
//
// Proclitic boundaries ("cuts") are proposed by rule and tried from the
// innermost out; a cut is accepted when the stem it leaves has at least
// `min_stem_chars` letters and the word at that point is not a known stem
// that merely starts with clitic-looking letters («وزير», «بلاد», «التزام»,
// «بايدن»). Suffixes are stripped by rule unless the remainder is a known
// stem that ends in suffix-looking letters («لبنان», «فلسطين», «اتجاه»).
// The known-stem keys come from src/text/stemmer_lists.inc (generated from
// corpus counts by make_stemmer_lists.py, which mirrors Cuts() and
// SuffixEnd() below: change both together) plus a few hand-written entries.
//
// Speed: the word is checked to be all two-byte Arabic-block letters, after
// which letter i is bytes [2i, 2i+2) and every rule is a byte compare; the
// guard lists are one open-addressing hash table built on first use.

#include "marsad/stemmer.h"

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace marsad {
namespace {

#include "text/stemmer_lists.inc"

// Letters are code points U+0600..U+06FF stored as (code point - 0x600).
constexpr uint8_t kAlef = 0x27;        // ا
constexpr uint8_t kBeh = 0x28;         // ب
constexpr uint8_t kTehMarbuta = 0x29;  // ة
constexpr uint8_t kTeh = 0x2A;         // ت
constexpr uint8_t kSeen = 0x33;        // س
constexpr uint8_t kFeh = 0x41;         // ف
constexpr uint8_t kKaf = 0x43;         // ك
constexpr uint8_t kLam = 0x44;         // ل
constexpr uint8_t kMeem = 0x45;        // م
constexpr uint8_t kNoon = 0x46;        // ن
constexpr uint8_t kHeh = 0x47;         // ه
constexpr uint8_t kWaw = 0x48;         // و
constexpr uint8_t kYeh = 0x4A;         // ي

// Longer words are returned whole (no Arabic word is this long).
constexpr int kMaxLetters = 48;

struct Letters {
  uint8_t c[kMaxLetters];
  int n = 0;
};

// Fills `out` and returns true when `w` is 1..kMaxLetters characters of the
// Arabic block U+0600..U+06FF; anything else (Latin, digits, mixed) is left
// to the caller to return unchanged.
bool Decode(std::string_view w, Letters* out) {
  if (w.empty() || w.size() % 2 != 0 || w.size() / 2 > kMaxLetters) {
    return false;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(w.data());
  const int n = static_cast<int>(w.size() / 2);
  for (int i = 0; i < n; ++i) {
    const unsigned char b0 = p[2 * i];
    const unsigned char b1 = p[2 * i + 1];
    if (b0 < 0xD8 || b0 > 0xDB || (b1 & 0xC0) != 0x80) return false;
    out->c[i] = static_cast<uint8_t>(((b0 - 0xD8) << 6) | (b1 & 0x3F));
  }
  out->n = n;
  return true;
}

struct Affix {
  int len;
  uint8_t c[3];
};

// Attached pronouns, longest first (هما before هم before ه).
constexpr Affix kPronouns[] = {
    {3, {kHeh, kMeem, kAlef}},  // هما
    {3, {kKaf, kMeem, kAlef}},  // كما
    {2, {kHeh, kMeem}},         // هم
    {2, {kHeh, kNoon}},         // هن
    {2, {kKaf, kMeem}},         // كم
    {2, {kKaf, kNoon}},         // كن
    {2, {kHeh, kAlef}},         // ها
    {2, {kNoon, kAlef}},        // نا
    {1, {kHeh}},                // ه (also ه written for ة)
};

// Plural and dual endings: ات ون ين ان.
constexpr Affix kNumber[] = {
    {2, {kAlef, kTeh}},
    {2, {kWaw, kNoon}},
    {2, {kYeh, kNoon}},
    {2, {kAlef, kNoon}},
};

bool EndsWith(const Letters& l, int s, int e, const Affix& a) {
  if (e - s < a.len) return false;
  for (int k = 0; k < a.len; ++k) {
    if (l.c[e - a.len + k] != a.c[k]) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Guard lists.

constexpr uint8_t kGenPrefix = 1;   // generated keep_prefix
constexpr uint8_t kGenSuffix = 2;   // generated keep_suffix
constexpr uint8_t kHandPrefix = 4;  // hand-written keep_prefix
constexpr uint8_t kHandSuffix = 8;  // hand-written keep_suffix

// Words whose initial ال is not the article (relative pronouns, the divine
// name), and function words whose initial ف/ل is a stem letter. The corpus
// cannot show these: they never follow the article.
constexpr std::string_view kHandKeepPrefix[] = {
    "الله",   "اللهم",  "التي",   "الذي",    "الذين",  "اللذان", "اللتان",
    "اللذين", "اللتين", "اللاتي", "اللواتي", "اللايي", "فيه",    "فيها",
    "فيهم",   "فيهما",  "فيهن",   "فيما",    "لديه",   "لديها",  "لديهم",
    "لديهما", "لدينا",  "لدي",    "لكنه",    "لكنها",  "لكنهم",  "لكنني",
};
// Stems ending in pronoun-like letters.
constexpr std::string_view kHandKeepSuffix[] = {
    "الله",
    "اللهم",
};

uint64_t Hash(std::string_view s) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    h = (h ^ v) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  uint64_t v = 0;
  std::memcpy(&v, s.data() + i, s.size() - i);
  h = (h ^ v) * 0xC4CEB9FE1A85EC53ull;
  return h ^ (h >> 29);
}

// Immutable set of keys with flag bits; open addressing, load <= 1/2.
class WordTable {
 public:
  static const WordTable& Get() {
    static const WordTable* table = new WordTable();
    return *table;
  }

  uint8_t Flags(std::string_view key) const {
    const uint64_t h = Hash(key);
    // Most lookups miss: a 16 KiB bitmap answers them from L1.
    const uint32_t bit = static_cast<uint32_t>(h >> 40) & (kFilterBits - 1);
    if ((filter_[bit >> 6] >> (bit & 63) & 1) == 0) return 0;
    const uint32_t h32 = static_cast<uint32_t>(h);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.index == 0) return 0;
      if (slot.hash == h32 && keys_[slot.index - 1] == key) {
        return flags_[slot.index - 1];
      }
    }
  }

 private:
  static constexpr uint32_t kFilterBits = 1u << 17;
  struct Slot {
    uint32_t hash = 0;
    uint32_t index = 0;  // 1 + position in keys_; 0: empty
  };

  WordTable() {
    size_t n = std::size(kGeneratedKeepPrefix) +
               std::size(kGeneratedKeepSuffix) + std::size(kHandKeepPrefix) +
               std::size(kHandKeepSuffix);
    size_t cap = 16;
    while (cap < 2 * n) cap *= 2;
    slots_.resize(cap);
    mask_ = cap - 1;
    for (auto k : kGeneratedKeepPrefix) Add(k, kGenPrefix);
    for (auto k : kGeneratedKeepSuffix) Add(k, kGenSuffix);
    for (auto k : kHandKeepPrefix) Add(k, kHandPrefix);
    for (auto k : kHandKeepSuffix) Add(k, kHandSuffix);
  }

  void Add(std::string_view key, uint8_t flag) {
    const uint64_t h = Hash(key);
    const uint32_t h32 = static_cast<uint32_t>(h);
    const uint32_t bit = static_cast<uint32_t>(h >> 40) & (kFilterBits - 1);
    filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      Slot& slot = slots_[i];
      if (slot.index == 0) {
        keys_.push_back(key);
        flags_.push_back(flag);
        slot = {h32, static_cast<uint32_t>(keys_.size())};
        return;
      }
      if (slot.hash == h32 && keys_[slot.index - 1] == key) {
        flags_[slot.index - 1] |= flag;
        return;
      }
    }
  }

  std::vector<uint64_t> filter_ = std::vector<uint64_t>(kFilterBits / 64);
  std::vector<Slot> slots_;
  std::vector<std::string_view> keys_;
  std::vector<uint8_t> flags_;
  size_t mask_ = 0;
};

// ---------------------------------------------------------------------------
// Analysis of one decoded word.

class Analyzer {
 public:
  Analyzer(std::string_view word, const Letters& l, int min_stem,
           bool use_word_lists)
      : w_(word),
        l_(l),
        min_(min_stem),
        prefix_mask_(use_word_lists ? (kGenPrefix | kHandPrefix) : kHandPrefix),
        suffix_mask_(use_word_lists ? (kGenSuffix | kHandSuffix)
                                    : kHandSuffix) {}

  // Letters [a, b) of the word as bytes.
  std::string_view Piece(int a, int b) const {
    return w_.substr(2 * static_cast<size_t>(a),
                     2 * static_cast<size_t>(b - a));
  }

  bool KeepPrefix(int a, int b) const {
    return (WordTable::Get().Flags(Piece(a, b)) & prefix_mask_) != 0;
  }
  bool KeepSuffix(int a, int b) const {
    return (WordTable::Get().Flags(Piece(a, b)) & suffix_mask_) != 0;
  }

  // Start of the stem: proclitic boundaries are accepted from the outermost
  // in, and the first one that fails the guards ends the chain («فلسطين»:
  // ف is refused, so ل is never considered). Sets *end to the stem's end
  // (SuffixEnd from that start).
  int StemStart(int* end) const {
    int cuts[3];
    const int ncuts = Cuts(cuts);
    int start = 0;
    int start_end = -1;
    for (int k = 0; k < ncuts; ++k) {
      const int cut = cuts[k];
      const int e = SuffixEnd(cut);
      if (e - cut < min_ || KeepPrefix(start, e)) break;
      start = cut;
      start_end = e;
    }
    *end = start_end >= 0 ? start_end : SuffixEnd(0);
    return start;
  }

  // Candidate proclitic boundaries, outermost first (at most 3): after the
  // conjunction, after a preposition, after the article or future س.
  int Cuts(int* out) const {
    const uint8_t* c = l_.c;
    const int n = l_.n;
    int k = 0;
    int i = 0;
    auto at = [&](int j) -> uint8_t { return j < n ? c[j] : 0; };
    if (n >= 3 && (c[0] == kWaw || c[0] == kFeh)) {
      out[k++] = 1;
      i = 1;
    }
    const uint8_t c0 = at(i);
    const bool prep = c0 == kBeh || c0 == kKaf || c0 == kLam;
    if (c0 == kLam && at(i + 1) == kLam) {  // لل = ل + ال
      out[k++] = i + 1;
      out[k++] = i + 2;
    } else if (prep && at(i + 1) == kAlef && at(i + 2) == kLam) {
      out[k++] = i + 1;
      out[k++] = i + 3;
    } else if (c0 == kAlef && at(i + 1) == kLam) {
      out[k++] = i + 2;
    } else if (prep) {
      out[k++] = i + 1;
    } else if (c0 == kSeen) {
      const uint8_t c1 = at(i + 1);
      if (c1 == kYeh || c1 == kTeh || c1 == kNoon || c1 == kAlef) {
        out[k++] = i + 1;
      }
    }
    // Cuts at or past the end leave nothing; the length guard rejects them.
    return k;
  }

  // End of the stem of letters [s, n), keeping at least min_ letters:
  //   ة                                  مدرسة -> مدرس
  //   a pronoun, then before it ات, the ت of a ة, a verb's تمو/تما/ت or
  //   a construct/verb و or ا           سياساتها حكومته موظفوها اسقطوها
  //   ات ون ين ان (and the ت of تين/تان) معلمون الطالبتين
  //   verb وا تما تم تن                  قالوا اسقطتم
  //   a tanween alef                     هجوما
  //   a final ت (verb: قالت) unless a known stem (الكويت)
  // MIRRORED by suffix_end() in make_stemmer_lists.py.
  int SuffixEnd(int s) const {
    const int e = l_.n;
    const uint8_t last = e > s ? l_.c[e - 1] : 0;
    if (last == kTehMarbuta) return e - 1 - s >= min_ ? e - 1 : e;
    if (last != kHeh && last != kMeem && last != kNoon && last != kAlef &&
        last != kTeh) {
      return e;
    }
    // The rules first; the (slower) guard list only when they strip.
    const int rule_end = RuleSuffixEnd(s);
    if (rule_end == e || KeepSuffix(s, e)) return e;
    return rule_end;
  }

  int RuleSuffixEnd(int s) const {
    const uint8_t* c = l_.c;
    int e = l_.n;
    auto room = [&](int k) { return e - k - s >= min_; };
    auto ends = [&](uint8_t a, uint8_t b) {
      return e - s >= 2 && c[e - 2] == a && c[e - 1] == b;
    };
    const uint8_t last = c[e - 1];
    bool matched = false;  // a pronoun too long to strip: no tanween then
    for (const Affix& p : kPronouns) {
      if (!EndsWith(l_, s, e, p)) continue;
      matched = true;
      if (!room(p.len)) break;
      e -= p.len;
      if (ends(kAlef, kTeh) && room(2)) {
        e -= 2;  // سياساتها
      } else if (e - s >= 3 && c[e - 3] == kTeh && c[e - 2] == kMeem &&
                 (c[e - 1] == kWaw || c[e - 1] == kAlef) && room(3)) {
        e -= 3;  // اسقطتموها
      } else if (e > s && room(1) &&
                 (c[e - 1] == kTeh || c[e - 1] == kWaw || c[e - 1] == kAlef)) {
        e -= 1;  // حكومته, موظفوها
      }
      return e;
    }
    for (const Affix& a : kNumber) {
      if (!EndsWith(l_, s, e, a)) continue;
      if (!room(2)) return e;
      e -= 2;
      if (a.c[1] == kNoon && a.c[0] != kWaw && e > s && c[e - 1] == kTeh &&
          room(1)) {
        e -= 1;  // feminine dual: الطالبتين
      }
      return e;
    }
    if (ends(kWaw, kAlef) && room(2)) return e - 2;  // قالوا
    if (e - s >= 3 && c[e - 3] == kTeh && c[e - 2] == kMeem &&
        c[e - 1] == kAlef && room(3)) {
      return e - 3;  // تما
    }
    if ((ends(kTeh, kMeem) || ends(kTeh, kNoon)) && room(2)) return e - 2;
    if (!matched && last == kAlef && room(1) && c[e - 2] != kAlef) {
      return e - 1;  // tanween alef: هجوما
    }
    if (last == kTeh && room(1)) return e - 1;  // قالت
    return e;
  }

  // Length of the attached pronoun of letters [s, n) for Segment().
  int EncliticLength(int s) const {
    const uint8_t* c = l_.c;
    const int n = l_.n;
    for (const Affix& p : kPronouns) {
      if (!EndsWith(l_, s, n, p)) continue;
      const int base = n - p.len - s;
      if (base <= 0) return 0;
      if (base >= min_) {
        if (KeepSuffix(s, n)) return 0;
        // «سعوديه»: ه after a nisba ي of a long stem is a ة written as ه.
        if (p.len == 1 && base >= 4 && c[n - 2] == kYeh) return 0;
        return p.len;
      }
      return ShortHost(s, n - p.len) ? p.len : 0;
    }
    return 0;
  }

  // Prepositions shorter than min_ that take pronouns: له بها منه عنهم فيها
  // معه.
  bool ShortHost(int a, int b) const {
    if (b - a == 1) {
      return l_.c[a] == kLam || l_.c[a] == kBeh || l_.c[a] == kKaf;
    }
    if (b - a != 2) return false;
    const uint8_t x = l_.c[a], y = l_.c[a + 1];
    return (x == kMeem && (y == kNoon || y == 0x39 /* ع */)) ||
           (x == 0x39 /* ع */ && y == kNoon) || (x == kFeh && y == kYeh);
  }

 private:
  std::string_view w_;
  const Letters& l_;
  int min_;
  uint8_t prefix_mask_;
  uint8_t suffix_mask_;
};

}  // namespace

Stemmer::Stemmer(StemmerOptions options) : options_(options) {
  if (options_.min_stem_chars < 1) options_.min_stem_chars = 1;
  if (options_.use_word_lists) WordTable::Get();  // build once, up front
}

std::string_view Stemmer::Stem(std::string_view word) const {
  Letters l;
  if (!Decode(word, &l)) return word;
  const Analyzer a(word, l, options_.min_stem_chars, options_.use_word_lists);
  int end = 0;
  const int start = a.StemStart(&end);
  return a.Piece(start, end);
}

Segments Stemmer::Segment(std::string_view word) const {
  Letters l;
  if (!Decode(word, &l))
    return {word.substr(0, 0), word, word.substr(word.size())};
  const Analyzer a(word, l, options_.min_stem_chars, options_.use_word_lists);
  int end = 0;
  const int start = a.StemStart(&end);
  const int enclitic_start = l.n - a.EncliticLength(start);
  return {a.Piece(0, start), a.Piece(start, enclitic_start),
          a.Piece(enclitic_start, l.n)};
}

}  // namespace marsad
