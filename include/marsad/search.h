// Arabic-aware full-text search over analysed articles.
//
//   marsad::SearchIndex index;                       // default options
//   for (const marsad::Article& a : articles)
//     MARSAD_CHECK_OK(index.Add(marsad::SearchDocumentFromArticle(a)));
//   index.Finish();                                   // freeze; now searchable
//   marsad::SearchRequest req;
//   req.query = "«المملكة العربية» الأمريكي -النفط source=sabq
//   from=2015-01-01"; absl::StatusOr<marsad::SearchResponse> r =
//   index.Search(req); for (const marsad::SearchHit& h : r->hits)
//     std::cout << h.id << " " << h.snippet.Html() << "\n";  // <mark>…</mark>
//
// The index is derived data: it is built from articles (the store is the
// system of record) and can always be rebuilt; Save/Load keep a built index
// in one self-describing file (doc/search_index_format.md).
//
// Analysis (the same for documents and queries, src/search/search_analyzer.h):
// Tokenizer (search-level normalisation: أ إ آ -> ا, ى -> ي, ؤ/ئ folded,
// tashkeel removed) -> Stemmer::Stem (clitics «و ف ب ل ك ال», plural and
// feminine suffixes) -> one term per word. «والمتحدث» and «المتحدث» are one
// term (متحدث), «لإسرائيل» and «إسرائيل» too (اسراييل).
// Variant folding: every stem of 4+ letters also has a "skeleton" (hamza
// seats unified, doubled letters collapsed, and from 5 letters medial
// ا و ي ء dropped); a query term matches every indexed stem with its
// skeleton that is at most one letter edit (insert, drop, change, swap) away,
// scored slightly below the exact stem,
// so «الأمريكي» (امريكي) finds «الأميركي» (اميركي) and «مسؤول» finds «مسئول».
//
// Query syntax (src/search/query_parser.h): words (all required by default),
// "phrase" or «عبارة» (adjacent words), +word (required), -word (excluded;
// also «-كلمة» written before an Arabic word), and filters key=value or
// key:value with keys from, to (YYYY-MM-DD, inclusive), source, tag, entity.
// Stopwords (في، من، على ...) are dropped outside phrases.
//
// Ranking: BM25 over title and body with the title's term frequency boosted
// (BM25F-style), top-k by block-max pruning: postings are delta/varint
// coded in blocks of 128 documents, each with the largest score any of its
// documents can reach, and blocks that cannot enter the current top-k are
// not decoded for scoring. Totals and facets are exact.
//
// Thread-safety: Add and Finish must not run concurrently with anything
// else; after Finish the index is immutable and Search may be called from
// many threads.
#ifndef MARSAD_SEARCH_H_
#define MARSAD_SEARCH_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "marsad/article.h"
#include "marsad/date_parser.h"
#include "marsad/span.h"

