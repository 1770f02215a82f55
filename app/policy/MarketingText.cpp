#include "app/policy/MarketingText.h"

namespace rapport::app {

bool MarketingText::startsWithSender(const QString &body, const QString &businessName)
{
    const QString name = businessName.simplified();
    return !name.isEmpty() && body.simplified().startsWith(name, Qt::CaseInsensitive);
}

bool MarketingText::containsOptOutLine(const QString &body, const QString &optOutLine)
{
    const QString line = optOutLine.simplified();
    return !line.isEmpty() && body.simplified().contains(line, Qt::CaseInsensitive);
}

QString MarketingText::withAdditions(const QString &body, const QString &businessName,
    bool identifySender, const QString &optOutLine)
{
    QString text = body;
    const QString name = businessName.simplified();
    if (identifySender && !name.isEmpty() && !startsWithSender(text, name))
        text = QStringLiteral("%1: %2").arg(name, text.trimmed());
    const QString line = optOutLine.trimmed();
    if (!line.isEmpty() && !containsOptOutLine(text, line)) {
        // Trailing spaces and blank lines would make the added line look like a second text.
        qsizetype end = text.size();
        while (end > 0 && text.at(end - 1).isSpace())
            --end;
        text = QStringLiteral("%1\n%2").arg(text.left(end), line);
    }
    return text;
}

} // namespace rapport::app
