#pragma once

#include <QList>
#include <QString>

namespace rapport::app {

// Which modems the desktop opens at start-up, kept in the settings as JSON:
// [{"port": "/dev/ttyUSB2"}, {"demo": true}]. Unreadable entries are skipped, not fatal.
class ModemHubConfig final
{
public:
    struct Item
    {
        QString port;
        bool isDemo = false;
        friend bool operator==(const Item &, const Item &) = default;
    };

    static inline const QString Key = QStringLiteral("modems.config");

    static QString toJson(const QList<Item> &items);
    static QList<Item> fromJson(const QString &json);
};

} // namespace rapport::app
