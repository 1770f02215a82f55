#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace rapport::app {

// Splits RFC 4180 text into records, one at a time, and notes what is wrong with each instead of
// judging it: CsvReader decides what refuses a row and what refuses the file. Quotes are special
// only at the start of a field (a bare quote inside a plain field, as in 5" nails, is text).
// Line ends may be CRLF, LF or CR; blank lines between records are skipped. Values are kept
// exactly, including line breaks inside quotes. Linear in the length of the text.
class CsvTokenizer final
{
public:
    struct Record
    {
        int line = 0; // where the record starts, 1-based
        QStringList fields;
        int quoteLine = 0; // where the broken quoted field below opened
        bool unterminatedQuote = false; // ran to the end of the text: the last field holds the rest
        qsizetype textAfterQuoteField = -1; // index of the first field with text after its quote
        bool quoteSpansLines = false; // that field's quotes enclosed a line break
        qsizetype tooLongField = -1; // index of the first field over the limit (left empty)

        [[nodiscard]] bool isBlank() const;
    };

    CsvTokenizer(QStringView text, QChar delimiter, qsizetype maxFieldLength, qsizetype start = 0,
        int startLine = 1);

    // Reads the next record into `record`; false when only blank lines were left.
    bool next(Record &record);

private:
    bool atLineEnd() const;
    void skipLineEnd();
    void readPlain(QString &field);
    void readQuoted(Record &record, QString &field);

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_maxFieldLength;
    qsizetype m_pos;
    int m_line;
    qsizetype m_fieldsInLastRecord = 1;
};

} // namespace rapport::app
