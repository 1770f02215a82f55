#pragma once

#include "app/inbound/KeywordConfig.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace rapport::app {

enum class KeywordKind : quint8 {
    None,
    OptOut, // STOP and its kin, alone in the message
    OptIn, // START, UNSTOP
    OptInUnlessAnswer, // YES: an opt-in unless an open question of the thread takes it
    Help, // HELP, INFO
    Revocation, // plain-language opt-out: flag for a person to review (COMPLIANCE.md)
};

struct KeywordMatch
{
    KeywordKind kind = KeywordKind::None;
    QString keyword; // the configured word or phrase that matched

    [[nodiscard]] bool matched() const { return kind != KeywordKind::None; }
};

// Reads what a customer's text means before anything else does (COMPLIANCE.md, Keywords).
// Keywords count only alone in the message — any case, full-width or accented forms folded by
// NFKC, spaces, punctuation and emoji around or inside ignored ("Stop." "  stop!! " "Opt-Out"),
// never as a word in a sentence ("stop by tomorrow"). Revocation phrases are found anywhere,
// leniently (apostrophes dropped, prefixes, a couple of fill words in between). Pure and cheap.
class KeywordMatcher final
{
public:
    explicit KeywordMatcher(KeywordConfig config = KeywordConfig::defaults());

    [[nodiscard]] KeywordMatch match(const QString &text) const;
    [[nodiscard]] const KeywordConfig &config() const { return m_config; }

    // The text as a whole-message keyword is compared: NFKC, case-folded, letters and digits
    // only ("  Opt-Out! " → "optout"). Reply codes and FAQ words compare the same way.
    [[nodiscard]] static QString compact(const QString &text);
    // The words of a text as phrases are matched: NFKC, case-folded, apostrophes dropped ("don't"
    // → "dont"), split at everything that is not a letter or digit.
    [[nodiscard]] static QStringList words(const QString &text);

private:
    struct Phrase
    {
        QStringList tokens; // a token ending in '*' matches by prefix
        QString source;
    };

    [[nodiscard]] bool phraseMatches(const QStringList &text, const Phrase &phrase) const;
    [[nodiscard]] bool matchesFrom(
        const QStringList &text, qsizetype at, const QStringList &tokens, qsizetype token) const;

    KeywordConfig m_config;
    QHash<QString, KeywordMatch> m_exact; // compact form → match
    QSet<QString> m_optOut; // compact forms of the opt-out words
    QSet<QString> m_fillers;
    QSet<QString> m_gapWords;
    QList<Phrase> m_phrases;
};

} // namespace rapport::app
