#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <utility>

namespace rapport::app {

// One unfolded vCard content line, "[group.]name*(;param):value" (RFC 6350 §3.3, RFC 2426 §4,
// vCard 2.1 §2.1.3), with the value still escaped. Names and parameter names are upper-cased;
// TYPE values are lower-cased and split at commas even inside quotes (TYPE="cell,voice" is two
// types). vCard 2.1's bare parameters (TEL;CELL;PREF) become TYPE values, and its bare encodings
// (;QUOTED-PRINTABLE) an ENCODING parameter.
struct VCardProperty
{
    int line = 0;
    QString group; // "item1" for item1.TEL; Apple ties labels to values this way
    QString name;
    QList<std::pair<QString, QString>> parameters;
    QString value;

    // Nothing when the line has no colon outside quoted parameter values.
    static std::optional<VCardProperty> parse(QStringView line, int lineNumber);

    [[nodiscard]] QString parameter(QStringView name) const; // first value, empty if none
    [[nodiscard]] bool hasParameter(QStringView name) const;
    [[nodiscard]] bool hasType(QStringView type) const;
    // RFC 6350 PREF=1..100 (1 is most preferred), 3.0's TYPE=pref as 1, otherwise 101.
    [[nodiscard]] int preference() const;
    [[nodiscard]] bool isQuotedPrintable() const;
    [[nodiscard]] bool isBase64() const;

    // Backslash escapes of 3.0/4.0 text values: \n \N \, \; \\ (an unknown escape is kept).
    static QString unescape(QStringView text);
    // A structured value split at unescaped `separator`, each component unescaped unless asked
    // not to (N's components are comma lists that are split again).
    static QStringList split(QStringView text, QChar separator, bool unescapeParts = true);
    // RFC 2045 §6.7 quoted-printable (vCard 2.1 §2.1.5), then `charset` (UTF-8 when empty);
    // nothing when an escape is broken or the bytes are not in the declared charset.
    static std::optional<QString> decodeQuotedPrintable(QStringView text, const QString &charset);
};

} // namespace rapport::app
