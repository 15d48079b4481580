// SearchIndex::Search and MatchAll: query analysis, the conjunctive
// document-at-a-time evaluation with block-max pruning of scoring, facets,
// paging and snippets.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "marsad/search.h"
#include "search/index_data.h"
#include "search/index_impl.h"
#include "search/postings.h"
#include "search/query_parser.h"
#include "search/snippet.h"

namespace marsad {

using search_internal::IndexData;
using search_internal::kNoDay;
using search_internal::kNoDoc;
using search_internal::PostingIterator;

namespace {

// One query word: the postings of its stem and of its spelling variants.
struct Group {
  std::vector<uint32_t> terms;
  std::vector<float> weights;
  float idf = 0;
  uint64_t df = 0;  // sum over terms (an upper bound of the union)
};

struct Phrase {
  std::vector<size_t> groups;  // indices into Query::groups
  bool excluded = false;
};

struct Query {
  std::vector<Group> groups;
  std::vector<size_t> required;  // groups every match has
  std::vector<size_t> excluded;  // single excluded words
  std::vector<Phrase> phrases;
  std::vector<std::string> ignored, stems;
  // Filters.
  int32_t from = INT32_MIN, to = INT32_MAX;
  bool dated = false;
  std::vector<uint32_t> sources, tags, entities;  // empty: no filter
  bool source_filter = false, tag_filter = false, entity_filter = false;
  bool empty_result = false;  // a filter value or required word is unknown
};

class GroupIter {
 public:
  GroupIter(const search_internal::PostingStore* store, const Group& g)
      : group_(&g), its_(g.terms.size()) {
    for (size_t i = 0; i < g.terms.size(); ++i)
      its_[i].Reset(store, g.terms[i]);
    doc_ = kNoDoc;
    for (auto& it : its_) doc_ = std::min(doc_, it.doc());
  }
  uint32_t doc() const { return doc_; }
  uint32_t Advance(uint32_t target) {
    if (doc_ >= target) return doc_;
    uint32_t d = kNoDoc;
    for (auto& it : its_) d = std::min(d, it.Advance(target));
    return doc_ = d;
  }
  float UpperBound() const {
    float ub = 0;
    for (size_t i = 0; i < its_.size(); ++i) {
      if (its_[i].doc() == doc_) ub += its_[i].BlockMax() * group_->weights[i];
    }
    return ub * group_->idf;
  }
  float Score(float norm, const SearchIndexOptions& o) {
    float s = 0;
    for (size_t i = 0; i < its_.size(); ++i) {
      if (its_[i].doc() != doc_) continue;
      uint32_t ttf, btf;
      its_[i].Tfs(&ttf, &btf);
      const float tf = o.title_boost * ttf + btf;
      s += group_->weights[i] * tf * (o.k1 + 1) / (tf + norm);
    }
    return s * group_->idf;
  }
  // Positions of every member at doc(), merged ascending.
  void Positions(std::vector<uint32_t>* out) {
    out->clear();
    thread_local std::vector<uint32_t> one;
    for (auto& it : its_) {
      if (it.doc() != doc_) continue;
      it.Positions(&one);
      const size_t mid = out->size();
      out->insert(out->end(), one.begin(), one.end());
      std::inplace_merge(out->begin(), out->begin() + mid, out->end());
    }
  }

