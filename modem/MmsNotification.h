#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>

namespace rapport::modem {

// What an M-Notification.ind (OMA-TS-MMS_ENC-V1_3 §6.2) says about an MMS waiting at the
// operator's MMSC — enough for the UI to say "MMS from X, cannot be downloaded". Fetching it
// needs a data connection through the operator's APN, which this application does not make.
struct MmsNotification
{
    // The sender as the MMSC gives it, without the "/TYPE=PLMN" suffix: "+15122977683". Empty
    // when absent or hidden (Insert-address-token). Often a better answer than the SMS
    // originator, which is usually the MMSC's own number.
    QString from;
    QString subject;
    QString contentLocation; // the URL the MMS would be fetched from
    QString transactionId;
    std::optional<quint64> messageSize; // octets

    // Nothing when the body is not an M-Notification.ind (X-Mms-Message-Type 0x82) or is cut
    // short before its headers end. Headers this layer does not read are skipped by their
    // encoding, so unknown ones do no harm.
    [[nodiscard]] static std::optional<MmsNotification> parse(QByteArrayView body);

    friend bool operator==(const MmsNotification &, const MmsNotification &) = default;
};

} // namespace rapport::modem
