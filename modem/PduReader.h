#pragma once

#include "modem/PduError.h"
#include "modem/Result.h"

#include <QByteArrayView>

#include <optional>

namespace rapport::modem {

// A cursor over PDU octets that cannot read past the end: every read either yields what was asked
// for or a Truncated error naming the field, so decoders stay safe on arbitrary (fuzzed) input.
class PduReader final
{
public:
    explicit PduReader(QByteArrayView data)
        : m_data(data)
    { }

    [[nodiscard]] qsizetype position() const { return m_position; }
    [[nodiscard]] qsizetype remaining() const { return m_data.size() - m_position; }
    [[nodiscard]] bool atEnd() const { return remaining() <= 0; }

    [[nodiscard]] Result<quint8, PduError> byte(const char *field)
    {
        if (atEnd())
            return fail(truncated(field, 1));
        return static_cast<quint8>(m_data[m_position++]);
    }

    [[nodiscard]] Result<QByteArrayView, PduError> bytes(qsizetype count, const char *field)
    {
        if (count < 0 || count > remaining())
            return fail(truncated(field, count));
        const QByteArrayView result = m_data.sliced(m_position, count);
        m_position += count;
        return result;
    }

    [[nodiscard]] PduError truncated(const char *field, qsizetype wanted) const
    {
        return {PduErrorCode::Truncated,
            QStringLiteral("%1 needs %2 octet(s) at offset %3 but only %4 remain")
                .arg(QLatin1String(field))
                .arg(wanted)
                .arg(m_position)
                .arg(remaining())};
    }

private:
    QByteArrayView m_data;
    qsizetype m_position = 0;
};

} // namespace rapport::modem
