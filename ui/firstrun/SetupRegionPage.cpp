#include "ui/firstrun/SetupRegionPage.h"

#include "ui/settings/RegionComboBox.h"
#include "ui/settings/SettingsForm.h"
#include "ui/settings/TimeZoneComboBox.h"

#include <QFormLayout>
#include <QLocale>
#include <QVBoxLayout>

namespace rapport::ui {

SetupRegionPage::SetupRegionPage(QWidget *parent)
    : QWizardPage(parent)
    , m_region(new RegionComboBox(this))
    , m_zone(new TimeZoneComboBox(this))
    , m_note(SettingsForm::hint(QString(), this))
{
    setObjectName(QStringLiteral("regionPage"));
    setTitle(tr("Where is your shop?"));
    setSubTitle(tr("Phone numbers typed without a country code are read as numbers from this "
                   "country, and your sending hours follow this time zone."));
    m_region->setObjectName(QStringLiteral("region"));
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_region->setRegion(RegionComboBox::systemRegion());
    m_zone->setZone(QTimeZone::systemTimeZone());
    auto *formBox = new QWidget(this);
    QFormLayout *form = SettingsForm::makeForm(formBox);
    SettingsForm::addRow(form, tr("&Country:"), m_region,
        tr("Type to search, e.g. \u201cKing\u201d "
           "finds the United Kingdom."));
    SettingsForm::addRow(form, tr("&Time zone:"), m_zone);
    m_note->setObjectName(QStringLiteral("zoneNote"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(formBox);
    layout->addWidget(m_note);
    layout->addStretch(1);
    connect(m_region, &RegionComboBox::regionChanged, this, [this](const QString &code) {
        if (!code.isEmpty())
            m_zone->suggestFor(code);
        updateNote();
        Q_EMIT completeChanged();
    });
    connect(m_zone, &TimeZoneComboBox::zoneChanged, this, [this] {
        updateNote();
        Q_EMIT completeChanged();
    });
    m_zone->suggestFor(m_region->region());
    updateNote();
}

SetupRegionPage::~SetupRegionPage() = default;

QString SetupRegionPage::region() const
{
    return m_region->region();
}

QTimeZone SetupRegionPage::zone() const
{
    return m_zone->zone();
}

bool SetupRegionPage::isComplete() const
{
    return !region().isEmpty() && zone().isValid();
}

void SetupRegionPage::updateNote()
{
    const QString code = region();
    if (code.isEmpty()) {
        m_note->setText(tr("Choose your country from the list."));
        return;
    }
    if (!zone().isValid()) {
        m_note->setText(tr("Choose your time zone from the list."));
        return;
    }
    const auto zones = QTimeZone::availableTimeZoneIds(QLocale::codeToTerritory(code));
    m_note->setText(zones.size() > 1 ? tr("%1 has several time zones: check that this is yours.")
                                           .arg(RegionComboBox::nameOf(code))
                                     : QString());
}

} // namespace rapport::ui
