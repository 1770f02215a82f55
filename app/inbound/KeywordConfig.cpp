#include "app/inbound/KeywordConfig.h"

#include "app/CoreLogging.h"
#include "app/settings/SettingsStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::app {
namespace {

struct ListField
{
    const char *name;
    QStringList KeywordConfig::*member;
};

constexpr ListField listFields[] = {
    {"optOut", &KeywordConfig::optOut},
    {"optIn", &KeywordConfig::optIn},
    {"optInUnlessAnswer", &KeywordConfig::optInUnlessAnswer},
    {"help", &KeywordConfig::help},
    {"revocation", &KeywordConfig::revocation},
    {"fillers", &KeywordConfig::fillers},
    {"gapWords", &KeywordConfig::gapWords},
};

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *word : list)
        out.append(QString::fromUtf8(word));
    return out;
}

} // namespace

KeywordConfig KeywordConfig::defaults()
{
    KeywordConfig config;
    // COMPLIANCE.md, Keywords.
    config.optOut
        = words({"STOP", "STOPALL", "END", "CANCEL", "UNSUBSCRIBE", "QUIT", "REVOKE", "OPT OUT"});
    config.optIn = words({"START", "UNSTOP"});
    config.optInUnlessAnswer = words({"YES"});
    config.help = words({"HELP", "INFO"});
    // COMPLIANCE.md: "other reasonable wording … also counts as a revocation". Deliberately
    // without "cancel" on its own ("I need to cancel my appointment") or "please stop" ("please
    // stop by"): a false flag holds a customer's reminders until someone looks.
    config.revocation = words({"stop text*", "stop messag*", "stop send*", "stop contact*",
        "stop call*", "stop spam*", "remove me", "remove my number", "take me off",
        "take my number off", "unsubscribe", "opt me out", "opt out", "optout", "wrong number",
        "wrong person", "not my number", "dont text*", "do not text*", "dont messag*",
        "do not messag*", "dont contact*", "do not contact*", "never text*", "no more text*",
        "no more messag*", "leave me alone", "delete my number", "lose my number"});
    config.fillers = words({"please", "pls", "plz", "now", "thanks", "thank", "you", "thx", "ty",
        "asap", "it", "ok", "okay", "already"});
    config.gapWords
        = words({"the", "these", "those", "this", "all", "your", "ur", "any", "me", "my", "you",
            "u", "us", "with", "ever", "more", "sending", "fucking", "bloody", "damn", "freaking"});
    return config;
}

Result<KeywordConfig, QString> KeywordConfig::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not JSON: %1").arg(error.errorString()));
    if (!document.isObject())
        return fail(QStringLiteral("not a JSON object"));
    const QJsonObject object = document.object();
    KeywordConfig config = defaults();
    for (const ListField &field : listFields) {
        const QString name = QString::fromLatin1(field.name);
        if (!object.contains(name))
            continue;
        const QJsonValue value = object.value(name);
        if (!value.isArray())
            return fail(QStringLiteral("\"%1\" is not a list").arg(name));
        QStringList list;
        for (const QJsonValue &entry : value.toArray()) {
            if (!entry.isString())
                return fail(QStringLiteral("\"%1\" holds something that is not text").arg(name));
            if (!entry.toString().trimmed().isEmpty())
                list.append(entry.toString());
        }
        config.*field.member = list;
    }
    return config;
}

QByteArray KeywordConfig::toJson() const
{
    QJsonObject object;
    for (const ListField &field : listFields)
        object.insert(
            QString::fromLatin1(field.name), QJsonArray::fromStringList(this->*field.member));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

KeywordConfig KeywordConfig::load(const SettingsStore &settings)
{
    const auto stored = settings.value(SettingsKey);
    if (!stored || !*stored)
        return defaults();
    auto config = fromJson((*stored)->toUtf8());
    if (!config) {
        qCWarning(lcInbound) << "keywords.config does not read, using the defaults:"
                             << config.error();
        return defaults();
    }
    return *config;
}

} // namespace rapport::app
