#pragma once

// The services the Settings page works with, over a fresh in-memory database per test, with an
// owner on the staff list and PINs hashed with libsodium's cheapest limits so hashing is
// instant. Dialogs are answered by FakeSettingsDialogs.

#include "app/audit/AuditLog.h"
#include "app/settings/SettingsStore.h"
#include "app/staff/StaffDirectory.h"
#include "app/storage/Database.h"
#include "app/templates/TemplateRepository.h"
#include "ui/settings/SettingsDialogs.h"
#include "ui/settings/SettingsServices.h"

#include <QStringList>
#include <QTimeZone>

#include <memory>

namespace rapport::test {

class FakeSettingsDialogs final : public ui::SettingsDialogs
{
public:
    QString backupFile; // what the "save as" dialog answers
    QString restoreFile;
    bool confirmAnswer = true;
    QStringList asked; // titles of the confirmations shown

    QString chooseBackupFile(QWidget *, const QString &suggested) override
    {
        suggestedBackup = suggested;
        return backupFile;
    }
    QString chooseRestoreFile(QWidget *, const QString &) override { return restoreFile; }
    bool confirm(QWidget *, const QString &title, const QString &text, const QString &) override
    {
        asked.append(title);
        lastText = text;
        return confirmAnswer;
    }
    QString suggestedBackup;
    QString lastText;
};

class SettingsFixture
{
public:
    // An empty string when the database opened, else why not. With an owner on the staff list.
    QString open(const QString &path = {})
    {
        if (QString problem = openEmpty(path); !problem.isEmpty())
            return problem;
        auto id = staff->add(app::Actor::commandLine(), QStringLiteral("Ada"),
            app::StaffRole::Owner, QStringLiteral("2468"));
        if (!id)
            return id.error().describe();
        ownerId = *id;
        return {};
    }

    // The same with nobody on the staff list yet (a first run).
    QString openEmpty(const QString &path = {})
    {
        static int opened = 0;
        const QString name = QStringLiteral("settings-test-%1").arg(++opened);
        auto db
            = path.isEmpty() ? app::Database::openInMemory(name) : app::Database::open(path, name);
        if (!db)
            return db.error().describe();
        m_now = QDateTime(QDate(2026, 2, 3), QTime(9, 0), QTimeZone::utc());
        database = std::move(*db);
        audit = std::make_unique<app::AuditLog>(*database, [this] { return m_now; });
        settings = std::make_unique<app::SettingsStore>(*database);
        staff = std::make_unique<app::StaffDirectory>(
            *database, *audit, [this] { return m_now; },
            app::PinHasher(app::PinHasher::cheapest()));
        templates = std::make_unique<app::TemplateRepository>(*database);
        ownerId = 0;
        return {};
    }

    void close()
    {
        templates.reset();
        staff.reset();
        settings.reset();
        audit.reset();
        database.reset();
    }

    ui::SettingsServices services()
    {
        return ui::SettingsServices {
            *database, *settings, *audit, *staff, *templates, [this] { return m_now; }};
    }
    app::Actor owner() const
    {
        return app::Actor::staffMember(ownerId, app::StaffRole::Owner, QStringLiteral("Ada"));
    }
    qint64 add(const QString &name, app::StaffRole role, const QString &pin = {})
    {
        auto id = staff->add(owner(), name, role, pin);
        return id ? *id : 0;
    }
    int auditCount(const QString &action, const QString &subjectPrefix = {}) const
    {
        auto entries = audit->entries(action, 1000);
        if (!entries)
            return -1;
        int count = 0;
        for (const app::AuditEntry &entry : *entries)
            count += entry.subject.startsWith(subjectPrefix) ? 1 : 0;
        return count;
    }

    std::unique_ptr<app::Database> database;
    std::unique_ptr<app::AuditLog> audit;
    std::unique_ptr<app::SettingsStore> settings;
    std::unique_ptr<app::StaffDirectory> staff;
    std::unique_ptr<app::TemplateRepository> templates;
    qint64 ownerId = 0;
    QDateTime m_now;
};

} // namespace rapport::test
