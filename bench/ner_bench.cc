// NER throughput and model load time.
//
//   bench/ner_bench --benchmark_filter=Ner
//
// BM_NerTag: tokens/s of NerTagger::Tag on pre-tokenised news text (one
// core, model loaded). BM_NerTokenizeAndTag: the same including
// tokenisation. BM_NerLoad: NerTagger::Load of the shipped model (with its
// self-test). Text: the reference page (../shared/seed) when present, else
// a built-in paragraph; repeated to about 1 MB.
#include <fstream>
#include <sstream>
#include <string>

#include "benchmark/benchmark.h"
#include "marsad/ner.h"
#include "marsad/tokenizer.h"

#ifndef MARSAD_SOURCE_DIR
#define MARSAD_SOURCE_DIR "."
#endif
#ifndef MARSAD_SHARED_DATA
#define MARSAD_SHARED_DATA "../shared/data"
#endif

namespace {

std::string ModelPath() {
  return std::string(MARSAD_SOURCE_DIR) + "/models/ner/marsad-ner.bin";
}

std::string BenchText() {
  std::ifstream in(std::string(MARSAD_SHARED_DATA) +
                   "/../seed/000_6b82d043b0b62833.txt");
  std::string base;
  if (in) {
    std::ostringstream ss;
    ss << in.rdbuf();
    base = ss.str();
  } else {
    base =
        "أجرى وزير الخارجية الأميركي أنتوني بلينكن السبت محادثات مع نظيره "
        "المصري سامح شكري على أمل أن تساعد مصر في وضع حد للهجوم.\n";
  }
  std::string text;
  while (text.size() < (1u << 20)) text += base;
  return text;
}

const marsad::NerTagger* Tagger() {
  static const marsad::NerTagger* t = [] {
    auto r = marsad::NerTagger::Load(ModelPath());
    return r.ok() ? r->release() : nullptr;
  }();
  return t;
}

void BM_NerTag(benchmark::State& state) {
  const marsad::NerTagger* tagger = Tagger();
  if (tagger == nullptr) {
    state.SkipWithError("cannot load models/ner/marsad-ner.bin");
    return;
  }
  std::string text = BenchText();
  marsad::Tokenizer tok;
  auto t = tok.Tokenize(text);
  if (!t.ok()) {
    state.SkipWithError("tokenizer failed");
    return;
  }
  size_t mentions = 0;
  for (auto _ : state) {
    auto spans = tagger->Tag(*t);
    mentions += spans.size();
    benchmark::DoNotOptimize(spans.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(t->tokens.size()));
  state.counters["tokens"] = static_cast<double>(t->tokens.size());
  state.counters["mentions"] =
      static_cast<double>(mentions) / state.iterations();
}
BENCHMARK(BM_NerTag)->Unit(benchmark::kMillisecond);

void BM_NerTokenizeAndTag(benchmark::State& state) {
  const marsad::NerTagger* tagger = Tagger();
  if (tagger == nullptr) {
    state.SkipWithError("cannot load models/ner/marsad-ner.bin");
    return;
  }
  std::string text = BenchText();
  marsad::Tokenizer tok;
  size_t tokens = 0;
  for (auto _ : state) {
    auto t = tok.Tokenize(text);
    tokens += t->tokens.size();
    auto spans = tagger->Tag(*t);
    benchmark::DoNotOptimize(spans.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(tokens));
}
BENCHMARK(BM_NerTokenizeAndTag)->Unit(benchmark::kMillisecond);

void BM_NerLoad(benchmark::State& state) {
  for (auto _ : state) {
    auto t = marsad::NerTagger::Load(ModelPath());
    if (!t.ok()) {
      state.SkipWithError(std::string(t.status().message()).c_str());
      return;
    }
    benchmark::DoNotOptimize(t->get());
  }
}
BENCHMARK(BM_NerLoad)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
