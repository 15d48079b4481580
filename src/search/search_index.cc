// SearchIndex: building (Add/Finish) and the public accessors. Query
// evaluation is in search_query.cc, snippets in snippet.cc, the file in
// index_file.cc.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "base/utf8.h"
#include "marsad/search.h"
#include "search/index_data.h"
#include "search/index_impl.h"

namespace marsad {

using search_internal::BlockMeta;
using search_internal::kNoDay;
using search_internal::PostingBuilder;
using search_internal::TermInfo;

namespace search_internal {

// Howard Hinnant's days_from_civil.
int32_t DaysFromCivil(const CivilDate& d) {
  int y = d.year - (d.month <= 2);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>((d.month + 9) % 12);
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(d.day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int32_t>(doe) - 719468;
}

CivilDate CivilFromDays(int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return CivilDate{y + (m <= 2), static_cast<int>(m), static_cast<int>(d)};
}

std::string IsoDate(const CivilDate& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

void DeriveIndexData(const SearchIndexOptions& o, IndexData* data) {
  const size_t n = data->num_docs();
  double total = 0;
  for (size_t d = 0; d < n; ++d) {
    total += o.title_boost * data->title_len[d] + data->body_len[d];
  }
  const double avgdl = n == 0 || total == 0 ? 1.0 : total / n;
  data->norm.resize(n);
  for (size_t d = 0; d < n; ++d) {
    const double dl = o.title_boost * data->title_len[d] + data->body_len[d];
    data->norm[d] = static_cast<float>(o.k1 * (1.0 - o.b + o.b * dl / avgdl));
  }
  data->skeletons.clear();
  if (o.variant_folding) {
    for (uint32_t t = 0; t < data->terms.values.size(); ++t) {
      std::string key = SearchAnalyzer::Skeleton(data->terms.values[t],
                                                 o.variant_min_letters);
      if (!key.empty()) data->skeletons[key].push_back(t);
    }
  }
  data->min_day = 0;
  data->max_day = -1;
  bool any = false;
  for (int32_t day : data->day) {
    if (day == kNoDay) continue;
    if (!any || day < data->min_day) data->min_day = day;
    if (!any || day > data->max_day) data->max_day = day;
    any = true;
  }
}

}  // namespace search_internal

SearchDocument SearchDocumentFromArticle(const Article& a) {
  SearchDocument d;
  d.id = a.id;
  d.title = a.title;
  d.paragraphs.reserve(a.paragraphs.size());
  for (const Paragraph& p : a.paragraphs) d.paragraphs.push_back(p.text);
  d.source = a.source;
  d.published = a.published;
  d.tags = a.tags;
  // Canonical entities by name: «نتانياهو» and «نتنياهو» are one entity in
  // the store, so one facet value and one entity= filter.
  for (const Entity& e : a.canonical) {
    if (e.type == "MISC" || e.name.empty()) continue;
    if (std::find(d.entity_ids.begin(), d.entity_ids.end(), e.name) ==
        d.entity_ids.end()) {
      d.entity_ids.push_back(e.name);
    }
  }
  return d;
}

std::string Highlighted::Html() const {
  std::string out;
  out.reserve(text.size() + marks.size() * 13);
  auto escape = [&](std::string_view s) {
    for (char c : s) {
      switch (c) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        case '\'':
          out += "&#39;";
          break;
        default:
          out.push_back(c);
      }
    }
  };
  uint32_t at = 0;
  const std::string_view t(text);
  for (const Span& m : marks) {
    if (m.begin < at || m.end > t.size() || m.begin > m.end) continue;
    escape(t.substr(at, m.begin - at));
    out += "<mark>";
    escape(t.substr(m.begin, m.end - m.begin));
    out += "</mark>";
    at = m.end;
  }
  escape(t.substr(at));
  return out;
}

SearchIndex::SearchIndex(SearchIndexOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
}
SearchIndex::~SearchIndex() = default;

const SearchIndexOptions& SearchIndex::options() const {
  return impl_->options;
}
bool SearchIndex::finished() const { return impl_->finished; }
size_t SearchIndex::num_documents() const { return impl_->data.num_docs(); }
size_t SearchIndex::num_terms() const {
  return impl_->data.terms.values.size();
}
size_t SearchIndex::memory_bytes() const {
  const auto& d = impl_->data;
  const auto& p = d.postings;
  size_t b = d.text.size() + p.docs.size() + p.tfs.size() + p.pos.size() +
             p.blocks.size() * sizeof(BlockMeta) +
             p.terms.size() * sizeof(TermInfo);
  for (const PostingBuilder& pb : impl_->building) {
    b += pb.docs.size() + pb.tfs.size() + pb.pos.size() +
         pb.blocks.size() * sizeof(BlockMeta);
  }
  return b;
}

namespace {

absl::Status CheckUtf8(std::string_view s, const std::string& doc,
                       std::string_view field) {
  if (auto bad = utf8::FindInvalid(s)) {
    return absl::InvalidArgumentError(
        absl::StrCat("document '", doc, "': ", std::string(field),
                     ": invalid UTF-8 at byte ", *bad));
  }
  return absl::OkStatus();
}

// Positions between title and body and between paragraphs, so that a
// phrase never spans two of them.
constexpr uint32_t kSegmentGap = 16;

}  // namespace

absl::Status SearchIndex::Add(const SearchDocument& doc) {
  Impl& im = *impl_;
  auto& data = im.data;
  if (im.finished) {
    return absl::FailedPreconditionError("SearchIndex::Add after Finish");
  }
  if (doc.id.empty()) {
    return absl::InvalidArgumentError("document with an empty id");
  }
  if (data.num_docs() >= search_internal::kNoDoc - 1) {
    return absl::ResourceExhaustedError("search index is full (2^32-2 docs)");
  }
  size_t bytes = doc.title.size();
  for (const std::string& p : doc.paragraphs) bytes += p.size();
  if (bytes > im.options.max_document_bytes) {
    return absl::InvalidArgumentError(absl::StrCat(
        "document '", doc.id, "' is ", bytes, " bytes of text; the limit is ",
        im.options.max_document_bytes));
  }
  if (auto s = CheckUtf8(doc.id, "?", "id"); !s.ok()) return s;
  if (auto s = CheckUtf8(doc.title, doc.id, "title"); !s.ok()) return s;
  for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
    if (auto s =
            CheckUtf8(doc.paragraphs[i], doc.id, absl::StrCat("paragraph ", i));
        !s.ok()) {
      return s;
    }
  }
  if (auto s = CheckUtf8(doc.source, doc.id, "source"); !s.ok()) return s;
  for (const std::string& t : doc.tags) {
    if (auto s = CheckUtf8(t, doc.id, "tag"); !s.ok()) return s;
  }
  for (const std::string& e : doc.entity_ids) {
    if (auto s = CheckUtf8(e, doc.id, "entity id"); !s.ok()) return s;
  }
  const uint32_t docno = static_cast<uint32_t>(data.num_docs());
  if (!data.id_to_doc.try_emplace(doc.id, docno).second) {
    return absl::AlreadyExistsError(
        absl::StrCat("document '", doc.id, "' was already added"));
  }

