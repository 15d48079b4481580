#include <algorithm>

#include "marsad/normalizer.h"

namespace marsad {

void OffsetMap::AddBreak(uint32_t out, uint32_t in) {
  const size_t n = out_.size();
  if (n > 0 && out_[n - 1] == out) {
    // Merge into the last break (removed input joins the preceding run),
    // unless that break closes an expansion: ½ + ZWNJ must stay a 2 -> 5
    // expansion followed by an empty run that swallows the ZWNJ. Lookups
    // take the last of several breaks at one output offset.
    const uint32_t prev_out = n > 1 ? out_[n - 2] : 0;
    const uint32_t prev_in = n > 1 ? in_[n - 2] : 0;
    if (out_[n - 1] - prev_out <= in_[n - 1] - prev_in) {
      in_[n - 1] = in;
      return;
    }
  }
  out_.push_back(out);
  in_.push_back(in);
}

void OffsetMap::Finish(uint32_t out_size, uint32_t in_size) {
  out_size_ = out_size;
  in_size_ = in_size;
}

void OffsetMap::Clear() {
  out_.clear();
  in_.clear();
  out_size_ = 0;
  in_size_ = 0;
}

uint32_t OffsetMap::ToOriginal(uint32_t normalized) const {
  const ptrdiff_t j =
      std::upper_bound(out_.begin(), out_.end(), normalized) - out_.begin() - 1;
  return Floor(RunAt(j), normalized);
}

Span OffsetMap::ToOriginal(Span normalized) const {
  uint32_t cursor = 0;
  return ToOriginal(normalized, &cursor);
}

Span OffsetMap::ToOriginalSlow(Span normalized, uint32_t* cursor) const {
  const size_t n = out_.size();
  size_t c = std::min<size_t>(*cursor, n);
  if (c + 8 < n && out_[c + 8] <= normalized.begin) {
    // Far jump: binary search instead of walking.
    c = std::upper_bound(out_.begin() + c, out_.end(), normalized.begin) -
        out_.begin();
  } else {
    while (c < n && out_[c] <= normalized.begin) ++c;
  }
  *cursor = static_cast<uint32_t>(c);
  const Run r = RunAt(static_cast<ptrdiff_t>(c) - 1);
  Span result;
  result.begin = Floor(r, normalized.begin);
  if (normalized.end <= r.out_end) {  // the usual case: one run
    result.end = Ceil(r, normalized.end);
  } else {
    size_t e = c;
    if (e + 8 < n && out_[e + 8] <= normalized.end) {
      e = std::upper_bound(out_.begin() + e, out_.end(), normalized.end) -
          out_.begin();
    } else {
      while (e < n && out_[e] <= normalized.end) ++e;
    }
    result.end = Ceil(RunAt(static_cast<ptrdiff_t>(e) - 1), normalized.end);
  }
  if (result.end < result.begin) result.end = result.begin;
  return result;
}

}  // namespace marsad
