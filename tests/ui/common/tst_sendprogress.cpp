// The status bar's batch progress: a batch starts when texts queue up, grows when more join,
// counts down as they leave and ends when the queue is empty; one text alone is not a batch.
#include "RapportTest.h"

#include "ui/common/SendProgress.h"

#include <QApplication>

using namespace rapport::ui;
using namespace Qt::StringLiterals;

class TestSendProgress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sequence_data()
    {
        QTest::addColumn<QList<int>>("waiting"); // successive queue lengths
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("done");
        QTest::addColumn<bool>("shown");
        QTest::newRow("idle") << QList<int> {0} << 0 << 0 << false;
        QTest::newRow("one text is not a batch") << QList<int> {1} << 1 << 0 << false;
        QTest::newRow("batch starts") << QList<int> {18} << 18 << 0 << true;
        QTest::newRow("counts down") << QList<int> {18, 17, 14} << 18 << 4 << true;
        QTest::newRow("more join") << QList<int> {10, 8, 12} << 14 << 2 << true;
        QTest::newRow("ends") << QList<int> {5, 2, 0} << 0 << 0 << false;
        QTest::newRow("next batch is new") << QList<int> {5, 0, 3} << 3 << 0 << true;
        QTest::newRow("negative is empty") << QList<int> {4, -1} << 0 << 0 << false;
    }

    void sequence()
    {
        QFETCH(QList<int>, waiting);
        QFETCH(int, total);
        QFETCH(int, done);
        QFETCH(bool, shown);
        QWidget window;
        auto *progress = new SendProgress(&window);
        window.show();
        for (const int each : waiting)
            progress->setWaiting(each);
        QCOMPARE(progress->batchTotal(), total);
        QCOMPARE(progress->batchDone(), done);
        QCOMPARE(progress->isVisible(), shown);
        if (shown)
            QCOMPARE(progress->text(), u"Sending texts: %1 of %2"_s.arg(done).arg(total));
    }
};

RAPPORT_GUI_TEST_MAIN(TestSendProgress)
#include "tst_sendprogress.moc"
