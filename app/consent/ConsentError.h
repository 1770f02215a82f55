#pragma once

#include <QString>

namespace rapport::app {

// Why the consent ledger refused an event or could not answer. The codes are for the UI and the
// import report to act on; describe() gives a sentence that says what to do.
struct ConsentError
{
    enum class Code {
        NotFound, // no customer with that id
        WordingRequired, // an opt-in in person, on paper or on the web without the words shown
        WordingVersionRequired, // ... or without the version of those words
        ImportTextRequired, // an imported opt-in without the file's consent text
        InboundTextRequired, // a keyword event without the customer's own message
        RecordedInFuture, // the event carries a time later than now
        OlderThanLatest, // a dated event older than the latest one for that purpose
        StorageFailed, // see detail
    };
    Code code = Code::StorageFailed;
    QString detail; // the driver's message, for logs and "Details…"

    [[nodiscard]] QString describe() const;
};

} // namespace rapport::app
