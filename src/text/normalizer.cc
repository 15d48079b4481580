#include "marsad/normalizer.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "base/utf8.h"
#include "text/fold_table.h"
#include "text/folding_rules.h"

namespace marsad {
namespace {

using text_internal::FoldTable;

// Bytes beyond the input length kept free in the output so that the fast
// paths (which never write more than they read, but store up to 4 bytes at
// a time) need no capacity checks.
constexpr size_t kSlack = 4;

// State of one NormalizeTo call. The hot loop in Run() keeps the input and
// output positions in registers; the rare cases (expansions, composition,
// supplementary characters) are out-of-line members that sync through
// i_/d_.
class Pass {
 public:
  Pass(const FoldTable& t, std::string_view input, std::string* out,
       OffsetMap* map)
      : t_(t),
        input_(input),
        in_(reinterpret_cast<const unsigned char*>(input.data())),
        n_(input.size()),
        out_(out),
        map_(map),
        base_(out->size()) {
    out_->resize(base_ + n_ + kSlack);
    d_ = out_->data() + base_;
    limit_ = out_->data() + out_->size();
  }

  void Run();

 private:
  uint32_t pos() const {
    return static_cast<uint32_t>(d_ - out_->data() - base_);
  }
  void Break() {
    if (map_ != nullptr) map_->AddBreak(pos(), static_cast<uint32_t>(i_));
  }
  // Makes room for `need` more bytes.
  void Reserve(size_t need) {
    if (static_cast<size_t>(limit_ - d_) >= need) return;
    const size_t used = d_ - out_->data();
    out_->resize(std::max(out_->size() * 2, used + need));
    d_ = out_->data() + used;
    limit_ = out_->data() + out_->size();
  }
  // Emits `len` bytes replacing input [i_, i_ + in_len) and records breaks.
  void Emit(const char* bytes, size_t len, size_t in_len);
  // Non-kKeep entry `e` for the `in_len`-byte character `c` at i_.
  __attribute__((noinline)) void Apply(uint32_t e, char32_t c, size_t in_len);
  bool TryCompose(char32_t mark, size_t in_len);
  // Supplementary characters and invalid bytes.
  __attribute__((noinline)) void Slow();

