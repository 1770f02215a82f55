#pragma once

#include <QCoreApplication>
#include <QString>

namespace rapport::modem {
enum class RegistrationState;
enum class SimState;
} // namespace rapport::modem

namespace rapport::app {

// A modem's registration and SIM state in the shop's words, for the modem page and status bar.
class ModemWords final
{
    Q_DECLARE_TR_FUNCTIONS(ModemWords)
public:
    static QString registration(modem::RegistrationState state);
    static QString simState(modem::SimState state);
};

} // namespace rapport::app
