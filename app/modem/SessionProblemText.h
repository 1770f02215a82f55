#pragma once

#include "app/modem/PortProblemText.h"

namespace rapport::modem {
enum class SetupFailure;
}

namespace rapport::app {

class SessionProblemText final
{
    Q_DECLARE_TR_FUNCTIONS(SessionProblemText)
public:
    static ProblemText describe(modem::SetupFailure failure, const QByteArray &modemAnswer);
};

} // namespace rapport::app
