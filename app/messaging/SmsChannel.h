#pragma once

#include "modem/SmsReceiver.h"
#include "modem/SmsSender.h"

#include <QObject>
#include <QString>

namespace rapport::app {

// One modem (one SIM) as the messaging core sees it: a stable id, whether it can send now, and
// the modem's own send / receive / confirm. Implemented over a modem::ModemConnection for real
// and demo modems; tests may script it. Lives in app/ only (ui never sees modem types).
class SmsChannel : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~SmsChannel() override = default;

    // The SIM's identity across reconnects: the modem's IMEI once known, else the configured
    // name. Stored on every message that leaves or arrives through it.
    [[nodiscard]] virtual QString id() const = 0;
    [[nodiscard]] virtual bool isReady() const = 0;
    // Sends one text; `handle` comes back in partSent and sendFinished (outcome.id == handle).
    virtual void send(quint64 handle, const modem::OutgoingSms &sms) = 0;
    // The received PDU is safely in the database: delete the modem's copy.
    virtual void confirmStored(const modem::MessageLocation &location) = 0;

Q_SIGNALS:
    void readyChanged(bool ready);
    void partSent(quint64 handle, int part, int partCount, int messageReference);
    void sendFinished(quint64 handle, const rapport::modem::SendOutcome &outcome);
    // Every PDU the modem hands over: SMS-DELIVER parts and SMS-STATUS-REPORTs alike.
    void received(const rapport::modem::InboundPdu &pdu);
};

} // namespace rapport::app
