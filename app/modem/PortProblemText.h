#pragma once

#include <QCoreApplication>
#include <QString>

namespace rapport::modem {
struct PortError;
}

namespace rapport::app {

// A problem in the shop's words: what happened, and what to do about it. `details` keeps the
// system's own message for "Details…" and support.
struct ProblemText
{
    QString what;
    QString fix;
    QString details;

    [[nodiscard]] QString sentence() const { return what + u' ' + fix; }
};

class PortProblemText final
{
    Q_DECLARE_TR_FUNCTIONS(PortProblemText)
public:
    static ProblemText describe(const modem::PortError &error);
};

} // namespace rapport::app
