// Sentence splitting over tokens (see the contract in marsad/tokenizer.h).
//
// Two passes. The first pairs quotation marks within each paragraph (a
// paragraph ends at a newline), so the second knows whether a full stop
// sits inside a quotation that is closed later. The second walks the
// tokens and cuts after terminal punctuation, except:
//   * inside a paired quotation, unless the quotation closes right after
//     the terminal (then the cut is after the closing quote):
//       قال: «انتهى الأمر. سنعود» ثم غادر.   -> one sentence
//       قال: «انتهى الأمر.» ثم غادر.         -> cut after »
//   * after an abbreviation: a single Arabic letter (د. م. ص. أ.د.) unless
//     it is a year marker after a number (2023 م.), a single Latin letter
//     (U.S., e.g.) or a listed Latin abbreviation (Dr. Mr. Inc. ...);
//   * after a lone number opening the sentence ("1." of a numbered list).
// Newlines always cut; so does max_tokens_per_sentence.
#include <cstring>
#include <string_view>
#include <vector>

#include "marsad/tokenizer.h"

namespace marsad {
namespace {

enum QuoteRole : uint8_t { kNoRole, kOpens, kCloses };

// Latin abbreviations that do not end a sentence (compared lower-cased).
constexpr std::string_view kLatinAbbreviations[] = {
    "mr",   "mrs",  "ms",     "dr",   "prof", "st",  "jr",  "sr",   "inc",
    "ltd",  "co",   "corp",   "vs",   "gen",  "gov", "sen", "rep",  "lt",
    "col",  "capt", "mt",     "no",   "jan",  "feb", "mar", "apr",  "jun",
    "jul",  "aug",  "sep",    "sept", "oct",  "nov", "dec", "fig",  "vol",
    "dept", "univ", "approx", "est",  "sgt",  "maj", "adm", "brig", "pres",
};

class Splitter {
 public:
  Splitter(const TokenizedText& text, const SentenceSplitterOptions& options)
      : toks_(text.tokens),
        norm_(text.normalized.text),
        max_tokens_(options.max_tokens_per_sentence == 0
                        ? 1
                        : options.max_tokens_per_sentence) {}

  std::vector<Sentence> Run() {
    const uint32_t n = static_cast<uint32_t>(toks_.size());
    if (n == 0) return {};
    PairQuotes();
    int depth = 0;
    uint32_t i = 0;
    while (i < n) {
      if (i > 0 && NewlineBetween(i - 1, i)) {
        Cut(i);
        depth = 0;
      }
      if (i - start_ >= max_tokens_) Cut(i);
      if (roles_[i] == kOpens) ++depth;
      if (roles_[i] == kCloses && depth > 0) --depth;
      if (!IsTerminal(i) || IsAbbreviation(i) || IsListNumber(i)) {
        ++i;
        continue;
      }
      // A run of terminals: "؟!" "..." "!!".
      uint32_t j = i + 1;
      while (j < n && Continues(j) && IsTerminal(j)) ++j;
      if (depth > 0) {
        uint32_t k = j;
        int d = depth;
        while (k < n && d > 0 && Continues(k) && roles_[k] == kCloses) {
          --d;
          ++k;
        }
        if (d > 0) {  // the quotation goes on: not a sentence end
          i = j;
          continue;
        }
        depth = 0;
        j = k;
      }
      // Closing brackets, unpaired closing quotes and more terminals.
      while (j < n && Continues(j) && roles_[j] != kOpens &&
             (IsCloser(j) || IsTerminal(j))) {
        ++j;
      }
      Cut(j);
      i = j;
    }
    Cut(n);
    return std::move(sentences_);
  }

 private:
  std::string_view Text(uint32_t i) const { return toks_[i].norm.Of(norm_); }

  bool NewlineBetween(uint32_t a, uint32_t b) const {
    const uint32_t from = toks_[a].norm.end;
    const uint32_t to = toks_[b].norm.begin;
    return to > from && std::memchr(norm_.data() + from, '\n', to - from);
  }

  // Token j may still join the sentence being closed: same paragraph and
  // below the cap.
  bool Continues(uint32_t j) const {
    return !NewlineBetween(j - 1, j) && j - start_ < max_tokens_;
  }

  void Cut(uint32_t end) {
    if (end <= start_) return;
    sentences_.push_back(Sentence{
        start_, end, Span{toks_[start_].span.begin, toks_[end - 1].span.end}});
    start_ = end;
  }

  bool IsTerminal(uint32_t i) const {
    if (toks_[i].kind != TokenKind::kPunctuation) return false;
    const std::string_view t = Text(i);
    return t[0] == '.' || t == "!" || t == "?" || t == "\xD8\x9F" /* ؟ */ ||
           t == "\xDB\x94" /* ۔ */ || t == "\xE2\x80\xA6" /* … */;
  }

  bool IsCloser(uint32_t i) const {
    const Token& t = toks_[i];
    if (t.kind == TokenKind::kQuote) {
      if (roles_[i] == kCloses) return true;
      const std::string_view q = Text(i);
      return q == "\xC2\xBB" /* » */ || q == "\xE2\x80\x9D" /* ” */ ||
             q == "\xE2\x80\xBA" /* › */;
    }
    if (t.kind == TokenKind::kPunctuation) {
      const std::string_view p = Text(i);
      return p == ")" || p == "]" || p == "}";
    }
    return false;
  }

  bool Adjacent(uint32_t a, uint32_t b) const {
    return toks_[a].norm.end == toks_[b].norm.begin;
  }

