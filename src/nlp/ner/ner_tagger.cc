#include <algorithm>
#include <cstdio>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "marsad/ner.h"
#include "nlp/ner/labels.h"
#include "nlp/ner/tagger_impl.h"
#include "nlp/ner/text_ops.h"

namespace marsad {
namespace {

using ner::kNumLabels;

struct Scratch {
  ner::FeatureBuffer features;
  std::vector<float> emissions;
};

Scratch& ThreadScratch() {
  thread_local Scratch s;
  return s;
}

bool EndsSentence(std::string_view norm) {
  return norm == "." || norm == "!" || norm == "?" || norm == "؟" ||
         norm == "…" || norm == "..." || norm == "؛";
}

// Bytes of the normalised word `w` before the name proper: و/ف always (when
// the segmenter splits them), then ب/ك/ل only before the article («بالسعودية»
// -> «السعودية», «للسعودية» -> «سعودية») or before an alef («لإسرائيل» ->
// «إسرائيل»), so names that merely start with those letters («بتسلئيل»,
// «لندن») keep them. The article itself stays: it is part of «السعودية».
size_t ProcliticBytesToTrim(std::string_view w) {
  Segments seg = ner::SegmentWord(w);
  std::string_view p = seg.proclitics;
  if (p.empty() || p.size() >= w.size()) return 0;
  size_t strip = 0;
  if (p.substr(0, 2) == "و" || p.substr(0, 2) == "ف") strip = 2;
  std::string_view rest = p.substr(strip);
  bool prep = rest.substr(0, 2) == "ب" || rest.substr(0, 2) == "ك" ||
              rest.substr(0, 2) == "ل";
  if (prep) {
    std::string_view after = rest.substr(2);
    if (after == "ل") {
      strip += 4;  // لل: the article's alef is elided
    } else if (after == "ال") {
      strip += 2;
    } else if (after.empty() && w.substr(strip + 2, 2) == "ا") {
      strip += 2;
    }
  }
  return strip;
}

}  // namespace

NerTagger::Impl::Impl(ner::ModelData m, const NerOptions& o)
    : model(std::move(m)),
      options(o),
      extractor(model.groups, &model.gazetteer, &model.word_stats) {
  options.max_tokens_per_chunk =
      std::clamp<uint32_t>(options.max_tokens_per_chunk, 16, 4096);
  info.format_version = ner::kModelVersion;
  info.description = model.description;
  info.feature_settings = "groups=" + ner::GroupsToString(model.groups);
  info.normalizer = model.normalizer;
  info.num_features = static_cast<uint32_t>(model.keys.size());
  info.num_gazetteer_entries = static_cast<uint32_t>(model.gazetteer.size());
}

void NerTagger::Impl::AddEvidence(const std::vector<std::string_view>& words,
                                  ner::DocEvidence* doc) const {
  if (!uses_doc()) return;
  Scratch& s = ThreadScratch();
  const size_t max = options.max_tokens_per_chunk;
  std::vector<std::string_view> chunk;
  for (size_t start = 0; start < words.size(); start += max) {
    const size_t end = std::min(words.size(), start + max);
    chunk.assign(words.begin() + start, words.begin() + end);
    extractor.AddEvidence(chunk, &s.features, doc);
  }
}

void NerTagger::Impl::DecodeChunk(const std::vector<std::string_view>& words,
                                  std::vector<int>* labels,
                                  std::vector<float>* marginals,
                                  const ner::DocEvidence* doc) const {
  Scratch& s = ThreadScratch();
  extractor.Extract(words, &s.features, doc);
  const size_t n = words.size();
  s.emissions.assign(n * kNumLabels, 0.f);
  for (size_t t = 0; t < n; ++t) {
    float* e = &s.emissions[t * kNumLabels];
    for (uint32_t k = s.features.offsets[t]; k < s.features.offsets[t + 1];
         ++k) {
      const float* w = model.Find(s.features.feats[k]);
      if (w == nullptr) continue;
      for (int y = 0; y < kNumLabels; ++y) e[y] += w[y];
    }
  }
  ner::Viterbi(s.emissions.data(), static_cast<int>(n),
               model.transitions.data(), labels);
  if (marginals != nullptr) {
    bool any = std::any_of(labels->begin(), labels->end(),
                           [](int y) { return y != 0; });
    if (any) {
      ner::Marginals(s.emissions.data(), static_cast<int>(n),
                     model.transitions.data(), model.confidence_scale,
                     marginals);
    } else {
      marginals->clear();
    }
  }
}

void NerTagger::Impl::DecodeSentence(const std::vector<std::string_view>& words,
                                     std::vector<int>* labels,
                                     const ner::DocEvidence* doc) const {
  labels->clear();
  std::vector<std::string_view> chunk;
  std::vector<int> out;
  const size_t max = options.max_tokens_per_chunk;
  for (size_t start = 0; start < words.size(); start += max) {
    size_t end = std::min(words.size(), start + max);
    chunk.assign(words.begin() + start, words.begin() + end);
    DecodeChunk(chunk, &out, nullptr, doc);
    labels->insert(labels->end(), out.begin(), out.end());
  }
}

NerTagger::NerTagger(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
NerTagger::~NerTagger() = default;

const NerModelInfo& NerTagger::info() const { return impl_->info; }

absl::StatusOr<std::unique_ptr<NerTagger>> NerTagger::FromBuffer(
    std::string_view bytes, const NerOptions& options, std::string_view name) {
  absl::StatusOr<ner::ModelData> data = ner::ParseModel(bytes, name);
  if (!data.ok()) return data.status();
  if (data->normalizer != ner::NormalizerSettings()) {
    return absl::FailedPreconditionError(absl::StrCat(
        "NER model ", AV(name), ": trained with normaliser '", data->normalizer,
        "', this build uses '", ner::NormalizerSettings(), "'"));
  }
  auto tagger = std::make_unique<NerTagger>(
      std::make_unique<Impl>(*std::move(data), options));
  if (options.verify_self_test) {
    for (const ner::SelfTest& t : tagger->impl_->model.self_tests) {
      std::vector<std::string> got = tagger->TagWords(t.words);
      for (size_t i = 0; i < t.words.size(); ++i) {
        if (got[i] != ner::LabelName(t.labels[i])) {
          return absl::FailedPreconditionError(absl::StrCat(
              "NER model ", AV(name), ": self-test failed at word ", i, " «",
              t.words[i], "»: expected ", ner::LabelName(t.labels[i]), ", got ",
              got[i],
              " (the text core changed since training? retrain with "
              "`marsad train-ner`)"));
        }
      }
    }
  }
  return tagger;
}

absl::StatusOr<std::unique_ptr<NerTagger>> NerTagger::Load(
    const std::string& path, const NerOptions& options) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return absl::NotFoundError("cannot open NER model " + path);
  std::string bytes;
  char buf[1 << 16];
  std::fseek(f, 0, SEEK_END);
  long size = std::ftell(f);
  std::fseek(f, 0, SEEK_SET);
  if (size > 0) bytes.reserve(static_cast<size_t>(size));
  size_t got;
  while ((got = std::fread(buf, 1, sizeof(buf), f)) > 0) bytes.append(buf, got);
  bool error = std::ferror(f) != 0;
  std::fclose(f);
  if (error) return absl::DataLossError("error reading NER model " + path);
  return FromBuffer(bytes, options, path);
}

std::vector<std::string> NerTagger::TagWords(
    const std::vector<std::string>& words) const {
  std::vector<std::string> norms;
  norms.reserve(words.size());
  for (const std::string& w : words) norms.push_back(ner::NormalizeWord(w));
  std::vector<std::string_view> views(norms.begin(), norms.end());
  std::vector<int> labels;
  ner::DocEvidence doc;
  impl_->AddEvidence(views, &doc);
  impl_->DecodeSentence(views, &labels, &doc);
  std::vector<std::string> out;
  out.reserve(labels.size());
  for (int y : labels) out.emplace_back(ner::LabelName(y));
  return out;
}

std::vector<std::vector<std::string>> NerTagger::TagSentences(
    const std::vector<std::vector<std::string>>& sentences,
    uint32_t doc_sentences) const {
  const size_t block = std::max<uint32_t>(doc_sentences, 1);
  std::vector<std::vector<std::string>> out(sentences.size());
  std::vector<std::vector<std::string>> norms;
  std::vector<std::vector<std::string_view>> views;
  std::vector<int> labels;
  ner::DocEvidence doc;
  for (size_t first = 0; first < sentences.size(); first += block) {
    const size_t last = std::min(sentences.size(), first + block);
    norms.assign(last - first, {});
    views.assign(last - first, {});
    doc.Clear();
    for (size_t k = first; k < last; ++k) {
      for (const std::string& w : sentences[k])
        norms[k - first].push_back(ner::NormalizeWord(w));
      views[k - first].assign(norms[k - first].begin(), norms[k - first].end());
      impl_->AddEvidence(views[k - first], &doc);
    }
    for (size_t k = first; k < last; ++k) {
      impl_->DecodeSentence(views[k - first], &labels, &doc);
      out[k].reserve(labels.size());
      for (int y : labels) out[k].emplace_back(ner::LabelName(y));
    }
  }
  return out;
}

std::vector<NerSpan> NerTagger::Tag(const TokenizedText& text) const {
  std::vector<NerSpan> spans;
  const std::vector<Token>& tokens = text.tokens;
  std::vector<std::string_view> chunk;
  std::vector<int> labels;
  std::vector<float> marginals;
  const uint32_t max = impl_->options.max_tokens_per_chunk;

  // The document's evidence, read over the same chunks first (models with
  // the `doc` group only).
  ner::DocEvidence doc;
  const bool use_doc = impl_->uses_doc();
  bool gathering = use_doc;

  auto flush = [&](uint32_t first) {
    if (chunk.empty()) return;
    if (gathering) {
      impl_->AddEvidence(chunk, &doc);
      chunk.clear();
      return;
    }
    impl_->DecodeChunk(chunk, &labels, &marginals, use_doc ? &doc : nullptr);
    for (size_t t = 0; t < labels.size();) {
      if (labels[t] == ner::kOutside) {
        ++t;
        continue;
      }
      // Viterbi guarantees I-X follows B-X/I-X; a chunk start with I-X is
      // impossible too, so every mention starts with B-X.
      int begin_label = labels[t];
      int inside = ner::IsBegin(begin_label) ? begin_label + 1 : begin_label;
      size_t e = t + 1;
      while (e < labels.size() && labels[e] == inside) ++e;
      const size_t next = e;
      // A mention neither starts nor ends with punctuation or a quotation
      // mark («الاتحاد ..» in a headline is «الاتحاد»).
      auto is_mark = [&](size_t k) {
        const TokenKind kind = tokens[first + k].kind;
        return kind == TokenKind::kPunctuation || kind == TokenKind::kQuote;
      };
      // Nor does it run over hashtags, links or handles («#الأردن
      // #الانتخابات_النيابية_2024 #رؤيا» is a tag line, not one name).
      bool foreign_token = false;
      for (size_t k = t; k < e && !foreign_token; ++k) {
        const TokenKind kind = tokens[first + k].kind;
        foreign_token = kind == TokenKind::kHashtag ||
                        kind == TokenKind::kUrl || kind == TokenKind::kEmail ||
                        kind == TokenKind::kMention;
      }
      if (foreign_token) {
        t = next;
        continue;
      }
      // Nor with a proclitic written apart («صندوق النقد بـ3 مليارات»).
      // Glued to what follows it («بـ3»), unlike the letters of «أ ف ب».
      auto is_lone_clitic = [&](size_t k) {
        const std::string_view w = chunk[k];
        const size_t at = first + k;
        return (w == "ب" || w == "ل" || w == "و" || w == "ف" || w == "ك") &&
               at + 1 < tokens.size() &&
               tokens[at + 1].kind != TokenKind::kPunctuation &&
               tokens[at].span.end == tokens[at + 1].span.begin;
      };
      while (e > t && (is_mark(e - 1) || is_lone_clitic(e - 1))) --e;
      while (t < e && (is_mark(t) || is_lone_clitic(t))) ++t;
      if (t == e) {
        t = next;
        continue;
      }
      NerSpan s;
      s.first_token = first + static_cast<uint32_t>(t);
      s.end_token = first + static_cast<uint32_t>(e);
      s.type = ner::TypeOf(begin_label);
      float conf = 0;
      for (size_t k = t; k < e; ++k)
        conf += marginals[k * kNumLabels + labels[k]];
      s.confidence = std::clamp(conf / static_cast<float>(e - t), 0.f, 1.f);
      // Span: from the base of the first token (proclitics other than the
      // article stripped) to the end of the last token.
      const Token& ft = tokens[s.first_token];
      size_t strip = ProcliticBytesToTrim(chunk[t]);
      uint32_t begin = ft.span.begin;
      if (strip > 0 && strip < chunk[t].size()) {
        begin = text.normalized.offsets.ToOriginal(
            ft.norm.begin + static_cast<uint32_t>(strip));
        begin = std::clamp(begin, ft.span.begin, ft.span.end);
      }
      s.span = Span{begin, tokens[s.end_token - 1].span.end};
      spans.push_back(s);
      t = next;
    }
    chunk.clear();
  };

  auto chunk_all = [&] {
    uint32_t chunk_first = 0;
    for (uint32_t i = 0; i < tokens.size(); ++i) {
      if (chunk.empty()) chunk_first = i;
      chunk.push_back(text.Normalized(tokens[i]));
      bool end = chunk.size() >= max || EndsSentence(chunk.back());
      if (!end && i + 1 < tokens.size()) {
        // A newline between two tokens ends the chunk too.
        uint32_t gap_begin =
            std::min(tokens[i].norm.end, tokens[i + 1].norm.begin);
        std::string_view gap(text.normalized.text.data() + gap_begin,
                             tokens[i + 1].norm.begin - gap_begin);
        end = gap.find('\n') != std::string_view::npos;
      }
      if (end) flush(chunk_first);
    }
    flush(chunk_first);
  };
  if (gathering) {
    chunk_all();
    gathering = false;
  }
  chunk_all();
  return spans;
}

}  // namespace marsad
