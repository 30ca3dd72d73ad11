# Debian 12 ships c-ares without a CMake config; prefer one where it exists (newer distributions).
find_package(c-ares CONFIG QUIET)
if(TARGET c-ares::cares)
    set(MAILAUTH_CARES_TARGET c-ares::cares)
else()
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(CARES REQUIRED IMPORTED_TARGET libcares>=1.18)
    set(MAILAUTH_CARES_TARGET PkgConfig::CARES)
endif()
find_package(PkgConfig REQUIRED)
pkg_check_modules(PSL REQUIRED IMPORTED_TARGET libpsl)
find_package(OpenSSL 3.0 REQUIRED COMPONENTS Crypto)
find_package(spdlog CONFIG REQUIRED)
find_package(fmt CONFIG REQUIRED)
# DMARC aggregate reports (issue 10) and messages (issue 11): archives through libarchive, mail through GMime.
pkg_check_modules(GMIME REQUIRED IMPORTED_TARGET gmime-3.0)
find_package(LibArchive 3.4 REQUIRED)
# The XML of aggregate reports: libexpat 2.4+ (amplification limits; bookworm has 2.5). FindEXPAT gives EXPAT::EXPAT.
find_package(EXPAT 2.4 REQUIRED)
# The command-line tool needs Qt Core and Gui (the PDF hand-over) only; the GUI, the training simulator and the tests
# need the rest. LinguistTools is optional: without it the programs are built without their translations.
if(MAILAUTH_BUILD_GUI)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Network Concurrent Charts Test)
else()
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui)
endif()
find_package(Qt6 6.4 QUIET COMPONENTS LinguistTools)
if(Qt6LinguistTools_FOUND)
    set(MAILAUTH_TRANSLATIONS ON)
else()
    set(MAILAUTH_TRANSLATIONS OFF)
    message(WARNING "Qt6 LinguistTools not found: building without translations (English only, plural forms such as "
                    "\"1 domain(s)\" unpolished). Install qt6-tools-dev / qt6-l10n-tools for German.")
endif()
