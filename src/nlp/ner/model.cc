#include "nlp/ner/model.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "base/strings.h"
#include "nlp/ner/features.h"
#include "xxhash.h"

namespace marsad::ner {
namespace {

constexpr uint32_t Tag4(const char (&s)[5]) {
  return static_cast<uint32_t>(static_cast<unsigned char>(s[0])) |
         static_cast<uint32_t>(static_cast<unsigned char>(s[1])) << 8 |
         static_cast<uint32_t>(static_cast<unsigned char>(s[2])) << 16 |
         static_cast<uint32_t>(static_cast<unsigned char>(s[3])) << 24;
}
constexpr uint32_t kMeta = Tag4("META"), kLabels = Tag4("LABL"),
                   kTrans = Tag4("TRAN"), kWeights = Tag4("WGHT"),
                   kGaz = Tag4("GAZT"), kTests = Tag4("TEST"),
                   kStats = Tag4("WSTA"), kClusters = Tag4("CLUS"),
                   kSilver = Tag4("SILV"), kForeign = Tag4("FRGN");

template <typename T>
void Put(std::string* out, T v) {
  out->append(reinterpret_cast<const char*>(&v), sizeof(v));
}

void PutSection(std::string* out, uint32_t tag, const std::string& body) {
  Put<uint32_t>(out, tag);
  Put<uint32_t>(out, 0);
  Put<uint64_t>(out, body.size());
  out->append(body);
  out->append((8 - body.size() % 8) % 8, '\0');
}

// Bounds-checked reader over one section.
class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}
  template <typename T>
  bool Get(T* v) {
    if (s_.size() - pos_ < sizeof(T)) return false;
    std::memcpy(v, s_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool Bytes(size_t n, std::string_view* v) {
    if (s_.size() - pos_ < n) return false;
    *v = s_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  size_t left() const { return s_.size() - pos_; }

 private:
  std::string_view s_;
  size_t pos_ = 0;
};

std::string LabelList() {
  std::string s;
  for (int y = 0; y < kNumLabels; ++y) {
    if (y) s += ',';
    s += LabelName(y);
  }
  return s;
}

}  // namespace

void ModelData::BuildIndex() {
  size_t cap = 16;
  while (cap < keys.size() * 2) cap <<= 1;
  slots.assign(cap, Slot{0, 0});
  slot_mask = cap - 1;
  for (size_t r = 0; r < keys.size(); ++r) {
    const uint32_t tag = static_cast<uint32_t>(keys[r] >> 32);
    for (uint64_t i = keys[r] & slot_mask;; i = (i + 1) & slot_mask) {
      if (slots[i].row == 0) {
        slots[i] = Slot{tag, static_cast<uint32_t>(r + 1)};
        break;
      }
      // Duplicate key: keep the first.
      if (slots[i].tag == tag && keys[slots[i].row - 1] == keys[r]) break;
    }
  }
}

std::string SerializeModel(const ModelData& m) {
  std::string payload;
  std::string meta =
      absl::StrCat("description=", m.description, "\n", "groups=", m.groups,
                   "\n", "normalizer=", m.normalizer, "\n",
                   "confidence_scale=", m.confidence_scale, "\n");
  PutSection(&payload, kMeta, meta);
  PutSection(&payload, kLabels, LabelList());
  std::string tr;
  for (float v : m.transitions) Put<float>(&tr, v);
  PutSection(&payload, kTrans, tr);

  // Quantise: one scale for all weights.
  float max_abs = 0;
  for (float v : m.weights) max_abs = std::max(max_abs, std::fabs(v));
  float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::vector<std::pair<uint64_t, size_t>> rows;
  for (size_t r = 0; r < m.keys.size(); ++r) {
    bool nonzero = false;
    for (int y = 0; y < kNumLabels; ++y) {
      if (std::lround(m.weights[r * kNumLabels + y] / scale) != 0)
        nonzero = true;
    }
    if (nonzero) rows.emplace_back(m.keys[r], r);
  }
  std::sort(rows.begin(), rows.end());
  std::string w;
  Put<uint32_t>(&w, static_cast<uint32_t>(rows.size()));
  Put<uint32_t>(&w, kNumLabels);
  Put<float>(&w, scale);
  Put<uint32_t>(&w, 0);
  for (const auto& [k, r] : rows) Put<uint64_t>(&w, k);
  for (const auto& [k, r] : rows) {
    for (int y = 0; y < kNumLabels; ++y) {
      Put<int16_t>(&w, static_cast<int16_t>(
                           std::lround(m.weights[r * kNumLabels + y] / scale)));
    }
  }
  PutSection(&payload, kWeights, w);

  std::string g;
  m.gazetteer.AppendTo(&g);
  PutSection(&payload, kGaz, g);

  std::string ws;
  m.word_stats.AppendTo(&ws);
  PutSection(&payload, kStats, ws);

  if (!m.word_stats.cluster_sizes().empty()) {
    std::string cs;
    m.word_stats.AppendClustersTo(&cs);
    PutSection(&payload, kClusters, cs);
  }
  if (m.word_stats.has_silver()) {
    std::string sv;
    m.word_stats.AppendSilverTo(&sv);
    PutSection(&payload, kSilver, sv);
  }
  if (m.word_stats.has_foreign()) {
    std::string fg;
    m.word_stats.AppendForeignTo(&fg);
    PutSection(&payload, kForeign, fg);
  }

  std::string t;
  Put<uint32_t>(&t, static_cast<uint32_t>(m.self_tests.size()));
  for (const SelfTest& s : m.self_tests) {
    Put<uint32_t>(&t, static_cast<uint32_t>(s.words.size()));
    for (size_t i = 0; i < s.words.size(); ++i) {
      Put<uint32_t>(&t, static_cast<uint32_t>(s.words[i].size()));
      t += s.words[i];
      Put<uint8_t>(&t, s.labels[i]);
    }
  }
  PutSection(&payload, kTests, t);

  return WrapModelPayload(payload);
}

std::string WrapModelPayload(std::string_view payload) {
  std::string out(kModelMagic, 8);
  Put<uint32_t>(&out, kModelVersion);
  Put<uint32_t>(&out, 0);
  Put<uint64_t>(&out, payload.size());
  Put<uint64_t>(&out, XXH64(payload.data(), payload.size(), 0));
  out.append(payload);
  return out;
}

absl::StatusOr<ModelData> ParseModel(std::string_view bytes,
                                     std::string_view name) {
  auto loss = [&](std::string_view what) {
    return absl::DataLossError(
        absl::StrCat("NER model ", AV(name), ": ", AV(what)));
  };
  if (bytes.size() < 8 || std::memcmp(bytes.data(), kModelMagic, 8) != 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        "NER model ", AV(name), ": not a marsad NER model (bad magic)"));
  }
  if (bytes.size() < kModelHeaderSize) return loss("truncated header");
  Reader h(bytes.substr(8, kModelHeaderSize - 8));
  uint32_t version = 0, flags = 0;
  uint64_t size = 0, checksum = 0;
  h.Get(&version);
  h.Get(&flags);
  h.Get(&size);
  h.Get(&checksum);
  if (version != kModelVersion) {
    return absl::FailedPreconditionError(absl::StrCat(
        "NER model ", AV(name), ": format version ", version,
        ", this build reads version ", kModelVersion,
        " (retrain with `marsad train-ner` or use a matching build)"));
  }
  std::string_view payload = bytes.substr(kModelHeaderSize);
  if (payload.size() < size) {
    return loss(absl::StrCat("truncated: ", bytes.size(),
                             " bytes, header says ", size + kModelHeaderSize));
  }
  if (payload.size() > size) return loss("trailing bytes after the model");
  if (XXH64(payload.data(), payload.size(), 0) != checksum) {
    return loss("checksum mismatch (corrupt file)");
  }

