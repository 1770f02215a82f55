#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace rapport::app {

struct CsvWriteOptions
{
    QChar delimiter = u',';
    // Excel opens UTF-8 without a byte order mark in the Windows code page, garbling accents.
    bool byteOrderMark = true;
    // See FormulaGuard; CsvReadOptions::undoFormulaGuard reverses it on our own re-import.
    bool guardFormulas = true;
};

// Writes RFC 4180 CSV: UTF-8, CRLF after every record, a value in double quotes (with inner
// quotes doubled) when it contains the delimiter, a quote or a line break, or starts or ends
// with a space or tab (which some readers would trim).
class CsvWriter final
{
public:
    // The device must be open for writing; the writer does not own it.
    explicit CsvWriter(QIODevice &device, CsvWriteOptions options = {});

    // False when the device refused the bytes (see its errorString()).
    [[nodiscard]] bool writeRow(const QStringList &cells);

    // A whole file in memory, byte order mark included when asked for.
    [[nodiscard]] static QByteArray encode(
        const QList<QStringList> &rows, const CsvWriteOptions &options = {});
    // One record with its CRLF, guarded and quoted as `options` say.
    [[nodiscard]] static QString formatRow(
        const QStringList &cells, const CsvWriteOptions &options);
    [[nodiscard]] static QString quoted(const QString &cell, QChar delimiter);

private:
    QIODevice &m_device;
    CsvWriteOptions m_options;
    bool m_started = false;
};

} // namespace rapport::app
