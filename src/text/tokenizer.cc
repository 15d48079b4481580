#include "marsad/tokenizer.h"

#include <algorithm>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "base/utf8.h"
#include "text/char_class.h"

namespace marsad {
namespace {

using text_internal::CharClass;
using text_internal::CharClasses;

// Decodes the character at s[i] without reading past n. Invalid bytes (only
// possible when TokenizeTo's precondition is violated) decode as U+FFFD of
// length 1.
inline char32_t DecodeAt(const unsigned char* s, size_t n, size_t i,
                         size_t* len) {
  const unsigned char b = s[i];
  if (b < 0x80) {
    *len = 1;
    return b;
  }
  if (b >= 0xC2 && b < 0xE0 && i + 1 < n) {
    *len = 2;
    return ((b & 0x1F) << 6) | (s[i + 1] & 0x3F);
  }
  if (b >= 0xE0 && b < 0xF0 && i + 2 < n) {
    *len = 3;
    return ((b & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
  }
  if (b >= 0xF0 && b < 0xF5 && i + 3 < n) {
    *len = 4;
    return ((b & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) |
           ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
  }
  *len = 1;
  return 0xFFFD;
}

inline bool IsAsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}
inline bool IsAsciiAlpha(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline unsigned char AsciiLower(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

// Top-level domains that make "name.tld" a URL without scheme or www.
constexpr std::string_view kTlds[] = {
    "com",  "net", "org", "gov", "edu", "info", "biz", "io", "int", "mil",
    "news", "tv",  "sa",  "ae",  "eg",  "qa",   "kw",  "bh", "om",  "jo",
    "lb",   "sy",  "iq",  "ps",  "ye",  "ly",   "tn",  "dz", "ma",  "sd",
    "mr",   "uk",  "fr",  "de",  "ru",  "cn",   "tr",  "ir", "il",  "us",
};

class Scanner {
 public:
  Scanner(std::string_view text, std::vector<Token>* tokens)
      : s_(reinterpret_cast<const unsigned char*>(text.data())),
        n_(text.size()),
        classes_(CharClasses::Get()),
        tokens_(tokens) {}

  void Run() {
    size_t i = 0;
    while (i < n_) {
      if (s_[i] == ' ') {
        ++i;
        continue;
      }
      size_t len;
      const char32_t c = DecodeAt(s_, n_, i, &len);
      const CharClass k = classes_.Of(c);
      switch (k) {
        case text_internal::kSpace:
        case text_internal::kNewline:
          i += len;
          break;
        case text_internal::kArabic:
          i = Push(TokenKind::kArabicWord, i, ScanArabicWord(i + len));
          break;
        case text_internal::kLetter:
          i = ScanLetterStart(i, c, len);
          break;
        case text_internal::kDigit: {
          const size_t email = c < 0x80 ? MatchEmail(i) : 0;
          if (email != 0) {
            i = Push(TokenKind::kEmail, i, email);
          } else {
            i = Push(TokenKind::kNumber, i, ScanNumber(i));
          }
          break;
        }
        case text_internal::kQuote:
          i = Push(TokenKind::kQuote, i, SkipMarks(i + len));
          break;
        case text_internal::kPunct:
          i = ScanPunct(i, c, len);
          break;
        case text_internal::kMark:
        case text_internal::kSymbol:
          i = Push(TokenKind::kSymbol, i, SkipMarks(i + len));
          break;
      }
    }
  }

 private:
  // Appends into slots resized ahead of time (a plain store instead of a
  // non-inlined push_back per token); Finish() trims the vector.
  size_t Push(TokenKind kind, size_t begin, size_t end) {
    if (count_ == tokens_->size()) [[unlikely]] {
      tokens_->resize(std::max<size_t>(2 * tokens_->size(), 256));
    }
    Token& t = (*tokens_)[count_++];
    t.kind = kind;
    t.norm = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
    return end;
  }

 public:
  void Finish() { tokens_->resize(count_); }

 private:
  CharClass ClassAt(size_t i, size_t* len, char32_t* c = nullptr) const {
    const char32_t cp = DecodeAt(s_, n_, i, len);
    if (c != nullptr) *c = cp;
    return classes_.Of(cp);
  }

  size_t SkipMarks(size_t j) const {
    size_t len;
    while (j < n_ && s_[j] >= 0x80 &&
           ClassAt(j, &len) == text_internal::kMark) {
      j += len;
    }
    return j;
  }

  // Arabic letters, tatweel and marks.
  size_t ScanArabicWord(size_t j) const {
    // Fast path: 2-byte characters (the Arabic block and its supplement).
    if (n_ > 0) {
      const unsigned char* p = s_ + j;
      const unsigned char* last = s_ + n_ - 1;
      const bool* pair = classes_.arabic_pair();
      while (p < last && pair[p[0] | (p[1] << 8)]) p += 2;
      j = p - s_;
    }
    while (j < n_) {
      const unsigned char b = s_[j];
      if (b < 0x80) break;
      size_t len;
      const CharClass k = ClassAt(j, &len);
      if (k != text_internal::kArabic && k != text_internal::kMark) break;
      j += len;
    }
    return j;
  }

  // Letters of other scripts, marks, ASCII digits, and an apostrophe
  // (' or ’) between letters: iPhone15, O'Brien, don't.
  size_t ScanLatinWord(size_t j) const {
    while (j < n_) {
      const unsigned char b = s_[j];
      if (b < 0x80) {
        if (IsAsciiAlnum(b)) {
          ++j;
          continue;
        }
        if (b == '\'' && j + 1 < n_ && NextIsLetter(j + 1)) {
          j += 1;
          continue;
        }
        break;
      }
      size_t len;
      char32_t c;
      const CharClass k = ClassAt(j, &len, &c);
      if (k == text_internal::kLetter || k == text_internal::kMark) {
        j += len;
      } else if (c == 0x2019 && NextIsLetter(j + len)) {
        j += len;
      } else {
        break;
      }
    }
    return j;
  }

  bool NextIsLetter(size_t j) const {
    if (j >= n_) return false;
    size_t len;
    return ClassAt(j, &len) == text_internal::kLetter;
  }

  bool StartsWithLower(size_t i, std::string_view prefix) const {
    if (n_ - i < prefix.size()) return false;
    for (size_t k = 0; k < prefix.size(); ++k) {
      if (AsciiLower(s_[i + k]) != static_cast<unsigned char>(prefix[k])) {
        return false;
      }
    }
    return true;
  }

  size_t ScanLetterStart(size_t i, char32_t c, size_t len) {
    if (c < 0x80) {
      if (size_t e = MatchUrl(i); e != 0) return Push(TokenKind::kUrl, i, e);
      if (size_t e = MatchEmail(i); e != 0) {
        return Push(TokenKind::kEmail, i, e);
      }
      if (size_t e = MatchBareDomain(i); e != 0) {
        return Push(TokenKind::kUrl, i, e);
      }
    }
    return Push(TokenKind::kLatinWord, i, ScanLatinWord(i + len));
  }

  // http://, https://, ftp://, www. ; returns the end or 0.
  size_t MatchUrl(size_t i) const {
    size_t body;
    if (StartsWithLower(i, "http://")) {
      body = i + 7;
    } else if (StartsWithLower(i, "https://")) {
      body = i + 8;
    } else if (StartsWithLower(i, "ftp://")) {
      body = i + 6;
    } else if (StartsWithLower(i, "www.")) {
      body = i + 4;
    } else {
      return 0;
    }
    if (body >= n_ || !IsAsciiAlnum(s_[body])) return 0;
    return ScanUrlBody(body);
  }

  // Everything up to a space, quote, angle bracket or Arabic punctuation,
  // minus trailing sentence punctuation and unbalanced closing brackets.
  size_t ScanUrlBody(size_t j) const {
    const size_t start = j;
    int parens = 0;
    while (j < n_) {
      const unsigned char b = s_[j];
      if (b < 0x80) {
        if (b <= ' ' || b == '"' || b == '\'' || b == '<' || b == '>' ||
            b == '`' || b == '{' || b == '}' || b == '|' || b == '\\' ||
            b == '^' || b == 0x7F) {
          break;
        }
        if (b == '(') ++parens;
        if (b == ')') --parens;
        ++j;
        continue;
      }
      size_t len;
      char32_t c;
      const CharClass k = ClassAt(j, &len, &c);
      if (k == text_internal::kSpace || k == text_internal::kNewline ||
          k == text_internal::kQuote || c == 0x060C || c == 0x061B ||
          c == 0x061F) {
        break;
      }
      j += len;
    }
    while (j > start) {
      const unsigned char b = s_[j - 1];
      if (b == '.' || b == ',' || b == ';' || b == ':' || b == '!' ||
          b == '?' || b == ']') {
        --j;
      } else if (b == ')' && parens < 0) {
        ++parens;
        --j;
      } else {
        break;
      }
    }
    return j;
  }

  // [a-z0-9][a-z0-9-]* ( . [a-z0-9][a-z0-9-]* )+ ; returns the end and the
  // start of the last label, or 0.
  size_t ScanDomain(size_t j, size_t* last_label) const {
    int dots = 0;
    while (true) {
      if (j >= n_ || !IsAsciiAlnum(s_[j])) return 0;
      *last_label = j;
      while (j < n_ && (IsAsciiAlnum(s_[j]) || s_[j] == '-')) ++j;
      if (j + 1 < n_ && s_[j] == '.' && IsAsciiAlnum(s_[j + 1])) {
        ++dots;
        ++j;
        continue;
      }
      break;
    }
    return dots > 0 ? j : 0;
  }

  size_t MatchEmail(size_t i) const {
    size_t j = i;
    while (j < n_ && (IsAsciiAlnum(s_[j]) || s_[j] == '.' || s_[j] == '_' ||
                      s_[j] == '%' || s_[j] == '+' || s_[j] == '-')) {
      ++j;
    }
    if (j == i || j >= n_ || s_[j] != '@') return 0;
    size_t last;
    const size_t end = ScanDomain(j + 1, &last);
    if (end == 0 || end - last < 2) return 0;
    for (size_t k = last; k < end; ++k) {
      if (!IsAsciiAlpha(s_[k])) return 0;
    }
    return end;
  }

  // example.com, sabq.org/page : a domain whose last label is a known TLD.
  size_t MatchBareDomain(size_t i) const {
    size_t last;
    const size_t end = ScanDomain(i, &last);
    if (end == 0) return 0;
    if (end < n_) {
      size_t len;
      const CharClass k = ClassAt(end, &len);
      if (k == text_internal::kLetter || k == text_internal::kDigit ||
          k == text_internal::kArabic || s_[end] == '@') {
        return 0;
      }
    }
    bool known = false;
    for (std::string_view tld : kTlds) {
      if (end - last == tld.size() && StartsWithLower(last, tld)) {
        known = true;
        break;
      }
    }
    if (!known) return 0;
    if (end < n_ && s_[end] == '/') return ScanUrlBody(end);
    return end;
  }

  size_t ScanDigits(size_t j) const {
    while (j < n_) {
      const unsigned char b = s_[j];
      if (b >= '0' && b <= '9') {
        ++j;
        continue;
      }
      if (b < 0x80) break;
      size_t len;
      if (ClassAt(j, &len) != text_internal::kDigit) break;
      j += len;
    }
    return j;
  }

  bool DigitAt(size_t j) const {
    if (j >= n_) return false;
    if (s_[j] < 0x80) return s_[j] >= '0' && s_[j] <= '9';
    size_t len;
    return ClassAt(j, &len) == text_internal::kDigit;
  }

  // 2023, 3.5, 1,000,000, 3.5%, %50, 2023-2024, 20–30, 10:30, 8/10/2023,
  // 8th.
  size_t ScanNumber(size_t i) const {
    size_t j = i;
    if (s_[j] == '%') ++j;
    while (true) {
      j = ScanDigits(j);
      if (j + 1 < n_) {
        const unsigned char b = s_[j];
        if ((b == '.' || b == ',' || b == ':' || b == '/' || b == '-') &&
            DigitAt(j + 1)) {
          ++j;
          continue;
        }
        // EN DASH in ranges.
        if (b == 0xE2 && j + 3 < n_ && s_[j + 1] == 0x80 && s_[j + 2] == 0x93 &&
            DigitAt(j + 3)) {
          j += 3;
          continue;
        }
      }
      break;
    }
    if (j < n_ && s_[j] == '%' && s_[i] != '%') return j + 1;
    if (j + 1 < n_) {
      const unsigned char a = AsciiLower(s_[j]);
      const unsigned char b = AsciiLower(s_[j + 1]);
      const bool ordinal = (a == 's' && b == 't') || (a == 'n' && b == 'd') ||
                           (a == 'r' && b == 'd') || (a == 't' && b == 'h');
      if (ordinal && !(j + 2 < n_ && IsAsciiAlnum(s_[j + 2]))) return j + 2;
    }
    return j;
  }

  // #غزة, #Gaza_2023: letters, digits, marks and '_' with one letter at least.
  size_t ScanTagBody(size_t j, bool* has_letter) const {
    *has_letter = false;
    while (j < n_) {
      if (s_[j] == '_') {
        ++j;
        continue;
      }
      size_t len;
      const CharClass k = ClassAt(j, &len);
      if (k == text_internal::kArabic || k == text_internal::kLetter) {
        *has_letter = true;
      } else if (k != text_internal::kDigit && k != text_internal::kMark) {
        break;
      }
      j += len;
    }
    return j;
  }

  size_t ScanPunct(size_t i, char32_t c, size_t len) {
    switch (c) {
      case '#': {
        bool has_letter;
        const size_t e = ScanTagBody(i + 1, &has_letter);
        if (has_letter) return Push(TokenKind::kHashtag, i, e);
        break;
      }
      case '@': {
        bool has_letter;
        const size_t e = ScanTagBody(i + 1, &has_letter);
        if (e > i + 1) return Push(TokenKind::kMention, i, e);
        break;
      }
      case '%':
        if (DigitAt(i + 1)) return Push(TokenKind::kNumber, i, ScanNumber(i));
        break;
      case '.': {
        size_t j = i + 1;
        while (j < n_ && s_[j] == '.') ++j;
        return Push(TokenKind::kPunctuation, i, j);
      }
      default:
        break;
    }
    return Push(TokenKind::kPunctuation, i, SkipMarks(i + len));
  }

  const unsigned char* s_;
  size_t n_;
  const CharClasses& classes_;
  std::vector<Token>* tokens_;
  size_t count_ = 0;
};

}  // namespace

const char* KindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kArabicWord:
      return "arabic";
    case TokenKind::kLatinWord:
      return "latin";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunctuation:
      return "punct";
    case TokenKind::kQuote:
      return "quote";
    case TokenKind::kUrl:
      return "url";
    case TokenKind::kEmail:
      return "email";
    case TokenKind::kHashtag:
      return "hashtag";
    case TokenKind::kMention:
      return "mention";
    case TokenKind::kSymbol:
      return "symbol";
  }
  return "unknown";
}

namespace {
NormalizerOptions SearchLevel(NormalizerOptions o) {
  o.level = NormalizationLevel::kSearch;
  return o;
}
}  // namespace

Tokenizer::Tokenizer(TokenizerOptions options)
    : options_(options), normalizer_(SearchLevel(options.normalizer)) {
  options_.normalizer = normalizer_.options();
  if (options_.max_input_bytes > Normalizer::kMaxInputBytes) {
    options_.max_input_bytes = Normalizer::kMaxInputBytes;
  }
}

absl::StatusOr<TokenizedText> Tokenizer::Tokenize(
    std::string_view input) const {
  if (input.size() > options_.max_input_bytes) {
    return absl::ResourceExhaustedError(absl::StrCat(
        "input of ", input.size(), " bytes exceeds max_input_bytes (",
        options_.max_input_bytes, ")"));
  }
  if (absl::Status s = utf8::Validate(input); !s.ok()) return s;
  TokenizedText out;
  TokenizeTo(input, &out);
  return out;
}

void Tokenizer::TokenizeTo(std::string_view input, TokenizedText* out) const {
  out->tokens.clear();
  out->normalized.text.clear();
  normalizer_.NormalizeTo(input, &out->normalized.text,
                          &out->normalized.offsets);
  const std::string& text = out->normalized.text;
  // About one token per 6 bytes of Arabic news; avoids regrowth.
  out->tokens.resize(text.size() / 5 + 16);
  Scanner scanner(text, &out->tokens);
  scanner.Run();
  scanner.Finish();
  const OffsetMap& map = out->normalized.offsets;
  if (map.num_breaks() == 0) {
    for (Token& t : out->tokens) t.span = t.norm;
    return;
  }
  uint32_t cursor = 0;
  for (Token& t : out->tokens) t.span = map.ToOriginal(t.norm, &cursor);
}

}  // namespace marsad
