#include "server/query_params.h"

#include <string>

#include "absl/strings/str_cat.h"

namespace marsad::server {
namespace {

// Shows a bad value in an error message without flooding it.
std::string Quoted(std::string_view value) {
  constexpr size_t kMax = 40;
  std::string v(value.substr(0, kMax));
  if (value.size() > kMax) v += "…";
  return "'" + v + "'";
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

absl::StatusOr<uint32_t> ParseCount(std::string_view name,
                                    std::string_view value, uint32_t min,
                                    uint32_t max) {
  const std::string n(name);
  if (!AllDigits(value) || value.size() > 10) {
    return absl::InvalidArgumentError(
        absl::StrCat(n, " must be a whole number from ", min, " to ", max,
                     ", got ", Quoted(value)));
  }
  const uint64_t v = std::stoull(std::string(value));
  if (v < min || v > max) {
    return absl::InvalidArgumentError(absl::StrCat(
        n, " must be from ", min, " to ", max, ", got ", Quoted(value)));
  }
  return static_cast<uint32_t>(v);
}

absl::StatusOr<CivilDate> ParseIsoDate(std::string_view name,
                                       std::string_view value) {
  auto bad = [&] {
    return absl::InvalidArgumentError(
        absl::StrCat(std::string(name),
                     " must be a date written YYYY-MM-DD (e.g. 2023-10-08), "
                     "got ",
                     Quoted(value)));
  };
  if (value.size() != 10 || value[4] != '-' || value[7] != '-' ||
      !AllDigits(value.substr(0, 4)) || !AllDigits(value.substr(5, 2)) ||
      !AllDigits(value.substr(8, 2))) {
    return bad();
  }
  CivilDate d;
  d.year = std::stoi(std::string(value.substr(0, 4)));
  d.month = std::stoi(std::string(value.substr(5, 2)));
  d.day = std::stoi(std::string(value.substr(8, 2)));
  if (d.year < 1900 || d.year > 2100 || d.month < 1 || d.month > 12 ||
      d.day < 1 || d.day > DaysInMonth(d.year, d.month)) {
    return bad();
  }
  return d;
}

bool BearerTokenMatches(std::string_view authorization,
                        std::string_view token) {
  if (token.empty()) return false;
  constexpr std::string_view kScheme = "Bearer ";
  if (authorization.size() < kScheme.size()) return false;
  // The scheme is case-insensitive (RFC 9110 11.1).
  for (size_t i = 0; i < kScheme.size(); ++i) {
    char c = authorization[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    char k = kScheme[i];
    if (k >= 'A' && k <= 'Z') k = static_cast<char>(k - 'A' + 'a');
    if (c != k) return false;
  }
  std::string_view given = authorization.substr(kScheme.size());
  while (!given.empty() && given.front() == ' ') given.remove_prefix(1);
  while (!given.empty() && given.back() == ' ') given.remove_suffix(1);
  // Constant time over the token's length.
  unsigned char diff = given.size() == token.size() ? 0 : 1;
  for (size_t i = 0; i < token.size(); ++i) {
    const char g = i < given.size() ? given[i] : 0;
    diff |= static_cast<unsigned char>(g ^ token[i]);
  }
  return diff == 0;
}

}  // namespace marsad::server
