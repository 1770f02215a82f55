#include "app/policy/Jurisdiction.h"

#include <QRegularExpression>

namespace rapport::app {

namespace {

// ISO 3166-1 alpha-2, optionally "-" and an ISO 3166-2 subdivision code (1–3 letters or
// digits).
const QRegularExpression &codePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$"));
    return pattern;
}

} // namespace

QString Jurisdiction::code() const
{
    if (country.isEmpty())
        return {};
    if (subdivision.isEmpty())
        return country;
    return QStringLiteral("%1-%2").arg(country, subdivision);
}

bool Jurisdiction::isValidCode(const QString &code)
{
    return codePattern().match(code.trimmed().toUpper()).hasMatch();
}

Jurisdiction Jurisdiction::fromCode(const QString &code)
{
    const QRegularExpressionMatch match = codePattern().match(code.trimmed().toUpper());
    if (!match.hasMatch())
        return {};
    return Jurisdiction {match.captured(1), match.captured(2)};
}

} // namespace rapport::app
