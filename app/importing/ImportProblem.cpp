#include "app/importing/ImportProblem.h"

#include <QCoreApplication>

namespace rapport::app {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

QString saveAsCsvUtf8()
{
    return QCoreApplication::translate("ImportProblem",
        "Open it in your spreadsheet and save it again as \"CSV UTF-8\", then import that "
        "file.");
}

} // namespace

QString ImportFileProblem::describe() const
{
    switch (code) {
    case Code::CannotOpen:
        return tr("Rapport could not open the file %1. Check that it still exists and that you "
                  "are allowed to read it.")
            .arg(fileName);
    case Code::TooLarge:
        return tr("The file is larger than %1 MB, more than a customer list should be. Check "
                  "that you picked the right file, or split it into smaller files.")
            .arg(megabytes(limit));
    case Code::Empty:
        return tr("The file is empty. Check that you picked the right file and that it was "
                  "saved completely.");
    case Code::SpreadsheetWorkbook:
        return tr("This is a spreadsheet workbook (such as .xlsx), not a CSV file. In your "
                  "spreadsheet choose File > Save As > \"CSV UTF-8\", then import that file.");
    case Code::NotText:
        return (detail.isEmpty() ? tr("This file does not contain text.")
                                 : tr("This file is a %1, not a text file.").arg(detail))
            + u' '
            + tr("Import a CSV file (saved from a spreadsheet) or a vCard file (.vcf) exported "
                 "from your phone or address book.");
    case Code::DamagedText:
        return tr("The file says it is Unicode (UTF-16) text but parts of it are damaged.") + u' '
            + saveAsCsvUtf8();
    case Code::MixedEncodings:
        return tr("From line %1 on, the file uses a different text encoding than the rest of it, "
                  "so accented letters would come out wrong.")
                   .arg(line)
            + u' ' + saveAsCsvUtf8();
    case Code::UnterminatedQuote:
        return tr("The double quote (\") that opens a value on line %1 is never closed, so the "
                  "rows after it cannot be told apart. Add the missing quote on that line, or "
                  "save the file again from your spreadsheet.")
            .arg(line);
    case Code::MalformedQuote:
        return tr("The double quote (\") that opens a value on line %1 is closed on a later line "
                  "in the wrong place, so the rows after it cannot be told apart. Check the "
                  "quotes on line %1, or save the file again from your spreadsheet.")
            .arg(line);
    case Code::EmptyColumnName:
        return tr("Column %1 of the first row has no name. Give every column a heading in the "
                  "first row, or delete the empty column.")
            .arg(columns.join(QStringLiteral(", ")));
    case Code::DuplicateColumnNames:
        return tr("More than one column is called %1. Give each column a different heading in "
                  "the first row.")
            .arg(columns.join(QStringLiteral(", ")));
    case Code::NoRows:
        return tr("The file has column headings but no customers below them. Check that you "
                  "picked the right file.");
    case Code::NoCards:
        return tr("The file contains no contact cards (no BEGIN:VCARD line). Export the "
                  "contacts again as vCard (.vcf) from your phone or address book.");
    }
    return {};
}

bool RowProblem::refusesRow() const
{
    switch (code) {
    case Code::WrongFieldCount:
    case Code::FieldTooLong:
    case Code::TextAfterClosingQuote:
    case Code::CardNotClosed:
    case Code::NoNameOrNumber:
        return true;
    case Code::BirthdayMalformed:
    case Code::AnniversaryMalformed:
    case Code::ValueMalformed:
    case Code::LineNotUnderstood:
        return false;
    }
    return true;
}

QString RowProblem::describe() const
{
    switch (code) {
    case Code::WrongFieldCount:
        return tr("Line %1 has %2 values but the header has %3. A comma or semicolon inside a "
                  "value must be in double quotes; check that line in your spreadsheet.")
            .arg(line)
            .arg(fieldCount)
            .arg(expectedFieldCount);
    case Code::FieldTooLong:
        return tr("On line %1 the value in column \"%2\" is longer than %3 characters, too long "
                  "to be a customer detail. Shorten it, or check that the column is the right "
                  "one.")
            .arg(line)
            .arg(column)
            .arg(limit);
    case Code::TextAfterClosingQuote:
        return tr("On line %1 the value in column \"%2\" has text after its closing double "
                  "quote. Write a double quote inside a value as two (\"\"), or remove it.")
            .arg(line)
            .arg(column);
    case Code::CardNotClosed:
        return tr("The contact card that starts on line %1 has no END:VCARD line, so it may be "
                  "cut off. Export the contacts again.")
            .arg(line);
    case Code::NoNameOrNumber:
        return tr("The contact card that starts on line %1 has neither a name nor a telephone "
                  "number. Add one of them in your address book, or leave this card out.")
            .arg(line);
    case Code::BirthdayMalformed:
        return tr("The birthday \"%1\" on line %2 is not a date; the customer is imported "
                  "without it. Enter it later as day and month (the year is optional).")
            .arg(value)
            .arg(line);
    case Code::AnniversaryMalformed:
        return tr("The anniversary \"%1\" on line %2 is not a date; the customer is imported "
                  "without it. Enter it later as a date.")
            .arg(value)
            .arg(line);
    case Code::ValueMalformed:
        return tr("The %1 on line %2 could not be decoded and was kept as it is written in the "
                  "file. Check it after the import.")
            .arg(column)
            .arg(line);
    case Code::LineNotUnderstood:
        return tr("Line %1 is not written the way contact cards are; it may belong to the line "
                  "before it. Check that customer's details after the import.")
            .arg(line);
    }
    return {};
}

} // namespace rapport::app
