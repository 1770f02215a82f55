// Recording consent: evidence required per source, what the ledger fills in itself, the audit
// line in the same transaction (and rolled back with it), the append-only trigger, dated
// imports, and an opt-in lifting a suppression. Numbers are libphonenumber's example GB mobiles.
#include "RapportTest.h"

#include "ConsentFixture.h"
#include "app/storage/Transaction.h"

#include <QSqlQuery>

using namespace rapport::app;
using namespace rapport::test;
using Code = ConsentError::Code;
using Purpose = ConsentPurpose;
using Status = ConsentStatus;

class TestConsentLedger final : public QObject, private ConsentFixture
{
    Q_OBJECT

    int m_connection = 0;

private Q_SLOTS:
    void init() { QVERIFY(open(QStringLiteral("tst_consentledger-%1").arg(++m_connection))); }
    void cleanup() { close(); }

    void recordKeepsTheEvidence()
    {
        const qint64 customer = addCustomer(QStringLiteral("07400 123456"));
        ConsentEvent e = consentEvent(customer, Purpose::Marketing, ConsentAction::OptIn);
        e.phoneE164 = QStringLiteral("+15555550100"); // ignored: the record's number counts
        e.staffId = 999; // ignored: the actor counts
        e.confirmationText = QStringLiteral("Thanks! Reply STOP to opt out.");
        const QDateTime at = now;
        const qint64 id = mustRecord(e);
        mustRecord(consentEvent(
            customer, Purpose::Marketing, ConsentAction::OptOut, ConsentSource::Keyword));

        auto history = ledger->history(customer);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        const ConsentEvent &first = history->constFirst();
        QCOMPARE(first.id, id);
        QCOMPARE(first.customerId, customer);
        QCOMPARE(first.phoneE164, gbMobile);
        QCOMPARE(first.staffId, staffId);
        QCOMPARE(first.wording, e.wording);
        QCOMPARE(first.wordingVersion, e.wordingVersion);
        QCOMPARE(first.confirmationText, e.confirmationText);
        QCOMPARE(first.recordedAt, at);
        QCOMPARE(first.source, ConsentSource::InPerson);
        QCOMPARE(history->constLast().action, ConsentAction::OptOut);
        QCOMPARE(history->constLast().inboundText, QStringLiteral("STOP"));
        QCOMPARE(history->constLast().recordedAt, at.addSecs(60));
    }

    void evidenceRequiredPerSource_data()
    {
        QTest::addColumn<ConsentSource>("source");
        QTest::addColumn<ConsentAction>("action");
        QTest::addColumn<QString>("blank"); // which field to leave empty
        QTest::addColumn<int>("code"); // -1: accepted
        const auto in = ConsentAction::OptIn;
        const auto out = ConsentAction::OptOut;
        const auto row = [](const char *name, ConsentSource source, ConsentAction action,
                             const char *blank, int code) {
            QTest::newRow(name) << source << action << QString::fromLatin1(blank) << code;
        };
        for (auto source :
            {ConsentSource::InPerson, ConsentSource::PaperForm, ConsentSource::Web}) {
            const QByteArray key = consentSourceKey(source).toLatin1();
            row(QByteArray(key + " complete").constData(), source, in, "", -1);
            row(QByteArray(key + " no wording").constData(), source, in, "wording",
                int(Code::WordingRequired));
            row(QByteArray(key + " no version").constData(), source, in, "version",
                int(Code::WordingVersionRequired));
            row(QByteArray(key + " opt-out needs no wording").constData(), source, out, "wording",
                -1);
        }
        row("import with text", ConsentSource::Import, in, "version", -1);
        row("import without text", ConsentSource::Import, in, "wording",
            int(Code::ImportTextRequired));
        row("import opt-out", ConsentSource::Import, out, "wording", -1);
        row("keyword opt-out", ConsentSource::Keyword, out, "wording", -1);
        row("keyword opt-out without message", ConsentSource::Keyword, out, "inbound",
            int(Code::InboundTextRequired));
        row("keyword opt-in without message", ConsentSource::Keyword, in, "inbound",
            int(Code::InboundTextRequired));
        row("blank wording is no wording", ConsentSource::InPerson, in, "wording-spaces",
            int(Code::WordingRequired));
    }
    void evidenceRequiredPerSource()
    {
        QFETCH(ConsentSource, source);
        QFETCH(ConsentAction, action);
        QFETCH(QString, blank);
        QFETCH(int, code);
        const qint64 customer = addCustomer(gbMobile);
        ConsentEvent e = consentEvent(customer, Purpose::Marketing, action, source);
        if (blank == QStringLiteral("wording"))
            e.wording.clear();
        if (blank == QStringLiteral("wording-spaces"))
            e.wording = QStringLiteral("  ");
        if (blank == QStringLiteral("version"))
            e.wordingVersion.clear();
        if (blank == QStringLiteral("inbound"))
            e.inboundText.clear();
        const auto recorded = ledger->record(clerk(), e);
        if (code < 0) {
            QVERIFY(recorded);
            QCOMPARE(countRows(QStringLiteral("consent_events")), qint64(1));
            return;
        }
        QVERIFY(!recorded);
        QCOMPARE(int(recorded.error().code), code);
        QVERIFY(!recorded.error().describe().isEmpty());
        QCOMPARE(countRows(QStringLiteral("consent_events")), qint64(0));
        QCOMPARE(countRows(QStringLiteral("audit_log")), qint64(0));
    }

