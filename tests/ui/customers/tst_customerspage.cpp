// The customers page around its models: search with a typing delay, segments, the column
// chooser and remembered column state, export, merge, and a person's export and erasure with
// confirmation and role checks.
#include "RapportTest.h"

#include "CustomersFixture.h"
#include "app/consent/SuppressionList.h"
#include "ui/customers/CustomerDetailsPanel.h"
#include "ui/customers/CustomersPage.h"
#include "ui/customers/ExportDialog.h"
#include "ui/customers/MergeDialog.h"
#include "ui/customers/SegmentListModel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace rapport;
using ui::CustomersPage;
using ui::CustomerTableModel;

class TestCustomersPage final : public QObject
{
    Q_OBJECT

private:
    test::CustomersFixture f;
    int m_opened = 0;
    qint64 m_ana = 0;
    qint64 m_ann = 0;

private Q_SLOTS:
    void init()
    {
        QVERIFY(f.open(QStringLiteral("customerspage-%1").arg(++m_opened)));
        m_ana = f.mustAdd(QStringLiteral("Ana"), QStringLiteral("Souza"),
            QStringLiteral("+447400123456"), {QStringLiteral("vip")});
        m_ann = f.mustAdd(
            QStringLiteral("Ann"), QStringLiteral("Souza"), QStringLiteral("+447400123457"));
        f.mustAdd(QStringLiteral("Bob"), QStringLiteral("Jones"), QStringLiteral("+447400123458"));
    }
    void cleanup()
    {
        f.shown.clear();
        f.notices.clear();
        f.questions.clear();
        f.close();
    }

