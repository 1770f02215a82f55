#include "app/threads/FtsQuery.h"

#include <QStringList>

#include <algorithm>

namespace rapport::app {

QString FtsQuery::matchExpression(const QString &userText)
{
    QStringList terms;
    for (const QString &word : userText.simplified().split(QChar(u' '), Qt::SkipEmptyParts)) {
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        QString quoted = word;
        quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        terms.append(QStringLiteral("\"%1\"*").arg(quoted));
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace rapport::app
