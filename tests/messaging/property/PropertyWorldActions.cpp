// The customer book, the ledger, reviews and cancellations as people at the desk use them, and
// the reckoning after the run.
#include "PropertyWorld.h"

#include "app/audit/AuditLog.h"
#include "app/consent/ConsentLedger.h"
#include "app/customers/CustomerRepository.h"
#include "app/importing/CustomerImporter.h"
#include "app/inbound/InboundRouter.h"
#include "app/outbox/Outbox.h"
#include "app/storage/SqlStatement.h"

#include <QSet>
#include <QSqlQuery>

namespace rapport::test::property {

using namespace rapport::app;

void PropertyWorld::importRows(const QStringList &numbers)
{
    using Kind = ImportTarget::Kind;
    ImportTable table;
    table.columns = {QStringLiteral("Name"), QStringLiteral("Mobile"), QStringLiteral("Time zone"),
        QStringLiteral("Marketing"), QStringLiteral("Service"), QStringLiteral("Feedback")};
    table.encoding = QStringLiteral("UTF-8");
    table.delimiter = u',';
    const auto answer = [this](int yes, int no) {
        const int roll = below(100);
        return roll < yes     ? QStringLiteral("yes")
            : roll < yes + no ? QStringLiteral("no")
                              : QString();
    };
    for (const QString &e164 : numbers) {
        const Person &p = model->person(e164);
        ImportRow row;
        row.line = int(table.rows.size()) + 2;
        // A till writes numbers as people typed them.
        const QString typed = p.country == QLatin1String("GB") && chance(50)
            ? QStringLiteral("0%1 %2").arg(e164.mid(3, 4), e164.mid(7))
            : e164;
        row.cells = {QStringLiteral("Client %1").arg(++m_serial), typed, zoneFor(p), answer(45, 25),
            answer(30, 10), answer(20, 10)};
        table.rows.append(row);
    }
    ImportMapping mapping;
    const Kind kinds[] = {Kind::FullName, Kind::Phone, Kind::TimeZone, Kind::ConsentMarketing,
        Kind::ConsentService, Kind::ConsentFeedback};
    for (int column = 0; column < 6; ++column)
        mapping.set(column, ImportTarget {kinds[column], 0});
    ImportOptions options;
    options.region = QStringLiteral("GB");
    options.sourceName = QStringLiteral("till-%1.csv").arg(m_serial);
    options.consentWording = QStringLiteral("Tick to get offers and reminders by text");
    CustomerImporter importer(*db, service->audit(), [this] { return clock.now(); });
    const auto report = importer.run(owner, table, mapping, options);
    if (!report) {
        violation(QStringLiteral("an import failed: %1").arg(report.error().describe()));
        return;
    }
    const ConsentPurpose purposes[]
        = {ConsentPurpose::Marketing, ConsentPurpose::Service, ConsentPurpose::Feedback};
    for (int i = 0; i < report->rows.size(); ++i) {
        const ImportRowResult &result = report->rows.at(i);
        Person &p = model->person(numbers.at(i));
        if (result.outcome == ImportRowResult::Outcome::Skipped) {
            tally.events[QStringLiteral("import row skipped (suppressed)")] += 1;
            if (result.reason != ImportRowResult::SkipReason::Suppressed)
                violation(
                    QStringLiteral("import row of %1 skipped: %2").arg(p.e164, result.describe()));
            continue;
        }
        p.customerId = result.customerId;
        p.customerZone
            = scalar(QStringLiteral("SELECT time_zone FROM customers WHERE id = ?"), {p.customerId})
                  .toString();
        note(p,
            QStringLiteral("imported: marketing '%1' service '%2' feedback '%3'")
                .arg(table.rows.at(i).cells.at(3), table.rows.at(i).cells.at(4),
                    table.rows.at(i).cells.at(5)));
        for (int column = 3; column < 6; ++column) {
            const QString cell = table.rows.at(i).cells.at(column);
            if (!cell.isEmpty())
                model->consentRecorded(p, purposes[column - 3],
                    cell == QLatin1String("yes") ? ConsentAction::OptIn : ConsentAction::OptOut,
                    false);
        }
    }
}

void PropertyWorld::addAtTheDesk(const QString &e164)
{
    Person &p = model->person(e164);
    CustomerRepository repository(*db, QStringLiteral("GB"), [this] { return clock.now(); });
    Customer customer;
    customer.firstName = QStringLiteral("Walk-in");
    customer.lastName = QString::number(++m_serial);
    customer.phoneE164 = e164;
    customer.timeZone = zoneFor(p);
    const auto added = repository.add(customer);
    if (!added) {
        violation(
            QStringLiteral("the customer book refused %1: %2").arg(e164, added.error().describe()));
        return;
    }
    p.customerId = *added;
    p.customerZone = customer.timeZone;
    note(p, QStringLiteral("customer at the desk"));
    if (chance(60))
        recordConsent(e164, ConsentPurpose::Marketing, ConsentAction::OptIn);
}

void PropertyWorld::recordConsent(const QString &e164, ConsentPurpose purpose, ConsentAction action)
{
    Person &p = model->person(e164);
    ConsentEvent event;
    event.customerId = p.customerId;
    event.purpose = purpose;
    event.action = action;
    event.source = ConsentSource::InPerson;
    if (action == ConsentAction::OptIn) {
        event.wording = QStringLiteral("May we text you reminders and offers? Reply STOP to stop.");
        event.wordingVersion = QStringLiteral("desk-2026-01");
    }
    if (auto recorded = service->consent().record(staff, event); !recorded) {
        violation(QStringLiteral("the ledger refused an in-person %1: %2")
                      .arg(consentActionKey(action), recorded.error().describe()));
        return;
    }
    model->consentRecorded(p, purpose, action, true);
    note(p,
        QStringLiteral("in person: %1 %2")
            .arg(consentPurposeKey(purpose), consentActionKey(action)));
}

bool PropertyWorld::resolveSomeReview()
{
    const auto open = service->router().openReviews();
    if (!open || open->isEmpty())
        return false;
    const OptOutReview review = open->at(below(int(open->size())));
    Person &p = model->person(
        scalar(QStringLiteral("SELECT phone_e164 FROM threads WHERE id = ?"), {review.threadId})
            .toString());
    const bool optedOut = chance(50);
    // Decided from the moment it is resolved: the texts it held may go (or are refused) from
    // inside resolveReview().
    if (optedOut)
        model->optedOut(p, clock.now().toUTC());
    p.reviewOpen = false;
    note(p, optedOut ? QStringLiteral("review: opted out") : QStringLiteral("review: no opt-out"));
    const auto resolved = service->router().resolveReview(
        review.id, staff, optedOut ? ReviewOutcome::OptedOut : ReviewOutcome::NotAnOptOut);
    if (!resolved)
        violation(QStringLiteral("a review could not be resolved: %1").arg(resolved.error()));
    // What the desktop does after a review: the held texts of the thread are asked about again.
    if (auto rechecked = service->outbox().recheckHeld(review.threadId); !rechecked)
        violation(
            QStringLiteral("held texts were not asked about again: %1").arg(rechecked.error()));
    tally.events[optedOut ? QStringLiteral("review resolved: opted out")
                          : QStringLiteral("review resolved: no opt-out")]
        += 1;
    return true;
}

bool PropertyWorld::cancelSomeMessage()
{
    QSqlQuery query(db->connection());
    if (!sql::run(query,
            QStringLiteral("SELECT id FROM messages WHERE direction = 'out'"
                           " AND state IN ('queued', 'held') ORDER BY id")))
        return false;
    QList<qint64> pending;
    while (query.next())
        pending.append(query.value(0).toLongLong());
    if (pending.isEmpty())
        return false;
    const qint64 id = pending.at(below(int(pending.size())));
    if (auto cancelled = service->outbox().cancel(id, staff); !cancelled)
        violation(
            QStringLiteral("message %1 could not be cancelled: %2").arg(id).arg(cancelled.error()));
    return true;
}

void PropertyWorld::checkNothingLost()
{
    const QDateTime now = clock.now().toUTC();
    QSqlQuery query(db->connection());
    if (!sql::run(query,
            QStringLiteral("SELECT id, state, coalesce(state_reason, ''), held_until, body"
                           " FROM messages WHERE direction = 'out'"))) {
        violation(QStringLiteral("cannot read the outbox"));
        return;
    }
    QHash<qint64, QString> textSent;
    for (const SentText &sent : std::as_const(m_record))
        textSent.insert(sent.messageId, sent.text);
    QSet<qint64> rows;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString state = query.value(1).toString();
        const QString reason = query.value(2).toString();
        const QDateTime heldUntil
            = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        const int sends = m_sendCount.value(id);
        rows.insert(id);
        m_finalStates[state] += 1;
        const auto lost = [&](const QString &what) {
            violation(QStringLiteral("message %1 (%2, %3): %4").arg(id).arg(state, reason, what));
        };
        if (state == QLatin1String("sent") || state == QLatin1String("delivered")) {
            if (sends != 1)
                lost(QStringLiteral("handed to a SIM %1 times").arg(sends));
            else if (query.value(4).toString() != textSent.value(id))
                lost(QStringLiteral("the stored text is not the text that went out"));
        } else if (state == QLatin1String("held")) {
            // Held by a review (no time: a person decides), or until a moment still to come.
            if (reason.isEmpty() || sends != 0 || (heldUntil.isValid() && heldUntil <= now))
                lost(QStringLiteral("held without a reason or past its time"));
        } else if (state == QLatin1String("failed")) {
            if (reason.isEmpty() || sends != 0)
                lost(QStringLiteral("failed without a reason"));
        } else if (state == QLatin1String("cancelled")) {
            if (sends != 0)
                lost(QStringLiteral("cancelled after it was sent"));
        } else {
            lost(QStringLiteral("never settled"));
        }
    }
    for (auto it = m_asked.cbegin(); it != m_asked.cend(); ++it) {
        if (!rows.contains(it.key()))
            violation(QStringLiteral("message %1 was asked for and is gone").arg(it.key()));
    }
    for (auto it = m_sendCount.cbegin(); it != m_sendCount.cend(); ++it) {
        if (!rows.contains(it.key()))
            violation(QStringLiteral("message %1 went out and has no row").arg(it.key()));
    }
}

