// Throughput of the text core and of `analyze`, beside the peers on the same
// data in the same run: ICU normalisation (and ICU word breaking) for
// normalise+tokenise, Snowball's Arabic stemmer for stemming.
// bench/run_text_bench prints the table; see bench/README.md.
#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "corpus.h"
#include "libstemmer.h"
#include "marsad/analyzer.h"
#include "marsad/normalizer.h"
#include "marsad/stemmer.h"
#include "marsad/tokenizer.h"

namespace marsad::bench {
namespace {

void BM_MarsadNormalize(benchmark::State& state) {
  const Corpus& c = LoadCorpus();
  Normalizer norm;
  std::string out;
  OffsetMap map;
  for (auto _ : state) {
    for (const std::string& doc : c.contents) {
      out.clear();
      map.Clear();
      norm.NormalizeTo(doc, &out, &map);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * c.bytes);
}
BENCHMARK(BM_MarsadNormalize)->Unit(benchmark::kMillisecond)->MinTime(2);

void BM_MarsadNormalizeTokenize(benchmark::State& state) {
  const Corpus& c = LoadCorpus();
  Tokenizer tok;
  TokenizedText out;
  size_t tokens = 0;
  for (auto _ : state) {
    for (const std::string& doc : c.contents) {
      tok.TokenizeTo(doc, &out);
      tokens += out.tokens.size();
    }
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * c.bytes);
  state.counters["tokens/s"] =
      benchmark::Counter(tokens, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_MarsadNormalizeTokenize)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2);

// Peer: ICU NFKC alone (UTF-8 -> UTF-16 -> NFKC -> UTF-8), the usual
// "normalise with ICU" baseline. It does less than marsad (no Arabic folding,
// no offsets, no tokens).
void BM_IcuNfkc(benchmark::State& state) {
  const Corpus& c = LoadCorpus();
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(err);
  std::string out;
  for (auto _ : state) {
    for (const std::string& doc : c.contents) {
      icu::UnicodeString s = icu::UnicodeString::fromUTF8(doc);
      icu::UnicodeString n = nfkc->normalize(s, err);
      out.clear();
      n.toUTF8String(out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * c.bytes);
}
BENCHMARK(BM_IcuNfkc)->Unit(benchmark::kMillisecond)->MinTime(2);

// Peer: ICU NFKC plus ICU's word BreakIterator — an ICU-only
// normalise+tokenise.
void BM_IcuNfkcWordBreak(benchmark::State& state) {
  const Corpus& c = LoadCorpus();
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(err);
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale("ar"), err));
  size_t tokens = 0;
  for (auto _ : state) {
    for (const std::string& doc : c.contents) {
      icu::UnicodeString n =
          nfkc->normalize(icu::UnicodeString::fromUTF8(doc), err);
      words->setText(n);
      for (int32_t p = words->first(); p != icu::BreakIterator::DONE;
           p = words->next()) {
        tokens += words->getRuleStatus() != UBRK_WORD_NONE;
      }
    }
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * c.bytes);
  state.counters["tokens/s"] =
      benchmark::Counter(tokens, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_IcuNfkcWordBreak)->Unit(benchmark::kMillisecond)->MinTime(2);

// The same normalised Arabic words for both stemmers.
const std::vector<std::string>& StemWords() {
  static const std::vector<std::string>* words = [] {
    auto* w = new std::vector<std::string>;
    const Corpus& c = LoadCorpus();
    Tokenizer tok;
    TokenizedText t;
    for (const std::string& doc : c.contents) {
      tok.TokenizeTo(doc, &t);
      for (const Token& k : t.tokens) {
        if (k.kind == TokenKind::kArabicWord) {
          w->emplace_back(t.Normalized(k));
          if (w->size() >= 2'000'000) return w;
        }
      }
    }
    return w;
  }();
  return *words;
}

void BM_MarsadStem(benchmark::State& state) {
  const std::vector<std::string>& words = StemWords();
  Stemmer stemmer;
  size_t sum = 0;
  for (auto _ : state) {
    for (const std::string& w : words) sum += stemmer.Stem(w).size();
  }
  benchmark::DoNotOptimize(sum);
  state.SetItemsProcessed(int64_t(state.iterations()) * words.size());
}
BENCHMARK(BM_MarsadStem)->Unit(benchmark::kMillisecond)->MinTime(2);

void BM_SnowballStem(benchmark::State& state) {
  const std::vector<std::string>& words = StemWords();
  sb_stemmer* sb = sb_stemmer_new("arabic", "UTF_8");
  size_t sum = 0;
  for (auto _ : state) {
    for (const std::string& w : words) {
      sb_stemmer_stem(sb, reinterpret_cast<const sb_symbol*>(w.data()),
                      static_cast<int>(w.size()));
      sum += sb_stemmer_length(sb);
    }
  }
  sb_stemmer_delete(sb);
  benchmark::DoNotOptimize(sum);
  state.SetItemsProcessed(int64_t(state.iterations()) * words.size());
}
BENCHMARK(BM_SnowballStem)->Unit(benchmark::kMillisecond)->MinTime(2);

// `analyze` end to end minus the terminal: read the JSONL file, parse,
// structure, [find entities], serialise each article to JSON. Arg 0:
// structure only (--no-entities); arg 1: with the built-in NER model.
void BM_AnalyzeEndToEnd(benchmark::State& state) {
  const Corpus& c = LoadCorpus();
  std::string path = "/tmp/marsad_bench_news.jsonl";
  {
    std::ofstream f(path, std::ios::binary);
    f << c.jsonl;
  }
  AnalyzerOptions options;
  options.entities = state.range(0) != 0;
  auto analyzer = Analyzer::Create(options);
  if (!analyzer.ok()) {
    state.SkipWithError("cannot create the analyzer");
    return;
  }
  size_t out_bytes = 0;
  uint64_t words = 0;
  for (auto _ : state) {
    AnalyzeStats stats;
    (*analyzer)->AnalyzePath(
        path, [&](const AnalyzedArticle& a) { out_bytes += a.json.size(); },
        [](const DocumentFailure&) {}, &stats);
  }
  for (const std::string& doc : c.contents) {
    bool in_word = false;
    for (char ch : doc) {
      bool space = ch == ' ' || ch == '\n' || ch == '\t';
      words += !space && !in_word;
      in_word = !space;
    }
  }
  std::remove(path.c_str());
  state.SetBytesProcessed(int64_t(state.iterations()) * c.jsonl.size());
  state.counters["words/s"] = benchmark::Counter(
      double(words) * state.iterations(), benchmark::Counter::kIsRate);
  benchmark::DoNotOptimize(out_bytes);
}
BENCHMARK(BM_AnalyzeEndToEnd)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2);

}  // namespace
}  // namespace marsad::bench

BENCHMARK_MAIN();
