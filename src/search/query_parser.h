// The search query language (see marsad/search.h), parsed into clauses
// before analysis:
//
//   auto q = ParseQuery("«المملكة العربية» +النفط -ايران source=sabq "
//                       "from=2015-01-01", {});
//   // clauses: phrase [المملكة, العربية]; required word النفط;
//   //          excluded word ايران.  filters: sources {sabq}, from 2015-01-01.
//
// Syntax: whitespace separates items. "…", «…» and “…” make a phrase (an
// unclosed quote runs to the end). A leading + requires, a leading - or
// U+2212 excludes — also directly before an Arabic word, as Arabic users
// type it («-السعودية»), and before a quote (-"…"); a lone + or - is
// ignored. key=value or key:value
// with key from, to (YYYY-MM-DD), source, tag, entity is a filter; a value
// may be quoted: source="سبق الإلكترونية". Anything else is a word.
//
// Errors (InvalidArgument, with the reason): invalid UTF-8 (byte offset),
// more than max_bytes, more than max_items clauses + filters, a bad date,
// an empty filter value. Never reads outside the input.
#ifndef MARSAD_SEARCH_QUERY_PARSER_H_
#define MARSAD_SEARCH_QUERY_PARSER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "marsad/date_parser.h"

namespace marsad::search_internal {

enum class Occur { kDefault, kRequired, kExcluded };

struct QueryClause {
  Occur occur = Occur::kDefault;
  bool phrase = false;
  std::string text;  // as written, without the quotes and the +/- sign
};

struct ParsedQuery {
  std::vector<QueryClause> clauses;
  std::optional<CivilDate> from;
  std::optional<CivilDate> to;
  std::vector<std::string> sources;
  std::vector<std::string> tags;
  std::vector<std::string> entities;
};

struct QueryParserOptions {
  size_t max_bytes = 4096;
  size_t max_items = 32;  // clauses + filters
};

absl::StatusOr<ParsedQuery> ParseQuery(std::string_view query,
                                       const QueryParserOptions& options);

// "YYYY-MM-DD" with a real calendar day (1..9999), else nullopt.
std::optional<CivilDate> ParseIsoDate(std::string_view s);

}  // namespace marsad::search_internal

#endif  // MARSAD_SEARCH_QUERY_PARSER_H_
