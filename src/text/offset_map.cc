#include <algorithm>

#include "marsad/normalizer.h"

namespace marsad {

void OffsetMap::AddBreak(uint32_t out, uint32_t in) {
  if (!out_.empty() && out_.back() == out) {
    in_.back() = in;
    return;
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

OffsetMap::Run OffsetMap::RunAt(ptrdiff_t j) const {
  Run r;
  if (j < 0) {
    r.out_begin = 0;
    r.in_begin = 0;
  } else {
    r.out_begin = out_[j];
    r.in_begin = in_[j];
  }
  const size_t next = static_cast<size_t>(j + 1);
  if (next < out_.size()) {
    r.out_end = out_[next];
    r.in_end = in_[next];
  } else {
    r.out_end = out_size_;
    r.in_end = in_size_;
  }
  return r;
}

// Within a run the output either copies the input (possibly followed by
// removed input, so in_len >= out_len) or is one expansion (out_len >
// in_len) whose interior has no exact counterpart.
uint32_t OffsetMap::Floor(const Run& r, uint32_t k) {
  if (k >= r.out_end) return r.in_end;
  if (r.out_end - r.out_begin > r.in_end - r.in_begin) return r.in_begin;
  return r.in_begin + (k - r.out_begin);
}

uint32_t OffsetMap::Ceil(const Run& r, uint32_t k) {
  if (k >= r.out_end) return r.in_end;
  if (r.out_end - r.out_begin > r.in_end - r.in_begin) {
    return k == r.out_begin ? r.in_begin : r.in_end;
  }
  return r.in_begin + (k - r.out_begin);
}

uint32_t OffsetMap::ToOriginal(uint32_t normalized) const {
  const ptrdiff_t j =
      std::upper_bound(out_.begin(), out_.end(), normalized) - out_.begin() -
      1;
  return Floor(RunAt(j), normalized);
}

Span OffsetMap::ToOriginal(Span normalized) const {
  uint32_t cursor = 0;
  return ToOriginal(normalized, &cursor);
}

Span OffsetMap::ToOriginal(Span normalized, uint32_t* cursor) const {
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
