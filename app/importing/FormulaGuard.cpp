#include "app/importing/FormulaGuard.h"

namespace rapport::app {

namespace {

constexpr QChar Apostrophe = u'\'';

qsizetype leadingApostrophes(QStringView cell)
{
    qsizetype n = 0;
    while (n < cell.size() && cell[n] == Apostrophe)
        ++n;
    return n;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

bool FormulaGuard::startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool FormulaGuard::isPlainNumber(QStringView cell)
{
    qsizetype i = 0;
    if (i < cell.size() && (cell[i] == u'+' || cell[i] == u'-'))
        ++i;
    bool digitsBefore = false;
    while (i < cell.size() && isAsciiDigit(cell[i])) {
        digitsBefore = true;
        ++i;
    }
    if (!digitsBefore)
        return false;
    if (i == cell.size())
        return true;
    if (cell[i] != u'.' && cell[i] != u',')
        return false;
    ++i;
    bool digitsAfter = false;
    while (i < cell.size() && isAsciiDigit(cell[i])) {
        digitsAfter = true;
        ++i;
    }
    return digitsAfter && i == cell.size();
}

QString FormulaGuard::protect(const QString &cell)
{
    const qsizetype quotes = leadingApostrophes(cell);
    if (quotes == cell.size() || !startsFormula(cell[quotes]))
        return cell;
    if (quotes == 0 && isPlainNumber(cell))
        return cell;
    return Apostrophe + cell;
}

QString FormulaGuard::unprotect(const QString &cell)
{
    const qsizetype quotes = leadingApostrophes(cell);
    if (quotes == 0 || quotes == cell.size() || !startsFormula(cell[quotes]))
        return cell;
    return cell.mid(1);
}

} // namespace rapport::app
