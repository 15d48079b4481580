// Arabic text normalisation with an offset map back to the original.
//
//   marsad::Normalizer norm({.level = marsad::NormalizationLevel::kSearch});
//   auto n = norm.Normalize("قالَ الرئيسُ الأميركيُّ");   // StatusOr
//   // n->text == "قال الرييس الاميركي" ... n->offsets.ToOriginal(k) maps a
//   // byte offset of n->text back to a byte offset of the input.
//
// Levels (doc/normalization.md documents every rule):
//   kDisplay  keeps what a reader sees: NFKC for presentation forms and
//             compatibility characters, zero-width and bidi controls removed,
//             exotic spaces made ASCII spaces. Diacritics and tatweel stay.
//   kSearch   kDisplay plus folding for matching: tashkeel (incl. tanween)
//             and tatweel removed; أ إ آ ٱ -> ا; ى -> ي; ؤ -> و and ئ -> ي
//             (fold_hamza_carriers); ة -> ه (fold_teh_marbuta, off by
//             default); Arabic-Indic and Persian digits -> ASCII, ٫ -> '.',
//             ٬ -> ',', ٪ -> '%'; Persian/Urdu variants ک -> ك, ی -> ي,
//             ہ ە ۀ ۂ ھ -> ه; Latin lower-cased.
//
// Thread-safety: a Normalizer is immutable after construction; share it.
#ifndef MARSAD_NORMALIZER_H_
#define MARSAD_NORMALIZER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "marsad/span.h"

namespace marsad {

namespace text_internal {
class FoldTable;
}  // namespace text_internal

enum class NormalizationLevel { kDisplay, kSearch };

struct NormalizerOptions {
  NormalizationLevel level = NormalizationLevel::kSearch;
  // ة -> ه. Off by default: it merges real words (مدرسة/مدرسه are one word,
  // but so are حمزة/حمزه); search may turn it on.
  bool fold_teh_marbuta = false;
  // ؤ -> و, ئ -> ي, standalone ء kept (kSearch only).
  bool fold_hamza_carriers = true;
  // Latin A-Z -> a-z (kSearch only).
  bool lowercase_latin = true;
};

// Maps byte offsets of a normalised string back to the original text.
// Monotone: ToOriginal(a) <= ToOriginal(b) when a <= b.
//
// Characters removed by normalisation (tashkeel, ZWNJ ...) belong to the
// text before them: a span ending just before a removed mark maps to an end
// after it (مظاهراتٌ), a span starting just after it starts after it. Inside
// an expansion (ﷺ -> صلى الله عليه وسلم) the whole original character is
// covered. Lookups cost O(log breaks); the cursor overload is amortised O(1)
// for spans given in order.
class OffsetMap {
 public:
  // Byte offset in the original for byte offset `normalized` of the output
  // (offset == output size maps to input size). An offset strictly inside
  // an expansion maps to the start of the original character.
  uint32_t ToOriginal(uint32_t normalized) const;
  // Span of the original covering span `normalized` of the output.
  Span ToOriginal(Span normalized) const;
  // Same, for a sequence of spans whose begins do not decrease: start with
  // *cursor == 0 and pass the same cursor to every call.
  Span ToOriginal(Span normalized, uint32_t* cursor) const;
  // Number of recorded breaks (0 when the output has the input's layout).
  size_t num_breaks() const { return out_.size(); }

  // Used by the Normalizer: from output byte `out` on, output and input
  // advance together, starting at input byte `in`. Breaks are added with
  // non-decreasing `out` and `in`; a break at the same `out` as the last one
  // replaces it unless the last one closes an expansion (a run whose output
  // is longer than its input).
  void AddBreak(uint32_t out, uint32_t in);
  void Finish(uint32_t out_size, uint32_t in_size);
  // Empties the map (keeps its capacity).
  void Clear();

 private:
  struct Run {
    uint32_t out_begin, in_begin, out_end, in_end;
  };
  // Run starting at break `j` (j == -1: the implicit run from 0).
  Run RunAt(ptrdiff_t j) const {
    Run r;
    r.out_begin = j < 0 ? 0 : out_[j];
    r.in_begin = j < 0 ? 0 : in_[j];
    const size_t next = static_cast<size_t>(j + 1);
    r.out_end = next < out_.size() ? out_[next] : out_size_;
    r.in_end = next < out_.size() ? in_[next] : in_size_;
    return r;
  }
  // Within a run the output either copies the input (possibly followed by
  // removed input, so in_len >= out_len) or is one expansion (out_len >
  // in_len) whose interior has no exact counterpart.
  static uint32_t Floor(const Run& r, uint32_t k) {
    if (k >= r.out_end) return r.in_end;
    if (r.out_end - r.out_begin > r.in_end - r.in_begin) return r.in_begin;
    return r.in_begin + (k - r.out_begin);
  }
  static uint32_t Ceil(const Run& r, uint32_t k) {
    if (k >= r.out_end) return r.in_end;
    if (r.out_end - r.out_begin > r.in_end - r.in_begin) {
      return k == r.out_begin ? r.in_begin : r.in_end;
    }
    return r.in_begin + (k - r.out_begin);
  }
  Span ToOriginalSlow(Span normalized, uint32_t* cursor) const;

  // Sorted by out; each entry starts a run where in - out is constant.
  std::vector<uint32_t> out_;
  std::vector<uint32_t> in_;
  uint32_t out_size_ = 0;
  uint32_t in_size_ = 0;
};

// Inline: the tokeniser maps every token through here.
inline Span OffsetMap::ToOriginal(Span normalized, uint32_t* cursor) const {
  size_t c = *cursor;
  const size_t n = out_.size();
  if (c < n && out_[c] <= normalized.begin) {
    if (c + 1 < n && out_[c + 1] <= normalized.begin) {
      return ToOriginalSlow(normalized, cursor);
    }
    *cursor = static_cast<uint32_t>(++c);
  }
  const Run r = RunAt(static_cast<ptrdiff_t>(c) - 1);
  if (normalized.end > r.out_end) return ToOriginalSlow(normalized, cursor);
  return Span{Floor(r, normalized.begin), Ceil(r, normalized.end)};
}

struct NormalizedText {
  std::string text;
  OffsetMap offsets;
};

class Normalizer {
 public:
  explicit Normalizer(NormalizerOptions options = {});

  const NormalizerOptions& options() const { return options_; }

  // Inputs above this size are refused by Normalize (ResourceExhausted): the
  // offset map uses 32-bit offsets and one character can expand 11 times.
  static constexpr size_t kMaxInputBytes = size_t{256} << 20;

  // Normalises `input`. Returns InvalidArgument naming the byte offset of the
  // first invalid UTF-8 sequence; never reads outside `input`.
  absl::StatusOr<NormalizedText> Normalize(std::string_view input) const;

  // Hot-path variant: appends the normalised form of `input` to `*out` and
  // records breaks in `*map` when map != nullptr (offsets relative to the
  // start of `input` and of what was appended; the map is cleared first).
  // REQUIRES: input is valid UTF-8 (utf8::Validate) and at most
  // kMaxInputBytes. Invalid input does not crash or read out of bounds, but
  // its output is unspecified.
  void NormalizeTo(std::string_view input, std::string* out,
                   OffsetMap* map = nullptr) const;

  // Convenience for short strings such as query terms and gazetteer entries.
  // Invalid UTF-8 bytes are replaced by U+FFFD.
  std::string NormalizeString(std::string_view input) const;

 private:
  NormalizerOptions options_;
  const text_internal::FoldTable* table_;  // shared, immutable
};

}  // namespace marsad

#endif  // MARSAD_NORMALIZER_H_
