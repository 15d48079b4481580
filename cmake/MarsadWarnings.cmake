# Compiler flags shared by every marsad target.
add_library(marsad_flags INTERFACE)
target_compile_options(marsad_flags INTERFACE -Wall -Wextra -Wno-sign-compare)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  # GCC 12 reports false -Wrestrict positives inside std::string::replace
  # (GCC bug 105329).
  target_compile_options(marsad_flags INTERFACE -Wno-restrict)
endif()
if(MARSAD_WERROR)
  target_compile_options(marsad_flags INTERFACE -Werror)
endif()
if(MARSAD_SANITIZE)
  target_compile_options(marsad_flags INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(marsad_flags INTERFACE -fsanitize=address,undefined)
endif()
target_include_directories(marsad_flags INTERFACE
  ${CMAKE_SOURCE_DIR}/include ${CMAKE_SOURCE_DIR}/src)
