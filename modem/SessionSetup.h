#pragma once

#include "modem/ModemStatus.h"
#include "modem/VendorProfile.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>

#include <optional>

namespace rapport::modem {

// Why a modem could not be brought into service. Words come from app/.
enum class SetupFailure {
    None,
    Unresponsive, // nothing answered AT: wrong port, or the modem is hung
    SimNotInserted,
    SimPinRequired, // waiting for the user: not a failure by itself, see ModemSession
    SimPukRequired, // blocked: needs the PUK from the operator; Rapport never tries PINs again
    WrongPin, // the PIN given was refused; the user decides whether to try again
    SimFailure,
    PhoneLocked,
    SmsUnsupported, // the modem refused PDU mode
};

// How the modem will tell us about new messages and status reports, as negotiated with AT+CNMI.
enum class Indications {
    Stored, // +CMTI for messages, status reports per statusReports
    None, // the modem accepted no AT+CNMI: only the periodic sweep finds messages
};
enum class StatusReportDelivery { Direct, Stored, None };

// Everything the set-up learnt, kept by the session for the modem page and for sending.
struct SetupResult
{
    ModemIdentity identity;
    VendorProfile profile;
    QList<QByteArray> storages; // every storage worth sweeping ("SM", "ME", "SR" …)
    QByteArray receiveStorage; // where new messages are stored (AT+CPMS third parameter)
    QByteArray cnmi; // the AT+CNMI command that was accepted, empty if none
    Indications indications = Indications::None;
    StatusReportDelivery statusReports = StatusReportDelivery::None;
};

} // namespace rapport::modem

Q_DECLARE_METATYPE(rapport::modem::SetupFailure)
