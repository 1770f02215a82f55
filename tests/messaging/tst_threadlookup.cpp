#include "app/messaging/ThreadLookup.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"

#include "RapportTest.h"

#include <QSqlQuery>
#include <QTest>

using namespace rapport::app;

class TestThreadLookup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneThreadPerNumberLinkedToItsCustomer()
    {
        auto db = Database::openInMemory(QStringLiteral("lookup"));
        QVERIFY(db);
        QSqlQuery query((*db)->connection());
        QVERIFY(sql::run(query,
            QStringLiteral("INSERT INTO customers (id, first_name, phone_e164, created_at, "
                           "updated_at) VALUES (7, 'Ana', '+447400123456', "
                           "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')")));

        const auto customer = ensureThread(**db, QStringLiteral("+447400123456"));
        QVERIFY(customer);
        QVERIFY(customer->created);
        QCOMPARE(customer->customerId, 7);
        const auto again = ensureThread(**db, QStringLiteral("+447400123456"));
        QVERIFY(again);
        QVERIFY(!again->created);
        QCOMPARE(again->threadId, customer->threadId);

        const auto stranger = ensureThread(**db, QStringLiteral("+447400999888"));
        QVERIFY(stranger);
        QVERIFY(stranger->created);
        QCOMPARE(stranger->customerId, 0);
        QVERIFY(stranger->threadId != customer->threadId);
        QVERIFY(sql::run(
            query, QStringLiteral("SELECT count(*) FROM threads WHERE customer_id IS NULL")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
};

RAPPORT_TEST_MAIN(TestThreadLookup)
#include "tst_threadlookup.moc"
