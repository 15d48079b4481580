#include "marsad/analyzer.h"

#include <vector>

#include "base/env.h"
#include "engine/article_extraction.h"
#include "engine/article_json.h"
#include "engine/default_ner_model.h"
#include "ingest/document_reader.h"
#include "ingest/page_structurer.h"
#include "marsad/ner.h"
#include "marsad/normalizer.h"
#include "marsad/stemmer.h"
#include "marsad/tokenizer.h"
#include "nlp/entities/page_linker.h"

namespace marsad {

struct Analyzer::Impl {
  explicit Impl(const AnalyzerOptions& o)
      : options(o),
        normalizer(NormalizerOptions{}),
        tokenizer(TokenizerOptions{}),
        structurer(&normalizer, &tokenizer, &stemmer),
        reader(o.env ? o.env : Env::Default(),
               {.max_page_bytes = o.max_page_bytes,
                .max_record_bytes = o.max_record_bytes}) {}

  // Structures `doc`; false (after reporting) when it failed.
  bool Structure(const Document& doc, const FailureFn& on_failure,
                 AnalyzeStats* stats);
  void Emit(const Document& doc, const ArticleFn& on_article,
            const FailureFn& on_failure, AnalyzeStats* stats);
  void EmitDocument(const Document& doc, const DocumentFn& on_document,
                    const FailureFn& on_failure, AnalyzeStats* stats);
  SourceTexts Texts(const Document& doc) const;

  AnalyzerOptions options;
  Normalizer normalizer;
  Tokenizer tokenizer;
  Stemmer stemmer;
  PageStructurer structurer;
  DocumentReader reader;
  std::unique_ptr<NerTagger> ner;  // null when entities are off
  // Entities, dates, quotes, interactions; null when entities are off.
  std::unique_ptr<ArticleExtractor> extractor;
  std::vector<Article> articles;  // reused per document
};

namespace {

DocumentFailure ToFailure(const DocumentError& e) {
  return {e.path, e.line, e.column, e.ToString()};
}

}  // namespace

SourceTexts Analyzer::Impl::Texts(const Document& doc) const {
  SourceTexts texts;
  if (doc.kind == Document::Kind::kPage) {
    texts.page = doc.page;
  } else {
    texts.title = doc.record.title;
    texts.content = doc.record.content;
  }
  return texts;
}

bool Analyzer::Impl::Structure(const Document& doc, const FailureFn& on_failure,
                               AnalyzeStats* stats) {
  articles.clear();
  absl::Status s =
      doc.kind == Document::Kind::kPage
          ? structurer.StructurePage(doc.page, doc.first_line, &articles)
          : structurer.StructureRecord(doc.record, &articles);
  if (!s.ok()) {
    ++stats->failed;
    on_failure(
        ToFailure({doc.path, doc.first_line, 0, std::string(s.message())}));
    return false;
  }
  ++stats->documents;
  stats->bytes += doc.kind == Document::Kind::kPage
                      ? doc.page.size()
                      : doc.record.title.size() + doc.record.content.size();
  for (Article& a : articles) {
    a.input.path = doc.path;
    if (doc.kind == Document::Kind::kRecord) {
      a.input.first_line = doc.first_line;
      a.input.last_line = doc.last_line;
    }
    if (doc.kind == Document::Kind::kRecord && !doc.fetched.empty() &&
        a.role == ArticleRole::kMain) {
      if (std::optional<FoundDate> d = FindDate(doc.fetched)) {
        a.crawled = d->date;
      }
    }
    if (a.role == ArticleRole::kRelated && !articles.empty() &&
        articles.front().role == ArticleRole::kMain) {
      a.page_date = articles.front().reference_date;
    }
    if (extractor != nullptr) extractor->Run(&a);
  }
  // The related articles of a page name the main article's people in their
  // own spellings: one entity across the page.
  if (extractor != nullptr) {
    static const nlp::NameMatcher* matcher = new nlp::NameMatcher();
    nlp::LinkPageEntities(*matcher, &articles);
  }
  stats->articles += articles.size();
  return true;
}

void Analyzer::Impl::Emit(const Document& doc, const ArticleFn& on_article,
                          const FailureFn& on_failure, AnalyzeStats* stats) {
  if (!Structure(doc, on_failure, stats)) return;
  SourceTexts texts = Texts(doc);
  for (const Article& a : articles) {
    on_article({&a, ArticleToJson(a, texts, options.pretty)});
  }
}

void Analyzer::Impl::EmitDocument(const Document& doc,
                                  const DocumentFn& on_document,
                                  const FailureFn& on_failure,
                                  AnalyzeStats* stats) {
  if (!Structure(doc, on_failure, stats)) return;
  SourceTexts texts = Texts(doc);
  AnalyzedDocument out;
  out.path = doc.path;
  for (const Article& a : articles) {
    out.articles.push_back({&a, ArticleToJson(a, texts, options.pretty)});
  }
  on_document(out);
}

absl::StatusOr<std::unique_ptr<Analyzer>> Analyzer::Create(
    const AnalyzerOptions& options) {
  auto impl = std::make_unique<Impl>(options);
  if (options.entities) {
    absl::StatusOr<std::unique_ptr<NerTagger>> ner =
        options.ner_model.empty()
            ? NerTagger::FromBuffer(DefaultNerModelBytes(), {},
                                    "built-in NER model")
            : NerTagger::Load(options.ner_model);
    if (!ner.ok()) return ner.status();
    impl->ner = std::move(*ner);
    impl->extractor =
        std::make_unique<ArticleExtractor>(impl->ner.get(), &impl->tokenizer);
  }
  return std::unique_ptr<Analyzer>(new Analyzer(std::move(impl)));
}

Analyzer::Analyzer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Analyzer::~Analyzer() = default;

void Analyzer::AnalyzePath(const std::string& path, const ArticleFn& on_article,
                           const FailureFn& on_failure, AnalyzeStats* stats) {
  impl_->reader.Read(
      path,
      [&](Document& doc) { impl_->Emit(doc, on_article, on_failure, stats); },
      [&](const DocumentError& e) {
        ++stats->failed;
        on_failure(ToFailure(e));
      });
}

void Analyzer::AnalyzePathByDocument(const std::string& path,
                                     const DocumentFn& on_document,
                                     const FailureFn& on_failure,
                                     AnalyzeStats* stats) {
  impl_->reader.Read(
      path,
      [&](Document& doc) {
        impl_->EmitDocument(doc, on_document, on_failure, stats);
      },
      [&](const DocumentError& e) {
        ++stats->failed;
        on_failure(ToFailure(e));
      });
}

void Analyzer::AnalyzePage(std::string_view page, const std::string& name,
                           const ArticleFn& on_article,
                           const FailureFn& on_failure, AnalyzeStats* stats) {
  MemEnv env;
  env.AddFile(name, std::string(page));
  DocumentReader reader(&env,
                        {.max_page_bytes = impl_->options.max_page_bytes,
                         .max_record_bytes = impl_->options.max_record_bytes});
  reader.Read(
      name,
      [&](Document& doc) { impl_->Emit(doc, on_article, on_failure, stats); },
      [&](const DocumentError& e) {
        ++stats->failed;
        on_failure(ToFailure(e));
      });
}

}  // namespace marsad
