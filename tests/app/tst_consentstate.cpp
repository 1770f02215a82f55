// Current consent derived from the ledger: the latest event per purpose, for one customer, for
// a page of customers at once, and as SQL a segment can embed; plus the stored words.
#include "RapportTest.h"

#include "ConsentFixture.h"

#include <QSqlQuery>

using namespace rapport::app;
using namespace rapport::test;
using Purpose = ConsentPurpose;
using Status = ConsentStatus;

class TestConsentState final : public QObject, private ConsentFixture
{
    Q_OBJECT

    int m_connection = 0;

private Q_SLOTS:
    void init() { QVERIFY(open(QStringLiteral("tst_consentstate-%1").arg(++m_connection))); }
    void cleanup() { close(); }

    void keysRoundTrip()
    {
        for (Purpose p : allConsentPurposes) {
            QCOMPARE(consentPurposeFromKey(consentPurposeKey(p)), std::optional<Purpose>(p));
            QVERIFY(!consentPurposeName(p).isEmpty());
        }
        for (ConsentSource s : {ConsentSource::InPerson, ConsentSource::PaperForm,
                 ConsentSource::Keyword, ConsentSource::Import, ConsentSource::Web}) {
            QCOMPARE(consentSourceFromKey(consentSourceKey(s)), std::optional<ConsentSource>(s));
            QVERIFY(!consentSourceName(s).isEmpty());
        }
        QCOMPARE(consentActionKey(ConsentAction::OptOut), QStringLiteral("opt_out"));
        QCOMPARE(consentSourceKey(ConsentSource::PaperForm), QStringLiteral("paper_form"));
        QCOMPARE(consentActionFromKey(QStringLiteral("opt_in")),
            std::optional<ConsentAction>(ConsentAction::OptIn));
        QCOMPARE(consentPurposeFromKey(QStringLiteral("Marketing")), std::optional<Purpose>());
    }

    void stateFollowsTheLatestEventPerPurpose_data()
    {
        QTest::addColumn<QStringList>("steps"); // "purpose:action"
        QTest::addColumn<QList<Status>>("expected"); // service, marketing, feedback
        QTest::newRow("nothing recorded")
            << QStringList {} << QList<Status> {Status::Unknown, Status::Unknown, Status::Unknown};
        QTest::newRow("opt in") << QStringList {QStringLiteral("marketing:opt_in")}
                                << QList<Status> {
                                       Status::Unknown, Status::OptedIn, Status::Unknown};
        QTest::newRow("in then out")
            << QStringList {QStringLiteral("marketing:opt_in"), QStringLiteral("marketing:opt_out")}
            << QList<Status> {Status::Unknown, Status::OptedOut, Status::Unknown};
        QTest::newRow("in, out, in again")
            << QStringList {QStringLiteral("marketing:opt_in"), QStringLiteral("marketing:opt_out"),
                   QStringLiteral("marketing:opt_in")}
            << QList<Status> {Status::Unknown, Status::OptedIn, Status::Unknown};
        QTest::newRow("purposes independent")
            << QStringList {QStringLiteral("service:opt_in"), QStringLiteral("marketing:opt_in"),
                   QStringLiteral("feedback:opt_in"), QStringLiteral("marketing:opt_out"),
                   QStringLiteral("feedback:opt_out"), QStringLiteral("feedback:opt_in")}
            << QList<Status> {Status::OptedIn, Status::OptedOut, Status::OptedIn};
        QTest::newRow("opt out without opt in")
            << QStringList {QStringLiteral("service:opt_out")}
            << QList<Status> {Status::OptedOut, Status::Unknown, Status::Unknown};
    }
    void stateFollowsTheLatestEventPerPurpose()
    {
        QFETCH(QStringList, steps);
        QFETCH(QList<Status>, expected);
        const qint64 customer = addCustomer(gbMobile);
        const qint64 other = addCustomer(QStringLiteral("+447400123457"));
        mustRecord(consentEvent(other, Purpose::Service, ConsentAction::OptOut));
        QHash<Purpose, qint64> deciding;
        for (const QString &step : steps) {
            const auto purpose = consentPurposeFromKey(step.section(QLatin1Char(':'), 0, 0));
            const auto action = consentActionFromKey(step.section(QLatin1Char(':'), 1, 1));
            QVERIFY(purpose && action);
            deciding.insert(*purpose, mustRecord(consentEvent(customer, *purpose, *action)));
        }
        auto state = ledger->current(customer);
        QVERIFY(state);
        for (Purpose p : allConsentPurposes) {
            const ConsentDecision &decision = state->of(p);
            QCOMPARE(decision.status, expected.at(qsizetype(p)));
            QCOMPARE(decision.eventId, deciding.value(p));
            QCOMPARE(state->allows(p), decision.status == Status::OptedIn);
        }
    }

