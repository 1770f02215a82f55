#pragma once

#include <QDateTime>
#include <QString>

#include <array>
#include <optional>

namespace rapport::app {

// What a customer agrees (or stops agreeing) to be texted about. Each purpose is decided on its
// own: stopping marketing leaves appointment reminders alone.
enum class ConsentPurpose { Service, Marketing, Feedback };
enum class ConsentAction { OptIn, OptOut };
// How the decision reached us; it decides what evidence the ledger insists on (see
// ConsentLedger::record).
enum class ConsentSource { InPerson, PaperForm, Keyword, Import, Web };

inline constexpr std::array<ConsentPurpose, 3> allConsentPurposes {
    ConsentPurpose::Service, ConsentPurpose::Marketing, ConsentPurpose::Feedback};

// The words stored in the database ("service", "opt_in", "in_person", ...). They are part of the
// file format and of the audit log, so they never change with the language.
QString consentPurposeKey(ConsentPurpose purpose);
QString consentActionKey(ConsentAction action);
QString consentSourceKey(ConsentSource source);
std::optional<ConsentPurpose> consentPurposeFromKey(const QString &key);
std::optional<ConsentAction> consentActionFromKey(const QString &key);
std::optional<ConsentSource> consentSourceFromKey(const QString &key);

// Names for people, in the user's language.
QString consentPurposeName(ConsentPurpose purpose);
QString consentActionName(ConsentAction action);
QString consentSourceName(ConsentSource source);

// One line of the consent ledger, as GDPR Art. 7(1) asks: who, when, how, exactly what they were
// told, for which purpose, who recorded it and what we confirmed back.
struct ConsentEvent
{
    qint64 id = 0; // 0 until recorded
    qint64 customerId = 0;
    QString phoneE164; // filled by the ledger from the customer record at that moment
    ConsentPurpose purpose = ConsentPurpose::Service;
    ConsentAction action = ConsentAction::OptIn;
    ConsentSource source = ConsentSource::InPerson;
    QString wording; // the exact words shown or read out; for imports, the file's text
    QString wordingVersion;
    qint64 staffId = 0; // filled by the ledger from the actor; 0 when not a member of staff
    QString inboundText; // the customer's own message, for keyword events
    QString confirmationText; // what we texted back, if anything
    QDateTime recordedAt; // UTC; invalid means "now" when recording
};

enum class ConsentStatus { Unknown, OptedIn, OptedOut };

// The current answer for one purpose and the event that decided it (eventId 0 when none has).
struct ConsentDecision
{
    ConsentStatus status = ConsentStatus::Unknown;
    qint64 eventId = 0;
    QDateTime at;
    ConsentSource source = ConsentSource::InPerson; // meaningful only when eventId != 0
};

// A customer's consent now, one decision per purpose. Always derived from the ledger, never
// stored, so it cannot drift from the evidence.
struct ConsentState
{
    std::array<ConsentDecision, allConsentPurposes.size()> decisions {};

    [[nodiscard]] const ConsentDecision &of(ConsentPurpose purpose) const
    {
        return decisions[static_cast<std::size_t>(purpose)];
    }
    ConsentDecision &of(ConsentPurpose purpose)
    {
        return decisions[static_cast<std::size_t>(purpose)];
    }
    [[nodiscard]] bool allows(ConsentPurpose purpose) const
    {
        return of(purpose).status == ConsentStatus::OptedIn;
    }
};

} // namespace rapport::app