  ModelData m;
  bool seen_meta = false, seen_trans = false, seen_weights = false,
       seen_labels = false;
  std::string_view clusters, silver, foreign;  // applied after WSTA
  Reader r(payload);
  while (r.left() > 0) {
    uint32_t tag, reserved;
    uint64_t len;
    std::string_view body;
    if (!r.Get(&tag) || !r.Get(&reserved) || !r.Get(&len)) {
      return loss("truncated section header");
    }
    uint64_t padded = len + (8 - len % 8) % 8;
    if (len > r.left() || padded > r.left() || !r.Bytes(len, &body)) {
      return loss("section runs past the end");
    }
    std::string_view pad;
    r.Bytes(padded - len, &pad);
    if (tag == kMeta) {
      seen_meta = true;
      for (std::string_view line : SplitAny(body, "\n")) {
        size_t eq = line.find('=');
        if (eq == std::string_view::npos) return loss("bad META line");
        std::string_view k = line.substr(0, eq), v = line.substr(eq + 1);
        if (k == "description") {
          m.description = std::string(v);
        } else if (k == "groups") {
          if (!absl::SimpleAtoi(AV(v), &m.groups)) return loss("bad groups");
        } else if (k == "normalizer") {
          m.normalizer = std::string(v);
        } else if (k == "confidence_scale") {
          if (!absl::SimpleAtof(AV(v), &m.confidence_scale) ||
              !(m.confidence_scale > 0 && m.confidence_scale < 1000)) {
            return loss("bad confidence_scale");
          }
        }
      }
    } else if (tag == kLabels) {
      seen_labels = true;
      if (body != LabelList()) {
        return absl::FailedPreconditionError(
            absl::StrCat("NER model ", AV(name), ": label set '", AV(body),
                         "' differs from '", LabelList(), "'"));
      }
    } else if (tag == kTrans) {
      if (body.size() != sizeof(float) * kNumTransitions)
        return loss("bad TRAN size");
      std::memcpy(m.transitions.data(), body.data(), body.size());
      for (float v : m.transitions) {
        if (!std::isfinite(v)) return loss("non-finite transition weight");
      }
      seen_trans = true;
    } else if (tag == kWeights) {
      Reader w(body);
      uint32_t rows, labels, pad32;
      float scale;
      if (!w.Get(&rows) || !w.Get(&labels) || !w.Get(&scale) ||
          !w.Get(&pad32)) {
        return loss("truncated WGHT header");
      }
      if (labels != kNumLabels) return loss("WGHT label count differs");
      if (!std::isfinite(scale) || scale <= 0) return loss("bad weight scale");
      uint64_t need = uint64_t{rows} * 8 + uint64_t{rows} * kNumLabels * 2;
      if (w.left() != need)
        return loss("WGHT size does not match its row count");
      std::string_view keys, q;
      w.Bytes(uint64_t{rows} * 8, &keys);
      w.Bytes(uint64_t{rows} * kNumLabels * 2, &q);
      m.keys.resize(rows);
      // memcpy from/to null is undefined even for 0 bytes (rows == 0).
      if (rows > 0) std::memcpy(m.keys.data(), keys.data(), keys.size());
      m.weights.resize(static_cast<size_t>(rows) * kNumLabels);
      for (size_t i = 0; i < m.weights.size(); ++i) {
        int16_t v;
        std::memcpy(&v, q.data() + 2 * i, 2);
        m.weights[i] = v * scale;
      }
      seen_weights = true;
    } else if (tag == kGaz) {
      absl::StatusOr<Gazetteer> g = Gazetteer::Parse(body);
      if (!g.ok()) return loss(SV(g.status().message()));
      m.gazetteer = *std::move(g);
    } else if (tag == kStats) {
      absl::StatusOr<WordStats> w = WordStats::Parse(body);
      if (!w.ok()) return loss(SV(w.status().message()));
      m.word_stats = *std::move(w);
    } else if (tag == kClusters) {
      clusters = body;
      if (clusters.empty()) return loss("empty CLUS section");
    } else if (tag == kSilver) {
      silver = body;
      if (silver.empty()) return loss("empty SILV section");
    } else if (tag == kForeign) {
      foreign = body;
      if (foreign.empty()) return loss("empty FRGN section");
    } else if (tag == kTests) {
      Reader t(body);
      uint32_t count;
      if (!t.Get(&count) || count > 1000) return loss("bad TEST section");
      for (uint32_t i = 0; i < count; ++i) {
        SelfTest st;
        uint32_t nw;
        if (!t.Get(&nw) || nw > 10000) return loss("bad TEST sentence");
        for (uint32_t j = 0; j < nw; ++j) {
          uint32_t len32;
          std::string_view word;
          uint8_t label;
          if (!t.Get(&len32) || !t.Bytes(len32, &word) || !t.Get(&label) ||
              label >= kNumLabels) {
            return loss("bad TEST word");
          }
          st.words.emplace_back(word);
          st.labels.push_back(label);
        }
        m.self_tests.push_back(std::move(st));
      }
    }
    // Unknown sections are skipped: later minor additions stay readable.
  }
  if (!seen_meta || !seen_trans || !seen_weights || !seen_labels) {
    return loss("missing a required section (META, LABL, TRAN, WGHT)");
  }
  if (!clusters.empty()) {
    absl::Status s = m.word_stats.ParseClusters(clusters);
    if (!s.ok()) return loss(SV(s.message()));
  }
  if (!silver.empty()) {
    absl::Status s = m.word_stats.ParseSilver(silver);
    if (!s.ok()) return loss(SV(s.message()));
  }
  if (!foreign.empty()) {
    absl::Status s = m.word_stats.ParseForeign(foreign);
    if (!s.ok()) return loss(SV(s.message()));
  }
  if ((m.groups & ~kAllGroups) != 0) {
    return absl::FailedPreconditionError(absl::StrCat(
        "NER model ", AV(name), ": uses feature groups this build lacks (",
        m.groups, ")"));
  }
  m.BuildIndex();
  return m;
}

}  // namespace marsad::ner
