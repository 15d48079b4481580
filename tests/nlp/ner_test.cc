// Tests for the NER tagger: training on a tiny corpus, the model file
// (round trip, version, truncation, corruption, self-test), CoNLL scoring,
// and tagging real text including bad input. The shipped-model tests read
// models/ner/marsad-ner.bin from the source tree.
#include "marsad/ner.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "marsad/tokenizer.h"
#include "nlp/ner/conll.h"
#include "nlp/ner/decoder.h"
#include "nlp/ner/document_consistency.h"
#include "nlp/ner/labels.h"
#include "nlp/ner/model.h"
#include "nlp/ner/text_ops.h"
#include "nlp/ner/word_stats.h"
#include "train/ner_gazetteer_builder.h"
#include "train/ner_trainer.h"
#include "xxhash.h"

namespace marsad {
namespace {

using ::testing::HasSubstr;

// A tiny corpus written for this test (not from ANERcorp/AQMAR).
constexpr char kTinyConll[] = R"(قال O
الرئيس O
المصري O
عبد B-PERS
الفتاح I-PERS
السيسي I-PERS
في O
القاهرة B-LOC
. O

وزار O
وزير O
الخارجية O
سامح B-PER
شكري I-PER
مدينة O
الرياض B-LOC
. O

وأعلنت O
حركة O
حماس B-ORG
أنها O
هاجمت O
إسرائيل B-LOC
. O

ونقلت O
وكالة B-ORG
رويترز I-ORG
عن O
مسؤول O
في O
الأمم B-ORG
المتحدة I-ORG
. O

وشارك O
منتخب O
مصر B-LOC
في O
كأس B-MIS
العالم I-MIS
. O
)";

std::vector<ner::ConllSentence> Tiny() {
  auto s = ner::ParseConll(kTinyConll, "tiny");
  EXPECT_TRUE(s.ok()) << s.status();
  return s.ok() ? *s : std::vector<ner::ConllSentence>{};
}

std::string TrainTiny(uint32_t seed = 7) {
  ner::Gazetteer g;
  size_t n = 0;
  AddNerLexicon(&g, &n);
  NerTrainOptions o;
  o.epochs = 8;
  o.seed = seed;
  o.description = "tiny test corpus";
  auto r = TrainNer(Tiny(), {}, g, ner::WordStats(), o);
  EXPECT_TRUE(r.ok()) << r.status();
  return r.ok() ? r->bytes : std::string();
}

std::string ShippedModelPath() {
  return std::string(MARSAD_SOURCE_DIR) + "/models/ner/marsad-ner.bin";
}

TEST(NerLabelsTest, ParsesCorpusSpellings) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"O", "O"},         {"B-PERS", "B-PER"}, {"I-PERS", "I-PER"},
      {"B-PER", "B-PER"}, {"B-MIS", "B-MISC"}, {"I-MISC", "I-MISC"},
      {"B-LOC", "B-LOC"}, {"I-ORG", "I-ORG"},
  };
  for (const auto& [in, want] : cases) {
    auto y = ner::ParseLabel(in);
    ASSERT_TRUE(y.has_value()) << in;
    EXPECT_EQ(ner::LabelName(*y), want);
  }
  EXPECT_FALSE(ner::ParseLabel("B-DATE").has_value());
  EXPECT_FALSE(ner::ParseLabel("").has_value());
}

TEST(NerConllTest, ParseReportsLineOfUnknownTag) {
  auto s = ner::ParseConll("مصر B-LOC\nغزة B-CITY\n", "x.conll");
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.status().message(), HasSubstr("x.conll:2"));
}

TEST(NerConllTest, TokenIsEverythingBeforeTheLastField) {
  auto s = ner::ParseConll("الأمن 1706 I-ORG\n O\n\nمصر B-LOC\n", "x");
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(s->size(), 2u);
  EXPECT_EQ((*s)[0].words, std::vector<std::string>{"الأمن 1706"});
  EXPECT_EQ((*s)[1].tags, std::vector<std::string>{"B-LOC"});
}

// "-DOCSTART-" lines mark documents (no sentence of their own).
TEST(NerConllTest, DocstartMarksTheNextSentence) {
  auto s = ner::ParseConll(
      "-DOCSTART- O\n\nقال O\nبايدن B-PER\n\nوأضاف O\n-DOCSTART- O\n"
      "مصر B-LOC\n",
      "x");
  ASSERT_TRUE(s.ok()) << s.status();
  ASSERT_EQ(s->size(), 3u);
  EXPECT_TRUE((*s)[0].document_start);
  EXPECT_FALSE((*s)[1].document_start);
  EXPECT_EQ((*s)[1].words, std::vector<std::string>{"وأضاف"});
  EXPECT_TRUE((*s)[2].document_start);
  EXPECT_EQ((*s)[2].tags, std::vector<std::string>{"B-LOC"});
}

