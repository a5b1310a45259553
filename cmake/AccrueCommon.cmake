# One INTERFACE target that carries the project's compile settings; every
# target links it, so warnings and Qt strictness are uniform.
add_library(accrue_common INTERFACE)
add_library(Accrue::Common ALIAS accrue_common)

target_compile_features(accrue_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(accrue_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(accrue_common INTERFACE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wformat=2)
    # GCC's -Wshadow=local; clang (the fuzz build) has no such level.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(accrue_common INTERFACE -Wshadow=local)
    endif()
elseif(MSVC)
    target_compile_options(accrue_common INTERFACE /W4 /permissive- /utf-8)
endif()

set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
