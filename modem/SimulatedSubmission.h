#pragma once

#include "modem/SmsTpdu.h"
#include "modem/UserDataHeader.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace rapport::modem {

// One SMS-SUBMIT the simulated network accepted: what a test asserts on after the host sent.
struct SimulatedSubmission
{
    QString destination; // SmsAddress::toString(): "+447700900123" or the digits as sent
    QString text; // this part's text; empty when the coding is not text
    std::optional<Concatenation> concatenation; // set for a part of a long message
    quint8 messageReference = 0; // the TP-MR the modem assigned and answered with +CMGS
    bool statusReportRequested = false; // TP-SRR
    QDateTime time; // when the network accepted it (the clock's now)
    SmsSubmit submit; // the decoded TPDU, for anything else
    QByteArray pduHex; // as the host wrote it after the prompt
};

} // namespace rapport::modem

Q_DECLARE_METATYPE(rapport::modem::SimulatedSubmission)
