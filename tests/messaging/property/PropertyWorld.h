#pragma once

// The messaging core of one business, wired as the application wires it (MessagingService over
// an in-memory database, a manual clock, two scripted SIMs), with the independent
// ComplianceModel judging every text at the moment a SIM is handed it.

#include "ComplianceModel.h"
#include "ManualClock.h"
#include "SimChannel.h"

#include "app/messaging/MessagingService.h"
#include "app/messaging/OutgoingRequest.h"
#include "app/staff/Actor.h"
#include "app/storage/Database.h"

#include <QHash>
#include <QMap>
#include <QRandomGenerator>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

namespace rapport::test::property {

inline const QString kBusinessName = QStringLiteral("Bella Salon");

struct Tally
{
    QMap<QString, int> events; // by kind
    QMap<QString, int> sent; // texts handed to a SIM, by SentKind
    QMap<QString, int> firstDecisions; // the engine's verdict and reason when stored
};

class PropertyWorld final
{
public:
    explicit PropertyWorld(quint32 seed);
    ~PropertyWorld();
    PropertyWorld(const PropertyWorld &) = delete;
    PropertyWorld &operator=(const PropertyWorld &) = delete;

    // Whether setup went right (numbers valid, service started); the reason otherwise.
    [[nodiscard]] const QString &setupProblem() const { return m_setupProblem; }

    QRandomGenerator random;
    ManualClock clock;
    std::unique_ptr<app::Database> db;
    std::unique_ptr<app::MessagingService> service;
    std::unique_ptr<SimChannel> simA;
    std::unique_ptr<SimChannel> simB;
    std::unique_ptr<ComplianceModel> model;
    app::Actor owner;
    app::Actor staff;
    Tally tally;
    int eventIndex = 0;

    // --- helpers for the events --------------------------------------------------------------
    int below(int n) { return int(random.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }
    QString pick(const QStringList &from) { return from.at(below(int(from.size()))); }
    SimChannel &anySim() { return chance(50) ? *simA : *simB; }
    void settle(std::chrono::milliseconds by) { clock.advance(by); }

    // Every number of the pool; the customers among them.
    [[nodiscard]] QStringList customers() const;
    [[nodiscard]] QStringList stoppedNumbers() const;
    [[nodiscard]] qint64 threadOf(const QString &e164) const
    {
        return scalar(QStringLiteral("SELECT id FROM threads WHERE phone_e164 = ?"), {e164})
            .toLongLong();
    }

    // Asks the outbox, remembers what the message is, and checks that a refusal has a cause.
    void enqueue(const app::OutgoingRequest &request, SentKind kind);
    // A text from `e164` arrives through `via` as an SMS-DELIVER PDU.
    void receive(const QString &e164, const QString &text, SimChannel &via);
    // The customer-book side: a till export through the real importer, a customer at the desk.
    void importRows(const QStringList &numbers);
    void addAtTheDesk(const QString &e164);
    void recordConsent(const QString &e164, app::ConsentPurpose purpose, app::ConsentAction action);
    // False when there was nothing to resolve or cancel.
    bool resolveSomeReview();
    bool cancelSomeMessage();

    // Keeps what happened to `p` for the report of a violation.
    void note(Person &p, const QString &what);
    void violation(const QString &what);
    [[nodiscard]] int violationCount() const { return m_violationCount; }
    [[nodiscard]] const QStringList &violations() const { return m_violations; }

    // After the run: every message settled (none queued or sending, each sent once at most).
    void checkNothingLost();
    [[nodiscard]] QStringList summary(double seconds, const QDateTime &start) const;

private:
    // What a SIM was handed, as the scripted channel records it.
    struct SentText
    {
        QDateTime at;
        QString number;
        QString text;
        SentKind kind = SentKind::Reply;
        qint64 messageId = 0;
    };
    struct Asked
    {
        SentKind kind = SentKind::Reply;
        QString phone;
    };

    void buildPool();
    void configure();
    int onSend(SimChannel &channel, const modem::OutgoingSms &sms);
    QString zoneFor(const Person &p);
    QString ledgerOf(const Person &p) const;
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;

    QString m_setupProblem;
    QHash<qint64, Asked> m_asked; // message id -> what the test asked for
    std::optional<Asked> m_enqueuing; // the request being stored right now
    QList<SentText> m_record; // every text handed to a SIM, in order
    QHash<qint64, int> m_sendCount; // message id -> times a SIM was handed it
    QMap<QString, QString> m_noticeBodies; // template key -> the text the router must send
    QMap<QString, int> m_finalStates;
    QStringList m_violations;
    int m_violationCount = 0;
    int m_serial = 0;
};

} // namespace rapport::test::property
