# rapport_add_qtest(<name> SOURCES <files…> [LIBRARIES <targets…>] [LABELS <labels…>]
#                   [TIMEOUT <seconds>])
#
# One Qt Test executable per class under test. The environment is pinned so results do not depend
# on the developer's machine: offscreen platform, C.UTF-8, UTC, and (through RAPPORT_TEST_MAIN) a
# fresh temporary home so a test never reads or writes the user's settings or data.
# Labels: unit, integration, gui, slow (plus tooling for repository checks).
function(rapport_add_qtest name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    if(NOT T_LABELS)
        message(FATAL_ERROR "rapport_add_qtest(${name}): give at least one label")
    endif()
    qt_add_executable(${name} ${T_SOURCES})
    set_target_properties(${name} PROPERTIES
        RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tests/bin")
    target_link_libraries(${name} PRIVATE rapport_test_support rapport_build_flags
        ${T_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "${RAPPORT_TEST_ENVIRONMENT}")
endfunction()

set(RAPPORT_TEST_ENVIRONMENT
    "QT_QPA_PLATFORM=offscreen"
    "LC_ALL=C.UTF-8"
    "LANG=C.UTF-8"
    "LANGUAGE="
    "TZ=UTC"
    "QT_LOGGING_RULES=rapport.*.debug=false"
    "RAPPORT_BUILD_DIR=${PROJECT_BINARY_DIR}"
    "RAPPORT_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
    "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp")
