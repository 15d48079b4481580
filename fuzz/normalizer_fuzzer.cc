// libFuzzer target for marsad::Normalizer and OffsetMap.
//
// Checks, for any input: no crash or sanitizer report; invalid UTF-8 is
// reported (never silently accepted); the output is valid UTF-8; the offset
// map is monotone and ends at the input size; NormalizeString never fails.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "base/utf8.h"
#include "marsad/normalizer.h"

namespace {
constexpr size_t kMaxInput = 64 << 10;  // keeps each run fast
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kMaxInput) return 0;
  FuzzedDataProvider fdp(data, size);
  marsad::NormalizerOptions options;
  options.level = fdp.ConsumeBool() ? marsad::NormalizationLevel::kSearch
                                    : marsad::NormalizationLevel::kDisplay;
  options.fold_teh_marbuta = fdp.ConsumeBool();
  options.fold_hamza_carriers = fdp.ConsumeBool();
  options.lowercase_latin = fdp.ConsumeBool();
  const std::string input = fdp.ConsumeRemainingBytesAsString();

  const marsad::Normalizer normalizer(options);
  (void)normalizer.NormalizeString(input);  // must not crash on any bytes

  auto result = normalizer.Normalize(input);
  const bool valid = !marsad::utf8::FindInvalid(input).has_value();
  if (result.ok() != valid) std::abort();
  if (!result.ok()) return 0;
  if (marsad::utf8::FindInvalid(result->text).has_value()) std::abort();

  const auto& map = result->offsets;
  uint32_t prev = 0;
  for (uint32_t k = 0; k <= result->text.size(); ++k) {
    const uint32_t o = map.ToOriginal(k);
    if (o < prev || o > input.size()) std::abort();
    prev = o;
  }
  if (map.ToOriginal(static_cast<uint32_t>(result->text.size())) !=
      input.size()) {
    std::abort();
  }
  return 0;
}
