// Distributional word classes by the exchange algorithm (Kneser & Ney 1993;
// Martin, Liermann & Ney 1998): words are moved one at a time to the class
// that most raises the likelihood of a class bigram model,
//   LL = sum_{a,b} N(a,b) log N(a,b) - sum_a Nl(a) log Nl(a)
//        - sum_b Nr(b) log Nr(b),
// until no move helps or the pass limit is reached. Coarser levels cluster
// the classes of the level below with the same algorithm (their bigram
// counts are the class bigram matrix), so the levels nest like the prefixes
// of a Brown-cluster bit string: «بايدن» and «أوباما» share a fine class,
// and with «نتنياهو» a coarse one.
//
//   WordBigrams g;  g.num_words = 3;  g.Add(0, 1, 7);  ...
//   std::vector<std::vector<uint32_t>> levels = ExchangeClusters(g, {256, 64},
//   o);
//   // levels[0][w]: fine class of w; levels[1][w]: coarse class of w.
//
// Deterministic: words are visited in id order (give frequent words small
// ids), the initial assignment is id mod K, ties keep the current class
// then the smallest id. Single-threaded. Part of marsad_train.
#ifndef MARSAD_TRAIN_WORD_CLUSTERS_H_
#define MARSAD_TRAIN_WORD_CLUSTERS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace marsad {

// Bigram counts over dense word ids 0..num_words-1.
struct WordBigrams {
  uint32_t num_words = 0;
  struct Entry {
    uint32_t left, right;
    uint64_t count;
  };
  std::vector<Entry> entries;  // any order; duplicates are summed
  void Add(uint32_t left, uint32_t right, uint64_t count) {
    entries.push_back({left, right, count});
  }
};

struct ExchangeOptions {
  int max_passes = 10;  // over all words, per level
  // Stop a level when a pass moves fewer than this share of the words.
  double min_moved = 0.002;
  std::function<void(const std::string&)> log;  // may be empty
};

// One vector per entry of `sizes` (each <= num_words; later sizes should be
// smaller): the class of every word at that level, in 0..size-1.
std::vector<std::vector<uint32_t>> ExchangeClusters(
    const WordBigrams& bigrams, const std::vector<uint32_t>& sizes,
    const ExchangeOptions& options);

}  // namespace marsad

#endif  // MARSAD_TRAIN_WORD_CLUSTERS_H_