TEST(NerConllTest, ConllevalSemantics) {
  // I-X after O starts a mention (conlleval); type change splits.
  std::vector<std::string> gold = {"B-PER", "I-PER", "O",
                                   "B-LOC", "I-LOC", "O"};
  std::vector<std::string> pred = {"B-PER", "I-PER", "O",
                                   "I-LOC", "I-ORG", "B-MISC"};
  auto g = ner::MentionsOf(gold);
  auto p = ner::MentionsOf(pred);
  ASSERT_EQ(g.size(), 2u);
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(p[1].begin, 3u);
  EXPECT_EQ(p[1].end, 4u);
  EXPECT_EQ(p[1].type, "LOC");
  ner::ConllScorer scorer;
  scorer.Add(gold, pred);
  ner::ConllScorer::Counts m = scorer.Micro();
  EXPECT_EQ(m.tp, 1u);
  EXPECT_EQ(m.fp, 3u);
  EXPECT_EQ(m.fn, 1u);
  EXPECT_NEAR(m.F1(), 2 * 0.25 * 0.5 / 0.75, 1e-9);
  EXPECT_THAT(scorer.Report(), HasSubstr("wrong boundaries"));
}

// Document consistency: sentences as "word/LABEL ..." (LABEL O when absent),
// before and after.
struct ConsistencyCase {
  std::vector<const char*> before;
  std::vector<const char*> after;
  uint32_t window;
};

class NerConsistencyTest : public ::testing::TestWithParam<ConsistencyCase> {};

TEST_P(NerConsistencyTest, OneNameOneReading) {
  const ConsistencyCase& c = GetParam();
  auto parse = [](const char* line, std::vector<std::string>* words,
                  std::vector<std::string>* labels) {
    std::istringstream in(line);
    std::string item;
    while (in >> item) {
      const size_t slash = item.find('/');
      words->push_back(item.substr(0, slash));
      labels->push_back(slash == std::string::npos ? "O"
                                                   : item.substr(slash + 1));
    }
  };
  std::vector<std::vector<std::string>> words, labels, want_words, want;
  for (const char* line : c.before) {
    words.emplace_back();
    labels.emplace_back();
    parse(line, &words.back(), &labels.back());
  }
  for (const char* line : c.after) {
    want_words.emplace_back();
    want.emplace_back();
    parse(line, &want_words.back(), &want.back());
  }
  ner::ConsistencyOptions options;
  options.window = c.window;
  ner::MakeConsistent(words, &labels, options);
  EXPECT_EQ(labels, want);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, NerConsistencyTest,
    ::testing::Values(
        // A name tagged once is tagged where the tagger missed it; a
        // proclitic token of a one-word name is labelled whole.
        ConsistencyCase{{"وصل جو/B-PER بايدن/I-PER إلى بغداد/B-LOC",
                         "وقال جو بايدن إن وبغداد آمنة"},
                        {"وصل جو/B-PER بايدن/I-PER إلى بغداد/B-LOC",
                         "وقال جو/B-PER بايدن/I-PER إن وبغداد/B-LOC آمنة"},
                        40},
        // The majority type wins; a tie changes nothing.
        ConsistencyCase{{"زار قطر/B-LOC", "في قطر/B-LOC", "مع قطر/B-ORG"},
                        {"زار قطر/B-LOC", "في قطر/B-LOC", "مع قطر/B-LOC"},
                        40},
        ConsistencyCase{{"زار قطر/B-LOC", "مع قطر/B-ORG"},
                        {"زار قطر/B-LOC", "مع قطر/B-ORG"},
                        40},
        // Outside the window nothing votes; window 0 changes nothing.
        ConsistencyCase{{"وصل بلينكن/B-PER", "ثم", "ثم", "وقال بلينكن"},
                        {"وصل بلينكن/B-PER", "ثم", "ثم", "وقال بلينكن"},
                        2},
        ConsistencyCase{{"وصل بلينكن/B-PER", "وقال بلينكن"},
                        {"وصل بلينكن/B-PER", "وقال بلينكن"},
                        0},
        // Short one-word names do not spread.
        ConsistencyCase{
            {"قال أب/B-PER", "ثم أب"}, {"قال أب/B-PER", "ثم أب"}, 40}));

TEST(NerDecoderTest, ViterbiNeverEmitsInsideAfterOutside) {
  // Emissions strongly prefer I-PER everywhere; the only legal reading
  // starts with B-PER.
  const int n = 3;
  std::vector<float> e(n * ner::kNumLabels, 0.f);
  for (int t = 0; t < n; ++t) e[t * ner::kNumLabels + 2] = 10.f;
  e[0 * ner::kNumLabels + 1] = 1.f;
  std::vector<float> tr(ner::kNumTransitions, 0.f);
  std::vector<int> out;
  ner::Viterbi(e.data(), n, tr.data(), &out);
  EXPECT_EQ(out, (std::vector<int>{1, 2, 2}));
  std::vector<float> marg;
  ner::Marginals(e.data(), n, tr.data(), 1.f, &marg);
  for (int t = 0; t < n; ++t) {
    float sum = 0;
    for (int y = 0; y < ner::kNumLabels; ++y)
      sum += marg[t * ner::kNumLabels + y];
    EXPECT_NEAR(sum, 1.f, 1e-4);
  }
  EXPECT_EQ(marg[0 * ner::kNumLabels + 2], 0.f);  // I at the start: impossible
}

