#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace rapport::modem {

// WDP ports of WAP over SMS (WAP-259-WDP, Appendix B): connectionless push, and the
// connectionless WSP session port that some servers address pushes to.
inline constexpr quint16 wapPushPort = 2948;
inline constexpr quint16 wapConnectionlessPort = 9200;

// The WSP content type code of an MMS notification (WAP-230-WSP Appendix A, Table 40:
// application/vnd.wap.mms-message = 0x3E, sent as the short integer 0xBE).
inline constexpr quint32 wspContentTypeMms = 0x3E;

// A connectionless WSP Push PDU (WAP-230-WSP §8.2.4.1) as carried in the user data of SMS to the
// push port, reassembled: transaction id, PDU type, headers length, content type and headers,
// then the body.
struct WapPush
{
    std::optional<quint8> transactionId; // absent when the sender left it out
    quint8 pduType = 0; // 0x06 Push, 0x07 ConfirmedPush
    // The media type as text: as sent, or from the table of well-known codes this layer knows
    // (empty for other codes — see wellKnownContentType).
    QString contentType;
    std::optional<quint32> wellKnownContentType; // when the type was sent as a code
    QByteArray headers; // the headers after the content type, still encoded
    QByteArray body;

    [[nodiscard]] bool isMmsNotification() const;

    // Nothing when the data is not a Push PDU or is cut short. Some servers omit the
    // transaction id; both forms are accepted.
    [[nodiscard]] static std::optional<WapPush> parse(QByteArrayView datagram);

    friend bool operator==(const WapPush &, const WapPush &) = default;
};

} // namespace rapport::modem
