// SearchIndex::Save / Load: the index file (doc/search_index_format.md).
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "marsad/search.h"
#include "search/index_data.h"
#include "search/index_impl.h"
#include "xxhash.h"

namespace marsad {

using search_internal::BlockMeta;
using search_internal::IndexData;
using search_internal::TermInfo;

namespace {

constexpr char kMagic[8] = {'M', 'R', 'S', 'D', 'S', 'I', 'X', '\n'};
constexpr uint32_t kVersion = 1;
// Self-test: the analyser must stem these as it did when the file was
// written, or the postings mean something else (rebuild the index).
constexpr std::string_view kSelfTest =
    "والمتحدثون الأميركية لإسرائيل وبالسعودية";

std::string AnalyzerFingerprint(const search_internal::SearchAnalyzer& an) {
  std::string out;
  TokenizedText scratch;
  an.Analyze(kSelfTest, &scratch, [&](std::string_view t, Span, bool) {
    out.append(t);
    out.push_back(' ');
  });
  return out;
}

class Writer {
 public:
  explicit Writer(std::FILE* f) : f_(f), st_(XXH64_createState()) {
    XXH64_reset(st_, 0);
  }
  ~Writer() { XXH64_freeState(st_); }
  void Bytes(const void* p, size_t n) {
    if (n == 0) return;
    if (std::fwrite(p, 1, n, f_) != n) ok_ = false;
    XXH64_update(st_, p, n);
  }
  template <typename T>
  void Pod(T v) {
    static_assert(std::is_arithmetic_v<T>);
    Bytes(&v, sizeof v);
  }
  void Str(std::string_view s) {
    Pod<uint64_t>(s.size());
    Bytes(s.data(), s.size());
  }
  template <typename T>
  void Vec(const std::vector<T>& v) {
    static_assert(std::is_arithmetic_v<T>);
    Pod<uint64_t>(v.size());
    Bytes(v.data(), v.size() * sizeof(T));
  }
  void Strs(const std::vector<std::string>& v) {
    Pod<uint64_t>(v.size());
    for (const auto& s : v) Str(s);
  }
  uint64_t digest() const { return XXH64_digest(st_); }
  bool ok() const { return ok_; }

 private:
  std::FILE* f_;
  XXH64_state_t* st_;
  bool ok_ = true;
};

class Reader {
 public:
  Reader(std::FILE* f, uint64_t size)
      : f_(f), left_(size), st_(XXH64_createState()) {
    XXH64_reset(st_, 0);
  }
  ~Reader() { XXH64_freeState(st_); }
  bool Bytes(void* p, uint64_t n) {
    if (!ok_ || n > left_) return ok_ = false;
    if (n == 0) return true;
    if (std::fread(p, 1, n, f_) != n) return ok_ = false;
    XXH64_update(st_, p, n);
    left_ -= n;
    return true;
  }
  template <typename T>
  T Pod() {
    T v{};
    Bytes(&v, sizeof v);
    return v;
  }
  // Element counts are checked against the bytes left before allocating.
  bool Count(uint64_t elem, uint64_t* n) {
    *n = Pod<uint64_t>();
    if (!ok_ || (elem > 0 && *n > left_ / elem)) return ok_ = false;
    return true;
  }
  void Str(std::string* s) {
    uint64_t n;
    if (!Count(1, &n)) return;
    s->resize(n);
    Bytes(s->data(), n);
  }
  template <typename T>
  void Vec(std::vector<T>* v) {
    uint64_t n;
    if (!Count(sizeof(T), &n)) return;
    v->resize(n);
    Bytes(v->data(), n * sizeof(T));
  }
  void Strs(std::vector<std::string>* v) {
    uint64_t n;
    if (!Count(8, &n)) return;
    v->resize(n);
    for (auto& s : *v) Str(&s);
  }
  uint64_t digest() const { return XXH64_digest(st_); }
  bool ok() const { return ok_; }
  uint64_t left() const { return left_; }