// Marginals against a reference computed in double precision in log space
// (the textbook recursion): short sequences with mild scores, and long
// ones whose summed scores reach 10^5, where a float log-space recursion
// loses the digits that tell 0.48 from 0.56.
std::vector<double> ReferenceMarginals(const std::vector<float>& e, int n,
                                       const std::vector<float>& tr,
                                       double scale) {
  const int L = ner::kNumLabels;
  const double neg = -std::numeric_limits<double>::infinity();
  auto lse = [&](const std::vector<double>& v) {
    double m = neg;
    for (double x : v) m = std::max(m, x);
    if (m == neg) return neg;
    double s = 0;
    for (double x : v) s += std::exp(x - m);
    return m + std::log(s);
  };
  std::vector<double> a(n * L), b(n * L), tmp(L);
  for (int y = 0; y < L; ++y) {
    a[y] = ner::Allowed(-1, y) ? scale * (double{tr[y]} + e[y]) : neg;
  }
  for (int t = 1; t < n; ++t) {
    for (int y = 0; y < L; ++y) {
      for (int p = 0; p < L; ++p) {
        tmp[p] = ner::Allowed(p, y)
                     ? a[(t - 1) * L + p] + scale * tr[(p + 1) * L + y]
                     : neg;
      }
      a[t * L + y] = lse(tmp) + scale * e[t * L + y];
    }
  }
  for (int y = 0; y < L; ++y) b[(n - 1) * L + y] = 0;
  for (int t = n - 2; t >= 0; --t) {
    for (int p = 0; p < L; ++p) {
      for (int y = 0; y < L; ++y) {
        tmp[y] =
            ner::Allowed(p, y)
                ? scale * (double{tr[(p + 1) * L + y]} + e[(t + 1) * L + y]) +
                      b[(t + 1) * L + y]
                : neg;
      }
      b[t * L + p] = lse(tmp);
    }
  }
  const double z = lse(std::vector<double>(a.end() - L, a.end()));
  std::vector<double> out(n * L);
  for (int i = 0; i < n * L; ++i) {
    out[i] = a[i] == neg || b[i] == neg ? 0.0 : std::exp(a[i] + b[i] - z);
  }
  return out;
}

TEST(NerDecoderTest, MarginalsMatchADoublePrecisionReference) {
  struct Case {
    int n;
    float spread;  // scores are uniform in [-spread, spread] plus a bias
    float bias;
    float scale;
  };
  for (const Case& c : {Case{1, 2.f, 0.f, 1.f}, Case{5, 3.f, 0.f, 0.5f},
                        Case{40, 8.f, 0.f, 1.f}, Case{500, 30.f, 200.f, 1.f},
                        Case{2000, 60.f, 300.f, 0.3f}}) {
    uint64_t state = 12345 + c.n;
    auto uniform = [&] {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      return static_cast<float>((state >> 40) & 0xffffff) / 16777216.f;
    };
    const int L = ner::kNumLabels;
    std::vector<float> e(c.n * L), tr(ner::kNumTransitions);
    for (float& x : e) x = c.bias + c.spread * (2 * uniform() - 1);
    for (float& x : tr) x = 4 * (2 * uniform() - 1);
    std::vector<float> got;
    ner::Marginals(e.data(), c.n, tr.data(), c.scale, &got);
    const std::vector<double> want = ReferenceMarginals(e, c.n, tr, c.scale);
    ASSERT_EQ(got.size(), want.size());
    double worst = 0;
    for (size_t i = 0; i < got.size(); ++i) {
      worst = std::max(worst, std::abs(got[i] - want[i]));
    }
    EXPECT_LT(worst, 1e-5) << "n=" << c.n << " bias=" << c.bias;
  }
}

// Scores 10^4 apart underflow the scaled recursion; the log-space one
// takes over and the impossible stays impossible.
TEST(NerDecoderTest, MarginalsSurviveScoresFarApart) {
  const int L = ner::kNumLabels, n = 3;
  std::vector<float> e(n * L, 0.f), tr(ner::kNumTransitions, 0.f);
  tr[0 * L + 1] = 10000.f;         // start → B-PER
  tr[(1 + 1) * L + 0] = -10000.f;  // B-PER → O
  std::vector<float> got;
  ner::Marginals(e.data(), n, tr.data(), 1.f, &got);
  const std::vector<double> want = ReferenceMarginals(e, n, tr, 1.0);
  for (int i = 0; i < n * L; ++i) EXPECT_NEAR(got[i], want[i], 1e-4) << i;
  EXPECT_EQ(got[0 * L + 2], 0.f);
}

TEST(NerTrainTest, TinyCorpusRoundTripAndDeterminism) {
  std::string bytes = TrainTiny();
  ASSERT_FALSE(bytes.empty());
  EXPECT_EQ(bytes, TrainTiny()) << "same data and seed must give the same file";
  auto tagger = NerTagger::FromBuffer(bytes);
  ASSERT_TRUE(tagger.ok()) << tagger.status();
  EXPECT_EQ((*tagger)->info().description, "tiny test corpus");
  // It has learned its own training data.
  for (const ner::ConllSentence& s : Tiny()) {
    EXPECT_EQ((*tagger)->TagWords(s.words), s.tags);
  }
  // Save and load through a file.
  std::string path = ::testing::TempDir() + "/tiny_ner.bin";
  {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
  }
  auto loaded = NerTagger::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  EXPECT_EQ((*loaded)->info().num_features, (*tagger)->info().num_features);
}

