// The status bar's line about the modems: what needs someone comes first, in plain words.
#include "RapportTest.h"

#include "ui/modems/ModemStatusText.h"

using namespace rapport::app;
using namespace rapport::ui;
using namespace Qt::StringLiterals;

namespace {

ModemView ready(const QString &label, int sent, int cap)
{
    ModemView view;
    view.id = label;
    view.label = label;
    view.phase = ModemView::Phase::Ready;
    view.registered = true;
    view.signalBars = 3;
    view.operatorName = u"Emu Mobile"_s;
    view.sentToday = sent;
    view.dailyCap = cap;
    return view;
}

} // namespace

class TestModemStatusText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summarise_data()
    {
        QTest::addColumn<QList<ModemView>>("modems");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("problem");

        QTest::newRow("none") << QList<ModemView> {} << u"No modem set up — click here to add one"_s
                              << true;
        QTest::newRow("one ready")
            << QList<ModemView> {ready(u"Huawei E3372"_s, 12, 400)}
            << u"Huawei E3372 (Emu Mobile) · signal 3/5 · 12 sent today of 400 · "
               "queue 0"_s
            << false;
        ModemView queued = ready(u"Demo modem"_s, 0, 0);
        queued.queueLength = 3;
        queued.isDemo = true;
        queued.operatorName.clear();
        queued.signalBars = -1;
        QTest::newRow("demo, no cap, unknown signal")
            << QList<ModemView> {queued} << u"Demo modem · 0 sent today · queue 3"_s << false;

        ModemView pin = ready(u"ZTE MF823"_s, 0, 400);
        pin.phase = ModemView::Phase::NeedsPin;
        QTest::newRow("pin first")
            << QList<ModemView> {ready(u"A"_s, 1, 400), pin}
            << u"ZTE MF823: the SIM needs its PIN — click to enter it"_s << true;

        ModemView busy = ready(u"/dev/ttyUSB2"_s, 0, 400);
        busy.phase = ModemView::Phase::Problem;
        busy.problem = u"Another program is using the modem."_s;
        busy.fix = u"Close it."_s;
        busy.queueLength = 1;
        QTest::newRow("problem with a queue")
            << QList<ModemView> {busy}
            << u"/dev/ttyUSB2: Another program is using the modem. · 1 text(s) waiting"_s << true;

        ModemView away = ready(u"B"_s, 5, 400);
        away.phase = ModemView::Phase::Away;
        QTest::newRow("away without words")
            << QList<ModemView> {away} << u"B: Not connected"_s << true;

        QTest::newRow("two ready")
            << QList<ModemView> {ready(u"A"_s, 10, 400), ready(u"B"_s, 5, 400)}
            << u"2 of 2 modems ready · 15 sent today · queue 0"_s << false;
        ModemView connecting = ready(u"C"_s, 0, 400);
        connecting.phase = ModemView::Phase::Connecting;
        QTest::newRow("connecting is not a problem")
            << QList<ModemView> {ready(u"A"_s, 1, 400), connecting}
            << u"1 of 2 modems ready · 1 sent today · queue 0"_s << false;
    }

    void summarise()
    {
        QFETCH(QList<ModemView>, modems);
        QFETCH(QString, text);
        QFETCH(bool, problem);
        const ModemStatusLine line = ModemStatusText::summarise(modems);
        QCOMPARE(line.text, text);
        QCOMPARE(line.problem, problem);
        QVERIFY(!line.toolTip.isEmpty());
    }
};

RAPPORT_TEST_MAIN(TestModemStatusText)
#include "tst_modemstatustext.moc"
