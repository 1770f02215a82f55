#include "app/modem/SessionProblemText.h"

#include "modem/SessionSetup.h"

namespace rapport::app {

using modem::SetupFailure;

ProblemText SessionProblemText::describe(SetupFailure failure, const QByteArray &modemAnswer)
{
    ProblemText text;
    text.details = QString::fromLatin1(modemAnswer);
    switch (failure) {
    case SetupFailure::None:
        break;
    case SetupFailure::Unresponsive:
        text.what = tr("The modem does not answer.");
        text.fix = tr("It may be the wrong port of the modem (try the others), or the modem is "
                      "stuck: unplug it, wait ten seconds and plug it in again.");
        break;
    case SetupFailure::SimNotInserted:
        text.what = tr("There is no SIM card in the modem.");
        text.fix = tr("Insert the SIM card (with the modem unplugged), then plug it in again.");
        break;
    case SetupFailure::SimPinRequired:
        text.what = tr("The SIM card is locked with a PIN.");
        text.fix = tr("Enter the SIM's PIN. Rapport asks once and never tries a PIN by itself.");
        break;
    case SetupFailure::SimPukRequired:
        text.what = tr("The SIM card is blocked after too many wrong PINs.");
        text.fix = tr("Unblock it with the PUK from your mobile operator, in a phone, then put it "
                      "back into the modem.");
        break;
    case SetupFailure::WrongPin:
        text.what = tr("The SIM card refused the PIN.");
        text.fix = tr("Check the PIN and try again — after three wrong PINs the SIM blocks and "
                      "needs the PUK from your operator.");
        break;
    case SetupFailure::SimFailure:
        text.what = tr("The modem cannot read the SIM card.");
        text.fix = tr("Take the SIM out, check it sits the right way round, put it back and plug "
                      "the modem in again. If that does not help, the SIM may be faulty.");
        break;
    case SetupFailure::PhoneLocked:
        text.what = tr("The modem is locked to another operator's SIM cards.");
        text.fix = tr("Use a SIM from the operator the modem was sold by, or ask them to unlock "
                      "it.");
        break;
    case SetupFailure::SmsUnsupported:
        text.what = tr("The modem refuses to handle text messages.");
        text.fix = tr("This port may be the modem's data port: try its other ports. Some "
                      "data-only sticks cannot send texts at all.");
        break;
    }
    return text;
}

} // namespace rapport::app
