#include "modem/WspReader.h"

namespace rapport::modem {

namespace {

constexpr quint8 lengthQuote = 31;
constexpr quint8 textQuote = 0x7F;
constexpr int maxUintvarOctets = 5;

} // namespace

std::optional<quint8> WspReader::peek() const
{
    if (atEnd())
        return std::nullopt;
    return static_cast<quint8>(m_data[m_position]);
}

std::optional<quint8> WspReader::octet()
{
    const std::optional<quint8> value = peek();
    if (value)
        ++m_position;
    return value;
}

std::optional<QByteArrayView> WspReader::bytes(qsizetype count)
{
    if (count < 0 || count > m_data.size() - m_position)
        return std::nullopt;
    const QByteArrayView result = m_data.sliced(m_position, count);
    m_position += count;
    return result;
}

std::optional<quint32> WspReader::uintvar()
{
    const qsizetype start = m_position;
    quint64 value = 0;
    for (int i = 0; i < maxUintvarOctets; ++i) {
        const std::optional<quint8> next = octet();
        if (!next)
            break;
        value = (value << 7) | (*next & 0x7F);
        if ((*next & 0x80) == 0) {
            if (value > 0xFFFFFFFFull)
                break;
            return static_cast<quint32>(value);
        }
    }
    m_position = start;
    return std::nullopt;
}

std::optional<quint32> WspReader::valueLength()
{
    const std::optional<quint8> first = peek();
    if (!first || *first > lengthQuote)
        return std::nullopt;
    const qsizetype start = m_position;
    ++m_position;
    if (*first < lengthQuote)
        return *first;
    const std::optional<quint32> length = uintvar();
    if (!length)
        m_position = start;
    return length;
}

std::optional<QByteArray> WspReader::textString()
{
    const qsizetype start = m_position;
    if (peek() == textQuote)
        ++m_position;
    const qsizetype end = m_data.indexOf('\0', m_position);
    if (end < 0) {
        m_position = start;
        return std::nullopt;
    }
    QByteArray text = m_data.sliced(m_position, end - m_position).toByteArray();
    m_position = end + 1;
    return text;
}

std::optional<quint64> WspReader::integerValue()
{
    const std::optional<quint8> first = peek();
    if (!first)
        return std::nullopt;
    if (*first & 0x80) {
        ++m_position;
        return *first & 0x7F;
    }
    if (*first == 0 || *first > 8)
        return std::nullopt;
    const qsizetype start = m_position;
    ++m_position;
    const std::optional<QByteArrayView> octets = bytes(*first);
    if (!octets) {
        m_position = start;
        return std::nullopt;
    }
    quint64 value = 0;
    for (const char c : *octets)
        value = (value << 8) | static_cast<quint8>(c);
    return value;
}

bool WspReader::skipValue()
{
    const std::optional<quint8> first = peek();
    if (!first)
        return false;
    if (*first <= lengthQuote) {
        const qsizetype start = m_position;
        const std::optional<quint32> length = valueLength();
        if (!length || !bytes(*length)) {
            m_position = start;
            return false;
        }
        return true;
    }
    if (*first < 0x80)
        return textString().has_value();
    ++m_position;
    return true;
}

} // namespace rapport::modem