 private:
  const Group* group_;
  std::vector<PostingIterator> its_;
  uint32_t doc_;
};

float Idf(uint64_t df, size_t n) {
  const double d = static_cast<double>(std::min<uint64_t>(df, n));
  return static_cast<float>(std::log(1.0 + (n - d + 0.5) / (d + 0.5)));
}

absl::StatusOr<Query> Analyze(const SearchIndex::Impl& im,
                              const SearchRequest& req) {
  const SearchIndexOptions& o = im.options;
  const IndexData& data = im.data;
  auto parsed = search_internal::ParseQuery(
      req.query,
      {.max_bytes = o.max_query_bytes, .max_items = o.max_query_terms});
  if (!parsed.ok()) return parsed.status();
  Query q;
  thread_local TokenizedText scratch;
  auto make_group = [&](std::string_view stem) -> size_t {
    Group g;
    const uint32_t exact = data.terms.Find(stem);
    if (exact != kNoDoc) {
      g.terms.push_back(exact);
      g.weights.push_back(1.0f);
    }
    if (o.variant_folding) {
      std::string key = search_internal::SearchAnalyzer::Skeleton(
          stem, o.variant_min_letters);
      auto it = key.empty() ? data.skeletons.end() : data.skeletons.find(key);
      if (it != data.skeletons.end()) {
        for (uint32_t t : it->second) {
          if (t == exact) continue;
          // One letter inserted, dropped, changed or two swapped
          // («امريكي»/«اميركي», «مكدونالدز»/«ماكدونالدز»): a shared skeleton
          // alone also joins «مزمن» and «مزامن».
          if (!search_internal::WithinOneEdit(stem, data.terms.values[t])) {
            continue;
          }
          g.terms.push_back(t);
          g.weights.push_back(o.variant_weight);
        }
      }
    }
    for (uint32_t t : g.terms) g.df += data.postings.terms[t].df;
    g.idf = Idf(g.df, data.num_docs());
    q.stems.emplace_back(stem);
    q.groups.push_back(std::move(g));
    return q.groups.size() - 1;
  };
  size_t nterms = 0;
  for (const auto& clause : parsed->clauses) {
    std::vector<std::pair<std::string, bool>> words;  // stem, stopword
    std::vector<std::string> surface;
    im.analyzer.Analyze(clause.text, &scratch,
                        [&](std::string_view stem, Span span, bool stop) {
                          words.emplace_back(std::string(stem), stop);
                          surface.emplace_back(span.Of(clause.text));
                        });
    nterms += words.size();
    if (nterms > o.max_query_terms) {
      return absl::InvalidArgumentError(
          absl::StrCat("query has more than ", o.max_query_terms, " words"));
    }
    const bool excluded = clause.occur == search_internal::Occur::kExcluded;
    if (clause.phrase && words.size() > 1) {
      Phrase p;
      p.excluded = excluded;
      for (const auto& w : words) p.groups.push_back(make_group(w.first));
      if (!excluded) {
        q.required.insert(q.required.end(), p.groups.begin(), p.groups.end());
      }
      q.phrases.push_back(std::move(p));
      continue;
    }
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i].second && !clause.phrase) {
        q.ignored.push_back(surface[i]);
        continue;
      }
      const size_t g = make_group(words[i].first);
      (excluded ? q.excluded : q.required).push_back(g);
    }
  }
  if (q.required.empty()) {
    if (!q.excluded.empty() ||
        std::any_of(q.phrases.begin(), q.phrases.end(),
                    [](const Phrase& p) { return p.excluded; })) {
      return absl::InvalidArgumentError(
          "query has only excluded words: add a word to search for");
    }
    if (!q.ignored.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "query has only stopwords (", absl::StrJoin(q.ignored, " "), ")"));
    }
    return absl::InvalidArgumentError(
        "empty query: no words to search for (punctuation and symbols are "
        "not searched)");
  }
  for (size_t g : q.required) {
    if (q.groups[g].terms.empty()) q.empty_result = true;
  }
  // Filters: the request's and the query's together.
  std::optional<CivilDate> from = req.from, to = req.to;
  if (parsed->from && (!from || search_internal::DaysFromCivil(*parsed->from) >
                                    search_internal::DaysFromCivil(*from))) {
    from = parsed->from;
  }
  if (parsed->to && (!to || search_internal::DaysFromCivil(*parsed->to) <
                                search_internal::DaysFromCivil(*to))) {
    to = parsed->to;
  }
  if (from) q.from = search_internal::DaysFromCivil(*from);
  if (to) q.to = search_internal::DaysFromCivil(*to);
  q.dated = from || to;
  if (q.dated && q.from > q.to) q.empty_result = true;
  auto resolve = [&](const std::vector<std::string>& a,
                     const std::vector<std::string>& b,
                     const search_internal::Dict& dict,
                     std::vector<uint32_t>* out) -> bool {
    if (a.empty() && b.empty()) return false;
    for (const auto* list : {&a, &b}) {
      for (const std::string& v : *list) {
        const uint32_t id = dict.Find(v);
        if (id != kNoDoc) out->push_back(id);
      }
    }
    if (out->empty()) q.empty_result = true;
    return true;
  };
  q.source_filter =
      resolve(req.sources, parsed->sources, data.sources, &q.sources);
  q.tag_filter = resolve(req.tags, parsed->tags, data.tags, &q.tags);
  q.entity_filter =
      resolve(req.entities, parsed->entities, data.entities, &q.entities);
  return q;
}

