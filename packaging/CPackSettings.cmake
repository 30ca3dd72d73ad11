# `cpack` in the build folder. Debian (the one built and checked by CI, packaging/check-deb.sh): `cpack -G DEB`.
# Windows (NSIS or WIX) and macOS (DragNDrop) are configured below but never built on this project's Debian machines
# (README, "Windows and macOS"); windeployqt and macdeployqt run at install time (packaging/InstallRules.cmake).
set(CPACK_PACKAGE_NAME mailauth-wizard)
set(CPACK_PACKAGE_VENDOR "MailAuth Wizard")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Set up SPF, DKIM and DMARC for a Microsoft 365 domain")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/mailauth/mailauth-wizard")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "MailAuth Wizard")
set(CPACK_PACKAGE_EXECUTABLES mailauth-wizard "MailAuth Wizard")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
# The installers' licence page. The project has no licence file yet; until it has one, CPack would show its own
# default text, so the Windows installers need a LICENSE before they are built.
if(EXISTS "${PROJECT_SOURCE_DIR}/LICENSE")
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
endif()
set(CPACK_PACKAGE_CONTACT "The MailAuth Wizard developers <mailauth-wizard@users.noreply.github.com>"
    CACHE STRING "Maintainer of the packages (Debian's Maintainer field)")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\\\.git/")
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# Debian: Depends is worked out by dpkg-shlibdeps (dpkg-dev) from the libraries the programs link: libqt6*, libc-ares,
# libssl, libgmime, libarchive, libexpat, libpsl, libspdlog, libfmt. Recommends: Qt's own translations (Qt's buttons
# in German), Wayland support and the system's public suffix list (libpsl falls back to its built-in copy).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland, publicsuffix")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Set up SPF, DKIM and DMARC for a Microsoft 365 domain
 MailAuth Wizard takes a Microsoft 365 tenant's custom domain from \"anyone can spoof us\" to SPF, DKIM and DMARC
 enforced: it audits DNS, composes the records, generates the Exchange Online PowerShell for DKIM and watches DNS
 until every server sees each change. It has a training mode with a simulated DNS host and tenant.
 .
 The mailauth command-line tool runs the same checks headless, for scripts and bulk audits.")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

if(WIN32)
    # NSIS by default; WIX with `cpack -G WIX` (needs the WiX Toolset 3 on PATH). The upgrade code must never change.
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/mailauth-wizard.ico")
    set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/mailauth-wizard.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\mailauth-wizard.exe")
    set(CPACK_NSIS_DISPLAY_NAME "MailAuth Wizard")
    set(CPACK_NSIS_MODIFY_PATH ON) # offers to put bin\\ (mailauth.exe) on PATH
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_WIX_UPGRADE_GUID "6C1F2D64-6C0B-4B8E-9C37-2B1C7E3E5A11")
    set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/mailauth-wizard.ico")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "MailAuth Wizard")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "MailAuth Wizard")
    set(CPACK_DMG_FORMAT UDZO)
else()
    set(CPACK_GENERATOR DEB)
endif()

include(CPack)
