// Tokenisation and sentence splitting for Arabic news text.
//
//   marsad::Tokenizer tok;
//   auto t = tok.Tokenize("قال «نتنياهو»: ارتفع 3٫5% في 2023-2024.");
//   for (const marsad::Token& k : t->tokens)
//     std::cout << KindName(k.kind) << " " << k.span.Of(input) << " "
//               << t->Normalized(k) << "\n";
//   auto sentences = marsad::SplitSentences(*t);
//
// Tokens carry two spans: `span` into the caller's original text and `norm`
// into TokenizedText::normalized.text (search-level normalisation), so later
// stages match on the folded form and report in the original.
//
// Thread-safety: a Tokenizer is immutable after construction; share it.
#ifndef MARSAD_TOKENIZER_H_
#define MARSAD_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "marsad/normalizer.h"
#include "marsad/span.h"

namespace marsad {

enum class TokenKind : uint8_t {
  kArabicWord,  // قال، والسعودية، مظاهراتٌ (diacritics and tatweel inside)
  kLatinWord,   // GMT, iPhone
  kNumber,      // 2023, ٣٫٥, 1,000, 3.5%, 2023-2024, 8th
  kPunctuation,  // . ، ؛ ؟ ! : ( ) - …
  kQuote,        // " « » “ ” ‘ ’ '
  kUrl,          // https://example.com/a?b=c, www.example.com
  kEmail,        // name@example.com
  kHashtag,      // #غزة
  kMention,      // @marsad
  kSymbol,       // anything else visible ($, €, emoji)
};

const char* KindName(TokenKind kind);

struct Token {
  TokenKind kind;
  Span span;  // bytes of the original text
  Span norm;  // bytes of TokenizedText::normalized.text
};

struct TokenizedText {
  NormalizedText normalized;  // search-level normalisation of the input
  std::vector<Token> tokens;

  std::string_view Normalized(const Token& t) const {
    return t.norm.Of(normalized.text);
  }
};

struct TokenizerOptions {
  NormalizerOptions normalizer;  // level must stay kSearch
  // Inputs above this many bytes are refused (ResourceExhausted).
  uint32_t max_input_bytes = 64u << 20;
};

class Tokenizer {
 public:
  explicit Tokenizer(TokenizerOptions options = {});

  // InvalidArgument on invalid UTF-8 (with the byte offset),
  // ResourceExhausted above max_input_bytes.
  absl::StatusOr<TokenizedText> Tokenize(std::string_view input) const;

  // Hot-path variant reusing `*out`'s buffers. REQUIRES: valid UTF-8,
  // input.size() <= max_input_bytes.
  void TokenizeTo(std::string_view input, TokenizedText* out) const;

 private:
  TokenizerOptions options_;
  Normalizer normalizer_;
};

struct Sentence {
  uint32_t first_token;  // index into TokenizedText::tokens
  uint32_t end_token;    // one past the last token
  Span span;             // bytes of the original text
};

struct SentenceSplitterOptions {
  // A sentence is cut after this many tokens even without punctuation, so a
  // 1 MB line with no full stop cannot make one unbounded sentence.
  uint32_t max_tokens_per_sentence = 512;
};

// Splits after . ! ? ؟ … (and runs of them) unless inside quotation marks
// that close later in the paragraph, after a known abbreviation (د. م. أ.
// e.g.), or inside a number; newlines always end a sentence.
std::vector<Sentence> SplitSentences(
    const TokenizedText& text, const SentenceSplitterOptions& options = {});

}  // namespace marsad

#endif  // MARSAD_TOKENIZER_H_
