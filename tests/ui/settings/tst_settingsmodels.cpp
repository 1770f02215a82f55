// The Settings page's models, each watched by QAbstractItemModelTester while it is filled,
// edited and emptied.
#include "RapportTest.h"

#include "app/policy/PolicyConfig.h"
#include "ui/settings/LegalRulesModel.h"
#include "ui/settings/StaffListModel.h"
#include "ui/settings/TemplateListModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTime>

using namespace rapport;
using namespace rapport::ui;

class TestSettingsModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void legalRules()
    {
        LegalRulesModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRules(app::PolicyConfig::defaults().legalRules);
        QCOMPARE(model.rowCount(), 4); // FR, US, US-CT, US-FL
        QCOMPARE(model.rules(), app::PolicyConfig::defaults().legalRules);
        const int fr = 0;
        QCOMPARE(model.index(fr, LegalRulesModel::Where).data().toString(),
            QStringLiteral("France (FR)"));
        QCOMPARE(model.index(fr, LegalRulesModel::Where).data(Qt::EditRole).toString(),
            QStringLiteral("FR"));
        QCOMPARE(model.index(3, LegalRulesModel::Where).data().toString(),
            QStringLiteral("United States, FL (US-FL)"));
        QCOMPARE(model.index(3, LegalRulesModel::LimitCount).data().toString(),
            QStringLiteral("3 texts"));
        QCOMPARE(
            model.index(3, LegalRulesModel::LimitDays).data().toString(), QStringLiteral("a day"));
        QCOMPARE(model.index(fr, LegalRulesModel::From).data().toString(), QStringLiteral("08:00"));
        QCOMPARE(model.index(fr, LegalRulesModel::NoSundays).data(Qt::CheckStateRole).toInt(),
            int(Qt::Checked));

        // Edits: hours (00:00 as the end means midnight), Sundays, a limit.
        QVERIFY(model.setData(model.index(fr, LegalRulesModel::Until), QTime(0, 0), Qt::EditRole));
        QVERIFY(model.setData(
            model.index(fr, LegalRulesModel::NoSundays), int(Qt::Unchecked), Qt::CheckStateRole));
        QVERIFY(!(model.flags(model.index(fr, LegalRulesModel::LimitDays)) & Qt::ItemIsEditable));
        QVERIFY(model.setData(model.index(fr, LegalRulesModel::LimitCount), 2, Qt::EditRole));
        QVERIFY(model.flags(model.index(fr, LegalRulesModel::LimitDays)) & Qt::ItemIsEditable);
        QVERIFY(model.setData(model.index(fr, LegalRulesModel::LimitDays), 7, Qt::EditRole));
        const app::LegalRule france = model.rules().value(QStringLiteral("FR"));
        QCOMPARE(france.window->end, app::DailyWindow::DaySeconds);
        QVERIFY(!france.noSundays);
        QCOMPARE(france.marketingCap, (app::FrequencyCap {2, 7 * 86400}));
        QVERIFY(model.setData(model.index(fr, LegalRulesModel::LimitCount), 0, Qt::EditRole));
        QVERIFY(!model.rules().value(QStringLiteral("FR")).marketingCap);

        const int added = model.addRule(QStringLiteral(" us "));
        QCOMPARE(model.index(added, LegalRulesModel::Where).data(Qt::EditRole).toString(),
            QStringLiteral("US"));
        QCOMPARE(model.duplicateCodes(), QStringList {QStringLiteral("US")});
        QVERIFY(model.setData(
            model.index(added, LegalRulesModel::Where), QStringLiteral("de"), Qt::EditRole));
        QVERIFY(model.duplicateCodes().isEmpty());
        model.removeRule(added);
        model.removeRule(99); // out of range: nothing
        QCOMPARE(model.rowCount(), 4);
        model.setRules({});
        QCOMPARE(model.rowCount(), 0);
    }

    void staffList()
    {
        StaffListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        app::StaffMember ada {1, QStringLiteral("Ada"), app::StaffRole::Owner, true, true, {}};
        app::StaffMember tom {2, QStringLiteral("Tom"), app::StaffRole::Staff, false, false, {}};
        model.setMembers({ada, tom});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Ada \u2014 Owner, PIN"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Tom \u2014 former staff"));
        QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(1, 0).data(StaffListModel::IdRole).toLongLong(), 2);
        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.rowOf(9), -1);
        model.setMembers({});
        QCOMPARE(model.rowCount(), 0);
    }

    void templateList()
    {
        TemplateListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        app::StoredTemplate ready;
        ready.id = 4;
        ready.name = QStringLiteral("Ready");
        ready.body = QStringLiteral("Your order is ready.");
        ready.purpose = app::MessagePurpose::Service;
        ready.isSavedReply = true;
        model.setTemplates({ready});
        QCOMPARE(model.index(0, 0).data().toString(),
            QStringLiteral("Ready \u2014 Service, quick reply"));
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), ready.body);
        QCOMPARE(model.rowOf(4), 0);
        model.setTemplates({});
        QCOMPARE(model.rowCount(), 0);
    }
};

RAPPORT_GUI_TEST_MAIN(TestSettingsModels)
#include "tst_settingsmodels.moc"
