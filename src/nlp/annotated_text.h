// The article as the extraction stages see it: its texts (title,
// subheadings, paragraphs, the source line) in reading order, each
// tokenised and split into sentences, and the NER mentions over them.
//
// The engine (src/engine/analyzer.cc) builds one per article; the entity
// linker, time, quote and interaction extractors read it and write their
// results into marsad::Article. Spans here are bytes of the unit's text;
// TextUnit::ToRef turns them into the article's TextRefs.
#ifndef MARSAD_NLP_ANNOTATED_TEXT_H_
#define MARSAD_NLP_ANNOTATED_TEXT_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "marsad/article.h"
#include "marsad/ner.h"
#include "marsad/tokenizer.h"

namespace marsad::nlp {

// kTags: a tag line («كلمات دلالية: …»): no tagging, no quotes or days; the
// article's names found in it are mentions.
// kLink: another article's headline linked inside this one («اقرأ أيضا: …»):
// names and days, but nobody's statement.
enum class UnitKind : uint8_t {
  kTitle,
  kSubheading,
  kParagraph,
  kSource,
  kTags,
  kLink
};

struct TextUnit {
  UnitKind kind = UnitKind::kParagraph;
  std::string_view text;  // the unit's original text
  TextRef ref;            // where `text` is in the input
  TokenizedText tokens;
  std::vector<Sentence> sentences;

  TextRef ToRef(Span s) const {
    return {ref.field, {ref.span.begin + s.begin, ref.span.begin + s.end}};
  }
  std::string_view Norm(uint32_t token) const {
    return tokens.Normalized(tokens.tokens[token]);
  }
  size_t size() const { return tokens.tokens.size(); }
  // The sentence holding `token`: [first_token, end_token); the whole unit
  // when no sentence does.
  Sentence SentenceOf(uint32_t token) const {
    for (const Sentence& s : sentences) {
      if (token >= s.first_token && token < s.end_token) return s;
    }
    return {0, static_cast<uint32_t>(size()), Span{}};
  }
};

struct Mention {
  uint32_t unit = 0;
  uint32_t first_token = 0, end_token = 0;
  Span span;  // bytes of the unit's text (clitics outside)
  EntityType type = EntityType::kPerson;
};

struct AnnotatedText {
  std::vector<TextUnit> units;
  std::vector<Mention> mentions;  // parallel to Article::entities
};

}  // namespace marsad::nlp

#endif  // MARSAD_NLP_ANNOTATED_TEXT_H_
