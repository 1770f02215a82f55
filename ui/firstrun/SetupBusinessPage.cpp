#include "ui/firstrun/SetupBusinessPage.h"

#include "app/settings/BusinessSettings.h"
#include "ui/settings/SettingsForm.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rapport::ui {

SetupBusinessPage::SetupBusinessPage(QWidget *parent)
    : QWizardPage(parent)
    , m_name(new QLineEdit(this))
    , m_problem(SettingsForm::hint(QString(), this))
{
    setObjectName(QStringLiteral("businessPage"));
    setTitle(tr("Welcome to Rapport"));
    setSubTitle(tr("Rapport texts your customers through a modem plugged into this computer. "
                   "A few questions and you are ready; nothing is saved until the end."));
    m_name->setObjectName(QStringLiteral("businessName"));
    m_name->setPlaceholderText(tr("e.g. Salon Ana"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *formBox = new QWidget(this);
    formBox->setLayout(form);
    SettingsForm::addRow(form, tr("Business &name:"), m_name,
        tr("The name customers know you by. Marketing texts start with it, for example "
           "\u201cSalon Ana: \u2026\u201d."));
    m_problem->setObjectName(QStringLiteral("problem"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(formBox);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        const QString name = m_name->text().trimmed();
        m_problem->setText(name.size() > app::BusinessSettings::MaxNameLength
                ? tr("Keep the name under %1 characters; it goes into texts, where every "
                     "character counts.")
                      .arg(app::BusinessSettings::MaxNameLength)
                : QString());
        Q_EMIT completeChanged();
    });
}

SetupBusinessPage::~SetupBusinessPage() = default;

QString SetupBusinessPage::businessName() const
{
    return m_name->text().trimmed();
}

bool SetupBusinessPage::isComplete() const
{
    const QString name = businessName();
    return !name.isEmpty() && name.size() <= app::BusinessSettings::MaxNameLength;
}

} // namespace rapport::ui
