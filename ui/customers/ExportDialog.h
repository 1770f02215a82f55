#pragma once

#include "app/customers/CustomField.h"
#include "app/customers/CustomerListQuery.h"
#include "app/exporting/CustomerExporter.h"
#include "ui/customers/CustomerDialogs.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace rapport::app {
class AuditLog;
class Database;
} // namespace rapport::app

namespace rapport::ui {

// Exports customers to a CSV file: everyone or the customers the list shows now, with the
// chosen columns. The export runs in pages with a progress bar that can be cancelled (the
// window keeps working meanwhile); a cancelled export writes no file.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    struct Scope
    {
        qint64 allCount = 0;
        app::CustomerPredicate shown; // the list's filter now
        qint64 shownCount = 0;
        QString shownDescription; // "New" or "matching “sm”"; empty when the list is unfiltered
    };

    ExportDialog(app::Database &database, app::AuditLog &audit, std::function<app::Actor()> actor,
        CustomerDialogs dialogs, const QList<app::CustomField> &fields, Scope scope,
        QWidget *parent = nullptr);

    void setPath(const QString &path);
    void setExportShown(bool shown);
    [[nodiscard]] QList<app::ExportColumn> columns() const;
    // Runs the export; false when it failed or was cancelled (the reason is shown).
    bool runExport();
    void cancel() { m_cancelled = true; }
    [[nodiscard]] bool isRunning() const { return m_running; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void exported(const QString &path, qint64 customers);

private:
    void choosePath();

    app::Database &m_database;
    app::AuditLog &m_audit;
    std::function<app::Actor()> m_actor;
    CustomerDialogs m_dialogs;
    Scope m_scope;
    QList<app::ExportColumn> m_available;
    QRadioButton *m_all;
    QRadioButton *m_shown;
    QListWidget *m_columns;
    QLineEdit *m_path;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace rapport::ui
