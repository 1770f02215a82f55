#pragma once

#include <QTextStream>

namespace rapport::app {

// What a command may touch: its output streams. Tests pass string-backed streams.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
};

} // namespace rapport::app
