#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace rapport::ui {

class ImportWizard;

// Step 2: what each column of the file holds. Each column gets a guess (from its heading, in
// several languages) that the user can change; the page says what stops the import (no name
// and no number column, a column used twice) and asks for the consent wording when a column
// is imported as consent.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportMappingPage)
public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The "Import as" choice of column `column` (for tests and keyboard users alike).
    [[nodiscard]] QComboBox *targetBox(int column) const;
    [[nodiscard]] QString problemsText() const;

private:
    void targetChanged();
    [[nodiscard]] bool mapsConsent() const;

    ImportWizard *m_wizard;
    QTableWidget *m_columns;
    QLabel *m_problems;
    QLabel *m_wordingLabel;
    QPlainTextEdit *m_wording;
};

} // namespace rapport::ui
