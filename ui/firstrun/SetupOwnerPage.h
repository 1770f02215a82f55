#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace rapport::ui {

class SetupRegionPage;

// First-run page 4: the owner — their name, an optional PIN to switch user with, and their own
// mobile for the test text (checked as a mobile number of the shop's country, or with a
// country code).
class SetupOwnerPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupOwnerPage)
public:
    explicit SetupOwnerPage(const SetupRegionPage &regionPage, QWidget *parent = nullptr);
    ~SetupOwnerPage() override;

    [[nodiscard]] QString ownerName() const;
    [[nodiscard]] QString pin() const;
    // E.164, or empty when none (or none that can be texted) was given.
    [[nodiscard]] QString mobileE164() const;
    [[nodiscard]] bool isComplete() const override;
    void initializePage() override;

private:
    [[nodiscard]] QStringList problems() const;
    void update();

    const SetupRegionPage &m_regionPage;
    QLineEdit *m_name;
    QLineEdit *m_pin;
    QLineEdit *m_pinAgain;
    QLineEdit *m_mobile;
    QLabel *m_mobileNote;
    QLabel *m_problems;
};

} // namespace rapport::ui
