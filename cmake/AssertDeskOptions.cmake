# One interface target carries the language level, warnings and strict Qt defines;
# every target of the project links it, so a flag is changed in one place.
add_library(assertdesk_options INTERFACE)
add_library(AssertDesk::options ALIAS assertdesk_options)

target_compile_features(assertdesk_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(assertdesk_options INTERFACE -Wall -Wextra -Wpedantic)
if(ASSERTDESK_WERROR)
    target_compile_options(assertdesk_options INTERFACE -Werror)
endif()

target_compile_definitions(assertdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(ASSERTDESK_SANITIZE)
    set(_san -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_compile_options(assertdesk_options INTERFACE ${_san})
    target_link_options(assertdesk_options INTERFACE ${_san})
endif()

if(ASSERTDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "ASSERTDESK_FUZZ needs clang (libFuzzer)")
    endif()
    # Coverage instrumentation for the code under fuzz; the fuzzer main is linked per target.
    target_compile_options(assertdesk_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
