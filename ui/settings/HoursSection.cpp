#include "ui/settings/HoursSection.h"

#include "app/policy/PolicyConfigStore.h"
#include "app/settings/BusinessSettings.h"
#include "ui/settings/SettingsForm.h"
#include "ui/settings/WeeklyHoursGrid.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

HoursSection::HoursSection(const SettingsServices &services, QWidget *parent)
    : SettingsSection(QStringLiteral("hours"), tr("Sending hours"),
        tr("When Rapport may send texts, in your shop's time zone. A text asked for outside these "
           "hours waits until they open. Replies to a customer who wrote to you go at any "
           "hour."),
        parent)
    , m_services(services)
    , m_grid(new WeeklyHoursGrid(
          {tr("Reminders and other service texts"), tr("Marketing texts")}, this))
    , m_holidays(new QListWidget(this))
    , m_newHoliday(new QDateEdit(this))
    , m_addHoliday(new QPushButton(tr("&Add day"), this))
    , m_removeHoliday(new QPushButton(tr("Re&move day"), this))
{
    m_grid->setObjectName(QStringLiteral("hoursGrid"));
    contentLayout()->addWidget(m_grid);
    contentLayout()->addSpacing(16);

    contentLayout()->addWidget(SettingsForm::heading(tr("Days without marketing"), this));
    contentLayout()->addWidget(SettingsForm::hint(
        tr("Closing days and holidays: no marketing texts go out on these days. Service "
           "texts and replies still do."),
        this));
    m_holidays->setObjectName(QStringLiteral("holidays"));
    m_holidays->setAccessibleName(tr("Days without marketing"));
    m_holidays->setMaximumHeight(fontMetrics().height() * 8);
    m_holidays->setMaximumWidth(fontMetrics().averageCharWidth() * 40);
    m_holidays->setWordWrap(true); // the line shown while it is empty is longer than a date
    m_holidays->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_newHoliday->setCalendarPopup(true);
    m_newHoliday->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_newHoliday->setAccessibleName(tr("Day to add"));
    m_newHoliday->setDate(services.now().date());
    m_addHoliday->setAccessibleName(tr("Add day without marketing"));
    m_removeHoliday->setAccessibleName(tr("Remove the chosen day"));
    auto *adding = new QHBoxLayout;
    adding->addWidget(m_newHoliday);
    adding->addWidget(m_addHoliday);
    adding->addWidget(m_removeHoliday);
    adding->addStretch(1);
    contentLayout()->addLayout(adding);
    contentLayout()->addWidget(m_holidays);
    contentLayout()->addStretch(1);

    connect(m_grid, &WeeklyHoursGrid::changed, this, &HoursSection::edited);
    connect(m_addHoliday, &QPushButton::clicked, this, &HoursSection::addHoliday);
    connect(m_removeHoliday, &QPushButton::clicked, this, &HoursSection::removeHoliday);
    connect(m_holidays, &QListWidget::currentRowChanged, this,
        [this](int row) { m_removeHoliday->setEnabled(row >= 0); });
    reload();
}

HoursSection::~HoursSection() = default;

void HoursSection::load()
{
    const auto stored = app::PolicyConfigStore(m_services.settings).load();
    const app::PolicyConfig config = stored ? *stored : app::PolicyConfig::defaults();
    m_loadProblem = stored ? QString() : stored.error().describe();
    m_grid->setSchedule(0, config.serviceHours);
    m_grid->setSchedule(1, config.marketingHours);
    showHolidays(config.businessHolidays);
    if (!m_loadProblem.isEmpty())
        showStatus(m_loadProblem, true);
}

app::PolicyConfig HoursSection::withEdits(app::PolicyConfig config) const
{
    config.serviceHours = m_grid->schedule(0);
    config.marketingHours = m_grid->schedule(1);
    config.businessHolidays = holidays();
    return config;
}

QStringList HoursSection::problems() const
{
    QStringList found = m_grid->problems();
    if (m_grid->schedule(0) == app::WeeklySchedule {})
        found.append(tr("Service texts: tick at least one day, or reminders would never go."));
    return found;
}

Result<void, QString> HoursSection::save()
{
    const app::PolicyConfig config
        = withEdits(app::PolicyConfigStore(m_services.settings).loadOrDefaults());
    return app::BusinessSettings::savePolicy(
        m_services.settings, m_services.audit, actor(), config);
}

void HoursSection::addHoliday()
{
    QList<QDate> days = holidays();
    const QDate day = m_newHoliday->date();
    if (days.contains(day))
        return;
    days.append(day);
    showHolidays(days);
    edited();
}

void HoursSection::removeHoliday()
{
    QListWidgetItem *item = m_holidays->currentItem();
    if (!item)
        return;
    QList<QDate> days = holidays();
    days.removeAll(item->data(Qt::UserRole).toDate());
    showHolidays(days);
    edited();
}

void HoursSection::showHolidays(QList<QDate> days)
{
    std::sort(days.begin(), days.end());
    m_holidays->clear();
    const QLocale locale;
    for (const QDate &day : days) {
        auto *item = new QListWidgetItem(locale.toString(day, QLocale::LongFormat), m_holidays);
        item->setData(Qt::UserRole, day);
    }
    if (days.isEmpty()) {
        // An empty white box says nothing; this line says what the box is for. It carries no
        // date, so it is never read as a day.
        auto *hint = new QListWidgetItem(
            tr("No days yet. Choose one above and press Add day."), m_holidays);
        hint->setFlags(Qt::NoItemFlags);
    }
    m_removeHoliday->setEnabled(m_holidays->currentRow() >= 0);
}

QList<QDate> HoursSection::holidays() const
{
    QList<QDate> days;
    for (int row = 0; row < m_holidays->count(); ++row) {
        const QDate day = m_holidays->item(row)->data(Qt::UserRole).toDate();
        if (day.isValid())
            days.append(day);
    }
    return days;
}

} // namespace rapport::ui
