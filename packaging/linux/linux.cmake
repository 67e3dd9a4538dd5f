# Linux: desktop integration under one reverse-DNS id, and a Debian package.
configure_file(linux/invoicedesk.desktop.in "${CMAKE_CURRENT_BINARY_DIR}/${INVOICEDESK_APP_ID}.desktop" @ONLY)
configure_file(linux/invoicedesk.metainfo.xml.in "${CMAKE_CURRENT_BINARY_DIR}/${INVOICEDESK_APP_ID}.metainfo.xml" @ONLY)

install(FILES "${CMAKE_CURRENT_BINARY_DIR}/${INVOICEDESK_APP_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/${INVOICEDESK_APP_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${INVOICEDESK_ICON_SVG}"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
    RENAME "${INVOICEDESK_APP_ID}.svg")
foreach(size IN LISTS INVOICEDESK_HICOLOR_SIZES)
    install(FILES "${icon_dir}/hicolor/${size}x${size}/apps/${INVOICEDESK_APP_ID}.png"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
endforeach()
install(FILES "${CMAKE_CURRENT_SOURCE_DIR}/linux/copyright"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/invoicedesk")

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
# Debug information stays in the build tree; signing on macOS and Windows needs binaries left alone.
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Linked libraries come from dpkg-shlibdeps (it needs the `file` command). What is only loaded at run
# time is listed by hand: QtKeychain's Secret Service backend (libsecret), the QSQLITE driver, the xcb
# and Wayland platform plugins, and the SVG image plugin that draws the icons.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
# qt6-translations-l10n: Qt's own buttons and dialogs in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | libkf5wallet-bin, qt6-translations-l10n")