bool AnyIn(const std::vector<uint32_t>& begin, const std::vector<uint32_t>& ids,
           uint32_t doc, const std::vector<uint32_t>& wanted) {
  for (uint32_t k = begin[doc]; k < begin[doc + 1]; ++k) {
    if (std::find(wanted.begin(), wanted.end(), ids[k]) != wanted.end()) {
      return true;
    }
  }
  return false;
}

// True when the groups occur at consecutive positions in the current doc.
bool PhraseMatches(const Phrase& p, std::vector<GroupIter>& iters) {
  thread_local std::vector<uint32_t> first, next;
  iters[p.groups[0]].Positions(&first);
  for (size_t k = 1; k < p.groups.size() && !first.empty(); ++k) {
    iters[p.groups[k]].Positions(&next);
    // Keep start positions s with s + k in `next`.
    size_t w = 0, j = 0;
    for (uint32_t s : first) {
      while (j < next.size() && next[j] < s + k) ++j;
      if (j < next.size() && next[j] == s + k) first[w++] = s;
    }
    first.resize(w);
  }
  return !first.empty();
}

// Runs the conjunction; calls `on_match` for every matching document.
template <typename OnMatch>
void Evaluate(const SearchIndex::Impl& im, const Query& q,
              std::vector<GroupIter>& iters, OnMatch&& on_match) {
  const IndexData& data = im.data;
  if (q.empty_result) return;
  std::vector<size_t> order(q.required.begin(), q.required.end());
  std::sort(order.begin(), order.end());
  order.erase(std::unique(order.begin(), order.end()), order.end());
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return q.groups[a].df < q.groups[b].df;
  });
  uint32_t d = 0;
  while (true) {
    d = iters[order[0]].Advance(d);
    if (d == kNoDoc) return;
    bool aligned = true;
    for (size_t k = 1; k < order.size(); ++k) {
      const uint32_t x = iters[order[k]].Advance(d);
      if (x != d) {
        d = x;
        aligned = false;
        break;
      }
    }
    if (!aligned) {
      if (d == kNoDoc) return;
      continue;
    }
    bool ok = true;
    if (q.dated) {
      const int32_t day = data.day[d];
      ok = day != kNoDay && day >= q.from && day <= q.to;
    }
    if (ok && q.source_filter) {
      ok = std::find(q.sources.begin(), q.sources.end(), data.source[d]) !=
           q.sources.end();
    }
    if (ok && q.tag_filter) ok = AnyIn(data.tag_begin, data.tag_ids, d, q.tags);
    if (ok && q.entity_filter) {
      ok = AnyIn(data.entity_begin, data.entity_ids, d, q.entities);
    }
    for (size_t k = 0; ok && k < q.excluded.size(); ++k) {
      ok = iters[q.excluded[k]].Advance(d) != d;
    }
    for (size_t k = 0; ok && k < q.phrases.size(); ++k) {
      const Phrase& p = q.phrases[k];
      if (p.excluded) {
        bool all = true;
        for (size_t g : p.groups) all = all && iters[g].Advance(d) == d;
        ok = !(all && PhraseMatches(p, iters));
      } else {
        ok = PhraseMatches(p, iters);
      }
    }
    if (ok) on_match(d);
    if (d == kNoDoc - 1) return;
    ++d;
  }
}

