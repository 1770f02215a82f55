#pragma once

// COMPLIANCE.md's rules written a second time, from first principles, to judge every text the
// messaging core hands a SIM. Nothing here calls the policy engine: the model learns what
// happened (ledger events, keywords, reviews) from the test as it makes them happen, reads only
// the configured values of PolicyConfig::defaults(), and computes local times itself with
// QTimeZone. The jurisdiction and zone of each number are the test's own knowledge of the
// numbers it picked (area code 305 is Florida, and so on).

#include "app/consent/ConsentTypes.h"
#include "app/messaging/MessageTypes.h"
#include "app/policy/PolicyConfig.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <array>

namespace rapport::test::property {

// What a text that went out was, as the test knows it.
enum class SentKind {
    Marketing,
    Service,
    Reply,
    OverrideReply, // a member of staff answering a number that opted out
    OptOutConfirmation,
    OptInConfirmation,
    HelpAnswer,
};

inline QString sentKindName(SentKind kind)
{
    switch (kind) {
    case SentKind::Marketing:
        return QStringLiteral("marketing");
    case SentKind::Service:
        return QStringLiteral("service");
    case SentKind::Reply:
        return QStringLiteral("reply");
    case SentKind::OverrideReply:
        return QStringLiteral("override reply");
    case SentKind::OptOutConfirmation:
        return QStringLiteral("opt-out confirmation");
    case SentKind::OptInConfirmation:
        return QStringLiteral("opt-in confirmation");
    case SentKind::HelpAnswer:
        return QStringLiteral("HELP answer");
    }
    return {};
}

// One number the test texts and hears from.
struct Person
{
    QString e164;
    QString country; // ISO 3166-1 of the number: "GB", "US", "FR"
    QString subdivision; // "FL", "NY", "CT" for US numbers
    QString numberZone; // the one zone the number implies; empty when the country has several

    qint64 customerId = 0; // 0: not (yet) a customer
    QString customerZone; // the zone on the customer record, if any

    // The latest ledger decision per purpose (ConsentPurpose order), as the model saw it made.
    std::array<app::ConsentStatus, 3> consent {};

    // STOP means stop everything (COMPLIANCE.md) until the person opts in again.
    bool stopped = false;
    bool liftedByStaff = false; // the last STOP ended by consent given in person, not START
    QDateTime lastStopAt;
    bool confirmedLastStop = false; // the opt-out confirmation for the latest STOP went out
    bool wroteAfterStop = false; // a message of theirs arrived after the latest STOP
    bool startInProgress = false; // their START is being routed (its confirmation may go)
    bool reviewOpen = false; // a plain-language revocation waits for a person
    int optInsReceived = 0;
    int optInConfirmations = 0;
    int helpAsked = 0;
    int helpAnswered = 0;

    QList<QDateTime> marketingSentAt;
    QStringList trace; // the latest things that happened to them, for the report

    [[nodiscard]] app::ConsentStatus of(app::ConsentPurpose purpose) const
    {
        return consent[static_cast<std::size_t>(purpose)];
    }
};

class ComplianceModel final
{
public:
    ComplianceModel(app::PolicyConfig config, QTimeZone businessZone, QString businessName)
        : m_config(std::move(config))
        , m_businessZone(std::move(businessZone))
        , m_businessName(std::move(businessName))
    { }

    Person &add(Person person)
    {
        m_order.append(person.e164);
        return m_people.insert(person.e164, std::move(person)).value();
    }
    Person &person(const QString &e164) { return m_people[e164]; }
    [[nodiscard]] bool knows(const QString &e164) const { return m_people.contains(e164); }
    [[nodiscard]] const QStringList &numbers() const { return m_order; }

    // --- what happened -------------------------------------------------------------------

    void consentRecorded(
        Person &p, app::ConsentPurpose purpose, app::ConsentAction action, bool givenInPerson)
    {
        const bool in = action == app::ConsentAction::OptIn;
        p.consent[static_cast<std::size_t>(purpose)]
            = in ? app::ConsentStatus::OptedIn : app::ConsentStatus::OptedOut;
        // The person's own new consent, recorded by staff with its wording, ends a STOP; a file
        // (an import) never does: it is no word of theirs given after the STOP.
        if (in && givenInPerson && p.stopped) {
            p.stopped = false;
            p.liftedByStaff = true;
        }
    }

    // A STOP (or a revocation a person confirmed) is in force from `at`.
    void optedOut(Person &p, const QDateTime &at)
    {
        p.stopped = true;
        p.liftedByStaff = false;
        p.lastStopAt = at;
        p.confirmedLastStop = false;
        p.wroteAfterStop = false;
        if (p.customerId) {
            for (auto &status : p.consent)
                status = app::ConsentStatus::OptedOut;
        }
    }
    // START, UNSTOP, YES: back into marketing and service.
    void optedIn(Person &p)
    {
        p.stopped = false;
        p.liftedByStaff = false;
        if (p.customerId) {
            p.consent[static_cast<std::size_t>(app::ConsentPurpose::Marketing)]
                = app::ConsentStatus::OptedIn;
            p.consent[static_cast<std::size_t>(app::ConsentPurpose::Service)]
                = app::ConsentStatus::OptedIn;
        }
    }
    // Any message of theirs that is not an opt-out.
    static void wroteIn(Person &p)
    {
        if (p.stopped)
            p.wroteAfterStop = true;
    }

    // --- judging ---------------------------------------------------------------------------

    [[nodiscard]] QTimeZone zoneOf(const Person &p) const
    {
        // COMPLIANCE.md: the customer record, else the number where unambiguous, else ours.
        if (p.customerId && !p.customerZone.isEmpty())
            return QTimeZone(p.customerZone.toUtf8());
        if (!p.numberZone.isEmpty())
            return QTimeZone(p.numberZone.toUtf8());
        return m_businessZone;
    }

    // Whether a text of `purpose` may reach `p` at `utc`: the business's hours for the local
    // weekday intersected with the legal hours of the number's country and state, minus the
    // days the rules close. Explains itself in `why`.
    bool windowOpen(
        app::MessagePurpose purpose, const Person &p, const QDateTime &utc, QString *why) const;

    // Every rule a text must have kept, checked at the moment it is handed to the SIM; returns
    // the rules broken (empty: none). Records the text for the cap.
    QStringList judge(Person &p, SentKind kind, const QDateTime &at, const QString &text);

    // Why the engine may refuse a request of `purpose` now, or empty when the model knows no
    // reason: then a refusal is the engine's error. Only for people whose consent history the
    // model knows as the engine must read it (never stopped, or back in by START).
    [[nodiscard]] std::optional<QString> refusalCause(
        const Person &p, app::MessagePurpose purpose, bool overrideOptOut) const;

    // The public holidays of COMPLIANCE.md's French rule (Code du travail art. L3133-1).
    static bool isFrenchPublicHoliday(const QDate &date);

    [[nodiscard]] const app::PolicyConfig &config() const { return m_config; }

private:
    QStringList consentBreaches(const Person &p, SentKind kind, const QDateTime &at) const;
    QStringList capBreaches(const Person &p, const QDateTime &at) const;

    app::PolicyConfig m_config;
    QTimeZone m_businessZone;
    QString m_businessName;
    QHash<QString, Person> m_people;
    QStringList m_order;
};

} // namespace rapport::test::property
