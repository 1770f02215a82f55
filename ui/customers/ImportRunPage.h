#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace rapport::ui {

class ImportResultsModel;
class ImportWizard;

// Step 4: the import itself, then what became of every row. The importer hands control back to
// the event loop every few hundred rows, so the window keeps painting and "Cancel import" works;
// a cancelled import changes nothing. The skipped rows can be saved as a CSV file with a
// "Problem" column, to correct and import again.
class ImportRunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRunPage)
public:
    explicit ImportRunPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    void cancel() { m_cancelled = true; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool succeeded() const { return m_succeeded; }
    [[nodiscard]] ImportResultsModel *results() const { return m_results; }
    [[nodiscard]] QString summaryText() const;
    // Asks where to save the skipped rows and writes them; the written path, or empty.
    QString saveErrorsFile();

private:
    void run();

    ImportWizard *m_wizard;
    ImportResultsModel *m_results;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QCheckBox *m_onlyProblems;
    QTableView *m_table;
    QPushButton *m_saveErrors;
    QLabel *m_saved;
    bool m_running = false;
    bool m_finished = false;
    bool m_succeeded = false;
    bool m_cancelled = false;
};

} // namespace rapport::ui
