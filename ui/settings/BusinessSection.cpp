#include "ui/settings/BusinessSection.h"

#include "app/phone/PhoneNumbers.h"
#include "app/settings/BusinessSettings.h"
#include "ui/settings/RegionComboBox.h"
#include "ui/settings/SettingsForm.h"
#include "ui/settings/TimeZoneComboBox.h"

#include <QFormLayout>
#include <QLineEdit>

namespace rapport::ui {

BusinessSection::BusinessSection(const SettingsServices &services, QWidget *parent)
    : SettingsSection(QStringLiteral("business"), tr("Business"),
        tr("Who you are to your customers, and where: the country decides how phone numbers "
           "typed without a country code are read, the time zone when your sending hours "
           "start."),
        parent)
    , m_services(services)
    , m_name(new QLineEdit(this))
    , m_region(new RegionComboBox(this))
    , m_zone(new TimeZoneComboBox(this))
    , m_mobile(new QLineEdit(this))
{
    m_name->setObjectName(QStringLiteral("businessName"));
    m_name->setMaxLength(app::BusinessSettings::MaxNameLength + 20);
    m_name->setPlaceholderText(tr("e.g. Salon Ana"));
    m_region->setObjectName(QStringLiteral("region"));
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_mobile->setObjectName(QStringLiteral("ownerMobile"));
    m_mobile->setInputMethodHints(Qt::ImhDialableCharactersOnly);

    auto *formBox = new QWidget(content());
    formBox->setMaximumWidth(fontMetrics().averageCharWidth() * 100);
    QFormLayout *form = SettingsForm::makeForm(formBox);
    SettingsForm::addRow(form, tr("Business &name:"), m_name,
        tr("Marketing texts start with it, for example \u201cSalon Ana: \u2026\u201d."));
    SettingsForm::addRow(form, tr("&Country:"), m_region,
        tr("Numbers typed without a country code are read as numbers from this country."));
    SettingsForm::addRow(
        form, tr("&Time zone:"), m_zone, tr("Your sending hours are in this time zone."));
    SettingsForm::addRow(form, tr("Your &mobile:"), m_mobile,
        tr("Optional. Rapport sends test texts here."), tr("Owner's mobile number"));
    contentLayout()->addWidget(formBox);
    contentLayout()->addStretch(1);

    connect(m_name, &QLineEdit::textChanged, this, &BusinessSection::edited);
    connect(m_region, &RegionComboBox::regionChanged, this, [this](const QString &code) {
        if (!isLoading() && !code.isEmpty())
            m_zone->suggestFor(code);
        edited();
    });
    connect(m_zone, &TimeZoneComboBox::zoneChanged, this, &BusinessSection::edited);
    connect(m_mobile, &QLineEdit::textChanged, this, &BusinessSection::edited);
    reload();
}

BusinessSection::~BusinessSection() = default;

void BusinessSection::load()
{
    const app::BusinessProfile profile = app::BusinessProfile::load(m_services.settings);
    m_name->setText(profile.name);
    m_region->setRegion(profile.region);
    m_zone->setZone(profile.zone);
    const QString mobile = app::BusinessSettings::ownerMobile(m_services.settings);
    // National form for a number of the shop's own country, international otherwise, so it
    // reads back to the same number.
    const auto parsed = app::PhoneNumbers::parse(mobile, profile.region);
    m_mobile->setText(mobile.isEmpty()        ? QString()
            : parsed.region == profile.region ? parsed.national
                                              : parsed.international);
}

QStringList BusinessSection::problems() const
{
    app::BusinessProfile profile {m_name->text(), m_region->region(), m_zone->zone()};
    QStringList found = app::BusinessSettings::problems(profile);
    const QString region = profile.region.isEmpty() ? QStringLiteral("US") : profile.region;
    if (const QString mobile = app::BusinessSettings::mobileProblem(m_mobile->text(), region);
        !mobile.isEmpty())
        found.append(tr("Your mobile: %1").arg(mobile));
    return found;
}

Result<void, QString> BusinessSection::save()
{
    const app::BusinessProfile profile {m_name->text(), m_region->region(), m_zone->zone()};
    const QString e164 = m_mobile->text().trimmed().isEmpty()
        ? QString()
        : app::PhoneNumbers::parse(m_mobile->text(), profile.region).e164;
    return app::BusinessSettings::saveProfile(
        m_services.database, m_services.settings, m_services.audit, actor(), profile, e164);
}

} // namespace rapport::ui
