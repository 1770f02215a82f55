#include "app/templates/TextCounter.h"

#include "modem/SmsSegmenter.h"

#include <QHash>

namespace rapport::app {
namespace {

// Characters that word processors and phone keyboards put in for plain ones. Each stand-in is
// in the GSM 7-bit default alphabet (3GPP TS 23.038 §6.2.1), so replacing every one of them
// keeps a text in GSM 7-bit.
const QHash<QString, QString> &replacements()
{
    static const QHash<QString, QString> table {
        {QStringLiteral("\u2018"), QStringLiteral("'")}, // left single quotation mark
        {QStringLiteral("\u2019"), QStringLiteral("'")}, // right single quotation mark
        {QStringLiteral("\u201A"), QStringLiteral("'")}, // single low-9 quotation mark
        {QStringLiteral("\u2032"), QStringLiteral("'")}, // prime
        {QStringLiteral("\u201C"), QStringLiteral("\"")}, // left double quotation mark
        {QStringLiteral("\u201D"), QStringLiteral("\"")}, // right double quotation mark
        {QStringLiteral("\u201E"), QStringLiteral("\"")}, // double low-9 quotation mark
        {QStringLiteral("\u2033"), QStringLiteral("\"")}, // double prime
        {QStringLiteral("\u00AB"), QStringLiteral("\"")}, // left guillemet
        {QStringLiteral("\u00BB"), QStringLiteral("\"")}, // right guillemet
        {QStringLiteral("\u2013"), QStringLiteral("-")}, // en dash
        {QStringLiteral("\u2014"), QStringLiteral("-")}, // em dash
        {QStringLiteral("\u2212"), QStringLiteral("-")}, // minus sign
        {QStringLiteral("\u2010"), QStringLiteral("-")}, // hyphen
        {QStringLiteral("\u2011"), QStringLiteral("-")}, // non-breaking hyphen
        {QStringLiteral("\u2026"), QStringLiteral("...")}, // horizontal ellipsis
        {QStringLiteral("\u00A0"), QStringLiteral(" ")}, // no-break space
        {QStringLiteral("\u202F"), QStringLiteral(" ")}, // narrow no-break space
        {QStringLiteral("\u2009"), QStringLiteral(" ")}, // thin space
        {QStringLiteral("\u2022"), QStringLiteral("-")}, // bullet
        {QStringLiteral("\u00B4"), QStringLiteral("'")}, // acute accent used as apostrophe
        {QStringLiteral("\u0060"), QStringLiteral("'")}, // grave accent (not in GSM 7-bit)
    };
    return table;
}

} // namespace

bool TextCount::hasReplaceableCulprits() const
{
    for (const Culprit &culprit : culprits) {
        if (!culprit.replacement.isEmpty())
            return true;
    }
    return false;
}

TextCount countText(const QString &text)
{
    const modem::SegmentedText segmented = modem::segmentText(text);
    TextCount count;
    count.ucs2 = segmented.encoding == modem::SmsEncoding::Ucs2;
    count.parts = segmented.partCount();
    count.units = segmented.totalUnits;
    count.unitsPerPart = segmented.unitsPerPartLimit;
    count.unitsLeftInPart = segmented.unitsLeftInLastPart;
    for (const modem::UnencodableCharacter &culprit : segmented.ucs2Culprits)
        count.culprits.append(
            {culprit.character, culprit.positions, gsmReplacement(culprit.character)});
    return count;
}

QString gsmReplacement(const QString &character)
{
    return replacements().value(character);
}

QString withGsmReplacements(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype width = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString character = text.mid(i, width);
        const auto replacement = replacements().constFind(character);
        out += replacement == replacements().constEnd() ? character : *replacement;
        i += width - 1;
    }
    return out;
}

} // namespace rapport::app