// The CRF trainer (L-BFGS on the penalised likelihood): the same data give
// the same bytes, it learns its training data, a gold «I-X» after «O» (as
// the corpora have now and then) is read as «B-X», and bad options are
// refused.
TEST(NerTrainTest, CrfTinyCorpusDeterministicAndLearned) {
  ner::Gazetteer g;
  size_t n = 0;
  AddNerLexicon(&g, &n);
  NerTrainOptions o;
  o.algorithm = NerTrainOptions::Algorithm::kCrf;
  o.crf_c2 = 0.01;
  o.crf_iterations = 200;
  o.description = "tiny CRF";
  std::vector<ner::ConllSentence> data = Tiny();
  auto first = TrainNer(data, {}, g, ner::WordStats(), o);
  ASSERT_TRUE(first.ok()) << first.status();
  auto second = TrainNer(data, {}, g, ner::WordStats(), o);
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(first->bytes, second->bytes);
  auto tagger = NerTagger::FromBuffer(first->bytes);
  ASSERT_TRUE(tagger.ok()) << tagger.status();
  for (const ner::ConllSentence& s : data) {
    EXPECT_EQ((*tagger)->TagWords(s.words), s.tags);
  }
  // An inside label after O in the gold: training still converges to a
  // model that tags the sentence as the decoder can (B- then I-).
  std::vector<ner::ConllSentence> odd = data;
  ner::ConllSentence broken = data[0];
  for (std::string& tag : broken.tags) {
    if (tag.starts_with("B-")) tag[0] = 'I';
  }
  odd.push_back(broken);
  auto trained = TrainNer(odd, {}, g, ner::WordStats(), o);
  ASSERT_TRUE(trained.ok()) << trained.status();
  auto odd_tagger = NerTagger::FromBuffer(trained->bytes);
  ASSERT_TRUE(odd_tagger.ok()) << odd_tagger.status();
  EXPECT_EQ((*odd_tagger)->TagWords(data[0].words), data[0].tags);
  o.crf_c2 = 0;
  EXPECT_FALSE(TrainNer(data, {}, g, ner::WordStats(), o).ok());
  o.crf_c2 = 0.1;
  o.crf_iterations = 0;
  EXPECT_FALSE(TrainNer(data, {}, g, ner::WordStats(), o).ok());
}

// The `doc` group: evidence gathered over a document (a trigger before a
// name in one sentence) reaches the name's other sentences; the model file
// keeps the group, and TagSentences reads the document while TagWords
// reads the sentence alone.
TEST(NerTrainTest, DocumentGroupTrainsAndTags) {
  ner::Gazetteer g;
  size_t n = 0;
  AddNerLexicon(&g, &n);
  ner::FeatureExtractor fx(ner::kAllGroups, &g, nullptr);
  ner::FeatureBuffer buf;
  ner::DocEvidence doc;
  std::vector<std::string> norms = {ner::NormalizeWord("وقال"),
                                    ner::NormalizeWord("الرئيس"),
                                    ner::NormalizeWord("ماكرون")};
  std::vector<std::string_view> views(norms.begin(), norms.end());
  fx.AddEvidence(views, &buf, &doc);
  const uint64_t key = XXH3_64bits(norms[2].data(), norms[2].size());
  const uint32_t v = doc.Get(key);
  EXPECT_TRUE(v & ner::kDocAfterPerTrigger) << v;
  EXPECT_TRUE(v & ner::kDocBare) << v;
  EXPECT_EQ(v >> 16, 1u);
  fx.AddEvidence(views, &buf, &doc);
  EXPECT_EQ(doc.Get(key) >> 16, 2u);
  // Features with the evidence differ from features without it.
  std::vector<std::string> alone = {ner::NormalizeWord("ماكرون")};
  std::vector<std::string_view> alone_view(alone.begin(), alone.end());
  fx.Extract(alone_view, &buf, nullptr);
  const std::vector<uint64_t> without = buf.feats;
  fx.Extract(alone_view, &buf, &doc);
  EXPECT_GT(buf.feats.size(), without.size());
  // A group without the bit gathers nothing.
  ner::FeatureExtractor plain(ner::kAllGroups & ~ner::kGroupDoc, &g, nullptr);
  ner::DocEvidence none;
  plain.AddEvidence(views, &buf, &none);
  EXPECT_TRUE(none.empty());

  NerTrainOptions o;
  o.epochs = 8;
  o.seed = 7;
  o.groups = ner::kAllGroups & ~ner::kGroupChargram;
  o.doc_sentences = 3;
  auto r = TrainNer(Tiny(), {}, g, ner::WordStats(), o);
  ASSERT_TRUE(r.ok()) << r.status();
  auto tagger = NerTagger::FromBuffer(r->bytes);
  ASSERT_TRUE(tagger.ok()) << tagger.status();
  EXPECT_NE((*tagger)->info().feature_settings.find("doc"), std::string::npos);
  std::vector<std::vector<std::string>> words;
  for (const ner::ConllSentence& s : Tiny()) words.push_back(s.words);
  const auto tagged = (*tagger)->TagSentences(words, 3);
  ASSERT_EQ(tagged.size(), words.size());
  for (size_t k = 0; k < words.size(); ++k) {
    EXPECT_EQ(tagged[k].size(), words[k].size());
  }
  // Without the group, TagSentences is TagWords sentence by sentence.
  auto old = NerTagger::FromBuffer(TrainTiny());
  ASSERT_TRUE(old.ok()) << old.status();
  const auto by_block = (*old)->TagSentences(words, 2);
  for (size_t k = 0; k < words.size(); ++k) {
    EXPECT_EQ(by_block[k], (*old)->TagWords(words[k]));
  }
}

