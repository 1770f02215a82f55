// PolicyConfig's JSON form (the value stored under "policy.config"). Every key the reader does
// not know is an error, and so is every value of the wrong type: the settings decide what may be
// sent to whom, so a typo must be reported, never quietly turned into "no rule".
#include "app/policy/PolicyConfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cmath>

namespace rapport::app {

namespace {

const std::array<QString, 7> dayKeys {QStringLiteral("mon"), QStringLiteral("tue"),
    QStringLiteral("wed"), QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
    QStringLiteral("sun")};

// The translation context, declared so that lupdate files these sentences under the context
// they are looked up in at run time.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(PolicyConfig)
};

// --- writing ---

QJsonValue windowJson(const std::optional<DailyWindow> &window)
{
    if (!window)
        return QJsonValue::Null;
    return QJsonObject {{QStringLiteral("from"), DailyWindow::formatTime(window->start)},
        {QStringLiteral("until"), DailyWindow::formatTime(window->end)}};
}

QJsonObject scheduleJson(const WeeklySchedule &schedule)
{
    QJsonObject days;
    for (int day = 1; day <= 7; ++day)
        days.insert(dayKeys[static_cast<std::size_t>(day - 1)], windowJson(schedule.on(day)));
    return days;
}

QJsonObject capJson(const FrequencyCap &cap)
{
    return QJsonObject {{QStringLiteral("count"), cap.count},
        {QStringLiteral("windowHours"), double(cap.windowSeconds) / 3600.0}};
}

QJsonObject ruleJson(const LegalRule &rule)
{
    QJsonObject object {{QStringLiteral("hours"), windowJson(rule.window)},
        {QStringLiteral("noSundays"), rule.noSundays},
        {QStringLiteral("noPublicHolidays"), rule.noPublicHolidays},
        {QStringLiteral("source"), rule.source}};
    object.insert(QStringLiteral("marketingCap"),
        rule.marketingCap ? capJson(*rule.marketingCap) : QJsonValue());
    return object;
}

// --- reading: each reader notes what is wrong, with the key's path, and goes on ---

class Reader
{
public:
    QStringList problems;

    void wrong(const QString &path, const QString &expected)
    {
        problems.append(Text::tr("\"%1\" must be %2.").arg(path, expected));
    }

    void onlyKnownKeys(const QJsonObject &object, const QString &path, const QStringList &known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                problems.append(
                    Text::tr("\"%1\" is not a setting Rapport knows; check the spelling.")
                        .arg(path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key()));
        }
    }

    std::optional<DailyWindow> window(const QJsonValue &value, const QString &path)
    {
        if (value.isNull() || value.isUndefined())
            return std::nullopt;
        const QJsonObject object = value.toObject();
        if (!value.isObject()) {
            wrong(path, Text::tr("null (closed) or {\"from\": \"HH:MM\", \"until\": \"HH:MM\"}"));
            return std::nullopt;
        }
        onlyKnownKeys(object, path, {QStringLiteral("from"), QStringLiteral("until")});
        const auto from = DailyWindow::parseTime(object.value(QStringLiteral("from")).toString());
        const auto until = DailyWindow::parseTime(object.value(QStringLiteral("until")).toString());
        if (!from)
            wrong(path + QStringLiteral(".from"), Text::tr("a time such as \"09:00\""));
        if (!until)
            wrong(path + QStringLiteral(".until"),
                Text::tr("a time such as \"19:00\" (or \"24:00\")"));
        if (!from || !until)
            return std::nullopt;
        return DailyWindow {*from, *until};
    }

    WeeklySchedule schedule(const QJsonValue &value, const QString &path)
    {
        WeeklySchedule schedule;
        if (!value.isObject()) {
            wrong(path, Text::tr("an object with a window (or null) per day, \"mon\" to \"sun\""));
            return schedule;
        }
        const QJsonObject days = value.toObject();
        onlyKnownKeys(days, path, QStringList(dayKeys.cbegin(), dayKeys.cend()));
        // A day left out is closed, like a day set to null.
        for (int day = 1; day <= 7; ++day) {
            const QString &key = dayKeys[static_cast<std::size_t>(day - 1)];
            schedule.on(day) = window(days.value(key), path + QLatin1Char('.') + key);
        }
        return schedule;
    }

    FrequencyCap cap(const QJsonValue &value, const QString &path)
    {
        FrequencyCap cap;
        if (!value.isObject()) {
            wrong(path, Text::tr("{\"count\": 3, \"windowHours\": 168}"));
            return cap;
        }
        const QJsonObject object = value.toObject();
        onlyKnownKeys(object, path, {QStringLiteral("count"), QStringLiteral("windowHours")});
        const QJsonValue count = object.value(QStringLiteral("count"));
        const QJsonValue hours = object.value(QStringLiteral("windowHours"));
        if (!count.isDouble() || count.toDouble() != std::floor(count.toDouble()))
            wrong(path + QStringLiteral(".count"), Text::tr("a whole number"));
        else
            cap.count = count.toInt();
        if (!hours.isDouble())
            wrong(path + QStringLiteral(".windowHours"), Text::tr("a number of hours"));
        else
            cap.windowSeconds = qRound64(hours.toDouble() * 3600.0);
        return cap;
    }

