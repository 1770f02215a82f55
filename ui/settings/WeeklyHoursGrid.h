#pragma once

#include "app/policy/WeeklySchedule.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QTimeEdit;

namespace rapport::ui {

// Sending or opening hours, one row per weekday and one column per schedule (service texts,
// marketing texts …): a tick for "on this day" and the hours from–to. A closing time of 00:00
// means midnight, the end of the day.
class WeeklyHoursGrid final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeeklyHoursGrid)
public:
    // `columns`: the heading of each schedule ("Reminders and service texts").
    explicit WeeklyHoursGrid(const QStringList &columns, QWidget *parent = nullptr);

    void setSchedule(int column, const app::WeeklySchedule &schedule);
    [[nodiscard]] app::WeeklySchedule schedule(int column) const;
    // "HH:mm" (or "h:mm AP" where the locale uses a 12-hour clock): for every time field.
    [[nodiscard]] static QString timeFormat();
    // Days whose hours close before they open, as sentences ("Marketing texts on Monday: …").
    [[nodiscard]] QStringList problems() const;

Q_SIGNALS:
    void changed();

private:
    struct Cell
    {
        QCheckBox *on = nullptr;
        QTimeEdit *from = nullptr;
        QTimeEdit *to = nullptr;
    };
    Cell &cell(int column, int dayOfWeek) { return m_cells[column * 7 + dayOfWeek - 1]; }
    const Cell &cell(int column, int dayOfWeek) const
    {
        return m_cells[column * 7 + dayOfWeek - 1];
    }

    QStringList m_columns;
    QList<Cell> m_cells;
};

} // namespace rapport::ui