    void searchWaitsForTypingToPause()
    {
        CustomersPage page(f.services(), f.dialogs());
        page.show();
        QCOMPARE(page.model()->rowCount(), 3);
        QTest::keyClicks(page.searchField(), QStringLiteral("sou"));
        QCOMPARE(page.model()->rowCount(), 3); // not yet: the delay runs
        QTRY_COMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("customerCount"))->text(),
            QStringLiteral("2 of 3 customers"));
        page.setSearchText(QStringLiteral("zzz"));
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("noMatches"))
                    ->text()
                    .contains(QLatin1String("zzz")));
        QVERIFY(!page.isShowingEmptyState());
    }

    void segmentsFilterTheList()
    {
        app::SegmentRule vip;
        vip.root.add(app::SegmentCondition::of(
            app::SegmentSubject::Tag, app::SegmentOperator::Has, {QStringLiteral("vip")}));
        QVERIFY(f.segments->save(QStringLiteral("VIPs"), vip));
        CustomersPage page(f.services(), f.dialogs());
        const int row = page.segmentModel()->rowCount() - 1;
        const QString key
            = page.segmentModel()
                  ->data(page.segmentModel()->index(row), ui::SegmentListModel::KeyRole)
                  .toString();
        QVERIFY(page.selectSegment(key));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->customerId(0), m_ana);
        QVERIFY(page.selectSegment(QStringLiteral("all")));
        QCOMPARE(page.model()->rowCount(), 3);
    }

    void columnChooserAndRememberedState()
    {
        QByteArray state;
        {
            CustomersPage page(f.services(), f.dialogs());
            page.resize(1280, 800);
            page.show();
            QVERIFY(page.isColumnVisible(CustomerTableModel::Mobile));
            QVERIFY(!page.isColumnVisible(CustomerTableModel::Birthday));
            auto *chooser = page.findChild<QToolButton *>(QStringLiteral("columnChooser"));
            QVERIFY(chooser && chooser->menu());
            QMenu *menu = chooser->menu();
            Q_EMIT menu->aboutToShow();
            QAction *birthday = menu->actions().at(CustomerTableModel::Birthday);
            QVERIFY(!birthday->isChecked());
            birthday->trigger();
            QVERIFY(page.isColumnVisible(CustomerTableModel::Birthday));
            QVERIFY(!menu->actions().at(CustomerTableModel::Name)->isEnabled());
            page.setColumnVisible(CustomerTableModel::Email, false);
            page.table()->setColumnWidth(CustomerTableModel::Name, 333);
            QVERIFY(page.selectSegment(QStringLiteral("new")));
            state = page.saveState();
        }
        CustomersPage page(f.services(), f.dialogs());
        page.resize(1280, 800);
        page.show();
        QVERIFY(page.isColumnVisible(CustomerTableModel::Email));
        QVERIFY(page.restoreState(state));
        QVERIFY(page.isColumnVisible(CustomerTableModel::Birthday));
        QVERIFY(!page.isColumnVisible(CustomerTableModel::Email));
        QCOMPARE(page.table()->columnWidth(CustomerTableModel::Name), 333);
        QCOMPARE(page.segmentModel()
                     ->data(page.findChild<QListView *>(QStringLiteral("segments"))->currentIndex(),
                         ui::SegmentListModel::KeyRole)
                     .toString(),
            QStringLiteral("new"));
        QVERIFY(!page.restoreState(QByteArrayLiteral("not a state")));
    }

    void everyControlHasAnAccessibleName()
    {
        CustomersPage page(f.services(), f.dialogs());
        page.show();
        page.showCustomer(m_ana);
        for (QWidget *widget : page.findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(widget)
                || qobject_cast<QLineEdit *>(widget)
                || (qobject_cast<QAbstractItemView *>(widget)
                    && !qobject_cast<QHeaderView *>(widget));
            if (control && widget->isVisibleTo(&page))
                QVERIFY2(!widget->accessibleName().isEmpty(),
                    qPrintable(QString(widget->objectName() + u' '
                        + QString::fromLatin1(widget->metaObject()->className()))));
        }
    }

    void exportWritesTheShownCustomers()
    {
        QTemporaryDir dir;
        f.actor = f.manager;
        CustomersPage page(f.services(), f.dialogs());
        page.setSearchText(QStringLiteral("souza"));
        page.exportCustomers();
        auto *dialog = f.lastShown<ui::ExportDialog>();
        QVERIFY(dialog);
        const QString path = dir.filePath(QStringLiteral("souzas.csv"));
        dialog->setPath(path);
        QVERIFY(dialog->runExport());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("Ana"));
        QVERIFY(text.contains("Ann"));
        QVERIFY(!text.contains("Bob"));
    }

    void aClerkMayNotExportMergeOrErase()
    {
        CustomersPage page(f.services(), f.dialogs());
        page.exportCustomers();
        page.mergeCustomer(m_ana);
        page.erasePerson(m_ana);
        page.exportPerson(m_ana);
        QCOMPARE(f.notices.size(), 4);
        for (const QString &notice : std::as_const(f.notices))
            QVERIFY2(
                notice.contains(QLatin1String("Only a manager or the owner")), qPrintable(notice));
        QVERIFY(f.questions.isEmpty());
        QVERIFY(f.shown.isEmpty());
        QVERIFY(f.customers->findById(m_ana));
        auto denied = f.audit->entries(app::AuditAction::PermissionDenied);
        QVERIFY(denied);
        QCOMPARE(denied->size(), 4);
    }

    void mergeFoldsTheDuplicate()
    {
        f.actor = f.manager;
        CustomersPage page(f.services(), f.dialogs());
        page.mergeCustomer(m_ana);
        auto *dialog = f.lastShown<ui::MergeDialog>();
        QVERIFY(dialog);
        dialog->search(QStringLiteral("ann"));
        QVERIFY(dialog->chooseOther(m_ann));
        QVERIFY(dialog->merge());
        QVERIFY(!f.customers->findById(m_ann));
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.currentCustomerId(), m_ana);
    }

    void eraseAsksFirstThenErases()
    {
        f.actor = f.manager;
        CustomersPage page(f.services(), f.dialogs());
        page.showCustomer(m_ana);
        f.answer = false;
        page.erasePerson(m_ana);
        QCOMPARE(f.questions.size(), 1);
        QVERIFY(f.questions.constFirst().destructive);
        QVERIFY(f.questions.constFirst().text.contains(QLatin1String("Ana Souza")));
        QVERIFY(f.customers->findById(m_ana));
        f.answer = true;
        page.erasePerson(m_ana);
        QVERIFY(!f.customers->findById(m_ana));
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.currentCustomerId(), 0);
        auto suppressed = app::SuppressionList(*f.db).contains(QStringLiteral("+447400123456"));
        QVERIFY(suppressed);
        QVERIFY(*suppressed);
        QVERIFY(f.notices.constLast().contains(QLatin1String("erased")));
    }

    void personExportWritesTheirFiles()
    {
        QTemporaryDir dir;
        f.actor = f.manager;
        f.folderToChoose = dir.filePath(QStringLiteral("ana"));
        CustomersPage page(f.services(), f.dialogs());
        page.exportPerson(m_ana);
        QVERIFY(QFile::exists(QDir(f.folderToChoose).filePath(QStringLiteral("person.json"))));
        QVERIFY(f.notices.constLast().contains(QLatin1String("person.json")));
    }
};

RAPPORT_GUI_TEST_MAIN(TestCustomersPage)
#include "tst_customerspage.moc"