    void unknownCustomerIsNotFound()
    {
        const auto recorded
            = ledger->record(clerk(), consentEvent(4242, Purpose::Service, ConsentAction::OptIn));
        QCOMPARE(recorded.error().code, Code::NotFound);
        QCOMPARE(ledger->current(4242).error().code, Code::NotFound);
        QCOMPARE(countRows(QStringLiteral("audit_log")), qint64(0));
    }

    void auditLineWrittenWithTheEvent()
    {
        const qint64 customer = addCustomer(gbMobile);
        mustRecord(consentEvent(
            customer, Purpose::Marketing, ConsentAction::OptOut, ConsentSource::Keyword));
        auto entries = audit->entries(AuditAction::ConsentRecorded);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        const AuditEntry &entry = entries->constFirst();
        QCOMPARE(entry.subject, QStringLiteral("customer:%1").arg(customer));
        QCOMPARE(entry.detail, QStringLiteral("marketing opt_out via keyword"));
        QCOMPARE(entry.staffId, staffId);
        QCOMPARE(entry.actor, QStringLiteral("Sam"));
        QVERIFY(!entry.detail.contains(QStringLiteral("7400")));
    }

    void outerRollbackTakesEventAndAuditLine()
    {
        const qint64 customer = addCustomer(gbMobile);
        {
            Transaction outer(*db);
            QVERIFY(outer.isOpen());
            mustRecord(consentEvent(customer, Purpose::Service, ConsentAction::OptIn));
            QCOMPARE(countRows(QStringLiteral("consent_events")), qint64(1));
            QCOMPARE(countRows(QStringLiteral("audit_log")), qint64(1));
            outer.rollback();
        }
        QCOMPARE(countRows(QStringLiteral("consent_events")), qint64(0));
        QCOMPARE(countRows(QStringLiteral("audit_log")), qint64(0));
        QCOMPARE(ledger->current(customer)->of(Purpose::Service).status, Status::Unknown);
    }

    void failedInsertLeavesNoAuditLine()
    {
        const qint64 customer = addCustomer(gbMobile);
        // A member of staff who does not exist breaks the foreign key on staff_id.
        const Actor ghost = Actor::staffMember(staffId + 50, StaffRole::Staff, QStringLiteral("?"));
        const auto recorded
            = ledger->record(ghost, consentEvent(customer, Purpose::Service, ConsentAction::OptIn));
        QVERIFY(!recorded);
        QCOMPARE(recorded.error().code, Code::StorageFailed);
        QCOMPARE(countRows(QStringLiteral("consent_events")), qint64(0));
        QCOMPARE(countRows(QStringLiteral("audit_log")), qint64(0));
    }