// Word statistics with clusters for the tiny corpus: names in class 1,
// places in class 2 (coarse: both 1), everything else unclustered.
ner::WordStats TinyStatsWithClusters() {
  ner::WordStats stats;
  auto add = [&](const char* word, uint16_t fine, uint16_t coarse) {
    std::string norm = ner::NormalizeWord(word);
    ner::WordStat s;
    s.code = 0x11;
    s.cluster = {fine, coarse, 0};
    stats.Add(ner::WordStats::KeyOf(ner::SegmentWord(norm).base), s);
  };
  for (const char* w : {"السيسي", "شكري", "حماس"}) add(w, 1, 1);
  for (const char* w : {"القاهرة", "الرياض", "إسرائيل", "مصر"}) add(w, 2, 1);
  add("قال", 0, 0);  // a base with statistics but no cluster
  stats.set_cluster_sizes({2, 1});
  return stats;
}

TEST(NerTrainTest, ClustersTravelInTheModelFile) {
  ner::Gazetteer g;
  NerTrainOptions o;
  o.epochs = 8;
  o.seed = 7;
  ASSERT_NE(o.groups & ner::kGroupCluster, 0u);  // on by default
  const ner::WordStats stats = TinyStatsWithClusters();
  auto r = TrainNer(Tiny(), {}, g, stats, o);
  ASSERT_TRUE(r.ok()) << r.status();
  auto again = TrainNer(Tiny(), {}, g, stats, o);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(r->bytes, again->bytes);

  auto m = ner::ParseModel(r->bytes, "c.bin");
  ASSERT_TRUE(m.ok()) << m.status();
  EXPECT_EQ(m->word_stats.cluster_sizes(), (std::vector<uint32_t>{2, 1}));
  const ner::WordStat* sisi = m->word_stats.Find(ner::WordStats::KeyOf(
      ner::SegmentWord(ner::NormalizeWord("السيسي")).base));
  ASSERT_NE(sisi, nullptr);
  EXPECT_EQ(sisi->cluster[0], 1);
  EXPECT_EQ(sisi->cluster[1], 1);
  const ner::WordStat* qal = m->word_stats.Find(
      ner::WordStats::KeyOf(ner::SegmentWord(ner::NormalizeWord("قال")).base));
  ASSERT_NE(qal, nullptr);
  EXPECT_EQ(qal->cluster[0], 0);

  auto tagger = NerTagger::FromBuffer(r->bytes);  // runs the self-test
  ASSERT_TRUE(tagger.ok()) << tagger.status();
  EXPECT_THAT((*tagger)->info().feature_settings, HasSubstr("cluster"));
  for (const ner::ConllSentence& s : Tiny()) {
    EXPECT_EQ((*tagger)->TagWords(s.words), s.tags);
  }

  // Without the cluster group the file carries no CLUS section.
  o.groups &= ~ner::kGroupCluster;
  auto plain = TrainNer(Tiny(), {}, g, stats, o);
  ASSERT_TRUE(plain.ok());
  auto pm = ner::ParseModel(plain->bytes, "p.bin");
  ASSERT_TRUE(pm.ok()) << pm.status();
  EXPECT_TRUE(pm->word_stats.cluster_sizes().empty());
}

TEST(NerTrainTest, SilverStatisticsTravelInTheModelFile) {
  ner::Gazetteer g;
  NerTrainOptions o;
  o.epochs = 8;
  o.seed = 7;
  ASSERT_NE(o.groups & ner::kGroupSilver, 0u);  // on by default
  ner::WordStats stats = TinyStatsWithClusters();
  const uint64_t sisi = ner::WordStats::KeyOf(
      ner::SegmentWord(ner::NormalizeWord("السيسي")).base);
  stats.Mutable(sisi)->silver = 3;  // PER band 3: mostly inside PER
  stats.set_has_silver(true);
  auto r = TrainNer(Tiny(), {}, g, stats, o);
  ASSERT_TRUE(r.ok()) << r.status();
  auto m = ner::ParseModel(r->bytes, "s.bin");
  ASSERT_TRUE(m.ok()) << m.status();
  EXPECT_TRUE(m->word_stats.has_silver());
  ASSERT_NE(m->word_stats.Find(sisi), nullptr);
  EXPECT_EQ(m->word_stats.Find(sisi)->silver, 3);
  auto tagger = NerTagger::FromBuffer(r->bytes);  // runs the self-test
  ASSERT_TRUE(tagger.ok()) << tagger.status();
  for (const ner::ConllSentence& s : Tiny()) {
    EXPECT_EQ((*tagger)->TagWords(s.words), s.tags);
  }
  // Without the group the statistics stay out of the file.
  o.groups &= ~ner::kGroupSilver;
  auto plain = TrainNer(Tiny(), {}, g, stats, o);
  ASSERT_TRUE(plain.ok());
  auto pm = ner::ParseModel(plain->bytes, "p.bin");
  ASSERT_TRUE(pm.ok()) << pm.status();
  EXPECT_FALSE(pm->word_stats.has_silver());
}

