#pragma once

#include "modem/PduError.h"
#include "modem/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace rapport::modem {

// The SMS "UCS-2" alphabet as phones really use it: UTF-16 big-endian, so characters outside the
// BMP (emoji) travel as surrogate pairs and survive. Lone surrogates are carried through unchanged
// in both directions; the segmenter is what keeps pairs together across parts.

[[nodiscard]] QByteArray encodeUcs2(QStringView text);

// Fails with OddUcs2Length when the octet count is odd: half a code unit cannot be decoded.
[[nodiscard]] Result<QString, PduError> decodeUcs2(QByteArrayView utf16be);

} // namespace rapport::modem
