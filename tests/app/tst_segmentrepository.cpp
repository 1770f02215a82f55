// Saved segments: names (required, trimmed, unique ignoring case), rules checked against the
// custom fields, counting and paging members in the database, and the sidebar counts.
#include "RapportTest.h"
#include "app/segments/SegmentRepository.h"
#include "app/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <memory>

using namespace rapport::app;
using Code = SegmentError::Code;

Q_DECLARE_METATYPE(rapport::app::SegmentError::Code)

namespace {

const QDate today(2025, 6, 15);
const QDateTime stamp(QDate(2025, 6, 15), QTime(9, 30), QTimeZone::utc());

SegmentRule tagRule(const QString &tag)
{
    SegmentRule rule;
    rule.root.add(SegmentCondition::of(SegmentSubject::Tag, SegmentOperator::Has, {tag}));
    return rule;
}

} // namespace

class TestSegmentRepository final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    std::unique_ptr<SegmentRepository> m_repo;
    int m_connection = 0;

    SegmentRepository &repo() { return *m_repo; }

    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_db->connection());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }

    // Customers "Last, First" with the tag, created long ago; returns nothing, ids are 1…n.
    void customers(const QStringList &names, const QString &tag)
    {
        for (const QString &name : names) {
            const QStringList parts = name.split(QStringLiteral(", "));
            exec(QStringLiteral("INSERT INTO customers (last_name, first_name, created_at,"
                                " updated_at) VALUES (?, ?, '2020-01-01', '2020-01-01')"),
                {parts.value(0), parts.value(1)});
            exec(QStringLiteral("INSERT INTO customer_tags (customer_id, tag)"
                                " SELECT max(id), ? FROM customers"),
                {tag});
        }
    }

