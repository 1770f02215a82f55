#pragma once

#include <QDateTime>
#include <QString>

namespace rapport::app {

// What the policy engine says about one outgoing message, and why, in words the UI shows as
// they are ("Held until Mon 09:00 — quiet hours in America/Chicago").
struct PolicyDecision
{
    enum class Verdict {
        Send, // may go now
        Hold, // not now: ask again at `notBefore` (or when a person resolves a review)
        Refuse, // never, as things stand (no consent, opted out, on the do-not-text list)
    };
    Verdict verdict = Verdict::Send;
    QDateTime notBefore; // Hold: the exact earliest UTC moment worth asking again; invalid when
        // only a person can release it (an opt-out review)
    QString reasonCode; // stable key for code and tests: "quiet_hours", "no_consent", ...
    QString reason; // the sentence for people, in the user's language
    // The text as it must go out: the body with the sender's name and the opt-out line added
    // where the rules ask for them. Adding is idempotent: a body that already carries them is
    // returned unchanged, so deciding again before sending never doubles them.
    QString finalBody;

    [[nodiscard]] bool allowsSendingNow() const { return verdict == Verdict::Send; }
};

} // namespace rapport::app
