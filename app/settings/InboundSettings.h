#pragma once

#include "app/inbound/InboundRouterConfig.h"
#include "modem/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rapport::app {

class AuditLog;
class Database;
class SettingsStore;
struct Actor;

// The keyword lists and automatic replies as the Settings page edits them: the inverse of
// InboundRouterConfig::load, with the checks a person needs before saving ("STOP" cannot become
// a FAQ word, a reply cannot name a placeholder nobody fills in). Saving needs the Settings
// permission and writes "keywords.config" and "inbound.config" in one transaction.
class InboundSettings final
{
    Q_DECLARE_TR_FUNCTIONS(InboundSettings)

public:
    InboundSettings() = delete;

    static constexpr int MaxAwayRepeatHours = 7 * 24;

    // The placeholders the reply texts may use: business, contact, frequency.
    [[nodiscard]] static QStringList placeholders();
    // "ARRET, ARRÊT; halt" → {"ARRET", "ARRÊT", "halt"}: words as a person lists them.
    [[nodiscard]] static QStringList splitWords(const QString &typed);
    // The words of `list` that `builtIn` does not have (compared as KeywordMatcher does).
    [[nodiscard]] static QStringList extras(const QStringList &list, const QStringList &builtIn);
    // `builtIn` followed by the extras it does not have yet.
    [[nodiscard]] static QStringList withExtras(
        const QStringList &builtIn, const QStringList &extras);

    // Each problem as a sentence naming the setting; empty when the configuration can be saved.
    [[nodiscard]] static QStringList problems(const InboundRouterConfig &config);
    // The same, split: the keyword lists and question keywords with their answers …
    [[nodiscard]] static QStringList keywordProblems(const InboundRouterConfig &config);
    // … and the automatic replies (confirmations, HELP, away message).
    [[nodiscard]] static QStringList replyProblems(const InboundRouterConfig &config);
    // The "inbound.config" text InboundRouterConfig::load reads back to the same values.
    [[nodiscard]] static QByteArray toJson(const InboundRouterConfig &config);

    static Result<void, QString> save(Database &database, SettingsStore &settings, AuditLog &audit,
        const Actor &actor, const InboundRouterConfig &config);
};

} // namespace rapport::app
