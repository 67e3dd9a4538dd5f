# Windows: the executable's icon and version resource, the Qt runtime deployed by windeployqt through
# Qt's deploy script, the other DLLs the executables load, and an NSIS installer with a Start-menu
# entry and an uninstaller.
configure_file(windows/invoicedesk.rc.in "${CMAKE_CURRENT_BINARY_DIR}/invoicedesk.rc" @ONLY)
target_sources(invoicedesk PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/invoicedesk.rc")
add_dependencies(invoicedesk invoicedesk_icons)

invoicedesk_install_qt_runtime(invoicedesk)

# windeployqt copies Qt only. QtKeychain, libphonenumber, libqrencode and what they pull in are found
# next to the import libraries they were linked from (vcpkg's bin, QtKeychain's bin) or on PATH.
set(INVOICEDESK_RUNTIME_DIRS "" CACHE STRING "Extra folders searched for the DLLs the installer ships")
configure_file(windows/deploy_runtime_dlls.cmake.in "${CMAKE_CURRENT_BINARY_DIR}/deploy_runtime_dlls.cmake.in" @ONLY)
file(GENERATE OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/deploy_runtime_dlls-$<CONFIG>.cmake"
    INPUT "${CMAKE_CURRENT_BINARY_DIR}/deploy_runtime_dlls.cmake.in")
install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/deploy_runtime_dlls-$<CONFIG>.cmake")

set(CPACK_GENERATOR "NSIS")
set(CPACK_PACKAGE_FILE_NAME "InvoiceDesk-${PROJECT_VERSION}-win64")
set(CPACK_NSIS_PACKAGE_NAME "InvoiceDesk")
set(CPACK_NSIS_DISPLAY_NAME "InvoiceDesk ${PROJECT_VERSION}")
cmake_path(NATIVE_PATH INVOICEDESK_ICO native_ico)
set(CPACK_NSIS_MUI_ICON "${native_ico}")
set(CPACK_NSIS_MUI_UNIICON "${native_ico}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\invoicedesk.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "support@invoicedesk.example")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
# Start-menu entry "InvoiceDesk" for bin\invoicedesk.exe; the uninstaller gets its own entry.
set(CPACK_PACKAGE_EXECUTABLES "invoicedesk;InvoiceDesk")
set(CPACK_NSIS_MENU_LINKS "${PROJECT_HOMEPAGE_URL}" "InvoiceDesk on the web")
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall InvoiceDesk")
