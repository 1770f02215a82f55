// The jurisdiction of a number: the country from libphonenumber, the US state or Canadian
// province from its offline geocoder (area codes: NANPA; 305 Miami, 203 Connecticut, 212 New
// York City, 416 Toronto, 514 Montreal). Numbers are libphonenumber-valid examples.
#include "app/phone/PhoneGeocoder.h"
#include "app/policy/Jurisdiction.h"
#include "app/policy/JurisdictionResolver.h"

#include "RapportTest.h"

using namespace rapport::app;

class TestJurisdiction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forNumber_data()
    {
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("code");
        QTest::newRow("Florida, 305 Miami")
            << QStringLiteral("+13052345678") << QStringLiteral("US-FL");
        QTest::newRow("Florida, 305 fictional 555-01xx")
            << QStringLiteral("+13055550100") << QStringLiteral("US-FL");
        QTest::newRow("Florida, 786") << QStringLiteral("+17862345678") << QStringLiteral("US-FL");
        QTest::newRow("Connecticut, 203")
            << QStringLiteral("+12032345678") << QStringLiteral("US-CT");
        QTest::newRow("New York, 212") << QStringLiteral("+12122345678") << QStringLiteral("US-NY");
        QTest::newRow("California, 650")
            << QStringLiteral("+16502530000") << QStringLiteral("US-CA");
        QTest::newRow("Ontario, 416") << QStringLiteral("+14162345678") << QStringLiteral("CA-ON");
        QTest::newRow("Quebec, 514") << QStringLiteral("+15146661234") << QStringLiteral("CA-QC");
        // Toll-free numbers belong to no state: the country alone applies.
        QTest::newRow("US toll-free") << QStringLiteral("+18005550100") << QStringLiteral("US");
        QTest::newRow("France mobile") << QStringLiteral("+33612345678") << QStringLiteral("FR");
        QTest::newRow("UK mobile") << QStringLiteral("+447400123456") << QStringLiteral("GB");
        QTest::newRow("not a number") << QStringLiteral("+999") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void forNumber()
    {
        QFETCH(QString, e164);
        QFETCH(QString, code);
        QCOMPARE(JurisdictionResolver::forNumber(e164).code(), code);
    }

    void geocoderDescribesInEnglish()
    {
        QCOMPARE(PhoneGeocoder::areaDescription(QStringLiteral("+12122345678")),
            QStringLiteral("New York, NY"));
        QCOMPARE(PhoneGeocoder::areaDescription(QStringLiteral("+13055550100")),
            QStringLiteral("Florida"));
        QVERIFY(PhoneGeocoder::areaDescription(QStringLiteral("+999")).isEmpty());
    }

    void subdivisionFromDescription_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("subdivision");
        const auto row = [](const char *name, const char *country, const char *description,
                             const char *subdivision) {
            QTest::newRow(name) << QString::fromLatin1(country) << QString::fromUtf8(description)
                                << QString::fromLatin1(subdivision);
        };
        row("state name", "US", "Florida", "FL");
        row("city and state", "US", "Miami, FL", "FL");
        row("city and state, spaces", "US", "  North Haven,  CT ", "CT");
        row("lower case", "US", "connecticut", "CT");
        row("city and state name", "US", "Springfield, Illinois", "IL");
        row("the District", "US", "Washington D.C.", "DC");
        row("Washington state", "US", "Washington", "WA");
        row("territory", "US", "Puerto Rico", "PR");
        row("province", "CA", "Ontario", "ON");
        row("province with accent", "CA", "Québec", "QC");
        row("city and province", "CA", "Etobicoke, ON", "ON");
        row("country only", "US", "United States", "");
        row("unknown code", "US", "Paris, XX", "");
        row("a Canadian code in the US", "US", "Toronto, ON", "");
        row("country without subdivisions", "FR", "Florida", "");
        row("empty", "US", "", "");
    }
    void subdivisionFromDescription()
    {
        QFETCH(QString, country);
        QFETCH(QString, description);
        QFETCH(QString, subdivision);
        QCOMPARE(
            JurisdictionResolver::subdivisionFromDescription(country, description), subdivision);
    }

    void codes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("subdivision");
        QTest::addColumn<bool>("valid");
        QTest::newRow("country") << QStringLiteral("US") << QStringLiteral("US") << QString()
                                 << true;
        QTest::newRow("subdivision")
            << QStringLiteral("US-FL") << QStringLiteral("US") << QStringLiteral("FL") << true;
        QTest::newRow("lower case")
            << QStringLiteral(" us-ct ") << QStringLiteral("US") << QStringLiteral("CT") << true;
        QTest::newRow("numeric subdivision")
            << QStringLiteral("FR-75") << QStringLiteral("FR") << QStringLiteral("75") << true;
        QTest::newRow("three letters") << QStringLiteral("USA") << QString() << QString() << false;
        QTest::newRow("dangling dash") << QStringLiteral("US-") << QString() << QString() << false;
        QTest::newRow("empty") << QString() << QString() << QString() << false;
    }
    void codes()
    {
        QFETCH(QString, text);
        QFETCH(QString, country);
        QFETCH(QString, subdivision);
        QFETCH(bool, valid);
        QCOMPARE(Jurisdiction::isValidCode(text), valid);
        const Jurisdiction j = Jurisdiction::fromCode(text);
        QCOMPARE(j.country, country);
        QCOMPARE(j.subdivision, subdivision);
        if (valid)
            QCOMPARE(Jurisdiction::fromCode(j.code()), j);
        QCOMPARE(j.countryOnly().code(), country);
    }
};

RAPPORT_TEST_MAIN(TestJurisdiction)
#include "tst_jurisdiction.moc"
