#pragma once

#include "app/importing/ImportMapping.h"
#include "app/importing/ImportReport.h"
#include "app/importing/ImportTable.h"
#include "app/staff/Actor.h"
#include "ui/customers/CustomerDialogs.h"

#include <QWizard>

#include <functional>

namespace rapport::app {
class AuditLog;
class CustomerRepository;
class Database;
} // namespace rapport::app

namespace rapport::ui {

class ImportFilePage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportRunPage;

// Imports customers from a CSV or vCard file in four steps: the file (read on a worker thread),
// the meaning of each column, a preview (a dry run of the first rows, nothing saved), and the
// import itself with a progress bar that can be cancelled, then what became of every row and
// the skipped rows as a file to correct and import again.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)
public:
    enum PageId { FilePage, MappingPage, PreviewPage, RunPage };
    static constexpr int PreviewRows = 50;

    struct Services
    {
        app::Database &database;
        app::AuditLog &audit;
        app::CustomerRepository &customers; // for the custom fields a column can fill
        std::function<app::Actor()> actor;
        QString region;
    };

    ImportWizard(Services services, CustomerDialogs dialogs, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // What the pages share.
    [[nodiscard]] const Services &services() const { return m_services; }
    [[nodiscard]] const CustomerDialogs &dialogs() const { return m_dialogs; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] const app::ImportTable &table() const { return m_table; }
    void setTable(const QString &path, app::ImportTable table);
    [[nodiscard]] app::ImportMapping &mapping() { return m_mapping; }
    [[nodiscard]] QString consentWording() const { return m_consentWording; }
    void setConsentWording(const QString &wording) { m_consentWording = wording; }
    [[nodiscard]] QHash<QString, qint64> customFieldIds() const;

    ImportFilePage *filePage() const { return m_filePage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportRunPage *runPage() const { return m_runPage; }

public Q_SLOTS:
    // While the import runs, closing cancels it instead (nothing is then imported).
    void reject() override;

Q_SIGNALS:
    // The import was committed: the customer list should be read again.
    void imported(const rapport::app::ImportReport &report);

private:
    Services m_services;
    CustomerDialogs m_dialogs;
    QString m_path;
    app::ImportTable m_table;
    app::ImportMapping m_mapping;
    QString m_consentWording;
    ImportFilePage *m_filePage;
    ImportMappingPage *m_mappingPage;
    ImportPreviewPage *m_previewPage;
    ImportRunPage *m_runPage;
};

} // namespace rapport::ui
