#pragma once

#include <QString>
#include <QStringView>

namespace rapport::app {

// Keeps spreadsheets from running customer data as formulas ("CSV injection", OWASP). A cell
// that starts with = + - @ tab or carriage return is written with a leading apostrophe, which
// spreadsheets show as text. Plain numbers ("-12.50", "+447400123456") are left alone: they
// cannot call anything, and E.164 phone numbers must open in a spreadsheet as they are.
//
// The guard is reversible, so our own export imports back unchanged: protect() also adds an
// apostrophe to a value that already starts with apostrophes followed by one of those
// characters ("'=x" becomes "''=x"), and unprotect() removes exactly one apostrophe from any
// value of that shape. unprotect(protect(v)) == v for every string v.
class FormulaGuard final
{
public:
    [[nodiscard]] static bool startsFormula(QChar c);
    // An optional sign, ASCII digits, and at most one decimal point or comma between digits.
    [[nodiscard]] static bool isPlainNumber(QStringView cell);
    [[nodiscard]] static QString protect(const QString &cell);
    [[nodiscard]] static QString unprotect(const QString &cell);
};

} // namespace rapport::app
