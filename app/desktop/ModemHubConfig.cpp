#include "app/desktop/ModemHubConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::app {

QString ModemHubConfig::toJson(const QList<Item> &items)
{
    QJsonArray array;
    for (const Item &item : items) {
        QJsonObject object;
        if (item.isDemo)
            object.insert(QStringLiteral("demo"), true);
        else
            object.insert(QStringLiteral("port"), item.port);
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ModemHubConfig::Item> ModemHubConfig::fromJson(const QString &json)
{
    QList<Item> items;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        Item item;
        item.isDemo = object.value(QStringLiteral("demo")).toBool(false);
        item.port = object.value(QStringLiteral("port")).toString().trimmed();
        if (!item.isDemo && item.port.isEmpty())
            continue;
        if (item.isDemo)
            item.port.clear();
        if (!items.contains(item))
            items.append(item);
    }
    return items;
}

} // namespace rapport::app
