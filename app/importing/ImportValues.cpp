#include "app/importing/ImportValues.h"

#include <QLocale>
#include <QRegularExpression>

namespace rapport::app::ImportValues {
namespace {

// Where dates are written month first (numeric all-number forms).
bool monthFirst(const QString &region)
{
    static const QStringList regions {QStringLiteral("US"), QStringLiteral("PH"),
        QStringLiteral("FM"), QStringLiteral("MH"), QStringLiteral("PW"), QStringLiteral("AS"),
        QStringLiteral("GU"), QStringLiteral("MP"), QStringLiteral("PR"), QStringLiteral("VI"),
        QStringLiteral("UM"), QStringLiteral("BZ")};
    return regions.contains(region.toUpper());
}

int fullYear(int year)
{
    if (year >= 100)
        return year;
    const int thisYear = QDate::currentDate().year();
    const int candidate = 2000 + year;
    return candidate > thisYear ? 1900 + year : candidate;
}

std::optional<PartialDate> checked(int day, int month, std::optional<int> year)
{
    if (month < 1 || month > 12 || day < 1)
        return std::nullopt;
    // Without a year, check against a leap year so 29 February stands.
    if (day > QDate(year.value_or(2000), month, 1).daysInMonth())
        return std::nullopt;
    // Four digits make a year (Ada Lovelace's 1815 is a real birthday in a demo book); whether
    // a date is plausible for its field is the customer book's to judge, not the reader's.
    if (year && (*year < 1000 || *year > 2100))
        return std::nullopt;
    return PartialDate {day, month, year};
}

// "Mar", "March" and "Sept" name a month; "Marble" or "Junk" do not, although they start like
// one.
int monthFromName(const QString &name)
{
    const QString lower = name.toLower();
    const QLocale english(QLocale::English);
    for (int month = 1; month <= 12; ++month) {
        if (english.monthName(month, QLocale::LongFormat).toLower().startsWith(lower)
            && lower.size() >= 3)
            return month;
    }
    return 0;
}

// "1.234.567" and "1,23,456" group thousands (and Indian lakhs); "12.03.2024" is a date and
// "1.2.3" is no number at all. The first group has one to three digits, the last three, those
// between two or three.
bool groupsThousands(const QString &whole)
{
    static const QRegularExpression grouped(
        QStringLiteral("^\\d{1,3}(?:[.,]\\d{2,3})*[.,]\\d{3}$|^\\d*$"));
    return grouped.match(whole).hasMatch();
}

} // namespace

std::optional<PartialDate> parseDate(const QString &text, const QString &region)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T ].*)?$"));
    static const QRegularExpression noYear(QStringLiteral("^--(\\d{2})-?(\\d{2})$"));
    static const QRegularExpression numeric(
        QStringLiteral("^(\\d{1,2})[./-](\\d{1,2})(?:[./-](\\d{2}|\\d{4}))?\\.?$"));
    static const QRegularExpression yearFirst(
        QStringLiteral("^(\\d{4})[./](\\d{1,2})[./](\\d{1,2})$"));
    static const QRegularExpression dayName(
        QStringLiteral("^(\\d{1,2})(?:st|nd|rd|th)?\\.? ([A-Za-z]{3,9})\\.?,? ?(\\d{4})?$"));
    static const QRegularExpression nameDay(
        QStringLiteral("^([A-Za-z]{3,9})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? ?(\\d{4})?$"));

    if (const auto m = iso.match(s); m.hasMatch())
        return checked(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (const auto m = noYear.match(s); m.hasMatch())
        return checked(m.captured(2).toInt(), m.captured(1).toInt(), std::nullopt);
    if (const auto m = yearFirst.match(s); m.hasMatch())
        return checked(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (const auto m = numeric.match(s); m.hasMatch()) {
        int first = m.captured(1).toInt();
        int second = m.captured(2).toInt();
        const std::optional<int> year = m.captured(3).isEmpty()
            ? std::nullopt
            : std::optional<int>(fullYear(m.captured(3).toInt()));
        if (monthFirst(region))
            std::swap(first, second);
        return checked(first, second, year);
    }
    const auto named = [](const QString &day, const QString &month, const QString &year) {
        const int monthNumber = monthFromName(month);
        if (monthNumber == 0)
            return std::optional<PartialDate>();
        return checked(day.toInt(), monthNumber,
            year.isEmpty() ? std::nullopt : std::optional<int>(year.toInt()));
    };
    if (const auto m = dayName.match(s); m.hasMatch())
        return named(m.captured(1), m.captured(2), m.captured(3));
    if (const auto m = nameDay.match(s); m.hasMatch())
        return named(m.captured(2), m.captured(1), m.captured(3));
    return std::nullopt;
}

std::optional<qint64> parseAmountCents(const QString &text)
{
    QString s;
    bool negative = false;
    bool minusAfterDigits = false;
    for (const QChar c : text.trimmed()) {
        if (c.isDigit() || c == u'.' || c == u',') {
            // A minus between digits makes a range or a date ("12-15", "2024-03-12"), not an
            // amount; before the number or after it (accounting style) it is the sign.
            if (minusAfterDigits)
                return std::nullopt;
            s.append(c);
        } else if (c == u'-' || c == u'\u2212') {
            negative = true;
            minusAfterDigits = !s.isEmpty();
        } else if (c.isLetter() && !s.isEmpty()) {
            return std::nullopt; // "12 apples"
        }
        // currency symbols, codes before the number, spaces and apostrophes are dropped
    }
    // "12." and the Swiss "12.–" end in a separator with nothing after it.
    if (s.endsWith(u'.') || s.endsWith(u','))
        s.chop(1);
    if (s.isEmpty() || (!s.front().isDigit() && s.size() == 1))
        return std::nullopt;
    const qsizetype lastDot = s.lastIndexOf(u'.');
    const qsizetype lastComma = s.lastIndexOf(u',');
    const qsizetype decimal = std::max(lastDot, lastComma);
    QString whole = s;
    QString fraction;
    // A separator followed by one or two digits at the end is the decimal point; otherwise
    // every separator groups thousands ("1,234" is one thousand two hundred and thirty-four).
    if (decimal >= 0 && s.size() - decimal - 1 <= 2 && s.size() - decimal - 1 >= 1) {
        whole = s.left(decimal);
        fraction = s.mid(decimal + 1);
    }
    if (!groupsThousands(whole))
        return std::nullopt;
    whole.remove(u'.');
    whole.remove(u',');
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    bool ok = false;
    const qint64 units = whole.toLongLong(&ok);
    if (!ok || units > 1'000'000'000)
        return std::nullopt;
    const qint64 cents
        = units * 100 + (fraction.isEmpty() ? 0 : fraction.leftJustified(2, u'0').toInt());
    return negative ? -cents : cents;
}

std::optional<bool> parseYesNo(const QString &text)
{
    const QString s = text.trimmed().toLower().remove(u'-').remove(u'_').remove(u' ');
    static const QStringList yes {QStringLiteral("yes"), QStringLiteral("y"),
        QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("x"), QStringLiteral("ja"),
        QStringLiteral("j"), QStringLiteral("oui"), QStringLiteral("si"), QStringLiteral("sí"),
        QStringLiteral("optin"), QStringLiteral("optedin"), QStringLiteral("subscribed"),
        QStringLiteral("✓"), QStringLiteral("✔")};
    static const QStringList no {QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
        QStringLiteral("0"), QStringLiteral("nein"), QStringLiteral("non"),
        QStringLiteral("optout"), QStringLiteral("optedout"), QStringLiteral("unsubscribed")};
    if (yes.contains(s))
        return true;
    if (no.contains(s))
        return false;
    return std::nullopt;
}

} // namespace rapport::app::ImportValues
