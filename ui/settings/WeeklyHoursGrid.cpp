#include "ui/settings/WeeklyHoursGrid.h"

#include "ui/common/TimeFormat.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>

namespace rapport::ui {
namespace {

QTime toTime(int secondOfDay)
{
    return secondOfDay >= app::DailyWindow::DaySeconds ? QTime(0, 0)
                                                       : QTime(0, 0).addSecs(secondOfDay);
}

int fromTime(const QTime &time, bool closing)
{
    const int seconds = QTime(0, 0).secsTo(time);
    // 00:00 as a closing time is the end of the day: 24:00.
    return closing && seconds == 0 ? app::DailyWindow::DaySeconds : seconds;
}

} // namespace

QString WeeklyHoursGrid::timeFormat()
{
    return hoursAndMinutesFormat();
}

WeeklyHoursGrid::WeeklyHoursGrid(const QStringList &columns, QWidget *parent)
    : QWidget(parent)
    , m_columns(columns)
{
    m_cells.resize(columns.size() * 7);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(18);
    const QString format = timeFormat();
    const QLocale locale;
    for (int column = 0; column < columns.size(); ++column) {
        auto *heading = new QLabel(columns.at(column), this);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        grid->addWidget(heading, 0, column + 1);
    }
    for (int day = 1; day <= 7; ++day) {
        const QString dayName = locale.dayName(day, QLocale::LongFormat);
        grid->addWidget(new QLabel(dayName, this), day, 0);
        for (int column = 0; column < columns.size(); ++column) {
            Cell &c = cell(column, day);
            auto *box = new QWidget(this);
            auto *row = new QHBoxLayout(box);
            row->setContentsMargins(0, 0, 0, 0);
            c.on = new QCheckBox(box);
            c.on->setAccessibleName(tr("%1 on %2").arg(columns.at(column), dayName));
            c.on->setToolTip(tr("Tick to allow texts on this day"));
            c.from = new QTimeEdit(box);
            c.to = new QTimeEdit(box);
            for (QTimeEdit *edit : {c.from, c.to}) {
                edit->setDisplayFormat(format);
                edit->setKeyboardTracking(true);
            }
            c.from->setAccessibleName(tr("%1 on %2, from").arg(columns.at(column), dayName));
            c.to->setAccessibleName(tr("%1 on %2, until").arg(columns.at(column), dayName));
            c.to->setToolTip(tr("00:00 means until midnight"));
            row->addWidget(c.on);
            row->addWidget(c.from);
            row->addWidget(new QLabel(QStringLiteral("\u2013"), box));
            row->addWidget(c.to);
            row->addStretch(1);
            grid->addWidget(box, day, column + 1);
            connect(c.on, &QCheckBox::toggled, this, [this, column, day](bool on) {
                cell(column, day).from->setEnabled(on);
                cell(column, day).to->setEnabled(on);
                Q_EMIT changed();
            });
            connect(c.from, &QTimeEdit::timeChanged, this, &WeeklyHoursGrid::changed);
            connect(c.to, &QTimeEdit::timeChanged, this, &WeeklyHoursGrid::changed);
        }
    }
    grid->setColumnStretch(columns.size() + 1, 1);
    // Tab goes down a column (one schedule, day after day) rather than across schedules.
    for (int column = 0; column < columns.size(); ++column) {
        for (int day = 1; day <= 7; ++day) {
            const Cell &c = cell(column, day);
            setTabOrder(c.on, c.from);
            setTabOrder(c.from, c.to);
            if (day < 7)
                setTabOrder(c.to, cell(column, day + 1).on);
            else if (column + 1 < columns.size())
                setTabOrder(c.to, cell(column + 1, 1).on);
        }
    }
}

void WeeklyHoursGrid::setSchedule(int column, const app::WeeklySchedule &schedule)
{
    const QSignalBlocker blocker(this);
    // A closed day shows the hours of the first open one, ready for when it is ticked.
    app::DailyWindow usual = app::DailyWindow::fromHours(9, 0, 18, 0);
    for (int day = 7; day >= 1; --day) {
        if (schedule.on(day))
            usual = *schedule.on(day);
    }
    for (int day = 1; day <= 7; ++day) {
        Cell &c = cell(column, day);
        const std::optional<app::DailyWindow> &window = schedule.on(day);
        c.on->setChecked(window.has_value());
        c.from->setTime(toTime(window.value_or(usual).start));
        c.to->setTime(toTime(window.value_or(usual).end));
        c.from->setEnabled(window.has_value());
        c.to->setEnabled(window.has_value());
    }
}

app::WeeklySchedule WeeklyHoursGrid::schedule(int column) const
{
    app::WeeklySchedule schedule;
    for (int day = 1; day <= 7; ++day) {
        const Cell &c = cell(column, day);
        if (c.on->isChecked())
            schedule.on(day)
                = app::DailyWindow {fromTime(c.from->time(), false), fromTime(c.to->time(), true)};
    }
    return schedule;
}

QStringList WeeklyHoursGrid::problems() const
{
    QStringList found;
    const QLocale locale;
    for (int column = 0; column < m_columns.size(); ++column) {
        const app::WeeklySchedule week = schedule(column);
        for (int day = 1; day <= 7; ++day) {
            const std::optional<app::DailyWindow> &window = week.on(day);
            if (window && !window->isValid())
                found.append(tr("%1 on %2: the hours must start before they end.")
                                 .arg(m_columns.at(column), locale.dayName(day)));
        }
    }
    return found;
}

} // namespace rapport::ui
