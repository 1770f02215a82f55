// What the rules add to marketing texts (CTIA sender identification; the opt-out line of the
// UK soft opt-in and CTIA), and that adding is idempotent.
#include "app/policy/MarketingText.h"

#include "RapportTest.h"

using namespace rapport::app;

class TestMarketingText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withAdditions_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("identify");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *title, const char *body, const char *name, bool identify,
                             const char *line, const char *expected) {
            QTest::newRow(title) << QString::fromUtf8(body) << QString::fromUtf8(name) << identify
                                 << QString::fromUtf8(line) << QString::fromUtf8(expected);
        };
        const char *stop = "Reply STOP to opt out";
        row("both added", "20% off", "Bloom Florist", true, stop,
            "Bloom Florist: 20% off\nReply STOP to opt out");
        row("name already first, any case", "bloom florist: 20% off", "Bloom Florist", true, stop,
            "bloom florist: 20% off\nReply STOP to opt out");
        row("name after leading spaces", "  Bloom Florist - 20% off", "Bloom Florist", true, stop,
            "  Bloom Florist - 20% off\nReply STOP to opt out");
        row("name elsewhere is not enough", "Sale at Bloom Florist", "Bloom Florist", true, stop,
            "Bloom Florist: Sale at Bloom Florist\nReply STOP to opt out");
        row("line already there, any case and spacing", "20% off. reply  stop\nto opt out",
            "Bloom Florist", true, stop, "Bloom Florist: 20% off. reply  stop\nto opt out");
        row("trailing whitespace before the line", "20% off  \n\n", "Bloom Florist", true, stop,
            "Bloom Florist: 20% off\nReply STOP to opt out");
        row("identification off", "Hi", "Bloom Florist", false, "Text END to stop",
            "Hi\nText END to stop");
        row("no business name", "Hi", "", true, stop, "Hi\nReply STOP to opt out");
        row("no line configured", "Hi", "Bloom Florist", true, "", "Bloom Florist: Hi");
        row("accented name", "Soldes", "Café Lumière", true, "STOP au 36180",
            "Café Lumière: Soldes\nSTOP au 36180");
    }
    void withAdditions()
    {
        QFETCH(QString, body);
        QFETCH(QString, name);
        QFETCH(bool, identify);
        QFETCH(QString, line);
        QFETCH(QString, expected);
        const QString once = MarketingText::withAdditions(body, name, identify, line);
        QCOMPARE(once, expected);
        // Idempotent: what came out goes through unchanged.
        QCOMPARE(MarketingText::withAdditions(once, name, identify, line), once);
    }
};

RAPPORT_TEST_MAIN(TestMarketingText)
#include "tst_marketingtext.moc"
