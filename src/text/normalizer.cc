#include "marsad/normalizer.h"

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
// paths (which never write more than they read, but store up to 3 bytes at
// a time) need no capacity checks.
constexpr size_t kSlack = 4;

// Writes into a std::string that was resized ahead; grows on expansions.
class Writer {
 public:
  Writer(std::string* out, size_t input_size) : out_(out), base_(out->size()) {
    out_->resize(base_ + input_size + kSlack);
    d_ = out_->data() + base_;
    limit_ = out_->data() + out_->size();
  }
  char* d() { return d_; }
  void Advance(size_t n) { d_ += n; }
  uint32_t pos() const { return static_cast<uint32_t>(d_ - out_->data() - base_); }
  char* start() { return out_->data() + base_; }
  // Makes room for `need` more bytes plus the rest of the input.
  void Reserve(size_t need) {
    if (static_cast<size_t>(limit_ - d_) >= need) return;
    const size_t used = d_ - out_->data();
    out_->resize(std::max(out_->size() * 2, used + need));
    d_ = out_->data() + used;
    limit_ = out_->data() + out_->size();
  }
  void Finish() { out_->resize(d_ - out_->data()); }

 private:
  std::string* out_;
  size_t base_;
  char* d_;
  char* limit_;
};

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
  for (size_t i = 0; i < input.size();) utf8::Append(utf8::Decode(input, &i), &repaired);
  NormalizeTo(repaired, &out);
  return out;
}

void Normalizer::NormalizeTo(std::string_view input, std::string* out,
                             OffsetMap* map) const {
  const FoldTable& t = *table_;
  const unsigned char* ascii = t.ascii();
  const auto* in = reinterpret_cast<const unsigned char*>(input.data());
  const size_t n = input.size();
  if (map != nullptr) map->Clear();
  Writer w(out, n);
  size_t i = 0;

  // Emits `len` bytes replacing input [i, i + in_len) and records breaks.
  auto emit = [&](const char* bytes, size_t len, size_t in_len) {
    if (len > in_len) {
      w.Reserve(len + (n - i - in_len) + kSlack);
      if (map != nullptr) map->AddBreak(w.pos(), static_cast<uint32_t>(i));
    }
    std::memcpy(w.d(), bytes, len);
    w.Advance(len);
    i += in_len;
    if (map != nullptr && len != in_len) {
      map->AddBreak(w.pos(), static_cast<uint32_t>(i));
    }
  };

  // Applies a non-kKeep table entry for the `in_len`-byte character `c`.
  auto apply = [&](uint32_t e, char32_t c, size_t in_len) {
    const uint32_t tag = e & 0xFF;
    if (tag <= 3) {
      char* d = w.d();
      d[0] = static_cast<char>(e >> 8);
      d[1] = static_cast<char>(e >> 16);
      d[2] = static_cast<char>(e >> 24);
      w.Advance(tag);
      i += in_len;
      if (map != nullptr && tag != in_len) {
        map->AddBreak(w.pos(), static_cast<uint32_t>(i));
      }
      return;
    }
    if (tag == FoldTable::kLong) {
      const char* p = t.pool() + (e >> 8);
      emit(p + 1, static_cast<unsigned char>(p[0]), in_len);
      return;
    }
    // kCompose: ا + ٔ -> أ etc., using the letter already written.
    if (w.pos() >= 2) {
      char* d = w.d();
      const auto b0 = static_cast<unsigned char>(d[-2]);
      const auto b1 = static_cast<unsigned char>(d[-1]);
      if (b0 >= 0xD8 && b0 <= 0xDB && (b1 & 0xC0) == 0x80) {
        const char32_t prev = ((b0 & 0x1F) << 6) | (b1 & 0x3F);
        const char32_t composed = text_internal::ComposeArabic(prev, c);
        if (composed != 0) {
          const uint32_t ce = t.Lookup(composed);
          char buf[4];
          int len = 0;
          if (ce == FoldTable::kKeep) {
            len = text_internal::EncodeUtf8(composed, buf);
          } else if ((ce & 0xFF) == 2) {
            buf[0] = static_cast<char>(ce >> 8);
            buf[1] = static_cast<char>(ce >> 16);
            len = 2;
          }
          if (len == 2) {
            d[-2] = buf[0];
            d[-1] = buf[1];
            i += in_len;
            if (map != nullptr) map->AddBreak(w.pos(), static_cast<uint32_t>(i));
            return;
          }
        }
      }
    }
    if (t.compose_fallback_keep()) {
      emit(reinterpret_cast<const char*>(in + i), in_len, in_len);
    } else {
      emit(nullptr, 0, in_len);
    }
  };

  // Characters outside the tables: supplementary planes and (if the
  // precondition is violated) invalid bytes.
  auto slow = [&]() {
    size_t j = i;
    const char32_t c = utf8::Decode(input, &j);
    const size_t in_len = j - i;
    if (c == utf8::kReplacement && in_len == 1) {
      emit("\xEF\xBF\xBD", 3, 1);
      return;
    }
    char32_t folded[text_internal::kMaxFoldedChars];
    const int count = text_internal::FoldCodePoint(c, t.options(), folded);
    char buf[text_internal::kMaxFoldedChars * 4];
    size_t len = 0;
    for (int k = 0; k < count; ++k) {
      len += text_internal::EncodeUtf8(folded[k], buf + len);
    }
    emit(buf, len, in_len);
  };

  while (i < n) {
    const unsigned char b = in[i];
    if (b < 0x80) {
      *w.d() = static_cast<char>(ascii[b]);
      w.Advance(1);
      ++i;
      continue;
    }
    if (b >= 0xC2 && b < 0xE0 && i + 1 < n) {
      const char32_t c = ((b & 0x1F) << 6) | (in[i + 1] & 0x3F);
      const uint32_t e = t.Lookup(c);
      if (e == FoldTable::kKeep) {
        char* d = w.d();
        d[0] = static_cast<char>(b);
        d[1] = static_cast<char>(in[i + 1]);
        w.Advance(2);
        i += 2;
      } else {
        apply(e, c, 2);
      }
      continue;
    }
    if (b >= 0xE0 && b < 0xF0 && i + 2 < n) {
      const char32_t c =
          ((b & 0x0F) << 12) | ((in[i + 1] & 0x3F) << 6) | (in[i + 2] & 0x3F);
      if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
        const uint32_t e = t.Lookup(c);
        if (e == FoldTable::kKeep) {
          char* d = w.d();
          d[0] = static_cast<char>(b);
          d[1] = static_cast<char>(in[i + 1]);
          d[2] = static_cast<char>(in[i + 2]);
          w.Advance(3);
          i += 3;
        } else {
          apply(e, c, 3);
        }
        continue;
      }
    }
    slow();
  }
  const uint32_t out_size = w.pos();
  w.Finish();
  if (map != nullptr) map->Finish(out_size, static_cast<uint32_t>(n));
}

}  // namespace marsad
