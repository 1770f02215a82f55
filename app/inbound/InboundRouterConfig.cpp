#include "app/inbound/InboundRouterConfig.h"

#include "app/CoreLogging.h"
#include "app/settings/SettingsStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::app {
namespace {

void readText(const QJsonObject &object, const char *key, QString &into)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isString() && !value.toString().trimmed().isEmpty())
        into = value.toString();
}

} // namespace

InboundRouterConfig InboundRouterConfig::defaults(const QString &businessName)
{
    InboundRouterConfig config;
    config.businessName = businessName;
    config.contact = QStringLiteral("reply to this message and a member of our team will answer");
    // PRODUCT.md: the default frequency cap is 4 relationship texts per 30 days.
    config.frequency = QStringLiteral("Up to 4 msgs/month");
    config.keywords = KeywordConfig::defaults();
    config.optOutConfirmation = QStringLiteral(
        "{business}: You are unsubscribed and will get no more texts from us. Reply START to "
        "opt back in.");
    config.optInConfirmation = QStringLiteral(
        "{business}: You are subscribed to appointment reminders and news from us. {frequency}. "
        "Msg&data rates may apply. Reply STOP to opt out, HELP for help.");
    config.helpAnswer = QStringLiteral("{business}: To reach a person, {contact}. {frequency}. "
                                       "Msg&data rates may apply. Reply STOP to opt out.");
    config.awayMessage = QStringLiteral(
        "{business}: Thanks for your message. We are closed right now and will answer when we "
        "open.");
    config.hours = BusinessHours::weekdays(QTime(9, 0), QTime(18, 0), QTimeZone::utc());
    return config;
}

InboundRouterConfig InboundRouterConfig::load(const SettingsStore &settings)
{
    const BusinessProfile profile = BusinessProfile::load(settings);
    InboundRouterConfig config = defaults(profile.name);
    config.hours.zone = profile.zone;
    config.keywords = KeywordConfig::load(settings);
    const auto stored = settings.value(SettingsKey);
    if (!stored || !*stored)
        return config;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson((*stored)->toUtf8(), &error);
    if (!document.isObject()) {
        qCWarning(lcInbound) << "inbound.config does not read, using the defaults:"
                             << error.errorString();
        return config;
    }
    const QJsonObject object = document.object();
    readText(object, "contact", config.contact);
    readText(object, "frequency", config.frequency);
    readText(object, "optOutConfirmation", config.optOutConfirmation);
    readText(object, "optInConfirmation", config.optInConfirmation);
    readText(object, "helpAnswer", config.helpAnswer);
    const QJsonObject away = object.value(QLatin1String("away")).toObject();
    config.awayEnabled = away.value(QLatin1String("enabled")).toBool(false);
    readText(away, "text", config.awayMessage);
    if (const int repeat = away.value(QLatin1String("repeatHours")).toInt(0); repeat > 0)
        config.awayRepeat = std::chrono::hours(repeat);
    if (away.contains(QLatin1String("hours"))) {
        auto hours
            = BusinessHours::fromJson(away.value(QLatin1String("hours")).toObject(), profile.zone);
        if (hours)
            config.hours = *hours;
        else
            qCWarning(lcInbound) << "inbound.config: business hours do not read:" << hours.error();
    }
    const QJsonObject faq = object.value(QLatin1String("faq")).toObject();
    for (auto it = faq.constBegin(); it != faq.constEnd(); ++it) {
        if (it.value().isString() && !it.value().toString().trimmed().isEmpty())
            config.faq.insert(it.key(), it.value().toString());
    }
    return config;
}

QString InboundRouterConfig::render(const QString &text) const
{
    QString out = text;
    if (businessName.trimmed().isEmpty())
        out.remove(QStringLiteral("{business}: "));
    out.replace(QStringLiteral("{business}"), businessName.trimmed());
    out.replace(QStringLiteral("{contact}"), contact);
    out.replace(QStringLiteral("{frequency}"), frequency);
    return out.trimmed();
}

} // namespace rapport::app
