# One INTERFACE target carries the compile policy; every target of the project links it.
add_library(mailauth_settings INTERFACE)
target_compile_features(mailauth_settings INTERFACE cxx_std_20)
target_compile_definitions(mailauth_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    MAILAUTH_VERSION="${PROJECT_VERSION}")
# Warning flags per compiler family. The GCC/Clang set is the one CI enforces; the MSVC set was never built here
# (README, "Windows and macOS"), so warnings there may need -DMAILAUTH_WERROR=OFF at first.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(mailauth_settings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
    if(MAILAUTH_WERROR)
        target_compile_options(mailauth_settings INTERFACE -Werror)
    endif()
elseif(MSVC)
    # /utf-8: the sources hold UTF-8 string literals (German, typographic quotes).
    target_compile_options(mailauth_settings INTERFACE /W4 /utf-8 /permissive- /Zc:__cplusplus)
    if(MAILAUTH_WERROR)
        target_compile_options(mailauth_settings INTERFACE /WX)
    endif()
endif()
if((MAILAUTH_SANITIZE OR MAILAUTH_FUZZ) AND NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    message(FATAL_ERROR "MAILAUTH_SANITIZE and MAILAUTH_FUZZ need GCC or Clang, not ${CMAKE_CXX_COMPILER_ID}")
endif()
if(MAILAUTH_SANITIZE)
    target_compile_options(mailauth_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(mailauth_settings INTERFACE -fsanitize=address,undefined)
endif()
if(MAILAUTH_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "MAILAUTH_FUZZ needs clang (libFuzzer), not ${CMAKE_CXX_COMPILER_ID}: "
                            "configure a separate build directory with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    # Every library is instrumented for coverage and sanitizers; only the fuzz targets link libFuzzer's main().
    target_compile_options(mailauth_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(mailauth_settings INTERFACE -fsanitize=address,undefined)
endif()
# GNU ld spends seconds on each of the ~200 test executables (debug info, Qt): lld links the same in a fifth of the
# time (measured on accessibility_test: 5.2 s against 1.0 s), which is most of a cold CI build. Taken when present.
option(MAILAUTH_USE_LLD "Link with lld when the compiler accepts -fuse-ld=lld" ON)
if(MAILAUTH_USE_LLD AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT WIN32 AND NOT APPLE)
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=lld" MAILAUTH_HAVE_LLD)
    if(MAILAUTH_HAVE_LLD)
        add_link_options(-fuse-ld=lld)
    endif()
endif()
