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
target_compile_options(mailauth_settings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
if(MAILAUTH_WERROR)
    target_compile_options(mailauth_settings INTERFACE -Werror)
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