    void batchedCurrentCoversEveryId()
    {
        const qint64 a = addCustomer(gbMobile);
        const qint64 b = addCustomer(QStringLiteral("+447400123457"));
        const qint64 c = addCustomer(QStringLiteral("+447400123458"));
        mustRecord(consentEvent(a, Purpose::Marketing, ConsentAction::OptIn));
        const qint64 aOut = mustRecord(
            consentEvent(a, Purpose::Marketing, ConsentAction::OptOut, ConsentSource::Keyword));
        const qint64 bService = mustRecord(consentEvent(b, Purpose::Service, ConsentAction::OptIn));
        const qint64 bFeedback = mustRecord(
            consentEvent(b, Purpose::Feedback, ConsentAction::OptIn, ConsentSource::Web));

        QList<qint64> ids {a, b, c, 9999, a};
        for (qint64 filler = 10000; filler < 10700; ++filler)
            ids.append(filler); // more than one IN (...) list
        auto states = ledger->current(ids);
        QVERIFY(states);
        QCOMPARE(states->size(), qsizetype(704));
        const ConsentState aState = states->value(a);
        const ConsentDecision &aMarketing = aState.of(Purpose::Marketing);
        QCOMPARE(aMarketing.status, Status::OptedOut);
        QCOMPARE(aMarketing.eventId, aOut);
        QCOMPARE(aMarketing.source, ConsentSource::Keyword);
        QCOMPARE(aMarketing.at, utc(1, 9).addSecs(60));
        QCOMPARE(states->value(a).of(Purpose::Service).status, Status::Unknown);
        QCOMPARE(states->value(b).of(Purpose::Service).eventId, bService);
        QCOMPARE(states->value(b).of(Purpose::Feedback).eventId, bFeedback);
        QCOMPARE(states->value(b).of(Purpose::Feedback).source, ConsentSource::Web);
        QCOMPARE(states->value(b).of(Purpose::Marketing).status, Status::Unknown);
        for (Purpose p : allConsentPurposes) {
            QCOMPARE(states->value(c).of(p).status, Status::Unknown);
            QCOMPARE(states->value(9999).of(p).status, Status::Unknown);
        }
        QVERIFY(states->contains(10699));
        QVERIFY(ledger->current(QList<qint64> {})->isEmpty());
    }

    void latestActionSqlSelectsCustomers()
    {
        const qint64 in = addCustomer(gbMobile);
        const qint64 out = addCustomer(QStringLiteral("+447400123457"));
        const qint64 never = addCustomer(QStringLiteral("+447400123458"));
        mustRecord(consentEvent(in, Purpose::Marketing, ConsentAction::OptOut));
        mustRecord(consentEvent(in, Purpose::Marketing, ConsentAction::OptIn));
        mustRecord(consentEvent(out, Purpose::Marketing, ConsentAction::OptIn));
        mustRecord(consentEvent(out, Purpose::Marketing, ConsentAction::OptOut));
        mustRecord(consentEvent(never, Purpose::Service, ConsentAction::OptIn));

        const QString latest
            = ConsentLedger::latestActionSql(QStringLiteral("c.id"), QStringLiteral("?"));
        const auto select = [&](const QString &condition, const QVariantList &values) {
            QSqlQuery query(db->connection());
            query.prepare(QString(QStringLiteral("SELECT c.id FROM customers c WHERE ") + latest
                + condition + QStringLiteral(" ORDER BY c.id")));
            for (const QVariant &value : values)
                query.addBindValue(value);
            QList<qint64> ids;
            if (!query.exec())
                qWarning("%s", qPrintable(query.lastQuery()));
            while (query.next())
                ids.append(query.value(0).toLongLong());
            return ids;
        };
        const QString marketing = consentPurposeKey(Purpose::Marketing);
        QCOMPARE(
            select(QStringLiteral(" = ?"), {marketing, consentActionKey(ConsentAction::OptIn)}),
            QList<qint64> {in});
        QCOMPARE(
            select(QStringLiteral(" = ?"), {marketing, consentActionKey(ConsentAction::OptOut)}),
            QList<qint64> {out});
        QCOMPARE(select(QStringLiteral(" IS NULL"), {marketing}), QList<qint64> {never});
    }
};

RAPPORT_TEST_MAIN(TestConsentState)
#include "tst_consentstate.moc"