absl::Status CheckRequest(const SearchIndex::Impl& im, const SearchRequest& r) {
  const SearchIndexOptions& o = im.options;
  if (!im.finished) {
    return absl::FailedPreconditionError("SearchIndex::Search before Finish");
  }
  if (r.size == 0 || r.size > o.max_page_size) {
    return absl::InvalidArgumentError(absl::StrCat(
        "page size ", r.size, " is out of range 1..", o.max_page_size));
  }
  if (r.page == 0) {
    return absl::InvalidArgumentError("page numbers start at 1");
  }
  if (uint64_t{r.page} * r.size > o.max_result_window) {
    return absl::InvalidArgumentError(absl::StrCat(
        "page ", r.page, " of size ", r.size, " is beyond the first ",
        o.max_result_window, " results; narrow the query"));
  }
  return absl::OkStatus();
}

template <typename T>
std::vector<FacetCount> TopCounts(const std::vector<T>& counts,
                                  const std::vector<std::string>& names,
                                  size_t k) {
  std::vector<uint32_t> idx;
  for (uint32_t i = 0; i < counts.size(); ++i) {
    if (counts[i] > 0) idx.push_back(i);
  }
  auto better = [&](uint32_t a, uint32_t b) {
    return counts[a] != counts[b] ? counts[a] > counts[b] : names[a] < names[b];
  };
  if (idx.size() > k) {
    std::partial_sort(idx.begin(), idx.begin() + k, idx.end(), better);
    idx.resize(k);
  } else {
    std::sort(idx.begin(), idx.end(), better);
  }
  std::vector<FacetCount> out;
  for (uint32_t i : idx) out.push_back({names[i], counts[i]});
  return out;
}

}  // namespace

