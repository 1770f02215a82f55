#include "app/importing/CsvWriter.h"

#include "app/importing/FormulaGuard.h"

#include <QIODevice>

namespace rapport::app {

namespace {

const QByteArray Utf8ByteOrderMark("\xEF\xBB\xBF");

bool isEdgeSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

} // namespace

CsvWriter::CsvWriter(QIODevice &device, CsvWriteOptions options)
    : m_device(device)
    , m_options(options)
{ }

bool CsvWriter::writeRow(const QStringList &cells)
{
    QByteArray bytes;
    if (!m_started && m_options.byteOrderMark)
        bytes = Utf8ByteOrderMark;
    m_started = true;
    bytes += formatRow(cells, m_options).toUtf8();
    return m_device.write(bytes) == bytes.size();
}

QByteArray CsvWriter::encode(const QList<QStringList> &rows, const CsvWriteOptions &options)
{
    QString text;
    for (const QStringList &row : rows)
        text += formatRow(row, options);
    const QByteArray body = text.toUtf8();
    return options.byteOrderMark ? Utf8ByteOrderMark + body : body;
}

QString CsvWriter::formatRow(const QStringList &cells, const CsvWriteOptions &options)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += options.delimiter;
        line += quoted(
            options.guardFormulas ? FormulaGuard::protect(cells[i]) : cells[i], options.delimiter);
    }
    line += QLatin1String("\r\n");
    return line;
}

QString CsvWriter::quoted(const QString &cell, QChar delimiter)
{
    const bool needsQuotes = cell.contains(delimiter) || cell.contains(u'"') || cell.contains(u'\n')
        || cell.contains(u'\r')
        || (!cell.isEmpty() && (isEdgeSpace(cell.front()) || isEdgeSpace(cell.back())));
    if (!needsQuotes)
        return cell;
    QString escaped = cell;
    escaped.replace(u'"', QLatin1String("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace rapport::app