// The letter-trigram name score: bands follow the table, travel in the
// FRGN section, and a model without the group leaves the table out.
TEST(NerTrainTest, ForeignTableTravelsInTheModelFile) {
  ner::WordStats stats = TinyStatsWithClusters();
  EXPECT_EQ(stats.ForeignBand("بايدن"), -1);  // no table yet
  absl::flat_hash_map<uint32_t, int8_t> table;
  // Trigrams of "^با", "باي", "ايد", "يدن", "دن$" strongly name-like.
  const char32_t w[] = {'^', U'ب', U'ا', U'ي', U'د', U'ن', '$'};
  for (size_t j = 0; j + 3 <= 7; ++j) {
    table[ner::WordStats::TrigramKey(w[j], w[j + 1], w[j + 2])] = 40;
  }
  stats.set_foreign(std::move(table), -16);  // unseen: -2 nats
  EXPECT_EQ(stats.ForeignBand("بايدن"), 8);  // +5 nats: the top band
  EXPECT_EQ(stats.ForeignBand("قال"), 2);    // unseen trigrams: -2 nats
  EXPECT_EQ(stats.ForeignBand(""), -1);
  ner::Gazetteer g;
  NerTrainOptions o;
  o.epochs = 8;
  o.seed = 7;
  o.groups |= ner::kGroupForeign;
  auto r = TrainNer(Tiny(), {}, g, stats, o);
  ASSERT_TRUE(r.ok()) << r.status();
  auto m = ner::ParseModel(r->bytes, "f.bin");
  ASSERT_TRUE(m.ok()) << m.status();
  ASSERT_TRUE(m->word_stats.has_foreign());
  EXPECT_EQ(m->word_stats.ForeignBand("بايدن"), 8);
  EXPECT_EQ(m->word_stats.ForeignBand("قال"), 2);
  auto tagger = NerTagger::FromBuffer(r->bytes);  // runs the self-test
  ASSERT_TRUE(tagger.ok()) << tagger.status();
  o.groups &= ~ner::kGroupForeign;
  auto plain = TrainNer(Tiny(), {}, g, stats, o);
  ASSERT_TRUE(plain.ok());
  auto pm = ner::ParseModel(plain->bytes, "p.bin");
  ASSERT_TRUE(pm.ok()) << pm.status();
  EXPECT_FALSE(pm->word_stats.has_foreign());
  // A truncated section is refused with a clear error.
  ner::WordStats bad;
  EXPECT_FALSE(bad.ParseForeign(std::string_view("\x02\0\0\0\0", 5)).ok());
}

// Mutations inside the CLUS and SILV sections, re-wrapped behind a valid
// header so the checksum does not stop them: an error or a working tagger,
// never a crash.
TEST(NerModelFileTest, MutatedClusterAndSilverSectionsNeverCrash) {
  ner::Gazetteer g;
  NerTrainOptions o;
  o.epochs = 2;
  ner::WordStats stats = TinyStatsWithClusters();
  stats.set_has_silver(true);
  for (uint64_t key : {ner::WordStats::KeyOf("مصر")}) {
    if (ner::WordStat* st = stats.Mutable(key)) st->silver = 0x0C;
  }
  auto r = TrainNer(Tiny(), {}, g, stats, o);
  ASSERT_TRUE(r.ok()) << r.status();
  const std::string payload = r->bytes.substr(ner::kModelHeaderSize);
  NerOptions no_check;
  no_check.verify_self_test = false;
  uint64_t state = 777;
  for (const char* tag : {"CLUS", "SILV"}) {
    size_t at = payload.find(tag);
    ASSERT_NE(at, std::string::npos) << tag;
    for (int i = 0; i < 400; ++i) {
      std::string m = payload;
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      size_t pos = at + 8 + (state >> 33) % 40;  // length field and body
      if (pos >= m.size()) continue;
      m[pos] = static_cast<char>(state >> 11);
      auto t = NerTagger::FromBuffer(ner::WrapModelPayload(m), no_check);
      if (t.ok()) (*t)->TagWords({"وزار", "الرئيس", "مصر"});
    }
  }
}