QStringList PropertyWorld::summary(double seconds, const QDateTime &start) const
{
    const auto join = [](const QMap<QString, int> &counts) {
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        return parts.join(QStringLiteral(", "));
    };
    int total = 0;
    for (const int n : tally.sent)
        total += n;
    // The engine's first word on each request: how many were held, and refused, and why.
    const auto firstOf = [this](const QString &verdict) {
        QMap<QString, int> reasons;
        int all = 0;
        for (auto it = tally.firstDecisions.cbegin(); it != tally.firstDecisions.cend(); ++it) {
            if (it.key().startsWith(verdict + u'/')) {
                reasons.insert(it.key().mid(verdict.size() + 1), it.value());
                all += it.value();
            }
        }
        return std::pair {all, reasons};
    };
    const auto [held, heldWhy] = firstOf(QStringLiteral("hold"));
    const auto [refused, refusedWhy] = firstOf(QStringLiteral("refuse"));
    int dstChanges = 0;
    for (const char *zone :
        {"Europe/London", "America/New_York", "Europe/Paris", "Australia/Sydney"})
        dstChanges += int(QTimeZone(zone).transitions(start, clock.now()).size());
    return {QStringLiteral("%1 events in %2 s; simulated %3 to %4 (%5 days, %6 DST changes in "
                           "the customers' zones), %7 customers, %8 texts checked")
                .arg(eventIndex)
                .arg(seconds, 0, 'f', 1)
                .arg(start.toString(Qt::ISODate), clock.now().toUTC().toString(Qt::ISODate))
                .arg(start.daysTo(clock.now().toUTC()))
                .arg(dstChanges)
                .arg(customers().size())
                .arg(m_record.size()),
        QStringLiteral("events: %1").arg(join(tally.events)),
        QStringLiteral("texts sent (%1): %2").arg(total).arg(join(tally.sent)),
        QStringLiteral("held when asked: %1 (%2)").arg(held).arg(join(heldWhy)),
        QStringLiteral("refused when asked: %1 (%2)").arg(refused).arg(join(refusedWhy)),
        QStringLiteral("at the end: %1").arg(join(m_finalStates))};
}

} // namespace rapport::test::property
