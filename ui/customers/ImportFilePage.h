#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QThread;

namespace rapport::ui {

class ImportWizard;

// Step 1: the file. Reading and decoding it happens on a worker thread, so a large file never
// freezes the window; the page says what was found (rows, columns, encoding) or, when the file
// cannot be used, why and what to do.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFilePage)
public:
    explicit ImportFilePage(ImportWizard *wizard);
    ~ImportFilePage() override;

    // Reads `path` (CSV, or vCard when it ends in .vcf); the page completes when it is read.
    void readFile(const QString &path);
    [[nodiscard]] bool isReading() const { return m_reader != nullptr; }
    [[nodiscard]] QString statusText() const;

    bool isComplete() const override;

private:
    void choose();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QLabel *m_status;
    QThread *m_reader = nullptr;
    bool m_ready = false;
};

} // namespace rapport::ui
