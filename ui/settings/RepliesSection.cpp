#include "ui/settings/RepliesSection.h"

#include "app/settings/InboundSettings.h"
#include "ui/settings/SettingsForm.h"
#include "ui/settings/WeeklyHoursGrid.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

app::WeeklySchedule scheduleOf(const app::BusinessHours &hours)
{
    app::WeeklySchedule schedule;
    for (const app::BusinessHours::Span &span : hours.spans) {
        if (span.dayOfWeek < 1 || span.dayOfWeek > 7 || schedule.on(span.dayOfWeek))
            continue; // one window per day here; a second span keeps its first
        const int open = QTime(0, 0).secsTo(span.open);
        int close = QTime(0, 0).secsTo(span.close);
        if (close <= open)
            close = app::DailyWindow::DaySeconds;
        schedule.on(span.dayOfWeek) = app::DailyWindow {open, close};
    }
    return schedule;
}

QList<app::BusinessHours::Span> spansOf(const app::WeeklySchedule &schedule)
{
    QList<app::BusinessHours::Span> spans;
    for (int day = 1; day <= 7; ++day) {
        if (const auto &window = schedule.on(day)) {
            const QTime close = window->end >= app::DailyWindow::DaySeconds
                ? QTime(0, 0)
                : QTime(0, 0).addSecs(window->end);
            spans.append({day, QTime(0, 0).addSecs(window->start), close});
        }
    }
    return spans;
}

} // namespace

RepliesSection::RepliesSection(const SettingsServices &services, QWidget *parent)
    : SettingsSection(QStringLiteral("replies"), tr("Automatic replies"),
        tr("What Rapport answers on its own. {business} is your business name; {contact} and "
           "{frequency} are filled in from the first two lines."),
        parent)
    , m_services(services)
    , m_contact(new QLineEdit(this))
    , m_frequency(new QLineEdit(this))
    , m_awayOn(new QCheckBox(tr("&Answer texts that arrive while you are closed"), this))
    , m_hours(new WeeklyHoursGrid({tr("Open")}, this))
    , m_repeat(new QSpinBox(this))
{
    auto *formBox = new QWidget(this);
    formBox->setMaximumWidth(fontMetrics().averageCharWidth() * 110);
    QFormLayout *form = SettingsForm::makeForm(formBox);
    m_contact->setObjectName(QStringLiteral("contact"));
    SettingsForm::addRow(form, tr("How to reach a &person:"), m_contact,
        tr("Used as {contact}, e.g. \u201ccall us on 01632 960123\u201d."));
    m_frequency->setObjectName(QStringLiteral("frequency"));
    SettingsForm::addRow(form, tr("How &often you text:"), m_frequency,
        tr("Used as {frequency}, e.g. \u201cUp to 4 msgs/month\u201d."));
    contentLayout()->addWidget(formBox);
    contentLayout()->addSpacing(8);

    m_optOut = addReply(tr("After an opt-out (sent once):"), QStringLiteral("optOutConfirmation"));
    m_optIn = addReply(tr("After an opt-in:"), QStringLiteral("optInConfirmation"));
    m_help = addReply(tr("Answer to HELP:"), QStringLiteral("helpAnswer"));
    contentLayout()->addSpacing(12);

    contentLayout()->addWidget(SettingsForm::heading(tr("Away message"), this));
    m_awayOn->setObjectName(QStringLiteral("awayEnabled"));
    m_awayOn->setAccessibleName(tr("Answer texts that arrive while you are closed"));
    contentLayout()->addWidget(m_awayOn);
    m_away = addReply(tr("Away message:"), QStringLiteral("awayMessage"));
    m_hours->setObjectName(QStringLiteral("openingHours"));
    contentLayout()->addWidget(SettingsForm::hint(tr("Your opening hours:"), this));
    contentLayout()->addWidget(m_hours);
    m_repeat->setRange(1, app::InboundSettings::MaxAwayRepeatHours);
    m_repeat->setSuffix(tr(" hours"));
    m_repeat->setObjectName(QStringLiteral("awayRepeat"));
    m_repeat->setAccessibleName(
        tr("Hours before the away message goes again to the same customer"));
    auto *repeatRow = new QHBoxLayout;
    auto *repeatLabel = new QLabel(tr("Send it again to the same customer after"), this);
    repeatLabel->setBuddy(m_repeat);
    repeatRow->addWidget(repeatLabel);
    repeatRow->addWidget(m_repeat);
    repeatRow->addStretch(1);
    contentLayout()->addLayout(repeatRow);
    contentLayout()->addStretch(1);

    for (QLineEdit *edit : {m_contact, m_frequency})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updatePreviews();
            edited();
        });
    connect(m_awayOn, &QCheckBox::toggled, this, [this](bool on) {
        m_away->setEnabled(on);
        m_hours->setEnabled(on);
        m_repeat->setEnabled(on);
        edited();
    });
    connect(m_hours, &WeeklyHoursGrid::changed, this, &RepliesSection::edited);
    connect(m_repeat, &QSpinBox::valueChanged, this, &RepliesSection::edited);
    reload();
}

