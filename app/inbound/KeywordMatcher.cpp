#include "app/inbound/KeywordMatcher.h"

#include <algorithm>

namespace rapport::app {
namespace {

constexpr qsizetype maxGap = 2;

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u2018' || c == u'`' || c == u'\u00B4'
        || c == u'\u02BC';
}

bool tokenMatches(const QString &word, const QString &token)
{
    if (token.endsWith(u'*'))
        return word.startsWith(QStringView(token).chopped(1));
    return word == token;
}

} // namespace

QString KeywordMatcher::compact(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

QStringList KeywordMatcher::words(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QStringList out;
    QString current;
    for (QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!isApostrophe(c) && !current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

KeywordMatcher::KeywordMatcher(KeywordConfig config)
    : m_config(std::move(config))
{
    // In order of precedence: a word in two lists counts as the first (an opt-out wins).
    const std::pair<const QStringList *, KeywordKind> lists[] = {
        {&m_config.optOut, KeywordKind::OptOut},
        {&m_config.optIn, KeywordKind::OptIn},
        {&m_config.optInUnlessAnswer, KeywordKind::OptInUnlessAnswer},
        {&m_config.help, KeywordKind::Help},
    };
    for (const auto &[list, kind] : lists) {
        for (const QString &word : *list) {
            const QString key = compact(word);
            if (!key.isEmpty() && !m_exact.contains(key))
                m_exact.insert(key, KeywordMatch {kind, word});
            if (kind == KeywordKind::OptOut)
                m_optOut.insert(key);
        }
    }
    for (const QString &word : std::as_const(m_config.fillers))
        m_fillers.insert(compact(word));
    for (const QString &word : std::as_const(m_config.gapWords))
        m_gapWords.insert(compact(word));
    for (const QString &source : std::as_const(m_config.revocation)) {
        Phrase phrase;
        phrase.source = source;
        for (const QString &part : source.split(u' ', Qt::SkipEmptyParts)) {
            const bool prefix = part.endsWith(u'*');
            QStringList tokens = words(part);
            if (tokens.isEmpty())
                continue;
            if (prefix)
                tokens.last().append(u'*');
            phrase.tokens.append(tokens);
        }
        if (!phrase.tokens.isEmpty())
            m_phrases.append(phrase);
    }
}

KeywordMatch KeywordMatcher::match(const QString &text) const
{
    const QString whole = compact(text);
    if (whole.isEmpty())
        return {};
    if (const auto exact = m_exact.constFind(whole); exact != m_exact.cend())
        return *exact;

    const QStringList textWords = words(text);
    QStringList rest;
    for (const QString &word : textWords) {
        if (!m_fillers.contains(word))
            rest.append(word);
    }
    // "STOP please", "stop stop", "Opt out now": opt-out words with nothing else of substance.
    if (!rest.isEmpty()) {
        const QString core = rest.join(QString());
        if (m_optOut.contains(core))
            return {KeywordKind::Revocation, m_exact.value(core).keyword};
        const bool onlyOptOutWords = std::all_of(rest.cbegin(), rest.cend(),
            [this](const QString &word) { return m_optOut.contains(word); });
        if (onlyOptOutWords)
            return {KeywordKind::Revocation, m_exact.value(rest.constFirst()).keyword};
    }
    for (const Phrase &phrase : m_phrases) {
        if (phraseMatches(textWords, phrase))
            return {KeywordKind::Revocation, phrase.source};
    }
    return {};
}

bool KeywordMatcher::phraseMatches(const QStringList &text, const Phrase &phrase) const
{
    for (qsizetype at = 0; at < text.size(); ++at) {
        if (tokenMatches(text.at(at), phrase.tokens.constFirst())
            && matchesFrom(text, at, phrase.tokens, 0))
            return true;
    }
    return false;
}

bool KeywordMatcher::matchesFrom(
    const QStringList &text, qsizetype at, const QStringList &tokens, qsizetype token) const
{
    if (token + 1 == tokens.size())
        return true;
    for (qsizetype next = at + 1; next < text.size() && next <= at + 1 + maxGap; ++next) {
        if (tokenMatches(text.at(next), tokens.at(token + 1))
            && matchesFrom(text, next, tokens, token + 1))
            return true;
        if (!m_gapWords.contains(text.at(next)))
            break;
    }
    return false;
}

} // namespace rapport::app