  // Analyse: (term, position) pairs, title first.
  struct Occ {
    uint32_t term, pos;
  };
  thread_local std::vector<Occ> occ;
  thread_local TokenizedText scratch;
  thread_local std::string pos_scratch;
  thread_local std::vector<uint32_t> positions;
  occ.clear();
  uint32_t pos = 0;
  auto add_segment = [&](std::string_view s) {
    data.text.append(s);
    data.seg_begin.push_back(data.text.size());
    im.analyzer.Analyze(s, &scratch, [&](std::string_view term, Span, bool) {
      occ.push_back({data.terms.Intern(term), pos++});
    });
  };
  add_segment(doc.title);
  const uint32_t title_end = pos;
  for (const std::string& p : doc.paragraphs) {
    pos += kSegmentGap;
    add_segment(p);
  }
  data.doc_seg.push_back(static_cast<uint32_t>(data.seg_begin.size() - 1));
  data.ids.push_back(doc.id);
  data.title_len.push_back(title_end);
  data.body_len.push_back(static_cast<uint32_t>(occ.size()) - title_end);
  data.day.push_back(
      doc.published ? search_internal::DaysFromCivil(*doc.published) : kNoDay);
  data.source.push_back(data.sources.Intern(doc.source));
  auto add_csr = [](const std::vector<std::string>& values,
                    search_internal::Dict* dict, std::vector<uint32_t>* begin,
                    std::vector<uint32_t>* ids) {
    const size_t start = ids->size();
    for (const std::string& v : values) {
      const uint32_t id = dict->Intern(v);
      if (std::find(ids->begin() + start, ids->end(), id) == ids->end()) {
        ids->push_back(id);
      }
    }
    begin->push_back(static_cast<uint32_t>(ids->size()));
  };
  add_csr(doc.tags, &data.tags, &data.tag_begin, &data.tag_ids);
  add_csr(doc.entity_ids, &data.entities, &data.entity_begin, &data.entity_ids);

