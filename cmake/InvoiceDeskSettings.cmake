# One interface target that carries the language standard, warnings and Qt strictness for every
# InvoiceDesk target. Link it PRIVATE; nothing here leaks to consumers of installed headers.
add_library(invoicedesk_settings INTERFACE)
add_library(InvoiceDesk::Settings ALIAS invoicedesk_settings)

target_compile_features(invoicedesk_settings INTERFACE cxx_std_20)

target_compile_definitions(invoicedesk_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    INVOICEDESK_VERSION="${PROJECT_VERSION}"
    INVOICEDESK_APP_ID="${INVOICEDESK_APP_ID}")

if(MSVC)
    # C4062: an enumerator not handled in a switch is an error, as -Werror=switch below.
    target_compile_options(invoicedesk_settings INTERFACE /W4 /permissive- /utf-8 /we4062 /Zc:__cplusplus)
else()
    target_compile_options(invoicedesk_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wimplicit-fallthrough -Wformat=2 -Wundef
        -Werror=switch -Werror=return-type)
endif()

option(INVOICEDESK_WERROR "Treat every warning as an error" OFF)
if(INVOICEDESK_WERROR)
    if(MSVC)
        target_compile_options(invoicedesk_settings INTERFACE /WX)
    else()
        target_compile_options(invoicedesk_settings INTERFACE -Werror)
    endif()
endif()
