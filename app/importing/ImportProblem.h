#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

namespace rapport::app {

// Why a whole file cannot be imported. Nothing from such a file is used: either its rows cannot
// be told apart any more (an unclosed quote) or it is not a text table at all. The UI words it
// with describe(); `detail` keeps the system's own message for "Details…" and logs.
struct ImportFileProblem
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(ImportProblem)

public:
    enum class Code {
        CannotOpen, // see detail
        TooLarge, // bigger than `limit` bytes
        Empty, // no bytes, or only blank lines
        SpreadsheetWorkbook, // an .xlsx/.ods (zip) or old .xls file, not CSV
        NotText, // an image, archive or other binary file; detail names the kind when known
        DamagedText, // says UTF-16 but its bytes do not add up
        MixedEncodings, // part UTF-8, part something else, from `line` on
        UnterminatedQuote, // the quote opened on `line` is never closed
        MalformedQuote, // the quote opened on `line` spans lines and closes in the wrong place
        EmptyColumnName, // `columns` holds the 1-based positions of the unnamed columns
        DuplicateColumnNames, // `columns` holds the names used more than once
        NoRows, // a header but nothing below it
        NoCards, // a .vcf without a single BEGIN:VCARD
    };
    Q_ENUM(Code)

    Code code = Code::CannotOpen;
    int line = 0; // 1-based; 0 when the problem is not on a particular line
    QStringList columns;
    qint64 limit = 0;
    QString fileName; // as the user knows it, for the message
    QString detail;

    // One or two sentences: what is wrong and what to do about it.
    [[nodiscard]] QString describe() const;
};

// Why one row (CSV record or vCard) was refused or imported without one of its values. A row
// problem never stops the rows after it.
struct RowProblem
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(ImportProblem)

public:
    enum class Code {
        // Refuse the row:
        WrongFieldCount, // fieldCount fields where the header has expectedFieldCount
        FieldTooLong, // `column` is longer than `limit` characters
        TextAfterClosingQuote, // `column` has text after its closing quote: "Ann "Nan" Smith"
        CardNotClosed, // BEGIN:VCARD without END:VCARD
        NoNameOrNumber, // a card without a name and without a telephone number
        // The row is imported without the value (warnings):
        BirthdayMalformed, // `value` is not a date or a day and month
        AnniversaryMalformed,
        ValueMalformed, // `column` (a vCard property) could not be decoded and was kept as is
        LineNotUnderstood, // a card line that is no property (kept as a continuation line)
    };
    Q_ENUM(Code)

    Code code = Code::WrongFieldCount;
    int line = 0; // 1-based line in the file where the problem is
    int fieldCount = 0;
    int expectedFieldCount = 0;
    QString column; // CSV column name or vCard property name
    QString value; // the offending text, shortened for display
    qint64 limit = 0;

    // False for the warnings: the row can still be imported without the value.
    [[nodiscard]] bool refusesRow() const;
    [[nodiscard]] QString describe() const;
};

} // namespace rapport::app