absl::StatusOr<SearchResponse> SearchIndex::Search(
    const SearchRequest& request) const {
  const Impl& im = *impl_;
  if (auto s = CheckRequest(im, request); !s.ok()) return s;
  absl::StatusOr<Query> query = Analyze(im, request);
  if (!query.ok()) return query.status();
  const Query& q = *query;
  const IndexData& data = im.data;
  const SearchIndexOptions& o = im.options;
  SearchResponse resp;
  resp.ignored = q.ignored;
  resp.terms = q.stems;

  std::vector<GroupIter> iters;
  iters.reserve(q.groups.size());
  for (const Group& g : q.groups) iters.emplace_back(&data.postings, g);
  std::vector<size_t> scored(q.required.begin(), q.required.end());
  std::sort(scored.begin(), scored.end());
  scored.erase(std::unique(scored.begin(), scored.end()), scored.end());

  const size_t k = size_t{request.page} * request.size;
  // Min-heap of (score, doc): the top k so far.
  std::vector<std::pair<float, uint32_t>> heap;
  heap.reserve(k + 1);
  auto worse = [](const std::pair<float, uint32_t>& a,
                  const std::pair<float, uint32_t>& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  };
  std::vector<uint64_t> by_source, by_tag, by_entity;
  std::vector<uint64_t> by_day;
  if (request.facets) {
    by_source.assign(data.sources.values.size(), 0);
    by_tag.assign(data.tags.values.size(), 0);
    by_entity.assign(data.entities.values.size(), 0);
    if (data.max_day >= data.min_day) {
      by_day.assign(static_cast<size_t>(data.max_day - data.min_day) + 1, 0);
    }
  }
  uint64_t total = 0;
  Evaluate(im, q, iters, [&](uint32_t d) {
    ++total;
    if (request.facets) {
      ++by_source[data.source[d]];
      for (uint32_t t = data.tag_begin[d]; t < data.tag_begin[d + 1]; ++t) {
        ++by_tag[data.tag_ids[t]];
      }
      for (uint32_t t = data.entity_begin[d]; t < data.entity_begin[d + 1];
           ++t) {
        ++by_entity[data.entity_ids[t]];
      }
      if (data.day[d] != kNoDay) ++by_day[data.day[d] - data.min_day];
    }
    // Block-max pruning: skip scoring when even the block maxima cannot
    // beat the k-th best score so far.
    if (heap.size() == k) {
      float ub = 0;
      for (size_t g : scored) ub += iters[g].UpperBound();
      if (ub <= heap.front().first) return;
    }
    float s = 0;
    for (size_t g : scored) s += iters[g].Score(data.norm[d], o);
    if (heap.size() < k) {
      heap.emplace_back(s, d);
      std::push_heap(heap.begin(), heap.end(), worse);
    } else if (s > heap.front().first) {
      std::pop_heap(heap.begin(), heap.end(), worse);
      heap.back() = {s, d};
      std::push_heap(heap.begin(), heap.end(), worse);
    }
  });
  resp.total = total;
  std::sort_heap(heap.begin(), heap.end(), worse);

  search_internal::TermSet match_terms;
  for (size_t g : scored) {
    for (uint32_t t : q.groups[g].terms)
      match_terms.insert(data.terms.values[t]);
  }
  const size_t first = size_t{request.page - 1} * request.size;
  for (size_t i = first; i < heap.size(); ++i) {
    const uint32_t d = heap[i].second;
    SearchHit h;
    h.id = data.ids[d];
    h.doc = d;
    h.score = heap[i].first;
    h.source = data.sources.values[data.source[d]];
    if (data.day[d] != kNoDay) {
      h.published = search_internal::CivilFromDays(data.day[d]);
    }
    const uint32_t s0 = data.doc_seg[d], s1 = data.doc_seg[d + 1];
    h.title = search_internal::HighlightAll(im.analyzer, data.Segment(s0),
                                            match_terms);
    std::vector<std::string_view> paras;
    for (uint32_t s = s0 + 1; s < s1; ++s) paras.push_back(data.Segment(s));
    h.snippet = search_internal::BestSnippet(im.analyzer, paras, match_terms,
                                             o.snippet_chars);
    resp.hits.push_back(std::move(h));
  }
  if (request.facets) {
    const size_t fk = request.facet_size;
    resp.facets.sources = TopCounts(by_source, data.sources.values, fk);
    resp.facets.tags = TopCounts(by_tag, data.tags.values, fk);
    resp.facets.entities = TopCounts(by_entity, data.entities.values, fk);
    for (size_t i = by_day.size(); i-- > 0;) {
      if (by_day[i] == 0) continue;
      const CivilDate c = search_internal::CivilFromDays(
          data.min_day + static_cast<int32_t>(i));
      resp.facets.days.push_back({search_internal::IsoDate(c), by_day[i]});
    }
  }
  return resp;
}

absl::StatusOr<std::vector<uint32_t>> SearchIndex::MatchAll(
    const SearchRequest& request) const {
  const Impl& im = *impl_;
  if (!im.finished) {
    return absl::FailedPreconditionError("SearchIndex::MatchAll before Finish");
  }
  absl::StatusOr<Query> query = Analyze(im, request);
  if (!query.ok()) return query.status();
  std::vector<GroupIter> iters;
  iters.reserve(query->groups.size());
  for (const Group& g : query->groups) iters.emplace_back(&im.data.postings, g);
  std::vector<uint32_t> out;
  Evaluate(im, *query, iters, [&](uint32_t d) { out.push_back(d); });
  return out;
}

}  // namespace marsad
