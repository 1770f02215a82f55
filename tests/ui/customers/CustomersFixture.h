#pragma once

// An in-memory customer book with the services the customers page uses, two members of staff
// (a clerk and a manager), and dialog seams that record what was asked and answer on cue.

#include "app/audit/AuditLog.h"
#include "app/consent/ConsentLedger.h"
#include "app/customers/CustomerRepository.h"
#include "app/segments/SegmentRepository.h"
#include "app/staff/Actor.h"
#include "app/storage/Database.h"
#include "ui/customers/CustomerDialogs.h"
#include "ui/customers/CustomersPage.h"

#include <QDialog>
#include <QPointer>
#include <QSqlQuery>
#include <QTimeZone>

#include <memory>

namespace rapport::test {

struct CustomersFixture
{
    std::unique_ptr<app::Database> db;
    std::unique_ptr<app::AuditLog> audit;
    std::unique_ptr<app::CustomerRepository> customers;
    std::unique_ptr<app::ConsentLedger> consent;
    std::unique_ptr<app::SegmentRepository> segments;
    QDateTime now = QDateTime(QDate(2025, 3, 14), QTime(9, 0), QTimeZone::utc());
    app::Actor actor;
    app::Actor clerk;
    app::Actor manager;

    // What the dialog seams were asked, and how the next questions are answered.
    QList<QPointer<QDialog>> shown;
    QStringList notices;
    QList<ui::Confirmation> questions;
    bool answer = true;
    QString fileToOpen;
    QString fileToSave;
    QString folderToChoose;

    bool open(const QString &connectionName)
    {
        auto opened = app::Database::openInMemory(connectionName);
        if (!opened) {
            qWarning("cannot open: %s", qPrintable(opened.error().detail));
            return false;
        }
        db = std::move(*opened);
        const auto clock = [this] { return now; };
        audit = std::make_unique<app::AuditLog>(*db, clock);
        customers = std::make_unique<app::CustomerRepository>(*db, QStringLiteral("GB"), clock);
        consent = std::make_unique<app::ConsentLedger>(*db, *audit, clock);
        segments = std::make_unique<app::SegmentRepository>(*db, clock);
        clerk = addStaff(QStringLiteral("Sam"), app::StaffRole::Staff);
        manager = addStaff(QStringLiteral("Maria"), app::StaffRole::Manager);
        actor = clerk;
        return clerk.staffId > 0 && manager.staffId > 0;
    }

    app::Actor addStaff(const QString &name, app::StaffRole role)
    {
        QSqlQuery query(db->connection());
        query.prepare(QStringLiteral("INSERT INTO staff (name, role, created_at)"
                                     " VALUES (?, ?, '2025-01-01T00:00:00.000Z')"));
        query.addBindValue(name);
        query.addBindValue(app::staffRoleKey(role));
        if (!query.exec())
            return {};
        return app::Actor::staffMember(query.lastInsertId().toLongLong(), role, name);
    }

    ui::CustomersPage::Services services()
    {
        return ui::CustomersPage::Services {*db, *customers, *consent, *segments, *audit,
            [this] { return actor; }, QStringLiteral("GB"),
            [] { return QStringLiteral("Salon Test"); }, [this] { return now.date(); }};
    }

    ui::CustomerDialogs dialogs()
    {
        ui::CustomerDialogs d;
        d.openFile = [this](QWidget *, const QString &, const QString &) { return fileToOpen; };
        d.saveFile = [this](QWidget *, const QString &, const QString &, const QString &) {
            return fileToSave;
        };
        d.chooseFolder = [this](QWidget *, const QString &) { return folderToChoose; };
        d.confirm
            = [this](QWidget *, const ui::Confirmation &question, std::function<void(bool)> reply) {
                  questions << question;
                  reply(answer);
              };
        d.inform = [this](QWidget *, const QString &, const QString &text) { notices << text; };
        d.show = [this](QDialog *dialog) {
            shown << dialog;
            dialog->show();
        };
        return d;
    }

    template<typename Dialog>
    Dialog *lastShown() const
    {
        for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
            if (auto *dialog = qobject_cast<Dialog *>(it->data()))
                return dialog;
        }
        return nullptr;
    }

    qint64 mustAdd(const QString &first, const QString &last, const QString &phone = {},
        const QStringList &tags = {})
    {
        app::Customer c;
        c.firstName = first;
        c.lastName = last;
        c.phoneE164 = phone;
        c.tags = tags;
        auto id = customers->add(c);
        if (!id)
            qFatal("add failed: %s", qPrintable(id.error().describe()));
        return *id;
    }

    void close()
    {
        segments.reset();
        consent.reset();
        customers.reset();
        audit.reset();
        db.reset();
    }
};

} // namespace rapport::test