    bool boolean(const QJsonObject &object, const QString &key, const QString &path, bool fallback)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool()) {
            wrong(path.isEmpty() ? key : path + QLatin1Char('.') + key, Text::tr("true or false"));
            return fallback;
        }
        return value.toBool();
    }

    LegalRule rule(const QJsonValue &value, const QString &path)
    {
        LegalRule rule;
        if (!value.isObject()) {
            wrong(path, Text::tr("an object"));
            return rule;
        }
        const QJsonObject object = value.toObject();
        onlyKnownKeys(object, path,
            {QStringLiteral("hours"), QStringLiteral("noSundays"),
                QStringLiteral("noPublicHolidays"), QStringLiteral("marketingCap"),
                QStringLiteral("source")});
        rule.window
            = window(object.value(QStringLiteral("hours")), path + QStringLiteral(".hours"));
        rule.noSundays = boolean(object, QStringLiteral("noSundays"), path, false);
        rule.noPublicHolidays = boolean(object, QStringLiteral("noPublicHolidays"), path, false);
        const QJsonValue cap = object.value(QStringLiteral("marketingCap"));
        if (!cap.isNull() && !cap.isUndefined())
            rule.marketingCap = this->cap(cap, path + QStringLiteral(".marketingCap"));
        rule.source = object.value(QStringLiteral("source")).toString();
        return rule;
    }

    QList<QDate> dates(const QJsonValue &value, const QString &path)
    {
        QList<QDate> dates;
        if (!value.isArray()) {
            wrong(path, Text::tr("a list of dates such as [\"2025-12-25\"]"));
            return dates;
        }
        for (const QJsonValue &item : value.toArray()) {
            const QDate date = QDate::fromString(item.toString(), Qt::ISODate);
            if (!date.isValid())
                wrong(path, Text::tr("a list of dates written YYYY-MM-DD"));
            else
                dates.append(date);
        }
        std::sort(dates.begin(), dates.end());
        dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
        return dates;
    }
};

} // namespace

QByteArray PolicyConfig::toJson() const
{
    QJsonArray holidays;
    for (const QDate &day : businessHolidays)
        holidays.append(day.toString(Qt::ISODate));
    QJsonObject rules;
    for (auto it = legalRules.cbegin(); it != legalRules.cend(); ++it)
        rules.insert(it.key(), ruleJson(*it));
    const QJsonObject root {{QStringLiteral("version"), FormatVersion},
        {QStringLiteral("serviceHours"), scheduleJson(serviceHours)},
        {QStringLiteral("marketingHours"), scheduleJson(marketingHours)},
        {QStringLiteral("businessHolidays"), holidays},
        {QStringLiteral("marketingCap"), capJson(marketingCap)},
        {QStringLiteral("identifySender"), identifySender},
        {QStringLiteral("optOutLine"), optOutLine}, {QStringLiteral("legalRules"), rules}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<PolicyConfig, PolicyConfigError> PolicyConfig::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString detail = parseError.error != QJsonParseError::NoError
            ? Text::tr("%1 at character %2").arg(parseError.errorString()).arg(parseError.offset)
            : Text::tr("the text is not a JSON object");
        return fail(PolicyConfigError {PolicyConfigError::Code::NotJson, detail, {}});
    }
    const QJsonObject root = document.object();
    PolicyConfig config = defaults();
    Reader read;
    read.onlyKnownKeys(root, {},
        {QStringLiteral("version"), QStringLiteral("serviceHours"),
            QStringLiteral("marketingHours"), QStringLiteral("businessHolidays"),
            QStringLiteral("marketingCap"), QStringLiteral("identifySender"),
            QStringLiteral("optOutLine"), QStringLiteral("legalRules")});
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isUndefined() && version.toInt(-1) != FormatVersion)
        read.problems.append(
            Text::tr("The sending rules were written by another version of Rapport "
                     "(format %1; this version reads format %2).")
                .arg(version.toVariant().toString())
                .arg(FormatVersion));
    if (root.contains(QStringLiteral("serviceHours")))
        config.serviceHours = read.schedule(
            root.value(QStringLiteral("serviceHours")), QStringLiteral("serviceHours"));
    if (root.contains(QStringLiteral("marketingHours")))
        config.marketingHours = read.schedule(
            root.value(QStringLiteral("marketingHours")), QStringLiteral("marketingHours"));
    if (root.contains(QStringLiteral("businessHolidays")))
        config.businessHolidays = read.dates(
            root.value(QStringLiteral("businessHolidays")), QStringLiteral("businessHolidays"));
    if (root.contains(QStringLiteral("marketingCap")))
        config.marketingCap
            = read.cap(root.value(QStringLiteral("marketingCap")), QStringLiteral("marketingCap"));
    config.identifySender
        = read.boolean(root, QStringLiteral("identifySender"), {}, config.identifySender);
    if (root.contains(QStringLiteral("optOutLine"))) {
        const QJsonValue line = root.value(QStringLiteral("optOutLine"));
        if (line.isString())
            config.optOutLine = line.toString();
        else
            read.wrong(QStringLiteral("optOutLine"), Text::tr("text"));
    }
    if (root.contains(QStringLiteral("legalRules"))) {
        const QJsonValue rules = root.value(QStringLiteral("legalRules"));
        config.legalRules.clear();
        if (!rules.isObject())
            read.wrong(QStringLiteral("legalRules"), Text::tr("an object keyed by jurisdiction"));
        const QJsonObject object = rules.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            config.legalRules.insert(
                it.key(), read.rule(it.value(), QStringLiteral("legalRules.") + it.key()));
    }
    read.problems.append(config.problems());
    if (!read.problems.isEmpty())
        return fail(PolicyConfigError {PolicyConfigError::Code::Invalid, {}, read.problems});
    return config;
}

} // namespace rapport::app
