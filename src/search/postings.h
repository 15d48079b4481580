// Postings of one term: documents in ascending order, in blocks of
// kBlockSize. Three byte streams per index (doc deltas, term frequencies,
// positions), varint coded; a block records where its bytes start and the
// largest BM25 term-frequency factor of its documents (the "block max").
//
//   docs stream:  varint(doc - previous doc) for each posting; the first
//                 posting of a block is a delta from the previous block's
//                 last doc (from 0 for the first block)
//   tfs stream:   varint(title_tf) varint(body_tf) for each posting
//   pos stream:   per posting varint(n_bytes) then n_bytes of varint
//                 position deltas (title positions first)
//
// Internal to src/search (doc/search_index_format.md describes the file).
#ifndef MARSAD_SEARCH_POSTINGS_H_
#define MARSAD_SEARCH_POSTINGS_H_

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::search_internal {

inline constexpr uint32_t kBlockSize = 128;
inline constexpr uint32_t kNoDoc = std::numeric_limits<uint32_t>::max();

inline void PutVarint(uint32_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>(v | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

// Decodes a varint at p (never past end; a truncated one yields what was
// read). Returns the position after it.
inline const uint8_t* GetVarint(const uint8_t* p, const uint8_t* end,
                                uint32_t* v) {
  uint32_t r = 0;
  int shift = 0;
  while (p < end && shift <= 28) {
    const uint8_t b = *p++;
    r |= static_cast<uint32_t>(b & 0x7F) << shift;
    if (!(b & 0x80)) break;
    shift += 7;
  }
  *v = r;
  return p;
}

struct BlockMeta {
  uint32_t last_doc = 0;
  uint32_t count = 0;      // postings in the block (1..kBlockSize)
  uint64_t doc_off = 0;    // into the docs stream
  uint64_t tf_off = 0;     // into the tfs stream
  uint64_t pos_off = 0;    // into the positions stream
  float max_tf_score = 0;  // max over the block of the BM25 tf factor
};

struct TermInfo {
  uint32_t df = 0;
  uint32_t first_block = 0;  // into the block table
  uint32_t num_blocks = 0;
};

// The frozen streams of every term.
struct PostingStore {
  std::vector<TermInfo> terms;
  std::vector<BlockMeta> blocks;
  std::string docs, tfs, pos;
};

// Appends postings of one term while documents are added in order.
struct PostingBuilder {
  std::string docs, tfs, pos;
  std::vector<BlockMeta> blocks;  // doc/tf/pos offsets relative to above
  uint32_t df = 0;

  void Add(uint32_t doc, uint32_t title_tf, uint32_t body_tf,
           const uint32_t* positions, uint32_t n, std::string* scratch) {
    if (blocks.empty() || blocks.back().count == kBlockSize) {
      BlockMeta b;
      b.doc_off = docs.size();
      b.tf_off = tfs.size();
      b.pos_off = pos.size();
      const uint32_t base = blocks.empty() ? 0 : blocks.back().last_doc;
      blocks.push_back(b);
      PutVarint(doc - base, &docs);
    } else {
      PutVarint(doc - blocks.back().last_doc, &docs);
    }
    BlockMeta& b = blocks.back();
    b.last_doc = doc;
    ++b.count;
    ++df;
    PutVarint(title_tf, &tfs);
    PutVarint(body_tf, &tfs);
    scratch->clear();
    uint32_t prev = 0;
    for (uint32_t k = 0; k < n; ++k) {
      PutVarint(positions[k] - prev, scratch);
      prev = positions[k];
    }
    PutVarint(static_cast<uint32_t>(scratch->size()), &pos);
    pos += *scratch;
  }
};

// Walks one term's postings. Blocks are skipped by their last doc without
// decoding; a block's docs are decoded on entry, its tfs and positions only
// when asked for.
class PostingIterator {
 public:
  PostingIterator() = default;
  PostingIterator(const PostingStore* store, uint32_t term) {
    Reset(store, term);
  }

  void Reset(const PostingStore* store, uint32_t term) {
    store_ = store;
    const TermInfo& t = store->terms[term];
    block_ = store->blocks.data() + t.first_block;
    first_ = block_;
    block_end_ = block_ + t.num_blocks;
    doc_ = kNoDoc;
    if (block_ < block_end_) {
      DecodeBlock();
      doc_ = docs_[0];
    }
  }

  uint32_t doc() const { return doc_; }
  bool done() const { return doc_ == kNoDoc; }

  // Moves to the first posting with doc >= target; returns its doc or kNoDoc.
  uint32_t Advance(uint32_t target) {
    if (doc_ >= target) return doc_;
    if (block_->last_doc < target) {
      do {
        ++block_;
      } while (block_ < block_end_ && block_->last_doc < target);
      if (block_ == block_end_) return doc_ = kNoDoc;
      DecodeBlock();
    }
    while (docs_[i_] < target) ++i_;
    return doc_ = docs_[i_];
  }

  // The block max of the block holding doc(). REQUIRES: !done().
  float BlockMax() const { return block_->max_tf_score; }
  // Last doc of the current block. REQUIRES: !done().
  uint32_t BlockLastDoc() const { return block_->last_doc; }
  // Skips the rest of the current block. Returns the new doc or kNoDoc.
  uint32_t NextBlock() {
    ++block_;
    if (block_ >= block_end_) return doc_ = kNoDoc;
    DecodeBlock();
    return doc_ = docs_[0];
  }

  // Term frequencies of the current posting.
  void Tfs(uint32_t* title_tf, uint32_t* body_tf) {
    if (!tfs_decoded_) DecodeTfs();
    *title_tf = ttf_[i_];
    *body_tf = btf_[i_];
  }

  // Positions of the current posting (ascending), into *out.
  void Positions(std::vector<uint32_t>* out) {
    out->clear();
    const uint8_t* end = End(store_->pos);
    if (pos_i_ > i_) {
      pos_i_ = 0;
      pos_p_ = Begin(store_->pos) + block_->pos_off;
    }
    uint32_t len;
    while (pos_i_ < i_) {
      pos_p_ = GetVarint(pos_p_, end, &len);
      pos_p_ += std::min<size_t>(len, end - pos_p_);
      ++pos_i_;
    }
    const uint8_t* p = GetVarint(pos_p_, end, &len);
    const uint8_t* q = p + std::min<size_t>(len, end - p);
    uint32_t acc = 0, v;
    while (p < q) {
      p = GetVarint(p, q, &v);
      acc += v;
      out->push_back(acc);
    }
  }

 private:
  static const uint8_t* Begin(const std::string& s) {
    return reinterpret_cast<const uint8_t*>(s.data());
  }
  static const uint8_t* End(const std::string& s) {
    return Begin(s) + s.size();
  }

  void DecodeBlock() {
    const uint8_t* p = Begin(store_->docs) + block_->doc_off;
    const uint8_t* end = End(store_->docs);
    // A term's first block is coded from 0.
    uint32_t d = block_ == first_ ? 0 : (block_ - 1)->last_doc;
    n_ = block_->count;
    for (uint32_t k = 0; k < n_; ++k) {
      uint32_t v;
      p = GetVarint(p, end, &v);
      d += v;
      docs_[k] = std::min(d, block_->last_doc);  // bounded even if corrupt
    }
    // A corrupt block could decode below its last doc: clamp so Advance
    // terminates.
    docs_[n_ - 1] = block_->last_doc;
    i_ = 0;
    tfs_decoded_ = false;
    pos_i_ = 0;
    pos_p_ = Begin(store_->pos) + block_->pos_off;
  }
  void DecodeTfs() {
    const uint8_t* p = Begin(store_->tfs) + block_->tf_off;
    const uint8_t* end = End(store_->tfs);
    for (uint32_t k = 0; k < n_; ++k) {
      p = GetVarint(p, end, &ttf_[k]);
      p = GetVarint(p, end, &btf_[k]);
    }
    tfs_decoded_ = true;
  }

  const PostingStore* store_ = nullptr;
  const BlockMeta* first_ = nullptr;
  const BlockMeta* block_ = nullptr;
  const BlockMeta* block_end_ = nullptr;
  uint32_t doc_ = kNoDoc;
  uint32_t i_ = 0, n_ = 0;
  bool tfs_decoded_ = false;
  uint32_t pos_i_ = 0;
  const uint8_t* pos_p_ = nullptr;
  uint32_t docs_[kBlockSize];
  uint32_t ttf_[kBlockSize];
  uint32_t btf_[kBlockSize];
};

}  // namespace marsad::search_internal

#endif  // MARSAD_SEARCH_POSTINGS_H_
