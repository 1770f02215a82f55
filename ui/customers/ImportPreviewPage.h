#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;

namespace rapport::ui {

class ImportResultsModel;
class ImportWizard;

// Step 3: a dry run of the first rows through the real import (nothing is saved), so the user
// sees what will be added, merged and skipped, and why, before committing.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewPage)
public:
    explicit ImportPreviewPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    [[nodiscard]] ImportResultsModel *results() const { return m_results; }
    [[nodiscard]] QString summaryText() const;

private:
    ImportWizard *m_wizard;
    ImportResultsModel *m_results;
    QLabel *m_summary;
    QTableView *m_table;
    bool m_ok = false;
};

} // namespace rapport::ui
