// Parsing of request parameters, with errors that say which parameter was
// wrong and why (they become 400 responses).
//
//   absl::StatusOr<uint32_t> page = ParseCount("page", "3", 1, 100000);
//   absl::StatusOr<CivilDate> from = ParseIsoDate("from", "2023-10-08");
#ifndef MARSAD_SERVER_QUERY_PARAMS_H_
#define MARSAD_SERVER_QUERY_PARAMS_H_

#include <cstdint>
#include <string_view>

#include "absl/status/statusor.h"
#include "marsad/date_parser.h"

namespace marsad::server {

// A decimal integer in [min, max]; InvalidArgument naming `name` otherwise
// (not a number, sign, spaces, out of range).
absl::StatusOr<uint32_t> ParseCount(std::string_view name,
                                    std::string_view value, uint32_t min,
                                    uint32_t max);

// YYYY-MM-DD, a real calendar day between 1900 and 2100.
absl::StatusOr<CivilDate> ParseIsoDate(std::string_view name,
                                       std::string_view value);

// Whether an "Authorization" header value carries `token` as a Bearer
// token. Compares in time independent of where the strings differ.
bool BearerTokenMatches(std::string_view authorization, std::string_view token);

}  // namespace marsad::server

#endif  // MARSAD_SERVER_QUERY_PARAMS_H_
