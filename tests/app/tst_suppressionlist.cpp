// The suppression list: numbers listed only as keyed hashes, the per-database key made on first
// use and kept across reopening, reasons, and refusal of numbers not in E.164. Numbers are
// libphonenumber's example GB and DE mobiles.
#include "RapportTest.h"
#include "app/consent/SuppressionList.h"
#include "app/storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

using namespace rapport::app;
using Reason = SuppressionList::Reason;

namespace {

const QString gbMobile = QStringLiteral("+447400123456");
const QString deMobile = QStringLiteral("+4915123456789");

QString storedKey(Database &db)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'suppression.key'"));
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

QStringList storedHashes(Database &db)
{
    QSqlQuery query(db.connection());
    QStringList hashes;
    if (query.exec(QStringLiteral("SELECT number_hash FROM suppression ORDER BY number_hash"))) {
        while (query.next())
            hashes.append(query.value(0).toString());
    }
    return hashes;
}

} // namespace

class TestSuppressionList final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    int m_connection = 0;

    std::unique_ptr<Database> openMemory()
    {
        auto db = Database::openInMemory(QStringLiteral("suppression-%1").arg(++m_connection));
        if (!db)
            qFatal("cannot open: %s", qPrintable(db.error().detail));
        return std::move(*db);
    }

    SuppressionList list()
    {
        return SuppressionList(
            *m_db, [] { return QDateTime(QDate(2025, 3, 1), QTime(9, 30), QTimeZone::utc()); });
    }

private Q_SLOTS:
    void init() { m_db = openMemory(); }
    void cleanup() { m_db.reset(); }

    void addsFindsAndRemoves()
    {
        SuppressionList suppression = list();
        QCOMPARE(*suppression.contains(gbMobile), false);
        QVERIFY(suppression.add(gbMobile, Reason::OptedOut));
        QCOMPARE(*suppression.contains(gbMobile), true);
        QCOMPARE(*suppression.contains(deMobile), false);
        QCOMPARE(*suppression.reasonFor(gbMobile), std::optional<Reason>(Reason::OptedOut));
        QCOMPARE(*suppression.reasonFor(deMobile), std::optional<Reason>());
        QCOMPARE(*suppression.count(), qint64(1));

        QCOMPARE(*suppression.remove(deMobile), false);
        QCOMPARE(*suppression.remove(gbMobile), true);
        QCOMPARE(*suppression.contains(gbMobile), false);
        QCOMPARE(*suppression.count(), qint64(0));
    }

    void storesNoNumberInTheClear()
    {
        SuppressionList suppression = list();
        QVERIFY(suppression.add(gbMobile, Reason::Erased));
        const QStringList hashes = storedHashes(*m_db);
        QCOMPARE(hashes, QStringList {*suppression.hashOf(gbMobile)});
        QCOMPARE(hashes.constFirst().size(), 64); // BLAKE2b-256 in hex
        QVERIFY(!hashes.constFirst().contains(QStringLiteral("7400123456")));
    }

    void erasedOutranksOptedOut()
    {
        SuppressionList suppression = list();
        QVERIFY(suppression.add(gbMobile, Reason::OptedOut));
        QVERIFY(suppression.add(gbMobile, Reason::Erased));
        QCOMPARE(*suppression.reasonFor(gbMobile), std::optional<Reason>(Reason::Erased));
        QVERIFY(suppression.add(gbMobile, Reason::OptedOut));
        QCOMPARE(*suppression.reasonFor(gbMobile), std::optional<Reason>(Reason::Erased));
        QCOMPARE(*suppression.count(), qint64(1));
    }

    void lookupsDoNotCreateTheKey()
    {
        SuppressionList suppression = list();
        QVERIFY(suppression.contains(gbMobile));
        QVERIFY(suppression.remove(gbMobile));
        QVERIFY(storedKey(*m_db).isEmpty());
        QVERIFY(suppression.add(gbMobile, Reason::OptedOut));
        QCOMPARE(QByteArray::fromBase64(storedKey(*m_db).toLatin1()).size(), 32);
    }

    void refusesNumbersNotInE164_data()
    {
        QTest::addColumn<QString>("number");
        QTest::newRow("national") << QStringLiteral("07400 123456");
        QTest::newRow("spaces") << QStringLiteral("+44 7400 123456");
        QTest::newRow("no plus") << QStringLiteral("447400123456");
        QTest::newRow("empty") << QString();
        QTest::newRow("too long") << QStringLiteral("+4474001234567890");
    }
    void refusesNumbersNotInE164()
    {
        QFETCH(QString, number);
        SuppressionList suppression = list();
        const auto added = suppression.add(number, Reason::OptedOut);
        QVERIFY(!added);
        QCOMPARE(added.error().code, SuppressionError::Code::NotE164);
        QVERIFY(!added.error().describe().isEmpty());
        QCOMPARE(suppression.contains(number).error().code, SuppressionError::Code::NotE164);
        QCOMPARE(suppression.hashOf(number).error().code, SuppressionError::Code::NotE164);
        QCOMPARE(*suppression.count(), qint64(0));
    }

    void damagedKeyIsReported()
    {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('suppression.key', 'c2hvcnQ=')")));
        SuppressionList suppression = list();
        QCOMPARE(suppression.contains(gbMobile).error().code, SuppressionError::Code::KeyDamaged);
        QCOMPARE(suppression.add(gbMobile, Reason::Erased).error().code,
            SuppressionError::Code::KeyDamaged);
    }

    void differentDatabasesHashDifferently()
    {
        auto other = openMemory();
        SuppressionList here = list();
        SuppressionList there(*other);
        const auto hashHere = here.hashOf(gbMobile);
        const auto hashThere = there.hashOf(gbMobile);
        QVERIFY(hashHere && hashThere);
        QVERIFY(*hashHere != *hashThere);
        QCOMPARE(*here.hashOf(gbMobile), *hashHere);
        QVERIFY(*here.hashOf(deMobile) != *hashHere);

        QVERIFY(here.add(gbMobile, Reason::Erased));
        QCOMPARE(*there.contains(gbMobile), false);
    }

    void keySurvivesReopeningTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("suppression.db"));
        QString hashBefore;
        {
            auto db = Database::open(path, QStringLiteral("suppression-file-1"));
            QVERIFY(db);
            SuppressionList suppression(**db);
            QVERIFY(suppression.add(gbMobile, Reason::Erased));
            hashBefore = *suppression.hashOf(gbMobile);
        }
        auto db = Database::open(path, QStringLiteral("suppression-file-2"));
        QVERIFY(db);
        SuppressionList suppression(**db);
        QCOMPARE(*suppression.hashOf(gbMobile), hashBefore);
        QCOMPARE(*suppression.reasonFor(gbMobile), std::optional<Reason>(Reason::Erased));
    }

    void reasonWordsRoundTrip()
    {
        for (Reason reason : {Reason::Erased, Reason::OptedOut}) {
            QCOMPARE(SuppressionList::reasonFromKey(SuppressionList::reasonKey(reason)),
                std::optional<Reason>(reason));
            QVERIFY(!SuppressionList::reasonName(reason).isEmpty());
        }
        QCOMPARE(SuppressionList::reasonKey(Reason::OptedOut), QStringLiteral("opted_out"));
        QCOMPARE(SuppressionList::reasonFromKey(QStringLiteral("Erased")), std::nullopt);
    }
};

RAPPORT_TEST_MAIN(TestSuppressionList)
#include "tst_suppressionlist.moc"
