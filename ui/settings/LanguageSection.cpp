#include "ui/settings/LanguageSection.h"

#include "ui/settings/LanguageChoice.h"
#include "ui/settings/SettingsForm.h"

#include <QComboBox>
#include <QFormLayout>

namespace rapport::ui {

LanguageSection::LanguageSection(QWidget *parent)
    : SettingsSection(QStringLiteral("language"), tr("Language"),
        tr("The language of Rapport's windows on this computer. Texts to customers are not "
           "translated: they go out as you write them."),
        parent)
    , m_language(new QComboBox(this))
{
    m_language->setObjectName(QStringLiteral("language"));
    for (const LanguageChoice::Language &language : LanguageChoice::available())
        m_language->addItem(language.name, language.code);
    auto *formBox = new QWidget(this);
    formBox->setMaximumWidth(fontMetrics().averageCharWidth() * 90);
    QFormLayout *form = SettingsForm::makeForm(formBox);
    SettingsForm::addRow(
        form, tr("&Language:"), m_language, tr("Rapport uses the new language after it restarts."));
    contentLayout()->addWidget(formBox);
    contentLayout()->addStretch(1);
    connect(m_language, &QComboBox::currentIndexChanged, this, &LanguageSection::edited);
    reload();
}

LanguageSection::~LanguageSection() = default;

void LanguageSection::load()
{
    const int index = m_language->findData(LanguageChoice::stored());
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

Result<void, QString> LanguageSection::save()
{
    LanguageChoice::store(m_language->currentData().toString());
    return {};
}

QString LanguageSection::refusal(const app::Actor &) const
{
    return {};
}

QString LanguageSection::savedText() const
{
    return tr("Saved. Close and open Rapport again to see it in the new language.");
}

} // namespace rapport::ui
