# The macOS bundle icon: iconutil (part of every macOS) turns the committed PNGs into an .icns at build time.
# Not built on this project's Debian machines (README, "Windows and macOS").
function(mailauth_add_bundle_icon target)
    set(iconset "${CMAKE_CURRENT_BINARY_DIR}/mailauth-wizard.iconset")
    set(icns "${CMAKE_CURRENT_BINARY_DIR}/mailauth-wizard.icns")
    set(pngs "${PROJECT_SOURCE_DIR}/resources/icons")
    # iconutil's names: icon_<points>x<points>[@2x].png.
    add_custom_command(OUTPUT "${icns}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${iconset}"
        COMMAND ${CMAKE_COMMAND} -E copy "${pngs}/mailauth-wizard-16.png" "${iconset}/icon_16x16.png"
        COMMAND ${CMAKE_COMMAND} -E copy "${pngs}/mailauth-wizard-32.png" "${iconset}/icon_16x16@2x.png"
        COMMAND ${CMAKE_COMMAND} -E copy "${pngs}/mailauth-wizard-32.png" "${iconset}/icon_32x32.png"
        COMMAND ${CMAKE_COMMAND} -E copy "${pngs}/mailauth-wizard-64.png" "${iconset}/icon_32x32@2x.png"
        COMMAND ${CMAKE_COMMAND} -E copy "${pngs}/mailauth-wizard-128.png" "${iconset}/icon_128x128.png"
        COMMAND ${CMAKE_COMMAND} -E copy "${pngs}/mailauth-wizard-256.png" "${iconset}/icon_128x128@2x.png"
        COMMAND ${CMAKE_COMMAND} -E copy "${pngs}/mailauth-wizard-256.png" "${iconset}/icon_256x256.png"
        COMMAND iconutil --convert icns --output "${icns}" "${iconset}"
        DEPENDS "${pngs}/mailauth-wizard-16.png" "${pngs}/mailauth-wizard-32.png" "${pngs}/mailauth-wizard-64.png"
                "${pngs}/mailauth-wizard-128.png" "${pngs}/mailauth-wizard-256.png"
        VERBATIM)
    target_sources(${target} PRIVATE "${icns}")
    set_source_files_properties("${icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(${target} PROPERTIES MACOSX_BUNDLE_ICON_FILE mailauth-wizard.icns
        MACOSX_BUNDLE_GUI_IDENTIFIER io.github.mailauth.MailAuthWizard
        MACOSX_BUNDLE_BUNDLE_NAME "MailAuth Wizard"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}")
endfunction()
