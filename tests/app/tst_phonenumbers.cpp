// PhoneNumbers and AsYouTypePhoneFormatter: numbers as people type them, in many regions.
//
// Sources of the test numbers (all reserved for fiction or documentation, never real people):
// - GB mobiles: 07400 123456 is the example mobile of libphonenumber's GB metadata. Ofcom's drama
//   mobiles (07700 900000–900999) are NOT valid in libphonenumber 8.12.57 — the range is
//   unallocated — so they appear only as a rejected row and must not be used as demo data.
// - GB landlines: Ofcom's drama ranges London 020 7946 0000–0999, Birmingham 0121 496 0000–0999
//   (ofcom.org.uk, "Telephone numbers for TV, radio and drama").
// - US: 555-0100–0199 is reserved for fiction (NANPA); 201-555-0123 is also the example number
//   in libphonenumber's own US metadata (PhoneNumberMetadata.xml, exampleNumber).
// - DE: 030 123456 and 0151 23456789 are the example numbers of libphonenumber's DE metadata.
// - FR: 06 12 34 56 78 is the example mobile of libphonenumber's FR metadata.
#include "RapportTest.h"
#include "app/phone/AsYouTypePhoneFormatter.h"
#include "app/phone/PhoneNumbers.h"

#include <QSet>

using namespace rapport::app;
using V = PhoneNumbers::Validity;

Q_DECLARE_METATYPE(rapport::app::PhoneNumbers::Validity)

