#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace rapport::modem {

// A cursor over WAP WSP encoded data (WAP-230-WSP §8.1.2 and §8.4), the encoding of WAP push
// headers and of MMS PDUs (OMA-TS-MMS_ENC §7). Every read checks the length first and fails with
// nothing instead of reading past the end; a failed read leaves the position where it was.
class WspReader final
{
public:
    // The reader keeps a view, not a copy: the data must outlive it.
    explicit WspReader(QByteArrayView data)
        : m_data(data)
    { }
    WspReader(QByteArray &&) = delete;

    [[nodiscard]] bool atEnd() const { return m_position >= m_data.size(); }
    [[nodiscard]] qsizetype position() const { return m_position; }
    [[nodiscard]] QByteArrayView rest() const { return m_data.sliced(m_position); }

    [[nodiscard]] std::optional<quint8> peek() const;
    std::optional<quint8> octet();
    std::optional<QByteArrayView> bytes(qsizetype count);
    // Uintvar: 7 bits per octet, most significant first, bit 7 set on all but the last; at most
    // five octets (32 bits).
    std::optional<quint32> uintvar();
    // Value-length: a short length 0–30, or 31 (Length-quote) followed by a uintvar.
    std::optional<quint32> valueLength();
    // Text-string: octets up to a NUL, which is consumed; a leading quote (0x7F) is dropped.
    std::optional<QByteArray> textString();
    // Integer-value: a short integer (one octet with bit 7 set) or a long integer (a length 1–8
    // followed by that many octets, most significant first).
    std::optional<quint64> integerValue();
    // Skips one field value whatever its type, which its first octet tells (§8.4.1.2): 0–30 a
    // value of that length, 31 a value whose length follows, 32–127 a text string, 128–255 a
    // one-octet short integer.
    bool skipValue();

private:
    QByteArrayView m_data;
    qsizetype m_position = 0;
};

} // namespace rapport::modem
