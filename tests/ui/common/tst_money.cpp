// Money in the shop's currency and the reader's number format. Expected strings follow the
// Unicode CLDR currency patterns and symbols as Qt 6.4 ships them (en_GB "£1,234.50",
// de_DE "1.234,50 €", fr_FR "1 234,50 €" with a narrow no-break space, de_CH "CHF 1’234.50").
#include "RapportTest.h"
#include "ui/common/Money.h"

#include <QApplication>
#include <QLocale>

using rapport::ui::Money;

class TestMoney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void formatsInTheShopsCurrency_data()
    {
        QTest::addColumn<QString>("reader");
        QTest::addColumn<QString>("region");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_GB, GB") << "en_GB"
                                   << "GB" << qint64(123450) << QStringLiteral("£1,234.50");
        QTest::newRow("en_US, US") << "en_US"
                                   << "US" << qint64(999) << QStringLiteral("$9.99");
        QTest::newRow("de_DE, DE") << "de_DE"
                                   << "DE" << qint64(123450) << QStringLiteral("1.234,50\u00a0€");
        QTest::newRow("fr_FR, FR")
            << "fr_FR"
            << "FR" << qint64(123450) << QStringLiteral("1\u202f234,50\u00a0€");
        // A German reader in a French shop: euros, German digits.
        QTest::newRow("de_DE, FR") << "de_DE"
                                   << "FR" << qint64(5000) << QStringLiteral("50,00\u00a0€");
        // An English reader in a German shop: the symbol is the shop's, the format the reader's.
        QTest::newRow("en_GB, DE") << "en_GB"
                                   << "DE" << qint64(5000) << QStringLiteral("€50.00");
        QTest::newRow("en_US, no region") << "en_US"
                                          << "" << qint64(500) << QStringLiteral("5.00");
        QTest::newRow("en_US, unknown region") << "en_US"
                                               << "ZZ" << qint64(500) << QStringLiteral("5.00");
        // The bare "C" locale of a system without a language: the region's own way.
        QTest::newRow("C, GB") << "C"
                               << "GB" << qint64(4250) << QStringLiteral("£42.50");
        QTest::newRow("C, no region") << "C"
                                      << "" << qint64(4250) << QStringLiteral("42.50");
        QTest::newRow("en_GB, refund") << "en_GB"
                                       << "GB" << qint64(-250) << QStringLiteral("-£2.50");
    }
    void formatsInTheShopsCurrency()
    {
        QFETCH(QString, reader);
        QFETCH(QString, region);
        QFETCH(qint64, cents);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(reader));
        QCOMPARE(Money::text(cents, region), expected);
    }

    void symbolsOfRegions()
    {
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        QCOMPARE(Money::symbol(QStringLiteral("GB")), QStringLiteral("£"));
        QCOMPARE(Money::symbol(QStringLiteral("IE")), QStringLiteral("€"));
        // Japanese is Japan's first language in CLDR, and it writes the yen full width.
        QCOMPARE(Money::symbol(QStringLiteral("JP")), QStringLiteral("\uffe5"));
        QCOMPARE(Money::symbol(QString()), QString());
    }
};

RAPPORT_GUI_TEST_MAIN(TestMoney)
#include "tst_money.moc"
