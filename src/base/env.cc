#include "base/env.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace marsad {
namespace {

absl::Status PosixError(const std::string& context, int err) {
  std::string msg = absl::StrCat(context, ": ", std::strerror(err));
  if (err == ENOENT) return absl::NotFoundError(msg);
  if (err == EACCES || err == EPERM) return absl::PermissionDeniedError(msg);
  return absl::UnavailableError(msg);
}

class PosixSequentialFile : public SequentialFile {
 public:
  PosixSequentialFile(std::string path, int fd, bool owned)
      : path_(std::move(path)), fd_(fd), owned_(owned) {}
  ~PosixSequentialFile() override {
    if (owned_) ::close(fd_);
  }
  absl::StatusOr<std::string_view> Read(size_t n, char* scratch) override {
    while (true) {
      ssize_t r = ::read(fd_, scratch, n);
      if (r >= 0) return std::string_view(scratch, static_cast<size_t>(r));
      if (errno == EINTR) continue;
      return PosixError(path_, errno);
    }
  }

 private:
  std::string path_;
  int fd_;
  bool owned_;
};

class PosixEnv : public Env {
 public:
  absl::StatusOr<std::unique_ptr<SequentialFile>> NewSequentialFile(
      const std::string& path) override {
    if (path == "-") {
      return std::make_unique<PosixSequentialFile>("<stdin>", 0, false);
    }
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return PosixError(path, errno);
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      ::close(fd);
      return absl::InvalidArgumentError(absl::StrCat(path, ": is a directory"));
    }
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    return std::make_unique<PosixSequentialFile>(path, fd, true);
  }
  bool IsDirectory(const std::string& path) override {
    struct stat st;
    return path != "-" && ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
  }
  absl::StatusOr<std::vector<std::string>> ListDirectory(
      const std::string& path) override {
    DIR* d = ::opendir(path.c_str());
    if (d == nullptr) return PosixError(path, errno);
    std::vector<std::string> names;
    while (struct dirent* e = ::readdir(d)) {
      std::string name = e->d_name;
      if (name != "." && name != "..") names.push_back(std::move(name));
    }
    ::closedir(d);
    std::sort(names.begin(), names.end());
    return names;
  }
};

class MemFile : public SequentialFile {
 public:
  MemFile(std::string_view data, size_t fail_after)
      : data_(data), fail_after_(fail_after) {}
  absl::StatusOr<std::string_view> Read(size_t n, char*) override {
    if (pos_ >= fail_after_) {
      return absl::UnavailableError("injected read fault");
    }
    n = std::min({n, data_.size() - pos_, fail_after_ - pos_});
    std::string_view out = data_.substr(pos_, n);
    pos_ += n;
    return out;
  }

 private:
  std::string_view data_;
  size_t fail_after_;
  size_t pos_ = 0;
};

}  // namespace

Env* Env::Default() {
  static PosixEnv* env = new PosixEnv;  // never destroyed; stateless
  return env;
}

void MemEnv::AddFile(std::string path, std::string contents) {
  files_[std::move(path)] = std::move(contents);
}

void MemEnv::FailReadsAfter(std::string path, size_t after_bytes) {
  fail_after_[std::move(path)] = after_bytes;
}

absl::StatusOr<std::unique_ptr<SequentialFile>> MemEnv::NewSequentialFile(
    const std::string& path) {
  auto it = files_.find(path);
  if (it == files_.end()) {
    if (IsDirectory(path)) {
      return absl::InvalidArgumentError(absl::StrCat(path, ": is a directory"));
    }
    return absl::NotFoundError(
        absl::StrCat(path, ": No such file or directory"));
  }
  auto f = fail_after_.find(path);
  size_t fail_after = f == fail_after_.end() ? SIZE_MAX : f->second;
  return std::make_unique<MemFile>(it->second, fail_after);
}

bool MemEnv::IsDirectory(const std::string& path) {
  std::string prefix = path + "/";
  auto it = files_.lower_bound(prefix);
  return it != files_.end() && absl::StartsWith(it->first, prefix);
}

absl::StatusOr<std::vector<std::string>> MemEnv::ListDirectory(
    const std::string& path) {
  if (!IsDirectory(path)) {
    return absl::NotFoundError(absl::StrCat(path, ": not a directory"));
  }
  std::string prefix = path + "/";
  std::vector<std::string> names;
  for (auto it = files_.lower_bound(prefix);
       it != files_.end() && absl::StartsWith(it->first, prefix); ++it) {
    std::string rest = it->first.substr(prefix.size());
    std::string name = rest.substr(0, rest.find('/'));
    if (names.empty() || names.back() != name) names.push_back(name);
  }
  return names;
}

}  // namespace marsad