    void eventsAreAppendOnly()
    {
        const qint64 customer = addCustomer(gbMobile);
        const qint64 other = addCustomer(QStringLiteral("+447400123457"));
        const qint64 id
            = mustRecord(consentEvent(customer, Purpose::Marketing, ConsentAction::OptOut));
        QSqlQuery query(db->connection());
        for (const QString &change : {QStringLiteral("action = 'opt_in'"),
                 QStringLiteral("recorded_at = '2020-01-01T00:00:00.000Z'"),
                 QStringLiteral("wording = NULL"), QStringLiteral("phone_e164 = '+15555550100'")}) {
            query.prepare(QString(QStringLiteral("UPDATE consent_events SET ") + change
                + QStringLiteral(" WHERE id = ?")));
            query.addBindValue(id);
            QVERIFY2(!query.exec(), qPrintable(change));
        }
        QCOMPARE(ledger->current(customer)->of(Purpose::Marketing).status, Status::OptedOut);

        // A merge moves history to the kept customer.
        query.prepare(QStringLiteral("UPDATE consent_events SET customer_id = ? WHERE id = ?"));
        query.addBindValue(other);
        query.addBindValue(id);
        QVERIFY(query.exec());
        QCOMPARE(ledger->current(other)->of(Purpose::Marketing).eventId, id);
        QCOMPARE(ledger->current(customer)->of(Purpose::Marketing).status, Status::Unknown);
    }

    void datedEventsKeepTheirDateButNotOutOfOrder()
    {
        const qint64 customer = addCustomer(gbMobile);
        ConsentEvent imported = consentEvent(
            customer, Purpose::Marketing, ConsentAction::OptIn, ConsentSource::Import);
        imported.recordedAt = QDateTime(QDate(2024, 6, 1), QTime(0, 0), QTimeZone::utc());
        const qint64 id = mustRecord(imported);
        QCOMPARE(ledger->current(customer)->of(Purpose::Marketing).at, imported.recordedAt);
        QCOMPARE(ledger->history(customer)->constFirst().id, id);

        mustRecord(consentEvent(
            customer, Purpose::Marketing, ConsentAction::OptOut, ConsentSource::Keyword));
        imported.recordedAt = QDateTime(QDate(2024, 12, 1), QTime(0, 0), QTimeZone::utc());
        const auto stale = ledger->record(clerk(), imported);
        QCOMPARE(stale.error().code, Code::OlderThanLatest);
        QCOMPARE(ledger->current(customer)->of(Purpose::Marketing).status, Status::OptedOut);

        // Another purpose has no newer event, so the same date is fine there.
        imported.purpose = Purpose::Feedback;
        QVERIFY(ledger->record(clerk(), imported));

        imported.recordedAt = now.addDays(1);
        QCOMPARE(ledger->record(clerk(), imported).error().code, Code::RecordedInFuture);
    }

    void optInLiftsSuppression()
    {
        const qint64 customer = addCustomer(gbMobile);
        SuppressionList suppression(*db);
        QVERIFY(suppression.add(gbMobile, SuppressionList::Reason::OptedOut));
        QVERIFY(suppression.add(QStringLiteral("+447400123457"), SuppressionList::Reason::Erased));

        mustRecord(consentEvent(
            customer, Purpose::Marketing, ConsentAction::OptOut, ConsentSource::Keyword));
        QCOMPARE(*suppression.contains(gbMobile), true);
        {
            Transaction outer(*db);
            mustRecord(consentEvent(customer, Purpose::Service, ConsentAction::OptIn));
            QCOMPARE(*suppression.contains(gbMobile), false);
        } // rolled back: the suppression comes back with the event
        QCOMPARE(*suppression.contains(gbMobile), true);

        mustRecord(consentEvent(customer, Purpose::Service, ConsentAction::OptIn));
        QCOMPARE(*suppression.contains(gbMobile), false);
        QCOMPARE(*suppression.contains(QStringLiteral("+447400123457")), true);
    }
};

RAPPORT_TEST_MAIN(TestConsentLedger)
#include "tst_consentledger.moc"
