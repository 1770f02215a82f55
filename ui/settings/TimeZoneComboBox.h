#pragma once

#include <QComboBox>
#include <QTimeZone>

namespace rapport::ui {

// Every IANA time zone ("Europe/London"), searchable by typing any part of it, each with its
// current offset from UTC.
class TimeZoneComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeZoneComboBox)
public:
    explicit TimeZoneComboBox(QWidget *parent = nullptr);

    // Invalid while the typed text names no zone.
    [[nodiscard]] QTimeZone zone() const;
    void setZone(const QTimeZone &zone);
    // When the shop's country changes: keeps the zone if it belongs to `region`, otherwise
    // chooses that country's first zone (the only one, for most countries).
    void suggestFor(const QString &region);

Q_SIGNALS:
    void zoneChanged();
};

} // namespace rapport::ui