namespace marsad {

// What the index needs from an article. Strings are UTF-8; invalid UTF-8 is
// refused by Add.
struct SearchDocument {
  std::string id;  // unique (Article::id)
  std::string title;
  std::vector<std::string> paragraphs;  // original spelling, shown in snippets
  std::string source;
  std::optional<CivilDate> published;
  std::vector<std::string> tags;
  // Canonical entities (their names, PER/ORG/LOC): the entity= filter and
  // the entity facet read them; the store gives one name to «نتانياهو» and
  // «نتنياهو».
  std::vector<std::string> entity_ids;
};

// Copies the fields the index reads from an analysed article.
SearchDocument SearchDocumentFromArticle(const Article& article);

struct SearchIndexOptions {
  // BM25 parameters. Title occurrences count `title_boost` times.
  float k1 = 1.2f;
  float b = 0.75f;
  float title_boost = 3.0f;
  // Variant folding (see above); a variant stem scores `variant_weight` of
  // an exact one. Off: exact stems only (ablation in the benchmark).
  bool variant_folding = true;
  float variant_weight = 0.8f;
  // Stems shorter than this many letters keep their medial vowels in the
  // skeleton (short skeletons collide: «سعدي» would match «سعودي»).
  int variant_min_letters = 5;
  // Add refuses larger documents (InvalidArgument): title + paragraphs bytes.
  size_t max_document_bytes = 8u << 20;
  // Limits on requests (Search returns InvalidArgument beyond them).
  size_t max_query_bytes = 4096;
  size_t max_query_terms = 32;  // words + phrase words + filters
  uint32_t max_page_size = 100;
  uint32_t max_result_window = 10000;  // page * size
  // Snippet length (characters, approximate).
  uint32_t snippet_chars = 220;
};

struct SearchRequest {
  std::string query;
  // Filters besides those written in the query (the HTTP API's from=, to=,
  // source=, tag=, entity=). Several values of one key: any of them; keys
  // combine with AND. Dates are inclusive.
  std::optional<CivilDate> from;
  std::optional<CivilDate> to;
  std::vector<std::string> sources;
  std::vector<std::string> tags;
  std::vector<std::string> entities;
  uint32_t page = 1;  // 1-based
  uint32_t size = 10;
  bool facets = true;
  uint32_t facet_size = 10;  // top values per facet (days: all, newest first)
};

// Text with highlighted ranges (byte spans into `text`, sorted, disjoint).
// `text` is the original spelling; marks cover whole words as written
// («والمتحدث» is marked whole when the query says «المتحدث»).
struct Highlighted {
  std::string text;
  std::vector<Span> marks;
  // HTML-escaped text with <mark>…</mark> around the marks.
  std::string Html() const;
};

struct SearchHit {
  std::string id;
  uint32_t doc = 0;  // insertion number (0-based), stable for this index
  float score = 0;
  std::string source;
  std::optional<CivilDate> published;
  Highlighted title;
  Highlighted snippet;  // best passage of the body, "…" where cut
};

struct FacetCount {
  std::string value;  // source name, "YYYY-MM-DD", tag or entity id
  uint64_t count = 0;
};

struct SearchFacets {
  std::vector<FacetCount> sources;   // by count
  std::vector<FacetCount> days;      // by date, newest first
  std::vector<FacetCount> tags;      // top by count
  std::vector<FacetCount> entities;  // top by count
};

struct SearchResponse {
  uint64_t total = 0;  // exact number of matching documents
  std::vector<SearchHit> hits;
  SearchFacets facets;
  // Query words dropped as stopwords, and the terms actually searched
  // (stems), for "did you mean" style feedback.
  std::vector<std::string> ignored;
  std::vector<std::string> terms;
};

class SearchIndex {
 public:
  explicit SearchIndex(SearchIndexOptions options = {});
  ~SearchIndex();
  SearchIndex(const SearchIndex&) = delete;
  SearchIndex& operator=(const SearchIndex&) = delete;

  const SearchIndexOptions& options() const;

  // Adds one document. InvalidArgument: invalid UTF-8 (naming the field and
  // byte), empty id, too large; AlreadyExists: the id was added before;
  // FailedPrecondition: after Finish; ResourceExhausted past 2^32-2 docs.
  absl::Status Add(const SearchDocument& doc);

  // Freezes the index (computes the block maxima). Idempotent.
  absl::Status Finish();
  bool finished() const;

  size_t num_documents() const;
  size_t num_terms() const;
  // Bytes held by postings, positions and stored text.
  size_t memory_bytes() const;

  // InvalidArgument with the reason for an empty query, a query of only
  // stopwords or punctuation, one too long or with too many terms, a bad
  // date, a page size of 0 or above max_page_size, a page past
  // max_result_window; FailedPrecondition before Finish.
  absl::StatusOr<SearchResponse> Search(const SearchRequest& request) const;

  // Every matching document's insertion number, ascending (no ranking, no
  // paging): for evaluations such as the variant-recall test.
  absl::StatusOr<std::vector<uint32_t>> MatchAll(
      const SearchRequest& request) const;

  // Writes the finished index to `path` (doc/search_index_format.md).
  absl::Status Save(const std::string& path) const;
  // Reads an index written by Save. DataLoss for a corrupt or truncated
  // file (checked: magic, version, checksum, every length), NotFound.
  static absl::StatusOr<std::unique_ptr<SearchIndex>> Load(
      const std::string& path);

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace marsad

#endif  // MARSAD_SEARCH_H_
