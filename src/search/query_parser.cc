#include "search/query_parser.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "base/utf8.h"

namespace marsad::search_internal {
namespace {

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v' || c == 0x00A0 || (c >= 0x2000 && c <= 0x200B) ||
         c == 0x200E || c == 0x200F || c == 0x202F || c == 0x3000;
}

// The closing quote for an opening one, or 0.
char32_t CloserOf(char32_t c) {
  switch (c) {
    case '"':
      return '"';
    case 0x00AB:  // «
      return 0x00BB;
    case 0x201C:  // “
      return 0x201D;
    case 0x201D:  // ” used as an opener in right-to-left typing
      return 0x201D;
    default:
      return 0;
  }
}

class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}
  bool done() const { return i_ >= s_.size(); }
  size_t pos() const { return i_; }
  char32_t Peek() const {
    size_t j = i_;
    return utf8::Decode(s_, &j);
  }
  char32_t Next() { return utf8::Decode(s_, &i_); }
  void SkipSpaces() {
    while (!done() && IsSpace(Peek())) Next();
  }
  // Text up to (not including) `closer` or the end; consumes the closer.
  std::string_view Until(char32_t closer) {
    const size_t begin = i_;
    while (!done()) {
      const size_t at = i_;
      if (Next() == closer) return s_.substr(begin, at - begin);
    }
    return s_.substr(begin);
  }
  // Text up to the next space or the end.
  std::string_view Item() {
    const size_t begin = i_;
    while (!done() && !IsSpace(Peek())) Next();
    return s_.substr(begin, i_ - begin);
  }

 private:
  std::string_view s_;
  size_t i_ = 0;
};

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

}  // namespace

std::optional<CivilDate> ParseIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto num = [&](size_t b, size_t n) -> int {
    int v = 0;
    for (size_t k = b; k < b + n; ++k) {
      if (s[k] < '0' || s[k] > '9') return -1;
      v = v * 10 + (s[k] - '0');
    }
    return v;
  };
  const int y = num(0, 4), m = num(5, 2), d = num(8, 2);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) {
    return std::nullopt;
  }
  return CivilDate{y, m, d};
}

absl::StatusOr<ParsedQuery> ParseQuery(std::string_view query,
                                       const QueryParserOptions& options) {
  if (query.size() > options.max_bytes) {
    return absl::InvalidArgumentError(absl::StrCat(
        "query is ", query.size(), " bytes; the limit is ", options.max_bytes));
  }
  if (auto bad = utf8::FindInvalid(query)) {
    return absl::InvalidArgumentError(
        absl::StrCat("query: invalid UTF-8 at byte ", *bad));
  }
  ParsedQuery out;
  size_t items = 0;
  auto count = [&]() -> absl::Status {
    if (++items > options.max_items) {
      return absl::InvalidArgumentError(absl::StrCat(
          "query has more than ", options.max_items, " words and filters"));
    }
    return absl::OkStatus();
  };
  Cursor c(query);
  while (true) {
    c.SkipSpaces();
    if (c.done()) break;
    Occur occur = Occur::kDefault;
    const char32_t first = c.Peek();
    if (first == '+' || first == '-' || first == 0x2212) {
      c.Next();
      if (c.done() || IsSpace(c.Peek())) continue;  // a lone sign
      occur = first == '+' ? Occur::kRequired : Occur::kExcluded;
    }
    if (const char32_t closer = CloserOf(c.Peek())) {
      c.Next();
      std::string_view text = c.Until(closer);
      if (text.empty()) continue;
      if (auto s = count(); !s.ok()) return s;
      out.clauses.push_back({occur, true, std::string(text)});
      continue;
    }
    const size_t item_begin = c.pos();
    std::string_view item = c.Item();
    if (occur == Occur::kDefault) {
      const size_t sep = item.find_first_of("=:");
      if (sep != std::string_view::npos && sep > 0) {
        const std::string_view key = item.substr(0, sep);
        const bool known = key == "from" || key == "to" || key == "source" ||
                           key == "tag" || key == "entity";
        if (known) {
          std::string_view value = item.substr(sep + 1);
          // A quoted value may hold spaces: source="سبق الإلكترونية".
          if (!value.empty()) {
            size_t j = 0;
            const char32_t q = utf8::Decode(value, &j);
            if (const char32_t closer = CloserOf(q)) {
              Cursor v(query.substr(item_begin + sep + 1 + j));
              value = v.Until(closer);
              // Re-position the main cursor after the closing quote.
              const size_t consumed = item_begin + sep + 1 + j + v.pos();
              // (When the closer was inside the item, the rest is dropped.)
              while (c.pos() < consumed && !c.done()) c.Next();
            }
          }
          if (value.empty()) {
            return absl::InvalidArgumentError(absl::StrCat(
                "query: filter '", std::string(key), "' has no value"));
          }
          if (auto s = count(); !s.ok()) return s;
          if (key == "from" || key == "to") {
            std::optional<CivilDate> d = ParseIsoDate(value);
            if (!d) {
              return absl::InvalidArgumentError(absl::StrCat(
                  "query: ", std::string(key), "=", std::string(value),
                  " is not a date (YYYY-MM-DD)"));
            }
            (key == "from" ? out.from : out.to) = *d;
          } else if (key == "source") {
            out.sources.emplace_back(value);
          } else if (key == "tag") {
            out.tags.emplace_back(value);
          } else {
            out.entities.emplace_back(value);
          }
          continue;
        }
      }
    }
    if (auto s = count(); !s.ok()) return s;
    out.clauses.push_back({occur, false, std::string(item)});
  }
  return out;
}

}  // namespace marsad::search_internal
