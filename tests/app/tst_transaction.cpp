// Transactions that nest: the outermost commits or rolls back everything, inner ones are
// savepoints that can be rolled back alone. On a real SQLite file and in memory.
#include "RapportTest.h"
#include "app/storage/Database.h"
#include "app/storage/Transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

using namespace rapport::app;

namespace {

bool insertSetting(Database &db, const QString &key)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'x')"));
    query.addBindValue(key);
    return query.exec();
}

QStringList settings(Database &db)
{
    QSqlQuery query(db.connection());
    QStringList keys;
    if (query.exec(QStringLiteral("SELECT key FROM settings ORDER BY key"))) {
        while (query.next())
            keys << query.value(0).toString();
    }
    return keys;
}

} // namespace

class TestTransaction final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_count = 0;

private Q_SLOTS:
    void init()
    {
        ++m_count;
        auto db = Database::open(m_dir.filePath(QStringLiteral("t%1.db").arg(m_count)),
            QStringLiteral("transaction-%1").arg(m_count));
        QVERIFY(db);
        m_db = std::move(*db);
    }
    void cleanup() { m_db.reset(); }

    void commitKeepsAndDestructionRollsBack()
    {
        {
            Transaction kept(*m_db);
            QVERIFY(kept.isOpen());
            QVERIFY(insertSetting(*m_db, QStringLiteral("a")));
            QVERIFY(kept.commit());
        }
        {
            Transaction dropped(*m_db);
            QVERIFY(insertSetting(*m_db, QStringLiteral("b")));
        }
        QCOMPARE(settings(*m_db), QStringList {QStringLiteral("a")});
    }

    void innerRollbackKeepsTheOuterWork()
    {
        Transaction outer(*m_db);
        QVERIFY(insertSetting(*m_db, QStringLiteral("outer")));
        {
            Transaction inner(*m_db);
            QVERIFY(inner.isOpen());
            QVERIFY(insertSetting(*m_db, QStringLiteral("inner")));
            inner.rollback();
        }
        {
            Transaction second(*m_db);
            QVERIFY(insertSetting(*m_db, QStringLiteral("second")));
            QVERIFY(second.commit());
        }
        QVERIFY(outer.commit());
        QCOMPARE(
            settings(*m_db), (QStringList {QStringLiteral("outer"), QStringLiteral("second")}));
    }

    void outerRollbackUndoesCommittedInnerWork()
    {
        {
            Transaction outer(*m_db);
            Transaction inner(*m_db);
            QVERIFY(insertSetting(*m_db, QStringLiteral("inner")));
            QVERIFY(inner.commit());
            // Leaving the scope without committing `outer`: an import cancelled half-way.
        }
        QCOMPARE(settings(*m_db), QStringList());
        // The database is usable again afterwards.
        Transaction next(*m_db);
        QVERIFY(next.isOpen());
        QVERIFY(insertSetting(*m_db, QStringLiteral("after")));
        QVERIFY(next.commit());
        QCOMPARE(settings(*m_db), QStringList {QStringLiteral("after")});
    }

    void commitTwiceFails()
    {
        Transaction once(*m_db);
        QVERIFY(once.commit());
        QVERIFY(!once.commit());
    }
};

RAPPORT_TEST_MAIN(TestTransaction)
#include "tst_transaction.moc"
