#pragma once

#include "modem/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rapport::app {

class SettingsStore;

// The words the KeywordMatcher listens for. Defaults are COMPLIANCE.md's (CTIA practice, FCC
// rules in force since 11 April 2025); a business may extend them (another language's STOP) in
// the setting "keywords.config", a JSON object with any of these lists as arrays of strings.
struct KeywordConfig
{
    // Alone in the message, case, spacing and punctuation ignored.
    QStringList optOut; // STOP, STOPALL, END, CANCEL, UNSUBSCRIBE, QUIT, REVOKE, OPT OUT
    QStringList optIn; // START, UNSTOP
    QStringList optInUnlessAnswer; // YES: opt-in only when no open question takes it
    QStringList help; // HELP, INFO
    // Plain-language revocations, found anywhere in a message ("please stop texting me"). Words
    // separated by spaces; a word ending in '*' matches by prefix ("text*": text, texts,
    // texting); up to two fill words ("the", "these", "all" …) may stand between two words.
    QStringList revocation;
    // Politeness around an opt-out keyword ("STOP please", "stop it now"): not the keyword
    // alone, so not an opt-out by the letter, but clearly meant as one — raised for review.
    QStringList fillers;
    // Words allowed between the words of a revocation phrase.
    QStringList gapWords;

    static inline const QString SettingsKey = QStringLiteral("keywords.config");

    [[nodiscard]] static KeywordConfig defaults();
    // Lists missing from the JSON keep their defaults; anything that is not a JSON object of
    // string arrays is refused with a sentence saying where.
    [[nodiscard]] static Result<KeywordConfig, QString> fromJson(const QByteArray &json);
    [[nodiscard]] QByteArray toJson() const;
    // The stored setting, or the defaults when there is none or it does not read (logged).
    [[nodiscard]] static KeywordConfig load(const SettingsStore &settings);
};

} // namespace rapport::app
