#include "ui/firstrun/SetupHoursPage.h"

#include "ui/firstrun/SetupRegionPage.h"
#include "ui/settings/RegionComboBox.h"
#include "ui/settings/SettingsForm.h"
#include "ui/settings/WeeklyHoursGrid.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

QTime asTime(int secondOfDay)
{
    return secondOfDay >= app::DailyWindow::DaySeconds ? QTime(0, 0)
                                                       : QTime(0, 0).addSecs(secondOfDay);
}

} // namespace

SetupHoursPage::SetupHoursPage(const SetupRegionPage &regionPage, QWidget *parent)
    : QWizardPage(parent)
    , m_regionPage(regionPage)
    , m_grid(new WeeklyHoursGrid(
          {tr("Reminders and other service texts"), tr("Marketing texts")}, this))
    , m_quietLead(new QLabel(this))
    , m_quietFrom(new QTimeEdit(this))
    , m_quietUntil(new QTimeEdit(this))
    , m_quietNote(SettingsForm::hint(QString(), this))
    , m_problems(SettingsForm::hint(QString(), this))
{
    setObjectName(QStringLiteral("hoursPage"));
    setTitle(tr("When may Rapport send texts?"));
    setSubTitle(tr("Texts asked for outside these hours wait until they open. Replies to a "
                   "customer who wrote to you go at any hour. You can change all of this later "
                   "under Settings."));
    const app::PolicyConfig defaults = app::PolicyConfig::defaults();
    m_grid->setObjectName(QStringLiteral("hoursGrid"));
    m_grid->setSchedule(0, defaults.serviceHours);
    m_grid->setSchedule(1, defaults.marketingHours);

    const QString format = WeeklyHoursGrid::timeFormat();
    m_quietFrom->setDisplayFormat(format);
    m_quietUntil->setDisplayFormat(format);
    m_quietFrom->setObjectName(QStringLiteral("quietFrom"));
    m_quietUntil->setObjectName(QStringLiteral("quietUntil"));
    m_quietFrom->setAccessibleName(tr("No texts before"));
    m_quietUntil->setAccessibleName(tr("No texts after"));
    m_quietLead->setWordWrap(true);
    auto *quietRow = new QHBoxLayout;
    auto *before = new QLabel(tr("No texts &before"), this);
    before->setBuddy(m_quietFrom);
    auto *after = new QLabel(tr("or &after"), this);
    after->setBuddy(m_quietUntil);
    quietRow->addWidget(before);
    quietRow->addWidget(m_quietFrom);
    quietRow->addWidget(after);
    quietRow->addWidget(m_quietUntil);
    quietRow->addWidget(new QLabel(tr("in their own time."), this));
    quietRow->addStretch(1);
    m_problems->setObjectName(QStringLiteral("problems"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_grid);
    layout->addSpacing(12);
    layout->addWidget(SettingsForm::heading(tr("Quiet hours"), this));
    layout->addWidget(m_quietLead);
    layout->addLayout(quietRow);
    layout->addWidget(m_quietNote);
    layout->addWidget(m_problems);
    layout->addStretch(1);

    connect(m_grid, &WeeklyHoursGrid::changed, this, &SetupHoursPage::update);
    connect(m_quietFrom, &QTimeEdit::timeChanged, this, &SetupHoursPage::update);
    connect(m_quietUntil, &QTimeEdit::timeChanged, this, &SetupHoursPage::update);
}

SetupHoursPage::~SetupHoursPage() = default;

void SetupHoursPage::initializePage()
{
    const QString region = m_regionPage.region();
    if (region == m_region)
        return; // keep what was typed when coming back
    m_region = region;
    const app::LegalRule rule
        = app::PolicyConfig::defaults().legalRuleFor(app::Jurisdiction::fromCode(region));
    m_legal = rule.window;
    const app::DailyWindow window = rule.window.value_or(app::DailyWindow::fromHours(8, 0, 21, 0));
    const QSignalBlocker blockFrom(m_quietFrom);
    const QSignalBlocker blockUntil(m_quietUntil);
    m_quietFrom->setTime(asTime(window.start));
    m_quietUntil->setTime(asTime(window.end));
    const QString country = RegionComboBox::nameOf(region);
    m_quietLead->setText(tr("Whatever your sending hours, customers in your country (%1) get texts "
                            "only between these hours.")
                             .arg(country));
    m_quietNote->setText(m_legal ? tr("The law in %1 allows texts between %2 only (%3). You may "
                                      "make this stricter.")
                                       .arg(country, m_legal->toText(), rule.source)
                                 : QString());
    m_quietNote->setVisible(m_legal.has_value());
    update();
}

app::DailyWindow SetupHoursPage::quietWindow() const
{
    const int start = QTime(0, 0).secsTo(m_quietFrom->time());
    const int end = QTime(0, 0).secsTo(m_quietUntil->time());
    return app::DailyWindow {start, end == 0 ? app::DailyWindow::DaySeconds : end};
}

QStringList SetupHoursPage::problems() const
{
    QStringList found = m_grid->problems();
    if (m_grid->schedule(0) == app::WeeklySchedule {})
        found.append(tr("Tick at least one day for service texts, or reminders would never go."));
    const app::DailyWindow quiet = quietWindow();
    if (!quiet.isValid())
        found.append(tr("Quiet hours: the first time must be before the second."));
    else if (m_legal && (quiet.start < m_legal->start || quiet.end > m_legal->end))
        found.append(
            tr("Quiet hours: the law allows texts between %1 only.").arg(m_legal->toText()));
    return found;
}

bool SetupHoursPage::isComplete() const
{
    return problems().isEmpty();
}

void SetupHoursPage::update()
{
    m_problems->setText(problems().join(u'\n'));
    Q_EMIT completeChanged();
}

app::PolicyConfig SetupHoursPage::policy() const
{
    app::PolicyConfig config = app::PolicyConfig::defaults();
    config.serviceHours = m_grid->schedule(0);
    config.marketingHours = m_grid->schedule(1);
    const QString region = m_regionPage.region();
    if (!region.isEmpty()) {
        app::LegalRule &rule = config.legalRules[region];
        rule.window = quietWindow();
        if (rule.source.isEmpty())
            rule.source = tr("Quiet hours chosen when Rapport was set up");
    }
    return config;
}

} // namespace rapport::ui