RepliesSection::~RepliesSection() = default;

QPlainTextEdit *RepliesSection::addReply(const QString &label, const QString &objectName)
{
    auto *caption = SettingsForm::heading(label, this);
    caption->setFont(font());
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    QString name = label;
    name.remove(u':');
    edit->setAccessibleName(name);
    auto *preview = SettingsForm::hint(QString(), this);
    preview->setTextFormat(Qt::PlainText);
    const int readable = fontMetrics().averageCharWidth() * 110;
    edit->setMaximumWidth(readable);
    preview->setMaximumWidth(readable);
    caption->setBuddy(edit);
    contentLayout()->addWidget(caption);
    contentLayout()->addWidget(edit);
    contentLayout()->addWidget(preview);
    contentLayout()->addSpacing(8);
    m_replies.append({edit, preview});
    connect(edit, &QPlainTextEdit::textChanged, this, [this] {
        updatePreviews();
        edited();
    });
    return edit;
}

void RepliesSection::load()
{
    const app::InboundRouterConfig config = app::InboundRouterConfig::load(m_services.settings);
    m_contact->setText(config.contact);
    m_frequency->setText(config.frequency);
    m_optOut->setPlainText(config.optOutConfirmation);
    m_optIn->setPlainText(config.optInConfirmation);
    m_help->setPlainText(config.helpAnswer);
    m_awayOn->setChecked(config.awayEnabled);
    m_away->setPlainText(config.awayMessage);
    m_hours->setSchedule(0, scheduleOf(config.hours));
    m_repeat->setValue(int(config.awayRepeat.count()));
    m_away->setEnabled(config.awayEnabled);
    m_hours->setEnabled(config.awayEnabled);
    m_repeat->setEnabled(config.awayEnabled);
    updatePreviews();
}

app::InboundRouterConfig RepliesSection::withEdits(app::InboundRouterConfig config) const
{
    config.contact = m_contact->text().trimmed();
    config.frequency = m_frequency->text().trimmed();
    config.optOutConfirmation = m_optOut->toPlainText().trimmed();
    config.optInConfirmation = m_optIn->toPlainText().trimmed();
    config.helpAnswer = m_help->toPlainText().trimmed();
    config.awayEnabled = m_awayOn->isChecked();
    config.awayMessage = m_away->toPlainText().trimmed();
    config.hours.spans = spansOf(m_hours->schedule(0));
    config.awayRepeat = std::chrono::hours(m_repeat->value());
    return config;
}

QStringList RepliesSection::problems() const
{
    const app::InboundRouterConfig config
        = withEdits(app::InboundRouterConfig::load(m_services.settings));
    return m_hours->problems() + app::InboundSettings::replyProblems(config);
}

Result<void, QString> RepliesSection::save()
{
    return app::InboundSettings::save(m_services.database, m_services.settings, m_services.audit,
        actor(), withEdits(app::InboundRouterConfig::load(m_services.settings)));
}

void RepliesSection::updatePreviews()
{
    if (!m_away)
        return; // still being built
    const app::InboundRouterConfig config
        = withEdits(app::InboundRouterConfig::load(m_services.settings));
    for (const Reply &reply : std::as_const(m_replies)) {
        const QString text = reply.edit->toPlainText().trimmed();
        reply.preview->setText(
            text.isEmpty() ? QString() : tr("Customers get: %1").arg(config.render(text)));
    }
}

} // namespace rapport::ui