  bool IsAbbreviation(uint32_t i) const {
    if (i == 0 || Text(i) != "." || !Adjacent(i - 1, i)) return false;
    const Token& prev = toks_[i - 1];
    const std::string_view word = Text(i - 1);
    // «بنوك اتش.اس.بي.سي»: a point glued on both sides to short Arabic
    // pieces (three letters at most, six bytes) spells out initials. (A
    // point glued to longer words is a missing space: «… الرياض.وقال».)
    if (prev.kind == TokenKind::kArabicWord && word.size() <= 6 &&
        i + 1 < toks_.size() && toks_[i + 1].kind == TokenKind::kArabicWord &&
        Adjacent(i, i + 1) && Text(i + 1).size() <= 6) {
      return true;
    }
    if (prev.kind == TokenKind::kArabicWord) {
      if (word.size() != 2) return false;  // one letter of the Arabic block
      // 2023 م. / 1445 ه. : a year marker may end the sentence.
      const bool year_marker =
          word == "\xD9\x85" /* م */ || word == "\xD9\x87" /* ه */;
      if (year_marker && i >= 2 && toks_[i - 2].kind == TokenKind::kNumber) {
        return false;
      }
      return true;
    }
    if (prev.kind == TokenKind::kLatinWord) {
      if (word.size() == 1) return true;  // U.S. e.g. J.
      for (std::string_view abbr : kLatinAbbreviations) {
        if (abbr.size() != word.size()) continue;
        bool same = true;
        for (size_t k = 0; k < abbr.size() && same; ++k) {
          char c = word[k];
          if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
          same = c == abbr[k];
        }
        if (same) return true;
      }
    }
    return false;
  }

  // "1." "٣." opening a sentence is a list number, not a sentence.
  bool IsListNumber(uint32_t i) const {
    return i == start_ + 1 && toks_[start_].kind == TokenKind::kNumber &&
           Text(i) == "." && Adjacent(start_, i);
  }

  // Pairs quotation marks per paragraph; unpaired ones get no role.
  // A mark with a space before it and a word glued after it.
  bool OpensHere(uint32_t i) const {
    return i > 0 && i + 1 < toks_.size() &&
           toks_[i - 1].span.end < toks_[i].span.begin &&
           toks_[i + 1].span.begin == toks_[i].span.end &&
           toks_[i + 1].kind != TokenKind::kPunctuation &&
           toks_[i + 1].kind != TokenKind::kQuote;
  }

  bool TerminalBetween(uint32_t a, uint32_t b) const {
    for (uint32_t k = a + 1; k < b; ++k) {
      if (IsTerminal(k) && !IsAbbreviation(k)) return true;
    }
    return false;
  }

  void PairQuotes() {
    const uint32_t n = static_cast<uint32_t>(toks_.size());
    roles_.assign(n, kNoRole);
    std::vector<uint32_t> stack;
    for (uint32_t i = 0; i < n; ++i) {
      if (i > 0 && NewlineBetween(i - 1, i)) stack.clear();
      if (toks_[i].kind != TokenKind::kQuote) continue;
      const std::string_view q = Text(i);
      // Which opening marks does this mark close (empty: it only opens)?
      std::string_view closes1, closes2;
      bool may_open = false;
      if (q == "\"" || q == "'") {
        closes1 = q;
        may_open = true;
      } else if (q == "\xC2\xBB") {  // » closes «
        closes1 = "\xC2\xAB";
      } else if (q == "\xE2\x80\xBA") {  // › closes ‹
        closes1 = "\xE2\x80\xB9";
      } else if (q == "\xE2\x80\x9D") {  // ” closes “ „ or a symmetric ”
        closes1 = "\xE2\x80\x9C";
        closes2 = "\xE2\x80\x9E";
        may_open = true;
      } else if (q == "\xE2\x80\x99") {  // ’ closes ‘ ‚
        closes1 = "\xE2\x80\x98";
        closes2 = "\xE2\x80\x9A";
      } else if (q == "\xE2\x80\x9C") {  // “ closes „ (German style), opens
        closes2 = "\xE2\x80\x9E";
        may_open = true;
      } else {
        may_open = true;  // « ‹ ‘ „ ‚ and other initial quotes
      }
      // «وأضاف: "تم رصد 250 عاملاً … المنع . وأكد المدير … بمادته "236"»:
      // a straight mark that opens (space before, word after) while an
      // earlier one is open across a full stop means the earlier one was
      // never closed; it stays unpaired, and this one opens.
      if (q == "\"" && !stack.empty() && Text(stack.back()) == q &&
          OpensHere(i) && TerminalBetween(stack.back(), i)) {
        stack.back() = i;
        continue;
      }
      bool matched = false;
      for (size_t s = stack.size(); s-- > 0;) {
        const std::string_view open = Text(stack[s]);
        if ((!closes1.empty() && open == closes1) ||
            (!closes2.empty() && open == closes2) ||
            (q == "\xE2\x80\x9D" && open == q)) {
          roles_[stack[s]] = kOpens;
          roles_[i] = kCloses;
          stack.resize(s);
          matched = true;
          break;
        }
      }
      if (!matched && may_open) stack.push_back(i);
    }
  }

  const std::vector<Token>& toks_;
  const std::string& norm_;
  const uint32_t max_tokens_;
  std::vector<uint8_t> roles_;
  std::vector<Sentence> sentences_;
  uint32_t start_ = 0;
};

}  // namespace

std::vector<Sentence> SplitSentences(const TokenizedText& text,
                                     const SentenceSplitterOptions& options) {
  return Splitter(text, options).Run();
}

}  // namespace marsad
