// Tests for the exchange-algorithm word clusters (train/word_clusters.h).
#include "train/word_clusters.h"

#include <cstdint>
#include <vector>

#include "gtest/gtest.h"

namespace marsad {
namespace {

// Two kinds of words with disjoint contexts, as in news: names (ids 1-4)
// follow the title word 0 («الرئيس») and precede the verb 5 («قال»);
// places (ids 7-10) follow the preposition 6 («في») and precede the full
// stop 11. Ids interleave the kinds so id mod K starts them mixed.
WordBigrams TwoKinds() {
  WordBigrams g;
  g.num_words = 12;
  const uint32_t names[] = {1, 3, 8, 10};
  const uint32_t places[] = {2, 4, 7, 9};
  for (uint32_t n : names) {
    g.Add(0, n, 20);
    g.Add(n, 5, 20);
  }
  for (uint32_t p : places) {
    g.Add(6, p, 20);
    g.Add(p, 11, 20);
  }
  g.Add(5, 6, 40);   // «قال ... في»
  g.Add(11, 0, 40);  // «. الرئيس»
  return g;
}

TEST(WordClustersTest, SeparatesWordsByTheirContexts) {
  WordBigrams g = TwoKinds();
  std::vector<std::vector<uint32_t>> levels =
      ExchangeClusters(g, {4, 2}, ExchangeOptions{});
  ASSERT_EQ(levels.size(), 2u);
  ASSERT_EQ(levels[0].size(), 12u);
  const std::vector<uint32_t>& fine = levels[0];
  EXPECT_EQ(fine[1], fine[3]);
  EXPECT_EQ(fine[1], fine[8]);
  EXPECT_EQ(fine[1], fine[10]);
  EXPECT_EQ(fine[2], fine[4]);
  EXPECT_EQ(fine[2], fine[7]);
  EXPECT_EQ(fine[2], fine[9]);
  EXPECT_NE(fine[1], fine[2]);
  for (uint32_t c : fine) EXPECT_LT(c, 4u);
  // The coarse level nests: words of one fine class share a coarse class.
  for (uint32_t a = 0; a < 12; ++a) {
    for (uint32_t b = 0; b < 12; ++b) {
      if (fine[a] == fine[b]) {
        EXPECT_EQ(levels[1][a], levels[1][b]);
      }
    }
    EXPECT_LT(levels[1][a], 2u);
  }
}

TEST(WordClustersTest, DeterministicAndOrderOfEntriesIrrelevant) {
  WordBigrams g = TwoKinds();
  WordBigrams reversed = g;
  std::vector<WordBigrams::Entry> e(g.entries.rbegin(), g.entries.rend());
  reversed.entries = e;
  auto a = ExchangeClusters(g, {3}, ExchangeOptions{});
  EXPECT_EQ(a, ExchangeClusters(g, {3}, ExchangeOptions{}));
  EXPECT_EQ(a, ExchangeClusters(reversed, {3}, ExchangeOptions{}));
}

TEST(WordClustersTest, MoreClassesThanWordsAndEmptyInput) {
  WordBigrams g;
  g.num_words = 2;
  g.Add(0, 1, 3);
  auto levels = ExchangeClusters(g, {10}, ExchangeOptions{});
  ASSERT_EQ(levels.size(), 1u);
  EXPECT_LT(levels[0][0], 2u);
  EXPECT_LT(levels[0][1], 2u);
  WordBigrams empty;
  auto none = ExchangeClusters(empty, {4}, ExchangeOptions{});
  ASSERT_EQ(none.size(), 1u);
  EXPECT_TRUE(none[0].empty());
}

}  // namespace
}  // namespace marsad