class TestPhoneNumbers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("region");
        QTest::addColumn<V>("validity");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("numberRegion");

        const auto row = [](const char *name, const char *typed, const char *region, V validity,
                             const char *e164 = "", const char *numberRegion = "") {
            QTest::newRow(name) << QString::fromUtf8(typed) << QString::fromUtf8(region) << validity
                                << QString::fromUtf8(e164) << QString::fromUtf8(numberRegion);
        };
        const char *gbMobile = "+447400123456";
        row("gb spaces", "07400 123456", "GB", V::Valid, gbMobile, "GB");
        row("gb no spaces", "07400123456", "GB", V::Valid, gbMobile, "GB");
        row("gb dashes", "07400-123-456", "GB", V::Valid, gbMobile, "GB");
        row("gb dots", "07400.123.456", "GB", V::Valid, gbMobile, "GB");
        row("gb parentheses", "(07400) 123456", "GB", V::Valid, gbMobile, "GB");
        row("gb plus", "+44 7400 123456", "GB", V::Valid, gbMobile, "GB");
        row("gb plus (0)", "+44 (0)7400 123456", "GB", V::Valid, gbMobile, "GB");
        row("gb 00 prefix", "0044 7400 123456", "GB", V::Valid, gbMobile, "GB");
        row("gb plus from US", "+44 7400 123456", "US", V::Valid, gbMobile, "GB");
        row("gb via US 011", "011 44 7400 123456", "US", V::Valid, gbMobile, "GB");
        row("gb padded", "  07400 123 456  ", "GB", V::Valid, gbMobile, "GB");
        row("gb london landline", "020 7946 0123", "GB", V::NotMobile, "+442079460123", "GB");
        row("gb birmingham landline", "0121 496 0123", "GB", V::NotMobile, "+441214960123", "GB");
        row("gb too short", "07400 123", "GB", V::TooShort);
        row("gb too long", "07400 123456 456", "GB", V::TooLong);
        row("ofcom drama mobile", "07700 900123", "GB", V::InvalidForRegion);
        row("gb mobile typed for US", "07400 123456", "US", V::TooLong); // 11 digits

        const char *us = "+12015550123";
        row("us parentheses", "(201) 555-0123", "US", V::Valid, us, "US");
        row("us dots", "201.555.0123", "US", V::Valid, us, "US");
        row("us 1-", "1-201-555-0123", "US", V::Valid, us, "US");
        row("us plus from GB", "+1 201 555 0123", "GB", V::Valid, us, "US");
        row("us 00 from DE", "001 201 555 0123", "DE", V::Valid, us, "US");
        row("us 555-01xx without area code", "555-0123", "US", V::TooShort);
        row("us too long", "201 555 0123 4567", "US", V::TooLong);
        row("us area code cannot start with 1", "(123) 555-0123", "US", V::InvalidForRegion);
        // The same ten digits read in GB are a London number (020 1555 0123): region matters.
        row("us number read in GB", "(201) 555-0123", "GB", V::NotMobile, "+442015550123", "GB");

        const char *deMobile = "+4915123456789";
        row("de mobile", "0151 23456789", "DE", V::Valid, deMobile, "DE");
        row("de mobile slash", "0151/23456789", "DE", V::Valid, deMobile, "DE");
        row("de 0049 from GB", "0049 151 23456789", "GB", V::Valid, deMobile, "DE");
        row("de plus from US", "+49 (151) 2345-6789", "US", V::Valid, deMobile, "DE");
        row("de berlin landline", "030 123456", "DE", V::NotMobile, "+4930123456", "DE");
        row("de landline plus", "+49 30 123456", "GB", V::NotMobile, "+4930123456", "DE");

        row("fr mobile", "06 12 34 56 78", "FR", V::Valid, "+33612345678", "FR");
        row("fr mobile from GB", "+33 6 12 34 56 78", "GB", V::Valid, "+33612345678", "FR");

        row("empty", "", "GB", V::Empty);
        row("blank", "   ", "GB", V::Empty);
        row("word", "hello", "GB", V::NotANumber);
        row("letters in number", "07400 123ABC", "GB", V::NotANumber);
        row("vanity", "1-800-FLOWERS", "US", V::NotANumber);
        row("punctuation only", "--- ()", "GB", V::NotANumber);
        row("one digit", "7", "GB", V::NotANumber);
    }
    void parses()
    {
        QFETCH(QString, typed);
        QFETCH(QString, region);
        QFETCH(V, validity);
        QFETCH(QString, e164);
        QFETCH(QString, numberRegion);
        const PhoneNumbers::Parsed parsed = PhoneNumbers::parse(typed, region);
        QCOMPARE(parsed.validity, validity);
        QCOMPARE(parsed.e164, e164);
        QCOMPARE(parsed.region, numberRegion);
        QCOMPARE(parsed.national.isEmpty(), e164.isEmpty());
        QCOMPARE(parsed.international.isEmpty(), e164.isEmpty());
    }

    void reportsTypeAndDisplayForms()
    {
        const auto gb = PhoneNumbers::parse(QStringLiteral("07400123456"), QStringLiteral("GB"));
        QCOMPARE(gb.type, PhoneNumbers::Type::Mobile);
        QCOMPARE(gb.national, QStringLiteral("07400 123456"));
        QCOMPARE(gb.international, QStringLiteral("+44 7400 123456"));
        const auto us = PhoneNumbers::parse(QStringLiteral("2015550123"), QStringLiteral("US"));
        QCOMPARE(us.type, PhoneNumbers::Type::FixedLineOrMobile); // counts as mobile
        QCOMPARE(us.validity, V::Valid);
        QCOMPARE(us.national, QStringLiteral("(201) 555-0123"));
        const auto london
            = PhoneNumbers::parse(QStringLiteral("020 7946 0123"), QStringLiteral("GB"));
        QCOMPARE(london.type, PhoneNumbers::Type::FixedLine);
        QCOMPARE(PhoneNumbers::formatNational(QStringLiteral("+4915123456789")),
            QStringLiteral("01512 3456789"));
        QCOMPARE(PhoneNumbers::formatInternational(QStringLiteral("+12015550123")),
            QStringLiteral("+1 201-555-0123"));
        QCOMPARE(PhoneNumbers::formatNational(QStringLiteral("not a number")),
            QStringLiteral("not a number"));
    }

    void describesEveryValidityDifferently()
    {
        QSet<QString> texts;
        for (V v : {V::Valid, V::Empty, V::NotANumber, V::TooShort, V::TooLong, V::InvalidForRegion,
                 V::NotMobile}) {
            const QString text = PhoneNumbers::describe(v);
            QVERIFY(!text.isEmpty());
            texts.insert(text);
        }
        QCOMPARE(texts.size(), 7);
        QCOMPARE(PhoneNumbers::describe(V::NotMobile),
            QStringLiteral(
                "This is a landline number: texts cannot reach it. Ask for a mobile number."));
    }

    void comparesNumbers_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        const auto row = [](const char *name, const char *a, const char *b, bool same) {
            QTest::newRow(name) << QString::fromUtf8(a) << QString::fromUtf8(b) << same;
        };
        row("national and international", "07400 123456", "+44 7400 123456", true);
        row("00 and +", "0044 7400 123456", "+447400123456", true);
        row("punctuation", "(07400) 123-456", "07400.123.456", true);
        row("different last digit", "07400 123456", "07400 123457", false);
        row("same digits other country", "+33 7400 123456", "07400 123456", false);
        row("garbage", "hello", "hello", false);
    }
    void comparesNumbers()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(PhoneNumbers::sameNumber(a, b, QStringLiteral("GB")), same);
        QCOMPARE(PhoneNumbers::sameNumber(b, a, QStringLiteral("GB")), same);
    }

    void givesSearchPrefixes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("national") << QStringLiteral("07400 1") << QStringLiteral("+4474001");
        QTest::newRow("international") << QStringLiteral("+44 77") << QStringLiteral("+4477");
        QTest::newRow("00") << QStringLiteral("0049 151") << QStringLiteral("+49151");
        QTest::newRow("national, whole")
            << QStringLiteral("07400 123456") << QStringLiteral("+447400123456");
        QTest::newRow("letters") << QStringLiteral("abc") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void givesSearchPrefixes()
    {
        QFETCH(QString, typed);
        QFETCH(QString, prefix);
        QCOMPARE(PhoneNumbers::e164Prefix(typed, QStringLiteral("GB")), prefix);
    }

    void findsSingleTimeZones_data()
    {
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("zone");
        QTest::newRow("gb") << QStringLiteral("+447400123456") << QStringLiteral("Europe/London");
        // Germany lists Europe/Berlin and Europe/Busingen, which keep the same time.
        QTest::newRow("de") << QStringLiteral("+4915123456789") << QStringLiteral("Europe/Berlin");
        QTest::newRow("fr") << QStringLiteral("+33612345678") << QStringLiteral("Europe/Paris");
        QTest::newRow("us has many") << QStringLiteral("+12015550123") << QString();
        QTest::newRow("invalid") << QStringLiteral("+44770") << QString();
        QTest::newRow("not a number") << QStringLiteral("x") << QString();
    }
    void findsSingleTimeZones()
    {
        QFETCH(QString, e164);
        QFETCH(QString, zone);
        QCOMPARE(PhoneNumbers::singleTimeZoneFor(e164), zone);
    }

    void listsZonesOfAmbiguousRegions()
    {
        const QStringList zones = PhoneNumbers::timeZonesFor(QStringLiteral("+12015550123"));
        QVERIFY(zones.contains(QStringLiteral("America/New_York")));
        QVERIFY(zones.contains(QStringLiteral("America/Los_Angeles")));
    }

    void knowsRegions()
    {
        QVERIFY(PhoneNumbers::isSupportedRegion(QStringLiteral("GB")));
        QVERIFY(PhoneNumbers::isSupportedRegion(QStringLiteral("de")));
        QVERIFY(!PhoneNumbers::isSupportedRegion(QStringLiteral("XX")));
    }

    void formatsAsYouType_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shown");
        QTest::newRow("gb mobile") << QStringLiteral("GB") << QStringLiteral("07400123456")
                                   << QStringLiteral("07400 123456");
        QTest::newRow("us") << QStringLiteral("US") << QStringLiteral("2015550123")
                            << QStringLiteral("(201) 555-0123");
        QTest::newRow("international") << QStringLiteral("GB") << QStringLiteral("+4915123456789")
                                       << QStringLiteral("+49 1512 3456789");
    }
    void formatsAsYouType()
    {
        QFETCH(QString, region);
        QFETCH(QString, typed);
        QFETCH(QString, shown);
        AsYouTypePhoneFormatter formatter(region);
        QCOMPARE(formatter.format(typed), shown);
        // Formatting again starts over rather than appending.
        QCOMPARE(formatter.format(typed), shown);
    }

    void formatsDigitByDigit()
    {
        AsYouTypePhoneFormatter formatter(QStringLiteral("GB"));
        QString last;
        for (const QChar c : QStringLiteral("07400"))
            last = formatter.input(c);
        QCOMPARE(last, QStringLiteral("07400"));
        formatter.clear();
        QCOMPARE(formatter.input(QLatin1Char('0')), QStringLiteral("0"));
    }
};

RAPPORT_TEST_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
