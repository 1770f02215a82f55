#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace rapport::modem {

// The GSM 7-bit default alphabet and its extension table (3GPP TS 23.038 §6.2.1), unpacked: one
// septet per byte. Decoded text is always a QString built from the tables, never a C string,
// because '@' is septet 0x00.

// The escape septet that introduces an extension-table character.
inline constexpr char gsm7Escape = 0x1B;

// Septets one UTF-16 unit costs: 1 (default table), 2 (extension table: ^ { } \ [ ~ ] | € and form
// feed), 0 (not representable; surrogates always are not).
[[nodiscard]] int gsm7SeptetCost(QChar c);

[[nodiscard]] bool isGsm7Encodable(QStringView text);

// Septets the text needs, or nothing when a character is not representable.
[[nodiscard]] std::optional<int> gsm7SeptetCount(QStringView text);

// Unpacked septets, or nothing when a character is not representable (no lossy substitution: the
// caller falls back to UCS-2 instead).
[[nodiscard]] std::optional<QByteArray> encodeGsm7(QStringView text);

// Septets to text. Only the low 7 bits of each byte count. An escape followed by a code the
// extension table does not define shows the default-table character (§6.2.1.1); escape-escape,
// reserved for a further table, and an escape at the very end show a space.
[[nodiscard]] QString decodeGsm7(QByteArrayView septets);

} // namespace rapport::modem
