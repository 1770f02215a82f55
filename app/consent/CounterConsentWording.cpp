#include "app/consent/CounterConsentWording.h"

namespace rapport::app {
namespace {

QString business(const QString &name)
{
    const QString trimmed = name.trimmed();
    return trimmed.isEmpty() ? CounterConsentWording::tr("our shop") : trimmed;
}

} // namespace

QString CounterConsentWording::question(ConsentPurpose purpose, const QString &businessName)
{
    switch (purpose) {
    case ConsentPurpose::Service:
        return tr("May %1 text you about your appointments and visits, such as reminders? "
                  "You can stop these texts at any time by replying STOP.")
            .arg(business(businessName));
    case ConsentPurpose::Marketing:
        return tr("Would you like texts from %1 with news and offers? We send a few a month "
                  "at most, and you can stop them at any time by replying STOP.")
            .arg(business(businessName));
    case ConsentPurpose::Feedback:
        return tr("May %1 text you after a visit to ask how it went? You can stop these "
                  "texts at any time by replying STOP.")
            .arg(business(businessName));
    }
    return {};
}

QString CounterConsentWording::confirmation(
    ConsentPurpose purpose, ConsentAction action, const QString &businessName)
{
    const QString name = business(businessName);
    if (action == ConsentAction::OptOut) {
        switch (purpose) {
        case ConsentPurpose::Service:
            return tr("%1: you will get no more appointment texts from us. Reply START to get "
                      "them again.")
                .arg(name);
        case ConsentPurpose::Marketing:
            return tr("%1: you will get no more offers by text from us. Reply START to get "
                      "them again.")
                .arg(name);
        case ConsentPurpose::Feedback:
            return tr("%1: we will not ask for your feedback by text any more. Reply START to "
                      "change that.")
                .arg(name);
        }
        return {};
    }
    switch (purpose) {
    case ConsentPurpose::Service:
        return tr("%1: thanks, you will now get appointment texts from us. Reply STOP to opt "
                  "out, HELP for help.")
            .arg(name);
    case ConsentPurpose::Marketing:
        return tr("%1: thanks, you will now get news and offers by text. Reply STOP to opt "
                  "out, HELP for help.")
            .arg(name);
    case ConsentPurpose::Feedback:
        return tr("%1: thanks, we may text you after a visit to ask how it went. Reply STOP "
                  "to opt out, HELP for help.")
            .arg(name);
    }
    return {};
}

} // namespace rapport::app
