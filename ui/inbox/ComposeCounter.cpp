#include "ui/inbox/ComposeCounter.h"

#include <QStringList>

namespace rapport::ui {

namespace {
constexpr int shownCulprits = 3;
} // namespace

QString ComposeCounter::characterName(const QString &character)
{
    if (character.isEmpty())
        return {};
    const QChar first = character.at(0);
    if (first == QChar(0x00A0) || first == QChar(0x202F))
        return tr("a non-breaking space");
    if (first.isSpace())
        return tr("a special space");
    if (first.category() == QChar::Other_Format || first.category() == QChar::Other_Control)
        return tr("an invisible character (U+%1)")
            .arg(
                QString::number(first.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    return character;
}

ComposeCounter ComposeCounter::describe(const app::TextCount &count)
{
    ComposeCounter words;
    // Singular and plural spelled out: no English .qm supplies numerus forms for "%n".
    words.counter = count.parts == 1
        ? tr("%1 / 1 text", "characters / parts").arg(count.units)
        : tr("%1 / %2 texts", "characters / parts").arg(count.units).arg(count.parts);
    words.counterDetail = count.unitsLeftInPart == 1
        ? tr("1 character left in this text")
        : tr("%1 characters left in this text").arg(count.unitsLeftInPart);
    if (!count.ucs2)
        return words;
    QStringList culprits;
    QStringList swaps;
    for (const app::TextCount::Culprit &culprit : count.culprits) {
        if (culprits.size() < shownCulprits)
            culprits << characterName(culprit.character);
        if (!culprit.replacement.isEmpty())
            swaps << tr("%1 with %2", "replace X with Y")
                         .arg(characterName(culprit.character), culprit.replacement);
    }
    if (count.culprits.size() > shownCulprits)
        culprits << tr("%1 more").arg(count.culprits.size() - shownCulprits);
    const QString because = culprits.join(QStringLiteral(", "));
    words.encoding = count.parts == 1
        ? tr("UCS-2: 1 part because of %1").arg(because)
        : tr("UCS-2: %1 parts because of %2").arg(QString::number(count.parts), because);
    words.canReplace = !swaps.isEmpty();
    if (swaps.size() == 1 && count.culprits.size() == 1) {
        words.encoding += tr(" — replace with %1").arg(count.culprits.constFirst().replacement);
    } else if (!swaps.isEmpty()) {
        swaps.resize(std::min<qsizetype>(swaps.size(), shownCulprits));
        words.encoding += tr(" — replace %1").arg(swaps.join(QStringLiteral(", ")));
    }
    return words;
}

} // namespace rapport::ui
