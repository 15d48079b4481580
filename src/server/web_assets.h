// The web page's files (src/server/web), compiled into the binary so that
// `marsad serve` needs no files at run time and works offline.
//
//   const WebAsset* a = FindWebAsset("fonts/OFL.txt");
//   if (a) Send(a->content_type, a->data);
//
// The table is generated at build time by embed_web.cmake from the list in
// src/server/CMakeLists.txt. Thread-safe: immutable static data.
#ifndef MARSAD_SERVER_WEB_ASSETS_H_
#define MARSAD_SERVER_WEB_ASSETS_H_

#include <span>
#include <string_view>

namespace marsad::server {

struct WebAsset {
  std::string_view path;  // relative to web/, e.g. "app.js"
  std::string_view content_type;
  std::string_view data;
};

// Every embedded file.
std::span<const WebAsset> WebAssets();

// The file at `path` (relative to web/), or nullptr.
const WebAsset* FindWebAsset(std::string_view path);

}  // namespace marsad::server

#endif  // MARSAD_SERVER_WEB_ASSETS_H_