private Q_SLOTS:
    void init()
    {
        auto db = Database::openInMemory(QStringLiteral("segmentrepo-%1").arg(++m_connection));
        QVERIFY2(db, db ? "" : qPrintable(db.error().detail));
        m_db = std::move(*db);
        m_repo = std::make_unique<SegmentRepository>(*m_db, [] { return stamp; });
    }
    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
    }

    void savesFindsListsRenamesAndRemoves()
    {
        auto vip = repo().save(QStringLiteral("  VIP   clients "), tagRule(QStringLiteral("vip")));
        QVERIFY(vip);
        auto all = repo().save(QStringLiteral("all regulars"), tagRule(QStringLiteral("regular")));
        QVERIFY(all);
        auto found = repo().find(*vip);
        QVERIFY(found);
        QCOMPARE(found->name, QStringLiteral("VIP clients"));
        QCOMPARE(found->rule.toJson(), tagRule(QStringLiteral("vip")).toJson());
        QVERIFY(!found->ruleError);
        QCOMPARE(found->createdAt, stamp);
        auto listed = repo().list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).name, QStringLiteral("all regulars")); // ignoring case
        QVERIFY(repo().rename(*vip, QStringLiteral("Very important")));
        QCOMPARE(repo().find(*vip)->name, QStringLiteral("Very important"));
        QVERIFY(repo().updateRule(*vip, tagRule(QStringLiteral("gold"))));
        QCOMPARE(repo().find(*vip)->rule.toJson(), tagRule(QStringLiteral("gold")).toJson());
        QVERIFY(repo().remove(*vip));
        QCOMPARE(repo().find(*vip).error().code, Code::NotFound);
        QCOMPARE(repo().remove(*vip).error().code, Code::NotFound);
        QCOMPARE(repo().rename(*vip, QStringLiteral("x")).error().code, Code::NotFound);
        QCOMPARE(
            repo().updateRule(*vip, tagRule(QStringLiteral("x"))).error().code, Code::NotFound);
    }

    void refusesBadNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Code>("code");
        QTest::newRow("empty") << QString() << Code::NameRequired;
        QTest::newRow("spaces") << QStringLiteral(" \t ") << Code::NameRequired;
        QTest::newRow("too long") << QString(SegmentRepository::MaxNameLength + 1, QLatin1Char('x'))
                                  << Code::NameTooLong;
        QTest::newRow("taken, other case") << QStringLiteral(" vip  ") << Code::NameTaken;
    }
    void refusesBadNames()
    {
        QFETCH(QString, name);
        QFETCH(Code, code);
        auto first = repo().save(QStringLiteral("VIP"), tagRule(QStringLiteral("vip")));
        QVERIFY(first);
        auto saved = repo().save(name, tagRule(QStringLiteral("vip")));
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, code);
        QVERIFY(!saved.error().describe().isEmpty());
        if (code == Code::NameTaken)
            QCOMPARE(saved.error().existingId, *first);
        auto other = repo().save(QStringLiteral("Other"), tagRule(QStringLiteral("x")));
        QVERIFY(other);
        QCOMPARE(repo().rename(*other, name).error().code, code);
        QVERIFY(repo().rename(*first, QStringLiteral("vip"))); // its own name, in another case
    }

    void checksRulesAgainstCustomFields()
    {
        exec(QStringLiteral("INSERT INTO custom_fields (id, name, type, choices)"
                            " VALUES (4, 'Colour', 'choice', '[\"red\",\"blue\"]')"));
        SegmentRule red;
        red.root.add(SegmentCondition::customField(
            4, CustomField::Type::Choice, SegmentOperator::Equals, {QStringLiteral("red")}));
        QVERIFY(repo().save(QStringLiteral("Red"), red));
        SegmentRule green;
        green.root.add(SegmentCondition::customField(
            4, CustomField::Type::Choice, SegmentOperator::Equals, {QStringLiteral("green")}));
        auto saved = repo().save(QStringLiteral("Green"), green);
        QCOMPARE(saved.error().code, Code::InvalidRule);
        QCOMPARE(saved.error().rule.code, SegmentRuleError::Code::NotAChoice);
        QCOMPARE(saved.error().describe(), saved.error().rule.describe());
        SegmentRule gone;
        gone.root.add(
            SegmentCondition::customField(9, CustomField::Type::Text, SegmentOperator::IsEmpty));
        QCOMPARE(repo().save(QStringLiteral("Gone"), gone).error().rule.code,
            SegmentRuleError::Code::CustomFieldUnknown);
        QCOMPARE(repo().save(QStringLiteral("Empty"), SegmentRule()).error().rule.code,
            SegmentRuleError::Code::EmptyGroup);
    }

    void countsAndPagesMembersInNameOrder()
    {
        customers({QStringLiteral("smith, Zoe"), QStringLiteral("Adams, bea"),
                      QStringLiteral("adams, Al"), QStringLiteral("Smith, amy"),
                      QStringLiteral(", Nobody")},
            QStringLiteral("vip"));
        customers({QStringLiteral("Other, Person")}, QStringLiteral("regular"));
        const SegmentRule vip = tagRule(QStringLiteral("vip"));
        QCOMPARE(repo().count(vip, today).valueOr(-1), 5);
        // ids are insertion order: Zoe 1, bea 2, Al 3, amy 4, Nobody 5.
        QCOMPARE(repo().members(vip, today, 10, 0).valueOr({}), (QList<qint64> {5, 3, 2, 4, 1}));
        QCOMPARE(repo().members(vip, today, 2, 1).valueOr({}), (QList<qint64> {3, 2}));
        QCOMPARE(repo().members(vip, today, 2, 4).valueOr({}), (QList<qint64> {1}));
        QCOMPARE(repo().count(SegmentRule(), today).error().code, Code::InvalidRule);
    }

    void countsEverySegmentForTheSidebar()
    {
        customers({QStringLiteral("A, One"), QStringLiteral("B, Two")}, QStringLiteral("vip"));
        exec(QStringLiteral("INSERT INTO visits (customer_id, visited_on, amount_cents)"
                            " VALUES (1, '2025-06-01', 5000)"));
        auto vip = repo().save(QStringLiteral("VIP"), tagRule(QStringLiteral("vip")));
        QVERIFY(vip);
        exec(QStringLiteral("INSERT INTO segments (name, rule, created_at, updated_at)"
                            " VALUES ('Broken', '{\"version\":99}', '', '')"));
        auto counts = repo().counts(today);
        QVERIFY(counts);
        QCOMPARE(counts->size(), BuiltInSegments::all().size() + 2);
        const SegmentCount &first = counts->at(0);
        QCOMPARE(first.builtIn, std::optional(BuiltInSegment::New));
        QCOMPARE(first.name, BuiltInSegments::displayName(BuiltInSegment::New));
        QCOMPARE(first.count, 1); // One: first visit 14 days ago; Two was added in 2020
        QCOMPARE(counts->at(2).builtIn, std::optional(BuiltInSegment::HighValue));
        QCOMPARE(counts->at(2).count, 1);
        const SegmentCount &broken = counts->at(counts->size() - 2);
        QCOMPARE(broken.name, QStringLiteral("Broken"));
        QCOMPARE(broken.count, -1);
        const SegmentCount &saved = counts->constLast();
        QCOMPARE(saved.segmentId, *vip);
        QCOMPARE(saved.count, 2);
        auto listed = repo().list();
        QVERIFY(listed);
        QCOMPARE(listed->at(0).ruleError->code, SegmentRuleError::Code::UnsupportedVersion);
    }
};

RAPPORT_TEST_MAIN(TestSegmentRepository)
#include "tst_segmentrepository.moc"
