# What `cmake --install` and cpack put where (GNUInstallDirs: bin/, share/...). Everything the programs read at run
# time (catalogues, training scenarios and their shared world, translations, icons) is compiled into them as Qt
# resources, so an installed copy works from any prefix; the data installed under share/mailauth-wizard is for people:
# the sample project to open or export, and the built-in scenarios with their format description as templates for a
# trainer's own (`mailauth-wizard --training FILE`).
include(GNUInstallDirs)

set(MAILAUTH_PROGRAMS mailauth)
if(MAILAUTH_BUILD_GUI)
    list(APPEND MAILAUTH_PROGRAMS mailauth-wizard)
endif()
if(WIN32)
    # The non-Qt DLLs (c-ares, OpenSSL, GMime and GLib, libarchive, expat, libpsl, spdlog, fmt; from vcpkg or
    # MSYS2) go beside the programs too. Their folder: -DMAILAUTH_RUNTIME_DLL_DIRS=<vcpkg>/installed/x64-windows/bin.
    set(MAILAUTH_RUNTIME_DLL_DIRS "" CACHE PATH "Windows: folders that hold the third-party DLLs to ship")
    install(TARGETS ${MAILAUTH_PROGRAMS} RUNTIME_DEPENDENCY_SET mailauth_runtime
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    install(RUNTIME_DEPENDENCY_SET mailauth_runtime
            DIRECTORIES ${MAILAUTH_RUNTIME_DLL_DIRS}
            PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^Qt6" # Qt's own DLLs are windeployqt's job
            POST_EXCLUDE_REGEXES ".*[Ss]ystem32.*"
            DESTINATION ${CMAKE_INSTALL_BINDIR})
else()
    install(TARGETS ${MAILAUTH_PROGRAMS} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} BUNDLE DESTINATION .)
endif()

set(MAILAUTH_DATA_DESTINATION ${CMAKE_INSTALL_DATADIR}/mailauth-wizard)
install(FILES ${PROJECT_SOURCE_DIR}/resources/samples/contoso-rollout.mailauth
        DESTINATION ${MAILAUTH_DATA_DESTINATION}/samples)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/training/ DESTINATION ${MAILAUTH_DATA_DESTINATION}/training)

# The freedesktop files: Linux and the BSDs only (Windows and macOS get their icons from the .exe and the bundle).
if(UNIX AND NOT APPLE)
    set(MAILAUTH_APP_ID io.github.mailauth.MailAuthWizard)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${MAILAUTH_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${MAILAUTH_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/mailauth-wizard.mime.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME mailauth-wizard.xml)
    foreach(size IN ITEMS 16 24 32 48 64 128 256)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/mailauth-wizard-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME mailauth-wizard.png)
    endforeach()
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/mailauth-wizard.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

    # Man pages, gzipped as Debian policy asks (gzip -n: no name or time stamp, so the package is reproducible).
    set(MAILAUTH_MAN_PAGES mailauth.1)
    if(MAILAUTH_BUILD_GUI)
        list(APPEND MAILAUTH_MAN_PAGES mailauth-wizard.1)
    endif()
    find_program(MAILAUTH_GZIP gzip)
    foreach(page IN LISTS MAILAUTH_MAN_PAGES)
        set(source ${PROJECT_SOURCE_DIR}/packaging/man/${page})
        if(MAILAUTH_GZIP)
            set(packed ${PROJECT_BINARY_DIR}/man/${page}.gz)
            add_custom_command(OUTPUT ${packed}
                COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
                COMMAND ${MAILAUTH_GZIP} -9 -n -c ${source} > ${packed}
                DEPENDS ${source})
            list(APPEND MAILAUTH_PACKED_MAN_PAGES ${packed})
            install(FILES ${packed} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
        else()
            install(FILES ${source} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
        endif()
    endforeach()
    if(MAILAUTH_PACKED_MAN_PAGES)
        add_custom_target(mailauth_man_pages ALL DEPENDS ${MAILAUTH_PACKED_MAN_PAGES})
    endif()
endif()

# Windows and macOS: windeployqt / macdeployqt copy Qt's libraries and plugins beside the programs at install time,
# so the NSIS/WiX installer and the DragNDrop image are self-contained (packaging/CPackSettings.cmake).
if(MAILAUTH_BUILD_GUI AND (WIN32 OR APPLE))
    qt_generate_deploy_app_script(TARGET mailauth-wizard OUTPUT_SCRIPT MAILAUTH_DEPLOY_SCRIPT
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${MAILAUTH_DEPLOY_SCRIPT})
endif()
