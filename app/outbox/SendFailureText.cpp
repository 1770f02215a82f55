#include "app/outbox/SendFailureText.h"

namespace rapport::app {

// +CMS ERROR values: 1–127 are the network's RP-cause (3GPP TS 24.011 Annex E-2), 300–500 the
// modem's own (3GPP TS 27.005 §3.2.5). Only the ones people meet get their own words.
QString SendFailureText::cmsCause(int code)
{
    switch (code) {
    case 1:
        return tr("the number does not exist (the network says it is unassigned)");
    case 8:
    case 10:
        return tr("the network does not allow this SIM to text that number");
    case 21:
        return tr("the network rejected the text");
    case 27:
    case 28:
    case 30:
        return tr("the network does not know the number or it is out of service");
    case 29:
    case 50:
        return tr("this SIM's plan does not allow sending texts");
    case 38:
    case 41:
    case 42:
    case 47:
        return tr("the network is busy or out of order");
    case 310:
    case 313:
        return tr("the modem cannot read its SIM card");
    case 311:
    case 316:
        return tr("the SIM card is locked with a PIN");
    case 330:
        return tr("the SIM has no message centre number; set it in the modem settings");
    case 331:
        return tr("the modem has no network signal");
    case 332:
        return tr("the network did not answer in time");
    case 14:
    case 515:
        return tr("the modem was busy");
    default:
        return {};
    }
}

QString SendFailureText::sendFailureCause(const modem::SendOutcome &outcome)
{
    using R = modem::SendOutcome::Result;
    using S = modem::AtResponse::Status;
    if (outcome.result == R::Invalid)
        return tr("the number or the text cannot be put into a text message as it is");
    if (outcome.status == S::ChannelClosed || outcome.status == S::Cancelled)
        return tr("the modem was disconnected");
    if (outcome.status == S::Timeout)
        return tr("the modem did not answer");
    if (outcome.status == S::NoPrompt)
        return tr("the modem did not accept the text");
    if (outcome.status == S::CmsError || outcome.status == S::CmeError) {
        const QString known = cmsCause(outcome.errorCode);
        if (!known.isEmpty())
            return known;
    }
    return outcome.temporary ? tr("the modem or the network had a temporary problem")
                             : tr("the modem or the network refused it");
}

QString SendFailureText::sendFailure(const modem::SendOutcome &outcome)
{
    if (outcome.result == modem::SendOutcome::Result::Uncertain)
        return tr("The modem stopped answering while this text was going out, so it may have "
                  "been sent. It is not sent again on its own: check with the customer, or "
                  "choose Retry to send it again.");
    return tr("Not sent: %1.").arg(sendFailureCause(outcome));
}

QString SendFailureText::deliveryFailure(int tpStatus)
{
    // 3GPP TS 23.040 §9.2.3.15, TP-Status values.
    switch (tpStatus) {
    case 0x41:
    case 0x43:
    case 0x45:
        return tr("Not delivered: the number cannot receive texts.");
    case 0x42:
    case 0x63:
        return tr("Not delivered: the customer's phone or network refused it.");
    case 0x46:
        return tr("Not delivered: the phone was off or out of reach until the text expired.");
    case 0x47:
    case 0x48:
        return tr("Not delivered: the message centre deleted it.");
    case 0x60:
    case 0x61:
    case 0x62:
        return tr("Not delivered: the customer's phone did not answer and the network gave up.");
    default:
        return tr("Not delivered: the network gave up on it.");
    }
}

} // namespace rapport::app
