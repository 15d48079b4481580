#include "engine/default_ner_model.h"

extern "C" const char marsad_default_ner_model_begin[];
extern "C" const char marsad_default_ner_model_end[];

namespace marsad {

std::string_view DefaultNerModelBytes() {
  return std::string_view(marsad_default_ner_model_begin,
                          static_cast<size_t>(marsad_default_ner_model_end -
                                              marsad_default_ner_model_begin));
}

}  // namespace marsad