  if (im.building.size() < data.terms.values.size()) {
    im.building.resize(data.terms.values.size());
  }
  std::stable_sort(occ.begin(), occ.end(),
                   [](const Occ& a, const Occ& b) { return a.term < b.term; });
  for (size_t i = 0; i < occ.size();) {
    size_t j = i;
    uint32_t ttf = 0;
    positions.clear();
    while (j < occ.size() && occ[j].term == occ[i].term) {
      if (occ[j].pos < title_end) ++ttf;
      positions.push_back(occ[j].pos);
      ++j;
    }
    im.building[occ[i].term].Add(
        docno, ttf, static_cast<uint32_t>(j - i) - ttf, positions.data(),
        static_cast<uint32_t>(positions.size()), &pos_scratch);
    i = j;
  }
  return absl::OkStatus();
}

absl::Status SearchIndex::Finish() {
  Impl& im = *impl_;
  if (im.finished) return absl::OkStatus();
  auto& data = im.data;
  auto& store = data.postings;
  const SearchIndexOptions& o = im.options;
  search_internal::DeriveIndexData(o, &data);
  im.building.resize(data.terms.values.size());
  size_t docs_bytes = 0, tfs_bytes = 0, pos_bytes = 0, nblocks = 0;
  for (const PostingBuilder& b : im.building) {
    docs_bytes += b.docs.size();
    tfs_bytes += b.tfs.size();
    pos_bytes += b.pos.size();
    nblocks += b.blocks.size();
  }
  store.docs.reserve(docs_bytes);
  store.tfs.reserve(tfs_bytes);
  store.pos.reserve(pos_bytes);
  store.blocks.reserve(nblocks);
  store.terms.resize(im.building.size());
  for (size_t t = 0; t < im.building.size(); ++t) {
    PostingBuilder& b = im.building[t];
    TermInfo& info = store.terms[t];
    info.df = b.df;
    info.first_block = static_cast<uint32_t>(store.blocks.size());
    info.num_blocks = static_cast<uint32_t>(b.blocks.size());
    const auto* dp = reinterpret_cast<const uint8_t*>(b.docs.data());
    const auto* de = dp + b.docs.size();
    const auto* tp = reinterpret_cast<const uint8_t*>(b.tfs.data());
    const auto* te = tp + b.tfs.size();
    uint32_t doc = 0;
    for (BlockMeta m : b.blocks) {
      float best = 0;
      for (uint32_t k = 0; k < m.count; ++k) {
        uint32_t delta, ttf, btf;
        dp = search_internal::GetVarint(dp, de, &delta);
        doc += delta;
        tp = search_internal::GetVarint(tp, te, &ttf);
        tp = search_internal::GetVarint(tp, te, &btf);
        const float tf = o.title_boost * ttf + btf;
        best = std::max(best, tf * (o.k1 + 1) / (tf + data.norm[doc]));
      }
      m.max_tf_score = best;
      m.doc_off += store.docs.size();
      m.tf_off += store.tfs.size();
      m.pos_off += store.pos.size();
      store.blocks.push_back(m);
    }
    store.docs += b.docs;
    store.tfs += b.tfs;
    store.pos += b.pos;
    b = PostingBuilder();
  }
  im.building.clear();
  im.building.shrink_to_fit();
  im.finished = true;
  return absl::OkStatus();
}

}  // namespace marsad