TEST(NerModelFileTest, BadClustersAndUnknownGroupsAreRefused) {
  ner::ModelData m;
  m.normalizer = ner::NormalizerSettings();
  m.groups = ner::kAllGroups;
  ner::WordStat s;
  s.cluster = {3, 0, 0};  // class 3 of 2
  m.word_stats.Add(42, s);
  m.word_stats.set_cluster_sizes({2});
  auto bad = ner::ParseModel(ner::SerializeModel(m), "c.bin");
  EXPECT_EQ(bad.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_THAT(bad.status().message(), HasSubstr("CLUS"));
  EXPECT_THAT(bad.status().message(), HasSubstr("c.bin"));

  m.word_stats = ner::WordStats();
  m.groups = ner::kAllGroups | (1u << 20);  // a group from a later build
  auto later = ner::ParseModel(ner::SerializeModel(m), "g.bin");
  EXPECT_EQ(later.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(later.status().message(), HasSubstr("feature groups"));
}

TEST(NerModelFileTest, BadFilesGiveClearErrors) {
  std::string good = TrainTiny();
  ASSERT_GT(good.size(), ner::kModelHeaderSize);

  auto missing = NerTagger::Load("/nonexistent/dir/model.bin");
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);

  std::string wrong_version = good;
  wrong_version[8] = 7;  // version field
  auto v = NerTagger::FromBuffer(wrong_version, {}, "m.bin");
  EXPECT_EQ(v.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(v.status().message(), HasSubstr("format version 7"));
  EXPECT_THAT(v.status().message(), HasSubstr("m.bin"));

  for (size_t cut :
       {size_t{0}, size_t{5}, size_t{20}, good.size() / 2, good.size() - 1}) {
    auto t = NerTagger::FromBuffer(std::string_view(good).substr(0, cut));
    EXPECT_FALSE(t.ok()) << "cut at " << cut;
    if (cut >= ner::kModelHeaderSize) {
      EXPECT_EQ(t.status().code(), absl::StatusCode::kDataLoss);
      EXPECT_THAT(t.status().message(), HasSubstr("truncated"));
    }
  }

  std::string bad_magic = good;
  bad_magic[0] = 'X';
  EXPECT_EQ(NerTagger::FromBuffer(bad_magic).status().code(),
            absl::StatusCode::kInvalidArgument);

  std::string flipped = good;
  flipped[good.size() / 2] ^= 0x40;
  auto c = NerTagger::FromBuffer(flipped);
  EXPECT_EQ(c.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_THAT(c.status().message(), HasSubstr("checksum"));
}

TEST(NerModelFileTest, SelfTestMismatchIsRefused) {
  auto data = ner::ParseModel(TrainTiny(), "tiny");
  ASSERT_TRUE(data.ok()) << data.status();
  ASSERT_FALSE(data->self_tests.empty());
  // Pretend the model said something else when it was trained.
  ner::SelfTest& t = data->self_tests[0];
  t.labels[0] = t.labels[0] == ner::kOutside ? 7 : ner::kOutside;
  std::string bytes = ner::SerializeModel(*data);
  auto tagger = NerTagger::FromBuffer(bytes, {}, "edited.bin");
  EXPECT_EQ(tagger.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(tagger.status().message(), HasSubstr("self-test"));
  NerOptions lax;
  lax.verify_self_test = false;
  EXPECT_TRUE(NerTagger::FromBuffer(bytes, lax).ok());
}

TEST(NerModelFileTest, MutatedFilesNeverCrash) {
  std::string good = TrainTiny();
  uint64_t state = 12345;
  for (int i = 0; i < 300; ++i) {
    std::string m = good;
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    size_t pos = ner::kModelHeaderSize +
                 (state >> 33) % (m.size() - ner::kModelHeaderSize);
    m[pos] = static_cast<char>(state >> 11);
    // Checksum makes every mutation fail cleanly.
    EXPECT_FALSE(NerTagger::FromBuffer(m).ok() && m != good);
  }
}

class ShippedModelTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto t = NerTagger::Load(ShippedModelPath());
    ASSERT_TRUE(t.ok()) << t.status();
    tagger_ = t->release();
  }
  static void TearDownTestSuite() {
    delete tagger_;
    tagger_ = nullptr;
  }
  struct Found {
    std::string text, type;
  };
  static std::vector<Found> Run(const std::string& input) {
    Tokenizer tok;
    auto t = tok.Tokenize(input);
    EXPECT_TRUE(t.ok()) << t.status();
    std::vector<Found> out;
    if (!t.ok()) return out;
    for (const NerSpan& s : tagger_->Tag(*t)) {
      EXPECT_LT(s.first_token, s.end_token);
      EXPECT_LE(s.end_token, t->tokens.size());
      EXPECT_LE(s.span.end, input.size());
      EXPECT_GE(s.confidence, 0.f);
      EXPECT_LE(s.confidence, 1.f);
      out.push_back({std::string(s.span.Of(input)), EntityTypeName(s.type)});
    }
    return out;
  }
  static bool Has(const std::vector<Found>& f, const std::string& text,
                  const std::string& type) {
    return std::any_of(f.begin(), f.end(), [&](const Found& x) {
      return x.text == text && x.type == type;
    });
  }
  static NerTagger* tagger_;
};
NerTagger* ShippedModelTest::tagger_ = nullptr;

TEST_F(ShippedModelTest, SeedPageSentences) {
  // Sentences of the reference page (/work/shared/seed, may ship).
  auto f = Run(
      "أجرى وزير الخارجية الأميركي أنتوني بلينكن السبت محادثات مع نظيره المصري "
      "سامح شكري على أمل أن تساعد مصر في وضع حد للهجوم الذي تشنه حركة حماس ضد "
      "إسرائيل، وفقا لوزارة الخارجية الأميركية.");
  EXPECT_TRUE(Has(f, "سامح شكري", "PER"));
  EXPECT_TRUE(Has(f, "مصر", "LOC"));
  EXPECT_TRUE(Has(f, "إسرائيل", "LOC"));
  auto g = Run(
      "ووجه بايدن فريق الأمن القومي بالبقاء على اتصال حول الموقف معدول في "
      "المنطقة من بينها مصر وتركيا وقطر والسعودية والأردن وعمان والإمارات.");
  // Clitics stay outside the span: والسعودية -> السعودية.
  EXPECT_TRUE(Has(g, "السعودية", "LOC"));
  EXPECT_TRUE(Has(g, "تركيا", "LOC"));
  EXPECT_TRUE(Has(g, "قطر", "LOC"));
  EXPECT_TRUE(Has(g, "بايدن", "PER"));
}

TEST_F(ShippedModelTest, SeedPageRequiredEntities) {
  // The entities issue 3 requires from the reference page; the model must
  // find at least 85% of them exactly (type and span). Misses are printed.
  std::ifstream in(std::string(MARSAD_SHARED_DATA) +
                   "/../seed/000_6b82d043b0b62833.txt");
  if (!in) GTEST_SKIP() << "seed page not present";
  std::ostringstream ss;
  ss << in.rdbuf();
  auto found = Run(ss.str());
  const std::vector<std::pair<std::string, std::string>> required = {
      {"أنتوني بلينكن", "PER"},
      {"سامح شكري", "PER"},
      {"جو بايدن", "PER"},
      {"ماثيو ميلر", "PER"},
      {"بنيامين نتانياهو", "PER"},
      {"بنيامين نتنياهو", "PER"},
      {"دونالد ترامب", "PER"},
      {"بتسلئيل سموتريتش", "PER"},
      {"حماس", "ORG"},
      {"وزارة الخارجية الأميركية", "ORG"},
      {"سكاي نيوز عربية", "ORG"},
      {"إسرائيل هيوم", "ORG"},
      {"إسرائيل", "LOC"},
      {"مصر", "LOC"},
      {"تركيا", "LOC"},
      {"قطر", "LOC"},
      {"السعودية", "LOC"},
      {"الأردن", "LOC"},
      {"عمان", "LOC"},
      {"الإمارات", "LOC"},
      {"واشنطن", "LOC"},
      {"غزة", "LOC"},
      {"تل أبيب", "LOC"},
      {"سوريا", "LOC"},
      {"لبنان", "LOC"},
      {"إيران", "LOC"},
  };
  int hits = 0;
  for (const auto& [text, type] : required) {
    if (Has(found, text, type)) {
      ++hits;
    } else {
      std::cout << "  seed miss: " << type << " " << text << "\n";
    }
  }
  EXPECT_GE(hits, static_cast<int>(0.85 * required.size()))
      << hits << " of " << required.size();
}

TEST_F(ShippedModelTest, OtherOutletSentence) {
  auto f =
      Run("واستقبل الملك عبد الله الثاني في عمّان رئيس الوزراء العراقي "
          "محمد شياع السوداني لبحث العلاقات بين الأردن والعراق.");
  EXPECT_TRUE(Has(f, "الأردن", "LOC"));
  EXPECT_TRUE(Has(f, "العراق", "LOC"));
  // «السوداني» is also the adjective "Sudanese"; the model may stop the
  // name before it (a known miss, models/ner/MODEL.md), but the name starts
  // at «محمد».
  EXPECT_TRUE(Has(f, "محمد شياع السوداني", "PER") ||
              Has(f, "محمد شياع", "PER"));
}

// A mention never spans a hashtag, link or handle, nor ends with a
// proclitic written apart and glued to a figure («بـ3»); the letters of
// «أ ف ب» stay one name.
TEST_F(ShippedModelTest, NoMentionOverTagsOrDetachedClitics) {
  for (const auto& f :
       {Run("وسوم: #الأردن #الانتخابات_النيابية_2024 #رؤيا"),
        Run("ووافق صندوق النقد بـ3 مليارات دولار على القرض."),
        Run("وأضاف المصدر أن المعارك مستمرة منذ الصباح. (أ ف ب)")}) {
    for (const Found& x : f) {
      EXPECT_EQ(x.text.find('#'), std::string::npos) << x.text;
      EXPECT_FALSE(x.text.ends_with(" بـ")) << x.text;
      EXPECT_FALSE(x.text.ends_with(" ب") && x.text != "أ ف ب") << x.text;
    }
  }
}

TEST_F(ShippedModelTest, EmptyWhitespaceAndNonArabicGiveNoMentions) {
  EXPECT_TRUE(Run("").empty());
  EXPECT_TRUE(Run("   \n\t  \n").empty());
  EXPECT_TRUE(Run("... 2023 -- 3.5% !!! (( ))").empty());
  Run("Hello world, this is English text with no Arabic at all.");  // no crash
  EXPECT_TRUE(tagger_->TagWords({}).empty());
}

TEST_F(ShippedModelTest, LongUnpunctuatedTextIsChunkedAndBounded) {
  // About 1 MB of Arabic words with no punctuation or newline.
  const std::string piece = "قال الرئيس جو بايدن إن الولايات المتحدة تدعم مصر ";
  std::string big;
  while (big.size() < (1u << 20)) big += piece;
  Tokenizer tok;
  auto t = tok.Tokenize(big);
  ASSERT_TRUE(t.ok());
  auto start = std::chrono::steady_clock::now();
  std::vector<NerSpan> spans = tagger_->Tag(*t);
  double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  EXPECT_GT(spans.size(), 1000u);
  EXPECT_LT(secs, 60.0);  // linear, not quadratic
  for (size_t i = 1; i < spans.size(); ++i) {
    EXPECT_LE(spans[i - 1].end_token, spans[i].first_token);
  }
  // The CoNLL path chunks as well.
  std::vector<std::string> words(100000, "بايدن");
  EXPECT_EQ(tagger_->TagWords(words).size(), words.size());
}

}  // namespace
}  // namespace marsad
