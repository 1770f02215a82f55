#include "app/importing/CsvTokenizer.h"

namespace rapport::app {

namespace {

constexpr QChar Quote = u'"';

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

int countLineEnds(QStringView text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n'
            || (text[i] == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n')))
            ++n;
    }
    return n;
}

} // namespace

bool CsvTokenizer::Record::isBlank() const
{
    for (const QString &f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

CsvTokenizer::CsvTokenizer(
    QStringView text, QChar delimiter, qsizetype maxFieldLength, qsizetype start, int startLine)
    : m_text(text)
    , m_delimiter(delimiter)
    , m_maxFieldLength(maxFieldLength)
    , m_pos(start)
    , m_line(startLine)
{ }

bool CsvTokenizer::atLineEnd() const
{
    return m_pos < m_text.size() && isLineEnd(m_text[m_pos]);
}

void CsvTokenizer::skipLineEnd()
{
    if (m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
}

bool CsvTokenizer::next(Record &record)
{
    record = Record {};
    while (atLineEnd())
        skipLineEnd();
    if (m_pos >= m_text.size())
        return false;
    record.line = m_line;
    // Records mostly have the header's width: one allocation instead of a growing list.
    record.fields.reserve(m_fieldsInLastRecord);
    for (;;) {
        QString field;
        if (m_pos < m_text.size() && m_text[m_pos] == Quote)
            readQuoted(record, field);
        else
            readPlain(field);
        if (field.size() > m_maxFieldLength) {
            if (record.tooLongField < 0)
                record.tooLongField = record.fields.size();
            field = QString(); // the row is refused anyway: do not keep megabytes for it
        }
        record.fields.append(std::move(field));
        if (!record.unterminatedQuote && m_pos < m_text.size() && m_text[m_pos] == m_delimiter) {
            ++m_pos;
            continue;
        }
        if (!record.unterminatedQuote && m_pos < m_text.size())
            skipLineEnd();
        m_fieldsInLastRecord = record.fields.size();
        return true;
    }
}

void CsvTokenizer::readPlain(QString &field)
{
    const qsizetype start = m_pos;
    while (m_pos < m_text.size() && m_text[m_pos] != m_delimiter && !isLineEnd(m_text[m_pos]))
        ++m_pos;
    field.append(m_text.sliced(start, m_pos - start));
}

void CsvTokenizer::readQuoted(Record &record, QString &field)
{
    const int openLine = m_line;
    const qsizetype index = record.fields.size();
    ++m_pos;
    for (;;) {
        const qsizetype quote = m_text.indexOf(Quote, m_pos);
        if (quote < 0) {
            const QStringView rest = m_text.sliced(m_pos);
            field.append(rest);
            m_line += countLineEnds(rest);
            m_pos = m_text.size();
            record.unterminatedQuote = true;
            record.quoteLine = openLine;
            return;
        }
        const QStringView part = m_text.sliced(m_pos, quote - m_pos);
        field.append(part);
        m_line += countLineEnds(part);
        if (quote + 1 < m_text.size() && m_text[quote + 1] == Quote) {
            field.append(Quote);
            m_pos = quote + 2;
            continue;
        }
        m_pos = quote + 1;
        break;
    }
    if (m_pos < m_text.size() && m_text[m_pos] != m_delimiter && !isLineEnd(m_text[m_pos])) {
        if (record.textAfterQuoteField < 0) {
            record.textAfterQuoteField = index;
            record.quoteLine = openLine;
            record.quoteSpansLines = m_line != openLine;
        }
        readPlain(field);
    }
}

} // namespace rapport::app
