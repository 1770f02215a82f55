# cmake -DROOT=<repo> -DCLANG_FORMAT=<path> -P CheckFormat.cmake
# Every C++ source must be formatted with the repository's .clang-format.
cmake_minimum_required(VERSION 3.25)
if(NOT CLANG_FORMAT OR NOT EXISTS "${CLANG_FORMAT}")
    message(FATAL_ERROR "clang-format is not installed. Install it with: "
                        "sudo apt-get install clang-format")
endif()
set(files)
foreach(dir modem app ui tests)
    file(GLOB_RECURSE found LIST_DIRECTORIES false "${ROOT}/${dir}/*.h" "${ROOT}/${dir}/*.cpp")
    list(APPEND files ${found})
endforeach()
list(FILTER files EXCLUDE REGEX "/tests/layering/violations/")
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${files}
                RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${errors}\nSome files are not formatted. Fix with:\n"
                        "  clang-format -i $(git ls-files '*.h' '*.cpp')")
endif()
list(LENGTH files count)
message(STATUS "${count} files formatted correctly.")
