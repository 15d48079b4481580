#include "marsad/analyzer.h"

#include <vector>

#include "base/env.h"
#include "engine/article_json.h"
#include "engine/default_ner_model.h"
#include "ingest/document_reader.h"
#include "ingest/page_structurer.h"
#include "marsad/ner.h"
#include "marsad/normalizer.h"
#include "marsad/stemmer.h"
#include "marsad/tokenizer.h"

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
  // Appends the named entities of `text` (which `ref` locates) to *out.
  void FindEntities(std::string_view text, const TextRef& ref,
                    std::vector<EntityMention>* out);

  AnalyzerOptions options;
  Normalizer normalizer;
  Tokenizer tokenizer;
  Stemmer stemmer;
  PageStructurer structurer;
  DocumentReader reader;
  std::unique_ptr<NerTagger> ner;  // null when entities are off
  std::vector<Article> articles;   // reused per document
  TokenizedText tokens;            // reused per text
};

namespace {

DocumentFailure ToFailure(const DocumentError& e) {
  return {e.path, e.line, e.column, e.ToString()};
}

}  // namespace

void Analyzer::Impl::FindEntities(std::string_view text, const TextRef& ref,
                                  std::vector<EntityMention>* out) {
  tokenizer.TokenizeTo(text, &tokens);
  for (const NerSpan& e : ner->Tag(tokens)) {
    out->push_back(
        {EntityTypeName(e.type), std::string(e.span.Of(text)),
         TextRef{ref.field,
                 {ref.span.begin + e.span.begin, ref.span.begin + e.span.end}},
         e.confidence});
  }
}

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
    if (ner != nullptr) {
      // The outlet a «المصدر:» line names is an organisation by definition.
      if (a.source_ref) {
        a.entities.push_back({"ORG", a.source, *a.source_ref, 1.0f});
      }
      FindEntities(a.title, a.title_ref, &a.entities);
      size_t next_sub = 0;
      for (size_t i = 0; i < a.paragraphs.size(); ++i) {
        for (; next_sub < a.subheadings.size() &&
               a.subheadings[next_sub].before_paragraph <= i;
             ++next_sub) {
          FindEntities(a.subheadings[next_sub].text,
                       a.subheadings[next_sub].ref, &a.entities);
        }
        FindEntities(a.paragraphs[i].text, a.paragraphs[i].ref, &a.entities);
      }
      for (; next_sub < a.subheadings.size(); ++next_sub) {
        FindEntities(a.subheadings[next_sub].text, a.subheadings[next_sub].ref,
                     &a.entities);
      }
    }
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
