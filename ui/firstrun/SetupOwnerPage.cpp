#include "ui/firstrun/SetupOwnerPage.h"

#include "app/phone/PhoneNumbers.h"
#include "app/settings/BusinessSettings.h"
#include "app/staff/StaffDirectory.h"
#include "ui/firstrun/SetupRegionPage.h"
#include "ui/settings/SettingsForm.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace rapport::ui {

SetupOwnerPage::SetupOwnerPage(const SetupRegionPage &regionPage, QWidget *parent)
    : QWizardPage(parent)
    , m_regionPage(regionPage)
    , m_name(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_pinAgain(new QLineEdit(this))
    , m_mobile(new QLineEdit(this))
    , m_mobileNote(nullptr)
    , m_problems(SettingsForm::hint(QString(), this))
{
    setObjectName(QStringLiteral("ownerPage"));
    setTitle(tr("About you"));
    setSubTitle(tr("You are the owner: you manage the staff list and the settings. Add the rest "
                   "of your team later under Settings, Staff. Rapport sends a test text to your "
                   "mobile at the end."));
    m_name->setObjectName(QStringLiteral("ownerName"));
    m_pin->setObjectName(QStringLiteral("ownerPin"));
    m_pinAgain->setObjectName(QStringLiteral("ownerPinAgain"));
    m_mobile->setObjectName(QStringLiteral("ownerMobile"));
    m_mobile->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    const auto *digits
        = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), this);
    for (QLineEdit *pin : {m_pin, m_pinAgain}) {
        pin->setEchoMode(QLineEdit::Password);
        pin->setValidator(digits);
        pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
        pin->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    }
    auto *formBox = new QWidget(this);
    QFormLayout *form = SettingsForm::makeForm(formBox);
    SettingsForm::addRow(form, tr("Your &name:"), m_name, tr("As your team knows you."));
    SettingsForm::addRow(form, tr("&PIN:"), m_pin,
        tr("Optional: 4 to 8 digits, so nobody else can switch to your name."));
    SettingsForm::addRow(form, tr("&Repeat the PIN:"), m_pinAgain);
    m_mobileNote = SettingsForm::addRow(form, tr("Your &mobile:"), m_mobile,
        tr("Optional, for the test text."), tr("Your mobile number"));
    m_problems->setObjectName(QStringLiteral("problems"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(formBox);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    for (QLineEdit *edit : {m_name, m_pin, m_pinAgain, m_mobile})
        connect(edit, &QLineEdit::textChanged, this, &SetupOwnerPage::update);
}

SetupOwnerPage::~SetupOwnerPage() = default;

void SetupOwnerPage::initializePage()
{
    update(); // the country may have changed how the number reads
}

QString SetupOwnerPage::ownerName() const
{
    return m_name->text().trimmed();
}

QString SetupOwnerPage::pin() const
{
    return m_pin->text();
}

QString SetupOwnerPage::mobileE164() const
{
    if (m_mobile->text().trimmed().isEmpty())
        return {};
    const auto parsed = app::PhoneNumbers::parse(m_mobile->text(), m_regionPage.region());
    return parsed.isValid() ? parsed.e164 : QString();
}

QStringList SetupOwnerPage::problems() const
{
    QStringList found;
    if (!m_pin->text().isEmpty() && !app::StaffDirectory::isWellFormedPin(m_pin->text()))
        found.append(tr("PIN: a PIN is 4 to 8 digits. Leave it empty to sign in without one."));
    else if (m_pin->text() != m_pinAgain->text())
        found.append(tr("PIN: the two PINs are not the same. Type it again in both fields."));
    if (const QString mobile
        = app::BusinessSettings::mobileProblem(m_mobile->text(), m_regionPage.region());
        !mobile.isEmpty())
        found.append(tr("Your mobile: %1").arg(mobile));
    return found;
}

bool SetupOwnerPage::isComplete() const
{
    return !ownerName().isEmpty() && problems().isEmpty();
}

void SetupOwnerPage::update()
{
    m_problems->setText(problems().join(u'\n'));
    const QString e164 = mobileE164();
    m_mobileNote->setText(e164.isEmpty()
            ? tr("Optional, for the test text.")
            : tr("Reads as %1.").arg(app::PhoneNumbers::formatInternational(e164)));
    Q_EMIT completeChanged();
}

} // namespace rapport::ui
