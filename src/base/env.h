// The file-system seam. Everything marsad reads goes through an Env, so tests
// can run on an in-memory file system and inject faults (LevelDB's Env).
//
//   marsad::Env* env = marsad::Env::Default();
//   auto file = env->NewSequentialFile("page.txt");
//   char buf[4096];
//   auto chunk = (*file)->Read(sizeof buf, buf);   // empty view at EOF
//
// Errors are absl statuses that name the path. Thread-safety: Env methods
// are thread-safe; a SequentialFile is used by one thread at a time.
#ifndef MARSAD_BASE_ENV_H_
#define MARSAD_BASE_ENV_H_

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace marsad {

class SequentialFile {
 public:
  virtual ~SequentialFile() = default;
  // Reads up to n bytes into scratch; returns a view of what was read
  // (possibly pointing into scratch). An empty view means end of file.
  virtual absl::StatusOr<std::string_view> Read(size_t n, char* scratch) = 0;
};

class Env {
 public:
  virtual ~Env() = default;

  // The process-wide POSIX environment ("-" opens standard input).
  static Env* Default();

  virtual absl::StatusOr<std::unique_ptr<SequentialFile>> NewSequentialFile(
      const std::string& path) = 0;
  virtual bool IsDirectory(const std::string& path) = 0;
  // Entries of a directory (names only), sorted.
  virtual absl::StatusOr<std::vector<std::string>> ListDirectory(
      const std::string& path) = 0;
};

// An Env over files held in memory, for tests: paths map to contents; a path
// ending in '/' in the map is not needed, directories are implied by
// prefixes ("dir/a.txt" makes "dir" a directory).
class MemEnv : public Env {
 public:
  void AddFile(std::string path, std::string contents);
  absl::StatusOr<std::unique_ptr<SequentialFile>> NewSequentialFile(
      const std::string& path) override;
  bool IsDirectory(const std::string& path) override;
  absl::StatusOr<std::vector<std::string>> ListDirectory(
      const std::string& path) override;

  // Fault injection: reads of `path` fail with an I/O error after
  // `after_bytes` bytes have been returned.
  void FailReadsAfter(std::string path, size_t after_bytes);

 private:
  std::map<std::string, std::string> files_;
  std::map<std::string, size_t> fail_after_;
};

}  // namespace marsad

#endif  // MARSAD_BASE_ENV_H_
