#pragma once

#include "app/consent/ConsentTypes.h"

#include <QCoreApplication>
#include <QString>

namespace rapport::app {

// The words of consent taken at the counter, kept in one place: what staff show or read out to
// the customer (stored in the ledger as the evidence, with wordingVersion()), and the text that
// confirms the decision to the customer's phone, with the STOP / HELP instructions. Change a
// sentence here and bump kVersion, so the ledger can tell which words a customer agreed to.
class CounterConsentWording final
{
    Q_DECLARE_TR_FUNCTIONS(CounterConsentWording)

public:
    static constexpr const char *kVersion = "counter-2025-1";

    static QString wordingVersion() { return QString::fromLatin1(kVersion); }

    // What the customer is asked, naming the business (a generic phrase when it has no name).
    static QString question(ConsentPurpose purpose, const QString &businessName);

    // The text sent to the customer after staff recorded their decision.
    static QString confirmation(
        ConsentPurpose purpose, ConsentAction action, const QString &businessName);
};

} // namespace rapport::app
