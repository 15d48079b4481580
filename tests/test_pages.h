// Helpers shared by the tests: the seed page and reading fixture files.
#ifndef MARSAD_TESTS_TEST_PAGES_H_
#define MARSAD_TESTS_TEST_PAGES_H_

#include <fstream>
#include <sstream>
#include <string>

namespace marsad::testing {

inline std::string ReadFileOrDie(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string SeedPage() {
  return ReadFileOrDie(std::string(MARSAD_SOURCE_DIR) +
                       "/data/samples/000_6b82d043b0b62833.txt");
}

}  // namespace marsad::testing

#endif  // MARSAD_TESTS_TEST_PAGES_H_
