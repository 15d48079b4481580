// The extraction stages run on one structured article: NER over its texts,
// mention propagation, canonical entities with roles, day expressions
// resolved against the reference day, quotations with speakers,
// interactions, and marsad's ranked tags.
//
//   ArticleExtractor x(ner_tagger, {});
//   x.Run(&article);   // fills entities, canonical, dates, quotes, ...
//
// Reuses its buffers: one per thread.
#ifndef MARSAD_ENGINE_ARTICLE_EXTRACTION_H_
#define MARSAD_ENGINE_ARTICLE_EXTRACTION_H_

#include "marsad/article.h"
#include "marsad/ner.h"
#include "marsad/stemmer.h"
#include "marsad/tokenizer.h"
#include "nlp/annotated_text.h"
#include "nlp/entities/entity_linker.h"
#include "nlp/entities/latin_names.h"

namespace marsad {

struct ExtractionOptions {
  // Most entities among an article's ranked tags.
  size_t max_ranked_tags = 8;
  // Key terms (title words the body repeats) added after the entities.
  size_t max_key_terms = 3;
  // A title word is a key term when the body has its stem this often.
  int min_term_repeats = 2;
};

class ArticleExtractor {
 public:
  // `ner` must outlive the extractor.
  ArticleExtractor(const NerTagger* ner, const Tokenizer* tokenizer,
                   ExtractionOptions options = {});

  // REQUIRES: the article's texts (title, paragraphs, subheadings) are
  // views of the input its TextRefs index, as the page structurer makes
  // them.
  void Run(Article* article);

 private:
  void BuildUnits(const Article& a);
  void RankTags(Article* a);

  const NerTagger* ner_;
  const Tokenizer* tokenizer_;
  ExtractionOptions options_;
  nlp::EntityLinker linker_;
  nlp::LatinNames latin_;
  Stemmer stemmer_;
  nlp::AnnotatedText text_;  // reused
};

}  // namespace marsad

#endif  // MARSAD_ENGINE_ARTICLE_EXTRACTION_H_
