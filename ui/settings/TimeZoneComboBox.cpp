#include "ui/settings/TimeZoneComboBox.h"

#include <QCompleter>
#include <QDateTime>
#include <QHash>
#include <QLineEdit>
#include <QLocale>

namespace rapport::ui {
namespace {

QString offsetText(const QTimeZone &zone, const QDateTime &now)
{
    const int seconds = zone.offsetFromUtc(now);
    const int minutes = std::abs(seconds) / 60;
    const QString sign = seconds < 0 ? QStringLiteral("\u2212") : QStringLiteral("+");
    return QStringLiteral("UTC") + sign
        + QStringLiteral("%1:%2")
              .arg(minutes / 60, 2, 10, QLatin1Char('0'))
              .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// Where a country has several zones, the one most of its people live in (the list is sorted by
// name, which would put Hawaii's neighbour America/Adak first for the US).
QByteArray mainZoneOf(const QString &region)
{
    static const QHash<QString, QByteArray> main {
        {QStringLiteral("AR"), "America/Argentina/Buenos_Aires"},
        {QStringLiteral("AU"), "Australia/Sydney"},
        {QStringLiteral("BR"), "America/Sao_Paulo"},
        {QStringLiteral("CA"), "America/Toronto"},
        {QStringLiteral("CL"), "America/Santiago"},
        {QStringLiteral("CN"), "Asia/Shanghai"},
        {QStringLiteral("DE"), "Europe/Berlin"},
        {QStringLiteral("ES"), "Europe/Madrid"},
        {QStringLiteral("ID"), "Asia/Jakarta"},
        {QStringLiteral("KZ"), "Asia/Almaty"},
        {QStringLiteral("MX"), "America/Mexico_City"},
        {QStringLiteral("NZ"), "Pacific/Auckland"},
        {QStringLiteral("PT"), "Europe/Lisbon"},
        {QStringLiteral("RU"), "Europe/Moscow"},
        {QStringLiteral("UA"), "Europe/Kiev"},
        {QStringLiteral("US"), "America/New_York"},
    };
    return main.value(region);
}

} // namespace

TimeZoneComboBox::TimeZoneComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        // The IANA names people recognise; the "Etc/GMT+5"-style aliases only confuse.
        if (!id.contains('/') || id.startsWith("Etc/") || id.startsWith("SystemV/"))
            continue;
        const QTimeZone zone(id);
        QString label = QString::fromUtf8(id);
        label.replace(u'_', u' ');
        addItem(QStringLiteral("%1 (%2)").arg(label, offsetText(zone, now)), id);
    }
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    lineEdit()->setPlaceholderText(tr("Type to search, e.g. London"));
    setMaxVisibleItems(15);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(28);
    connect(this, &QComboBox::currentIndexChanged, this, &TimeZoneComboBox::zoneChanged);
    connect(this, &QComboBox::editTextChanged, this, &TimeZoneComboBox::zoneChanged);
}

QTimeZone TimeZoneComboBox::zone() const
{
    const int index = findText(currentText().trimmed(), Qt::MatchFixedString);
    return index >= 0 ? QTimeZone(itemData(index).toByteArray()) : QTimeZone();
}

void TimeZoneComboBox::setZone(const QTimeZone &zone)
{
    int index = findData(zone.id());
    if (index < 0 && zone.isValid()) {
        // An alias ("GB") or a zone hidden above: show it rather than lose it.
        addItem(QString::fromUtf8(zone.id()), zone.id());
        index = count() - 1;
    }
    setCurrentIndex(index);
}

void TimeZoneComboBox::suggestFor(const QString &region)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    if (territory == QLocale::AnyTerritory)
        return;
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds(territory);
    if (zones.isEmpty() || zones.contains(zone().id()))
        return;
    // The system's zone when it is in that country (a laptop set up where it stands).
    const QByteArray system = QTimeZone::systemTimeZoneId();
    const QByteArray main = mainZoneOf(region);
    if (zones.contains(system))
        setZone(QTimeZone(system));
    else
        setZone(QTimeZone(zones.contains(main) ? main : zones.constFirst()));
}

} // namespace rapport::ui
