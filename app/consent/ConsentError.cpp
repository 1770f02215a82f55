#include "app/consent/ConsentError.h"

#include <QCoreApplication>

namespace rapport::app {

QString ConsentError::describe() const
{
    switch (code) {
    case Code::NotFound:
        return QCoreApplication::translate("Consent",
            "This customer no longer exists, perhaps merged or erased. Open the customer again "
            "and record the consent there.");
    case Code::WordingRequired:
        return QCoreApplication::translate("Consent",
            "Consent cannot be recorded without the exact words the customer agreed to. Choose "
            "or enter the consent wording that was shown or read out.");
    case Code::WordingVersionRequired:
        return QCoreApplication::translate("Consent",
            "The consent wording has no version. Choose the version of the wording that was "
            "shown, so it can be proved later what the customer agreed to.");
    case Code::ImportTextRequired:
        return QCoreApplication::translate("Consent",
            "This row says the customer agreed but the file gives no consent text. Add a column "
            "with what the customer agreed to, or import the row without consent.");
    case Code::InboundTextRequired:
        return QCoreApplication::translate("Consent",
            "A keyword opt-in or opt-out needs the customer's own message as evidence. Record it "
            "from the received text message.");
    case Code::RecordedInFuture:
        return QCoreApplication::translate("Consent",
            "The consent date is in the future. Correct the date, or check the computer's clock.");
    case Code::OlderThanLatest:
        return QCoreApplication::translate("Consent",
            "The customer already has a more recent consent record for this purpose, which "
            "stays in force. The older one was not added.");
    case Code::StorageFailed:
        return QCoreApplication::translate("Consent",
            "The consent record could not be saved. Check that the disk is not full, then try "
            "again.");
    }
    return {};
}

} // namespace rapport::app
