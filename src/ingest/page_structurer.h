// Finds the articles in an aggregator page or a JSONL record and gives each
// its title, date, source, tags, paragraphs and subheadings, with spans into
// the input.
//
//   PageStructurer structurer(&normalizer, &tokenizer, &stemmer, {});
//   std::vector<Article> articles;
//   absl::Status s = structurer.StructurePage(page_text, &articles);
//
// The page layout it reads (the seed page in data/samples is the reference):
//   title line
//   [date line: «تاريخ النشر: 8th, October 2023 GMT» or a bare date]
//   paragraphs, with short unpunctuated lines between them as subheadings
//   [«المصدر: ...»] [«كلمات دلالية: ...»]
//   [«إقرأ أيضاً:» then a related article laid out the same way] ...
// Metadata lines belong to the article they appear in. A related article
// has a date only if its own section gives one: nothing is inherited or
// invented.
//
// Errors (InvalidArgument, naming the line): a page with no text lines, or
// whose first text line is too long to be a title.
// Thread-safety: immutable after construction; share it.
#ifndef MARSAD_INGEST_PAGE_STRUCTURER_H_
#define MARSAD_INGEST_PAGE_STRUCTURER_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "ingest/markers.h"
#include "ingest/tag_grouper.h"
#include "marsad/article.h"
#include "marsad/normalizer.h"
#include "marsad/stemmer.h"
#include "marsad/tokenizer.h"

namespace marsad {

struct PageStructurerOptions {
  // A title longer than this (bytes) means the page has no title line.
  size_t max_title_bytes = 600;
  // A subheading is a body line of at most this many words, without final
  // punctuation, followed by a longer body line.
  int max_subheading_words = 14;
  // A related section whose title and every body line have at most this
  // many words and no final punctuation is a list of related headlines.
  int max_headline_list_words = 20;
  // More articles than this in one page are an error (a runaway page).
  size_t max_articles_per_page = 64;
  TagGrouperOptions tags;
};

// The fields of one JSONL record that the structurer reads.
struct RecordFields {
  std::string title;
  std::string content;
  std::string date;
  std::string source;
  std::string url;
  std::string author;
  std::vector<std::string> tags;
};

class PageStructurer {
 public:
  // All pointers must outlive the structurer.
  PageStructurer(const Normalizer* normalizer, const Tokenizer* tokenizer,
                 const Stemmer* stemmer, PageStructurerOptions options = {});

  // `page` is valid UTF-8; `first_line` is the file line number of its first
  // line. Appends the articles in page order (main first).
  absl::Status StructurePage(std::string_view page, uint64_t first_line,
                             std::vector<Article>* out) const;

  // One record: title and metadata from fields; paragraphs (and any markers
  // such as «اقرأ أيضا») from `content`'s lines.
  absl::Status StructureRecord(const RecordFields& record,
                               std::vector<Article>* out) const;

 private:
  struct LineRef {
    std::string_view text;  // trimmed
    TextRef ref;
    uint64_t line_number;
  };
  absl::Status Structure(const std::vector<LineRef>& lines, bool title_given,
                         std::vector<Article>* out) const;
  bool EndsSentence(std::string_view line) const;
  int CountWords(std::string_view line) const;

  const Normalizer* normalizer_;
  const Tokenizer* tokenizer_;
  const Stemmer* stemmer_;
  PageStructurerOptions options_;
  MarkerTable markers_;
};

// Stable id of an article: 128-bit XXH3 of its search-normalised title and
// paragraphs, as 32 hex digits. The same text from two outlets or two
// crawls gets the same id; any change of words gives another.
std::string ArticleId(const Normalizer& normalizer, const Article& article);

}  // namespace marsad

#endif  // MARSAD_INGEST_PAGE_STRUCTURER_H_
