// Easter and the public holidays computed from it. Reference dates: Easter Sundays from the
// table of the U.S. Naval Observatory ("The Date of Easter", aa.usno.navy.mil) and Wikipedia's
// "List of dates for Easter", cross-checked with python-dateutil's easter(); French holidays
// from service-public.fr "Jours fériés 2025" (Code du travail L3133-1); US federal holidays
// from the U.S. Office of Personnel Management's 2025 holiday list (5 U.S.C. 6103).
#include "app/policy/PublicHolidays.h"

#include "RapportTest.h"

using namespace rapport::app;

class TestHolidays final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void easterSunday_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("easter");
        QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
        QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
        QTest::newRow("2000") << 2000 << QDate(2000, 4, 23);
        QTest::newRow("2019") << 2019 << QDate(2019, 4, 21);
        QTest::newRow("earliest possible, 1818") << 1818 << QDate(1818, 3, 22);
        QTest::newRow("earliest possible, 2285") << 2285 << QDate(2285, 3, 22);
        QTest::newRow("latest possible, 1943") << 1943 << QDate(1943, 4, 25);
        QTest::newRow("latest possible, 2038") << 2038 << QDate(2038, 4, 25);
        QTest::newRow("first Gregorian year") << 1583 << QDate(1583, 4, 10);
        QTest::newRow("before the Gregorian calendar") << 1500 << QDate();
    }
    void easterSunday()
    {
        QFETCH(int, year);
        QFETCH(QDate, easter);
        QCOMPARE(PublicHolidays::easterSunday(year), easter);
        if (easter.isValid())
            QCOMPARE(easter.dayOfWeek(), int(Qt::Sunday));
    }

    // Easter is always between 22 March and 25 April (the algorithm's known range).
    void easterAlwaysInRange()
    {
        for (int year = 1583; year <= 4099; ++year) {
            const QDate easter = PublicHolidays::easterSunday(year);
            QVERIFY2(easter.dayOfWeek() == Qt::Sunday, qPrintable(easter.toString()));
            QVERIFY(easter >= QDate(year, 3, 22));
            QVERIFY(easter <= QDate(year, 4, 25));
        }
    }

    void france_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QList<QDate>>("expected");
        QTest::newRow("2025") << 2025
                              << QList<QDate> {QDate(2025, 1, 1), QDate(2025, 4, 21),
                                     QDate(2025, 5, 1), QDate(2025, 5, 8), QDate(2025, 5, 29),
                                     QDate(2025, 6, 9), QDate(2025, 7, 14), QDate(2025, 8, 15),
                                     QDate(2025, 11, 1), QDate(2025, 11, 11), QDate(2025, 12, 25)};
        // Easter 2024 was 31 March, so Easter Monday fell in April and Ascension on 9 May.
        QTest::newRow("2024") << 2024
                              << QList<QDate> {QDate(2024, 1, 1), QDate(2024, 4, 1),
                                     QDate(2024, 5, 1), QDate(2024, 5, 8), QDate(2024, 5, 9),
                                     QDate(2024, 5, 20), QDate(2024, 7, 14), QDate(2024, 8, 15),
                                     QDate(2024, 11, 1), QDate(2024, 11, 11), QDate(2024, 12, 25)};
        QTest::newRow("2026") << 2026
                              << QList<QDate> {QDate(2026, 1, 1), QDate(2026, 4, 6),
                                     QDate(2026, 5, 1), QDate(2026, 5, 8), QDate(2026, 5, 14),
                                     QDate(2026, 5, 25), QDate(2026, 7, 14), QDate(2026, 8, 15),
                                     QDate(2026, 11, 1), QDate(2026, 11, 11), QDate(2026, 12, 25)};
    }
    void france()
    {
        QFETCH(int, year);
        QFETCH(QList<QDate>, expected);
        QCOMPARE(PublicHolidays::forYear(QStringLiteral("FR"), year), expected);
        for (const QDate &day : expected) {
            QVERIFY(PublicHolidays::isPublicHoliday(QStringLiteral("FR"), day));
            QVERIFY(!PublicHolidays::isPublicHoliday(QStringLiteral("GB"), day));
        }
    }

    void unitedStates2025()
    {
        const QList<QDate> expected {QDate(2025, 1, 1), QDate(2025, 1, 20), QDate(2025, 2, 17),
            QDate(2025, 5, 26), QDate(2025, 6, 19), QDate(2025, 7, 4), QDate(2025, 9, 1),
            QDate(2025, 10, 13), QDate(2025, 11, 11), QDate(2025, 11, 27), QDate(2025, 12, 25)};
        QCOMPARE(PublicHolidays::forYear(QStringLiteral("US"), 2025), expected);
    }

    void ordinaryDaysAreNotHolidays_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QDate>("day");
        QTest::newRow("FR day before Ascension") << QStringLiteral("FR") << QDate(2025, 5, 28);
        QTest::newRow("FR Easter Sunday itself") << QStringLiteral("FR") << QDate(2025, 4, 20);
        QTest::newRow("FR Good Friday (Alsace only)") << QStringLiteral("FR") << QDate(2025, 4, 18);
        QTest::newRow("FR 26 December (Alsace only)")
            << QStringLiteral("FR") << QDate(2025, 12, 26);
        QTest::newRow("US day after Thanksgiving") << QStringLiteral("US") << QDate(2025, 11, 28);
        QTest::newRow("unknown country") << QStringLiteral("DE") << QDate(2025, 12, 25);
        QTest::newRow("invalid date") << QStringLiteral("FR") << QDate();
    }
    void ordinaryDaysAreNotHolidays()
    {
        QFETCH(QString, country);
        QFETCH(QDate, day);
        QVERIFY(!PublicHolidays::isPublicHoliday(country, day));
    }

    void knownCountries()
    {
        QVERIFY(PublicHolidays::isKnownCountry(QStringLiteral("FR")));
        QVERIFY(PublicHolidays::isKnownCountry(QStringLiteral("US")));
        QVERIFY(!PublicHolidays::isKnownCountry(QStringLiteral("GB")));
        QVERIFY(PublicHolidays::forYear(QStringLiteral("GB"), 2025).isEmpty());
    }
};

RAPPORT_TEST_MAIN(TestHolidays)
#include "tst_holidays.moc"