  const FoldTable& t_;
  std::string_view input_;
  const unsigned char* in_;
  size_t n_;
  std::string* out_;
  OffsetMap* map_;
  size_t base_;
  size_t i_ = 0;
  char* d_;
  char* limit_;
};

void Pass::Emit(const char* bytes, size_t len, size_t in_len) {
  if (len > in_len) {
    Reserve(len + (n_ - i_ - in_len) + kSlack);
    Break();  // an expansion is a run of its own
  }
  if (len > 0) std::memcpy(d_, bytes, len);
  d_ += len;
  i_ += in_len;
  if (len != in_len) Break();
}

bool Pass::TryCompose(char32_t mark, size_t in_len) {
  if (pos() < 2) return false;
  const auto b0 = static_cast<unsigned char>(d_[-2]);
  const auto b1 = static_cast<unsigned char>(d_[-1]);
  if (b0 < 0xD8 || b0 > 0xDB || (b1 & 0xC0) != 0x80) return false;
  const char32_t prev = ((b0 & 0x1F) << 6) | (b1 & 0x3F);
  const char32_t composed = text_internal::ComposeArabic(prev, mark);
  if (composed == 0) return false;
  // The composed letter goes through the level's table again: at kSearch
  // ا + ٔ gives أ and then ا.
  const uint32_t ce = t_.Lookup(composed);
  char buf[4];
  if (ce == FoldTable::kKeep) {
    if (text_internal::EncodeUtf8(composed, buf) != 2) return false;
  } else if ((ce & 0xFF) == 2) {
    buf[0] = static_cast<char>(ce >> 8);
    buf[1] = static_cast<char>(ce >> 16);
  } else {
    return false;
  }
  d_[-2] = buf[0];
  d_[-1] = buf[1];
  i_ += in_len;
  Break();
  return true;
}

void Pass::Apply(uint32_t e, char32_t c, size_t in_len) {
  const uint32_t tag = e & 0xFF;
  if (tag <= 3) {
    d_[0] = static_cast<char>(e >> 8);
    d_[1] = static_cast<char>(e >> 16);
    d_[2] = static_cast<char>(e >> 24);
    d_ += tag;
    i_ += in_len;
    if (tag != in_len) Break();
    return;
  }
  if (tag == FoldTable::kLong) {
    const char* p = t_.pool() + (e >> 8);
    Emit(p + 1, static_cast<unsigned char>(p[0]), in_len);
    return;
  }
  // kCompose.
  if (TryCompose(c, in_len)) return;
  if (t_.compose_fallback_keep()) {
    Emit(reinterpret_cast<const char*>(in_ + i_), in_len, in_len);
  } else {
    Emit(nullptr, 0, in_len);
  }
}

void Pass::Slow() {
  size_t j = i_;
  const char32_t c = utf8::Decode(input_, &j);
  const size_t in_len = j - i_;
  if (c == utf8::kReplacement && in_len == 1) {
    Emit("\xEF\xBF\xBD", 3, 1);
    return;
  }
  if (c < 0x10000) {  // a BMP character whose fast path was cut short
    const uint32_t e = t_.Lookup(c);
    if (e == FoldTable::kKeep) {
      Emit(reinterpret_cast<const char*>(in_ + i_), in_len, in_len);
    } else {
      Apply(e, c, in_len);
    }
    return;
  }
  char32_t folded[text_internal::kMaxFoldedChars];
  const int count = text_internal::FoldCodePoint(c, t_.options(), folded);
  char buf[text_internal::kMaxFoldedChars * 4];
  size_t len = 0;
  for (int k = 0; k < count; ++k) {
    len += text_internal::EncodeUtf8(folded[k], buf + len);
  }
  Emit(buf, len, in_len);
}

void Pass::Run() {
  const unsigned char* ascii = t_.ascii();
  const unsigned char* in = in_;
  const size_t n = n_;
  size_t i = 0;
  char* d = d_;
  const uint32_t* pair = t_.pair();
  while (i < n) {
    const uint32_t b = in[i];
    if (i + 1 < n) {
      // ASCII and 2-byte characters (all of the Arabic block): one lookup
      // by the next two bytes gives what to store and how far to move.
      const uint32_t e = pair[b | (static_cast<uint32_t>(in[i + 1]) << 8)];
      if (!(e & FoldTable::kPairSlow)) [[likely]] {
        const uint32_t bytes = e >> 8;
        if constexpr (std::endian::native == std::endian::little) {
          std::memcpy(d, &bytes, 4);  // first output byte in the low bits
        } else {
          d[0] = static_cast<char>(bytes);
          d[1] = static_cast<char>(bytes >> 8);
          d[2] = static_cast<char>(bytes >> 16);
        }
        d += e & 7;
        // The input length follows from the lead byte alone (the table
        // agrees), which keeps the table load off the loop-carried chain.
        i += 1 + (b >> 7);
        if (e & FoldTable::kPairBreak) [[unlikely]] {
          if (map_ != nullptr) {
            map_->AddBreak(static_cast<uint32_t>(d - out_->data() - base_),
                           static_cast<uint32_t>(i));
          }
        }
        continue;
      }
      if (b >= 0xC2 && b < 0xE0 && (in[i + 1] & 0xC0) == 0x80) {
        // A 2-byte expansion or composition.
        const uint32_t c = ((b & 0x1F) << 6) | (in[i + 1] & 0x3F);
        i_ = i;
        d_ = d;
        Apply(t_.Lookup(c), c, 2);
        i = i_;
        d = d_;
        continue;
      }
    }
    if (b < 0x80) {  // last byte of the input
      *d++ = static_cast<char>(ascii[b]);
      ++i;
      continue;
    }
    if (b >= 0xE0 && b < 0xF0 && i + 2 < n) {
      const char32_t c =
          ((b & 0x0F) << 12) | ((in[i + 1] & 0x3F) << 6) | (in[i + 2] & 0x3F);
      if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
        const uint32_t e = t_.Lookup(c);
        if (e == FoldTable::kKeep) {
          d[0] = static_cast<char>(b);
          d[1] = static_cast<char>(in[i + 1]);
          d[2] = static_cast<char>(in[i + 2]);
          d += 3;
          i += 3;
          continue;
        }
        i_ = i;
        d_ = d;
        Apply(e, c, 3);
        i = i_;
        d = d_;
        continue;
      }
    }
    i_ = i;
    d_ = d;
    Slow();
    i = i_;
    d = d_;
  }
  d_ = d;
  i_ = i;
  const uint32_t out_size = pos();
  out_->resize(d_ - out_->data());
  if (map_ != nullptr) map_->Finish(out_size, static_cast<uint32_t>(n_));
}

}  // namespace

Normalizer::Normalizer(NormalizerOptions options)
    : options_(options), table_(&FoldTable::For(options)) {}

absl::StatusOr<NormalizedText> Normalizer::Normalize(
    std::string_view input) const {
  if (input.size() > kMaxInputBytes) {
    return absl::ResourceExhaustedError(
        absl::StrCat("input of ", input.size(), " bytes exceeds the ",
                     kMaxInputBytes, "-byte normaliser limit"));
  }
  if (absl::Status s = utf8::Validate(input); !s.ok()) return s;
  NormalizedText result;
  NormalizeTo(input, &result.text, &result.offsets);
  return result;
}

std::string Normalizer::NormalizeString(std::string_view input) const {
  std::string out;
  if (!utf8::FindInvalid(input).has_value()) {
    NormalizeTo(input, &out);
    return out;
  }
  std::string repaired;
  repaired.reserve(input.size() + 8);
  for (size_t i = 0; i < input.size();)
    utf8::Append(utf8::Decode(input, &i), &repaired);
  NormalizeTo(repaired, &out);
  return out;
}

void Normalizer::NormalizeTo(std::string_view input, std::string* out,
                             OffsetMap* map) const {
  if (map != nullptr) map->Clear();
  Pass(*table_, input, out, map).Run();
}

}  // namespace marsad
