#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace rapport::ui {

// First-run page 1: a welcome and the business's name.
class SetupBusinessPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupBusinessPage)
public:
    explicit SetupBusinessPage(QWidget *parent = nullptr);
    ~SetupBusinessPage() override;

    [[nodiscard]] QString businessName() const;
    [[nodiscard]] bool isComplete() const override;

private:
    QLineEdit *m_name;
    QLabel *m_problem;
};

} // namespace rapport::ui
