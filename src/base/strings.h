// Small std::string_view helpers shared by the modules. This abseil build's
// absl::string_view is its own type (ABSL_OPTION_USE_STD_STRING_VIEW 0), so
// absl::StrSplit/StripAsciiWhitespace do not take std::string_view.
#ifndef MARSAD_BASE_STRINGS_H_
#define MARSAD_BASE_STRINGS_H_

#include <string_view>
#include <vector>

#include "absl/strings/string_view.h"

namespace marsad {

inline absl::string_view AV(std::string_view s) { return {s.data(), s.size()}; }
inline std::string_view SV(absl::string_view s) { return {s.data(), s.size()}; }

// Pieces between any of `seps`, empty pieces skipped.
inline std::vector<std::string_view> SplitAny(std::string_view s,
                                              std::string_view seps) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || seps.find(s[i]) != std::string_view::npos) {
      if (i > start) out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

// Pieces between `sep`, empty pieces kept (for TSV columns).
inline std::vector<std::string_view> SplitKeep(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
         c == '\v';
}

// ASCII white space removed from the end (keeps leading empty TSV columns).
inline std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

// ASCII white space removed from both ends.
inline std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  return TrimRight(s);
}

}  // namespace marsad

#endif  // MARSAD_BASE_STRINGS_H_
