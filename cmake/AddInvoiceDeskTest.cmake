# invoicedesk_add_test(NAME name SOURCES a.cpp... [LIBRARIES extra...] [LABELS l...] [KEYCHAIN])
# One line per Qt Test executable: links the core, runs widgets offscreen, keeps asserts on.
# KEYCHAIN marks tests that need a running Secret Service (./dev test provides one).
function(invoicedesk_add_test)
    cmake_parse_arguments(ARG "KEYCHAIN" "NAME" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    set(target "tst_${ARG_NAME}")
    add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE InvoiceDesk::Core InvoiceDesk::TestSupport Qt6::Test
        InvoiceDesk::Settings ${ARG_LIBRARIES})
    target_compile_definitions(${target} PRIVATE QT_FORCE_ASSERTS)
    add_test(NAME ${ARG_NAME} COMMAND ${target})
    set(labels ${ARG_LABELS})
    if(ARG_KEYCHAIN)
        list(APPEND labels keychain)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=invoicedesk.*.debug=false"
        LABELS "${labels}"
        TIMEOUT 300)
endfunction()
