#pragma once

#include "modem/SmsSender.h"

#include <QCoreApplication>
#include <QString>

namespace rapport::app {

// Sentences for people about a text that did not go out or did not arrive, stored as the
// message's state_reason so the thread shows why. The modem's codes stay in the log
// (rapport.outbox), never in these words.

class SendFailureText final
{
    Q_DECLARE_TR_FUNCTIONS(SendFailureText)

public:
    // Why a send ended without success (SendOutcome Failed, Invalid or Uncertain).
    [[nodiscard]] static QString sendFailure(const modem::SendOutcome &outcome);

    // The cause alone, for composing ("Not sent yet: <cause>. Trying again at 09:30.").
    [[nodiscard]] static QString sendFailureCause(const modem::SendOutcome &outcome);

    // Why the network could not deliver a part, from the TP-Status of its status report
    // (3GPP TS 23.040 §9.2.3.15: 0x40–0x5F permanent, 0x60–0x7F temporary but no longer
    // trying).
    [[nodiscard]] static QString deliveryFailure(int tpStatus);

private:
    static QString cmsCause(int code);
};

} // namespace rapport::app
