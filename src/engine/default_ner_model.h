// The NER model shipped in models/ner/, compiled into the binary so that
// `marsad analyze` finds entities with no set-up and no file paths.
#ifndef MARSAD_ENGINE_DEFAULT_NER_MODEL_H_
#define MARSAD_ENGINE_DEFAULT_NER_MODEL_H_

#include <string_view>

namespace marsad {

// The bytes of models/ner/marsad-ner.bin as of the build.
std::string_view DefaultNerModelBytes();

}  // namespace marsad

#endif  // MARSAD_ENGINE_DEFAULT_NER_MODEL_H_
