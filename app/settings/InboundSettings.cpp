#include "app/settings/InboundSettings.h"

#include "app/inbound/KeywordMatcher.h"
#include "app/settings/BusinessSettings.h"
#include "app/settings/SettingsStore.h"
#include "app/storage/Transaction.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace rapport::app {
namespace {

struct NamedList
{
    QString name;
    const QStringList *words;
};

void checkPlaceholders(const QString &what, const QString &text, QStringList &found)
{
    static const QRegularExpression field(QStringLiteral("\\{([^{}]*)\\}"));
    const QStringList known = InboundSettings::placeholders();
    for (auto it = field.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!known.contains(name)) {
            found.append(InboundSettings::tr("%1: Rapport cannot fill in {%2}; use {business}, "
                                             "{contact} or {frequency}, or remove the braces.")
                             .arg(what, name));
            return;
        }
    }
}

void checkText(const QString &what, const QString &text, QStringList &found)
{
    if (text.trimmed().isEmpty())
        found.append(InboundSettings::tr("%1: write the text to send.").arg(what));
    else
        checkPlaceholders(what, text, found);
}

} // namespace

QStringList InboundSettings::placeholders()
{
    return {QStringLiteral("business"), QStringLiteral("contact"), QStringLiteral("frequency")};
}

QStringList InboundSettings::splitWords(const QString &typed)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    QStringList words;
    for (const QString &part : typed.split(separators, Qt::SkipEmptyParts)) {
        const QString word = part.simplified();
        if (!word.isEmpty())
            words.append(word);
    }
    return words;
}

QStringList InboundSettings::extras(const QStringList &list, const QStringList &builtIn)
{
    QStringList builtInCompact;
    for (const QString &word : builtIn)
        builtInCompact.append(KeywordMatcher::compact(word));
    QStringList out;
    for (const QString &word : list) {
        if (!builtInCompact.contains(KeywordMatcher::compact(word)))
            out.append(word);
    }
    return out;
}

QStringList InboundSettings::withExtras(const QStringList &builtIn, const QStringList &extraWords)
{
    return builtIn + extras(extraWords, builtIn);
}

QStringList InboundSettings::problems(const InboundRouterConfig &config)
{
    return keywordProblems(config) + replyProblems(config);
}

QStringList InboundSettings::keywordProblems(const InboundRouterConfig &config)
{
    QStringList found;
    const KeywordConfig defaults = KeywordConfig::defaults();
    const QList<NamedList> lists {
        {tr("opt-out words"), &config.keywords.optOut},
        {tr("opt-in words"), &config.keywords.optIn},
        {tr("opt-in words"), &config.keywords.optInUnlessAnswer},
        {tr("help words"), &config.keywords.help},
    };
    // Compact form → which list has it: a word in two lists would make one of them dead.
    QHash<QString, QString> owner;
    for (const NamedList &list : lists) {
        for (const QString &word : *list.words) {
            const QString compact = KeywordMatcher::compact(word);
            if (compact.isEmpty()) {
                found.append(tr("Keywords: \u201c%1\u201d has no letters or digits, so no text "
                                "could match it. Remove it.")
                                 .arg(word));
                continue;
            }
            const auto earlier = owner.constFind(compact);
            if (earlier != owner.cend() && *earlier != list.name)
                found.append(tr("Keywords: \u201c%1\u201d is in both the %2 and the %3. Keep it "
                                "in one list.")
                                 .arg(word, *earlier, list.name));
            owner.insert(compact, list.name);
        }
    }
    for (const QString &word : defaults.optOut) {
        if (!owner.contains(KeywordMatcher::compact(word)))
            found.append(tr("Keywords: the opt-out word %1 must keep working; the rules for "
                            "texting require it. Add it back.")
                             .arg(word));
    }

    QHash<QString, QString> faqWords;
    for (auto it = config.faq.cbegin(); it != config.faq.cend(); ++it) {
        const QString compact = KeywordMatcher::compact(it.key());
        if (compact.isEmpty()) {
            found.append(tr("Questions: a keyword needs letters or digits."));
            continue;
        }
        if (const auto taken = owner.constFind(compact); taken != owner.cend())
            found.append(
                tr("Questions: \u201c%1\u201d is already one of the %2. Choose another word.")
                    .arg(it.key(), *taken));
        if (const auto twice = faqWords.constFind(compact); twice != faqWords.cend())
            found.append(tr("Questions: \u201c%1\u201d and \u201c%2\u201d are the same keyword "
                            "to Rapport (case and punctuation do not count). Keep one.")
                             .arg(*twice, it.key()));
        faqWords.insert(compact, it.key());
        checkText(tr("Answer to %1").arg(it.key()), it.value(), found);
    }
    return found;
}

