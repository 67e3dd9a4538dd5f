# macOS: the app bundle's Info.plist and icon, the Qt runtime deployed into it by macdeployqt through
# Qt's deploy script, and a .dmg that shows the bundle beside a link to /Applications.
configure_file(macos/Info.plist.in "${CMAKE_CURRENT_BINARY_DIR}/Info.plist.in" @ONLY)
target_sources(invoicedesk PRIVATE "${INVOICEDESK_ICNS}")
set_source_files_properties("${INVOICEDESK_ICNS}" TARGET_DIRECTORY invoicedesk
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED TRUE)
add_dependencies(invoicedesk invoicedesk_icons)
set_target_properties(invoicedesk PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_BINARY_DIR}/Info.plist.in"
    MACOSX_BUNDLE_ICON_FILE "invoicedesk.icns")

invoicedesk_install_qt_runtime(invoicedesk)

# The disk image carries the bundle only: the command-line tools are installed to bin/ by their own
# rules and are not deployed with a Qt runtime of their own on macOS, so they are left out of the image.
install(CODE [[
    file(REMOVE_RECURSE "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/bin")
    file(CREATE_LINK /Applications "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/Applications" SYMBOLIC)
]])

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_PACKAGE_FILE_NAME "InvoiceDesk-${PROJECT_VERSION}-macOS")
set(CPACK_DMG_VOLUME_NAME "InvoiceDesk")
set(CPACK_DMG_FORMAT "UDZO")
