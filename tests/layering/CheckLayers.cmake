# cmake -DROOT=<tree> [-DEXPECT=<n>] -P CheckLayers.cmake
# Fails when a layer includes what it must not. With EXPECT, succeeds only when exactly that many
# violations are found (used to prove the check can fail).
cmake_minimum_required(VERSION 3.25)

set(gui_modules "QtGui|QtWidgets|QtCharts|QtSvg|QtSvgWidgets|QtOpenGL|QtPrintSupport")
set(gui_classes "QWidget|QApplication|QGuiApplication|QMainWindow|QDialog|QPixmap|QImage|QIcon|QColor|QFont|QPainter|QPalette|QAbstractItemView")
set(sql "QtSql|QSql[A-Za-z]*")

# layer;forbidden-include-regex;description
set(rules
    "modem|^(${sql}|${gui_modules}|${gui_classes})([/>\".]|$)|Qt SQL or GUI"
    "modem|^(app|ui)/|a header of app/ or ui/"
    "app|^(${gui_modules}|${gui_classes})([/>\".]|$)|Qt GUI or widgets"
    "app|^ui/|a header of ui/"
    "ui|^modem/|a header of modem/ (go through app/)")

set(violations 0)
foreach(rule IN LISTS rules)
    string(REPLACE "|" ";" parts "${rule}")
    # The regex itself contains '|': rebuild it from the middle fields.
    list(GET parts 0 layer)
    list(LENGTH parts count)
    math(EXPR last "${count} - 1")
    list(GET parts ${last} description)
    list(SUBLIST parts 1 ${last} regex_parts)
    list(JOIN regex_parts "|" regex)

    file(GLOB_RECURSE files LIST_DIRECTORIES false "${ROOT}/${layer}/*.h" "${ROOT}/${layer}/*.cpp")
    foreach(file IN LISTS files)
        file(READ "${file}" content)
        # Composition roots (the files with main()) wire every layer together by design.
        if(layer STREQUAL "app" AND content MATCHES "int main\\(")
            continue()
        endif()
        file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]*)[>\"].*$" "\\1" header "${line}")
            if(header MATCHES "${regex}")
                file(RELATIVE_PATH shown "${ROOT}" "${file}")
                message(STATUS "${shown}: includes <${header}>, ${description}; ${layer}/ must not.")
                math(EXPR violations "${violations} + 1")
            endif()
        endforeach()
    endforeach()
endforeach()

if(DEFINED EXPECT)
    if(NOT violations EQUAL EXPECT)
        message(FATAL_ERROR "Expected ${EXPECT} layering violations, found ${violations}.")
    endif()
    message(STATUS "Found the ${EXPECT} planted violations.")
elseif(violations GREATER 0)
    message(FATAL_ERROR "${violations} layering violation(s). Layers: modem <- app <- ui; "
                        "see ARCHITECTURE.md.")
else()
    message(STATUS "Layering is clean.")
endif()
