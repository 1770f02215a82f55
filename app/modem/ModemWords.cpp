#include "app/modem/ModemWords.h"

#include "modem/ModemStatus.h"

namespace rapport::app {

QString ModemWords::registration(modem::RegistrationState state)
{
    using modem::RegistrationState;
    switch (state) {
    case RegistrationState::NotRegistered:
        return tr("Not connected to a network");
    case RegistrationState::Home:
        return tr("Connected (home network)");
    case RegistrationState::Searching:
        return tr("Searching for a network");
    case RegistrationState::Denied:
        return tr("The network refused this SIM");
    case RegistrationState::Unknown:
        return tr("Network not known yet");
    case RegistrationState::Roaming:
        return tr("Connected (roaming)");
    case RegistrationState::SmsOnlyHome:
        return tr("Connected for texts (home network)");
    case RegistrationState::SmsOnlyRoaming:
        return tr("Connected for texts (roaming)");
    case RegistrationState::EmergencyOnly:
        return tr("Emergency calls only");
    }
    return QString();
}

QString ModemWords::simState(modem::SimState state)
{
    using modem::SimState;
    switch (state) {
    case SimState::Unknown:
        return tr("Not checked yet");
    case SimState::Ready:
        return tr("Ready");
    case SimState::PinRequired:
        return tr("Waiting for the PIN");
    case SimState::PukRequired:
        return tr("Blocked: needs the PUK from the operator");
    case SimState::Pin2Required:
        return tr("Waiting for PIN2");
    case SimState::Puk2Required:
        return tr("Blocked: needs PUK2 from the operator");
    case SimState::PhoneLocked:
        return tr("The modem is locked to another network");
    case SimState::NotInserted:
        return tr("No SIM card");
    case SimState::Failure:
        return tr("The SIM card is not working");
    }
    return QString();
}

} // namespace rapport::app