QStringList InboundSettings::replyProblems(const InboundRouterConfig &config)
{
    QStringList found;

    checkText(tr("How to reach a person"), config.contact, found);
    checkText(tr("How often you text"), config.frequency, found);
    checkText(tr("Opt-out confirmation"), config.optOutConfirmation, found);
    checkText(tr("Opt-in confirmation"), config.optInConfirmation, found);
    checkText(tr("Answer to HELP"), config.helpAnswer, found);
    if (config.awayEnabled) {
        checkText(tr("Away message"), config.awayMessage, found);
        if (config.hours.spans.isEmpty())
            found.append(tr("Away message: give your opening hours, or the away message would "
                            "answer every text."));
    } else {
        checkPlaceholders(tr("Away message"), config.awayMessage, found);
    }
    const auto repeat = config.awayRepeat.count();
    if (repeat < 1 || repeat > MaxAwayRepeatHours)
        found.append(
            tr("Away message: send it again after 1 to %1 hours.").arg(MaxAwayRepeatHours));
    return found;
}

QByteArray InboundSettings::toJson(const InboundRouterConfig &config)
{
    QJsonObject away;
    away.insert(QStringLiteral("enabled"), config.awayEnabled);
    away.insert(QStringLiteral("text"), config.awayMessage);
    away.insert(QStringLiteral("repeatHours"), qint64(config.awayRepeat.count()));
    away.insert(QStringLiteral("hours"), config.hours.toJson());
    QJsonObject faq;
    for (auto it = config.faq.cbegin(); it != config.faq.cend(); ++it)
        faq.insert(it.key(), it.value());
    QJsonObject object;
    object.insert(QStringLiteral("contact"), config.contact);
    object.insert(QStringLiteral("frequency"), config.frequency);
    object.insert(QStringLiteral("optOutConfirmation"), config.optOutConfirmation);
    object.insert(QStringLiteral("optInConfirmation"), config.optInConfirmation);
    object.insert(QStringLiteral("helpAnswer"), config.helpAnswer);
    object.insert(QStringLiteral("away"), away);
    object.insert(QStringLiteral("faq"), faq);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<void, QString> InboundSettings::save(Database &database, SettingsStore &settings,
    AuditLog &audit, const Actor &actor, const InboundRouterConfig &config)
{
    if (auto allowed = BusinessSettings::checkAllowed(actor, audit); !allowed)
        return allowed;
    if (const QStringList found = problems(config); !found.isEmpty())
        return fail(found.join(u' '));
    Transaction transaction(database);
    if (!transaction.isOpen())
        return fail(
            StorageError {StorageError::Code::QueryFailed, transaction.errorText()}.describe());
    const QList<std::pair<QString, QByteArray>> values {
        {KeywordConfig::SettingsKey, config.keywords.toJson()},
        {InboundRouterConfig::SettingsKey, toJson(config)},
    };
    for (const auto &[key, json] : values) {
        const QString value = QString::fromUtf8(json);
        if (const auto stored = settings.value(key); stored && *stored && **stored == value)
            continue;
        if (auto written = settings.setValue(actor, audit, key, value); !written)
            return fail(written.error().describe());
    }
    if (!transaction.commit())
        return fail(
            StorageError {StorageError::Code::QueryFailed, transaction.errorText()}.describe());
    return {};
}

} // namespace rapport::app
