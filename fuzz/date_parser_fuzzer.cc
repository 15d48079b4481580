// libFuzzer target for marsad::FindDate.
//
// The input is split into a prefix drawn from a few date-shaped seeds and
// arbitrary bytes, so the fuzzer reaches the month tables and the Hijri
// conversion quickly. Checks: no crash, span inside the argument, and a
// returned date that is a real Gregorian day.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>

#include "marsad/date_parser.h"

namespace {

constexpr size_t kMaxInput = 64 * 1024;

constexpr const char* kSeeds[] = {
    "",         "الأحد ", "8th, October ",        "٢٣ ربيع الأول ",
    "2023-10-", "08/10/", "الأحد 8 تشرين الأول/", "١٤٤٥/٣/",
};

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

void CheckDate(const marsad::CivilDate& d) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  if (d.year < 1800 || d.year > 2200 || d.month < 1 || d.month > 12 ||
      d.day < 1 ||
      d.day > (d.month == 2 && IsLeap(d.year) ? 29 : kDays[d.month - 1])) {
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kMaxInput) return 0;
  FuzzedDataProvider provider(data, size);
  std::string text = kSeeds[provider.ConsumeIntegralInRange<size_t>(
      0, sizeof(kSeeds) / sizeof(kSeeds[0]) - 1)];
  text += provider.ConsumeRemainingBytesAsString();
  std::optional<marsad::FoundDate> found = marsad::FindDate(text);
  if (found.has_value()) {
    if (found->span.begin >= found->span.end || found->span.end > text.size())
      std::abort();
    CheckDate(found->date);
    // The span alone spells the same date.
    std::optional<marsad::FoundDate> again =
        marsad::FindDate(found->span.Of(text));
    if (!again.has_value() || !(again->date == found->date)) std::abort();
  }
  return 0;
}