 private:
  std::FILE* f_;
  uint64_t left_;
  XXH64_state_t* st_;
  bool ok_ = true;
};

// Structural checks that make every later access in bounds.
absl::Status Validate(const IndexData& d) {
  const size_t n = d.ids.size();
  auto bad = [](std::string_view what) {
    return absl::DataLossError(
        absl::StrCat("search index file: inconsistent ", std::string(what)));
  };
  if (d.day.size() != n || d.source.size() != n || d.title_len.size() != n ||
      d.body_len.size() != n || d.doc_seg.size() != n + 1 ||
      d.tag_begin.size() != n + 1 || d.entity_begin.size() != n + 1) {
    return bad("document arrays");
  }
  if (d.seg_begin.empty() || d.seg_begin[0] != 0 ||
      d.seg_begin.back() != d.text.size()) {
    return bad("segments");
  }
  for (size_t i = 1; i < d.seg_begin.size(); ++i) {
    if (d.seg_begin[i] < d.seg_begin[i - 1]) return bad("segments");
  }
  if (d.doc_seg[0] != 0 || d.doc_seg.back() != d.seg_begin.size() - 1) {
    return bad("document segments");
  }
  for (size_t i = 0; i < n; ++i) {
    if (d.doc_seg[i + 1] <= d.doc_seg[i]) return bad("document segments");
    if (d.source[i] >= d.sources.values.size()) return bad("sources");
  }
  auto csr = [&](const std::vector<uint32_t>& begin,
                 const std::vector<uint32_t>& ids, size_t dict) {
    if (begin[0] != 0 || begin.back() != ids.size()) return false;
    for (size_t i = 0; i < n; ++i) {
      if (begin[i + 1] < begin[i]) return false;
    }
    for (uint32_t id : ids) {
      if (id >= dict) return false;
    }
    return true;
  };
  if (!csr(d.tag_begin, d.tag_ids, d.tags.values.size())) return bad("tags");
  if (!csr(d.entity_begin, d.entity_ids, d.entities.values.size())) {
    return bad("entities");
  }
  const auto& p = d.postings;
  if (p.terms.size() != d.terms.values.size()) return bad("terms");
  for (const TermInfo& t : p.terms) {
    if (t.first_block > p.blocks.size() ||
        t.num_blocks > p.blocks.size() - t.first_block ||
        (t.df == 0) != (t.num_blocks == 0)) {
      return bad("term blocks");
    }
    uint64_t count = 0;
    for (uint32_t b = t.first_block; b < t.first_block + t.num_blocks; ++b) {
      const BlockMeta& m = p.blocks[b];
      if (m.count == 0 || m.count > search_internal::kBlockSize ||
          m.last_doc >= n || m.doc_off > p.docs.size() ||
          m.tf_off > p.tfs.size() || m.pos_off > p.pos.size() ||
          (b > t.first_block && m.last_doc <= p.blocks[b - 1].last_doc)) {
        return bad("postings blocks");
      }
      count += m.count;
    }
    if (count != t.df) return bad("document frequencies");
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status SearchIndex::Save(const std::string& path) const {
  const Impl& im = *impl_;
  if (!im.finished) {
    return absl::FailedPreconditionError("SearchIndex::Save before Finish");
  }
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) {
    return absl::UnavailableError(absl::StrCat(
        path, ": cannot open for writing: ", std::strerror(errno)));
  }
  const IndexData& d = im.data;
  const SearchIndexOptions& o = im.options;
  Writer w(f);
  w.Bytes(kMagic, sizeof kMagic);
  w.Pod<uint32_t>(kVersion);
  w.Str(AnalyzerFingerprint(im.analyzer));
  w.Pod<float>(o.k1);
  w.Pod<float>(o.b);
  w.Pod<float>(o.title_boost);
  w.Pod<uint8_t>(o.variant_folding);
  w.Pod<float>(o.variant_weight);
  w.Pod<int32_t>(o.variant_min_letters);
  w.Strs(d.ids);
  w.Str(d.text);
  w.Vec(d.seg_begin);
  w.Vec(d.doc_seg);
  w.Vec(d.day);
  w.Vec(d.source);
  w.Vec(d.title_len);
  w.Vec(d.body_len);
  w.Vec(d.tag_begin);
  w.Vec(d.tag_ids);
  w.Vec(d.entity_begin);
  w.Vec(d.entity_ids);
  w.Strs(d.sources.values);
  w.Strs(d.tags.values);
  w.Strs(d.entities.values);
  w.Strs(d.terms.values);
  const auto& p = d.postings;
  w.Pod<uint64_t>(p.terms.size());
  for (const TermInfo& t : p.terms) {
    w.Pod(t.df);
    w.Pod(t.first_block);
    w.Pod(t.num_blocks);
  }
  w.Pod<uint64_t>(p.blocks.size());
  for (const BlockMeta& b : p.blocks) {
    w.Pod(b.last_doc);
    w.Pod(b.count);
    w.Pod(b.doc_off);
    w.Pod(b.tf_off);
    w.Pod(b.pos_off);
    w.Pod(b.max_tf_score);
  }
  w.Str(p.docs);
  w.Str(p.tfs);
  w.Str(p.pos);
  const uint64_t digest = w.digest();
  const bool ok = w.ok() && std::fwrite(&digest, 8, 1, f) == 1;
  if (std::fclose(f) != 0 || !ok) {
    return absl::UnavailableError(absl::StrCat(path, ": write failed"));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::unique_ptr<SearchIndex>> SearchIndex::Load(
    const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    return errno == ENOENT
               ? absl::NotFoundError(absl::StrCat(path, ": no such file"))
               : absl::UnavailableError(absl::StrCat(
                     path, ": cannot open: ", std::strerror(errno)));
  }
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> closer(f, &std::fclose);
  std::fseek(f, 0, SEEK_END);
  const long size = std::ftell(f);
  std::fseek(f, 0, SEEK_SET);
  auto corrupt = [&](std::string_view why) {
    return absl::DataLossError(
        absl::StrCat(path, ": not a valid search index: ", std::string(why)));
  };
  if (size < static_cast<long>(sizeof kMagic + 4 + 8))
    return corrupt("too short");
  Reader r(f, static_cast<uint64_t>(size) - 8);
  char magic[sizeof kMagic];
  r.Bytes(magic, sizeof magic);
  if (std::memcmp(magic, kMagic, sizeof kMagic) != 0)
    return corrupt("bad magic");
  const uint32_t version = r.Pod<uint32_t>();
  if (version != kVersion) {
    return corrupt(absl::StrCat("version ", version, " (this build reads ",
                                kVersion, ")"));
  }
  auto index = std::make_unique<SearchIndex>();
  Impl& im = *index->impl_;
  std::string fingerprint;
  r.Str(&fingerprint);
  SearchIndexOptions& o = im.options;
  o.k1 = r.Pod<float>();
  o.b = r.Pod<float>();
  o.title_boost = r.Pod<float>();
  o.variant_folding = r.Pod<uint8_t>() != 0;
  o.variant_weight = r.Pod<float>();
  o.variant_min_letters = r.Pod<int32_t>();
  IndexData& d = im.data;
  r.Strs(&d.ids);
  r.Str(&d.text);
  r.Vec(&d.seg_begin);
  r.Vec(&d.doc_seg);
  r.Vec(&d.day);
  r.Vec(&d.source);
  r.Vec(&d.title_len);
  r.Vec(&d.body_len);
  r.Vec(&d.tag_begin);
  r.Vec(&d.tag_ids);
  r.Vec(&d.entity_begin);
  r.Vec(&d.entity_ids);
  r.Strs(&d.sources.values);
  r.Strs(&d.tags.values);
  r.Strs(&d.entities.values);
  r.Strs(&d.terms.values);
  auto& p = d.postings;
  uint64_t n;
  if (r.Count(12, &n)) {
    p.terms.resize(n);
    for (TermInfo& t : p.terms) {
      t.df = r.Pod<uint32_t>();
      t.first_block = r.Pod<uint32_t>();
      t.num_blocks = r.Pod<uint32_t>();
    }
  }
  if (r.Count(36, &n)) {
    p.blocks.resize(n);
    for (BlockMeta& b : p.blocks) {
      b.last_doc = r.Pod<uint32_t>();
      b.count = r.Pod<uint32_t>();
      b.doc_off = r.Pod<uint64_t>();
      b.tf_off = r.Pod<uint64_t>();
      b.pos_off = r.Pod<uint64_t>();
      b.max_tf_score = r.Pod<float>();
    }
  }
  r.Str(&p.docs);
  r.Str(&p.tfs);
  r.Str(&p.pos);
  if (!r.ok()) return corrupt("truncated");
  if (r.left() != 0) return corrupt("trailing bytes");
  uint64_t stored = 0;
  if (std::fread(&stored, 8, 1, f) != 1 || stored != r.digest()) {
    return corrupt("checksum mismatch");
  }
  if (fingerprint != AnalyzerFingerprint(im.analyzer)) {
    return absl::FailedPreconditionError(
        absl::StrCat(path, ": built with a different analyser (stems '",
                     fingerprint, "'); rebuild the index"));
  }
  if (auto s = Validate(d); !s.ok()) return s;
  d.id_to_doc.reserve(d.ids.size());
  for (uint32_t i = 0; i < d.ids.size(); ++i) d.id_to_doc.emplace(d.ids[i], i);
  d.sources.Rebuild();
  d.tags.Rebuild();
  d.entities.Rebuild();
  d.terms.Rebuild();
  search_internal::DeriveIndexData(o, &d);
  im.finished = true;
  return index;
}

}  // namespace marsad
