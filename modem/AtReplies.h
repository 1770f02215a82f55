#pragma once

#include "modem/ModemStatus.h"

#include <QByteArrayView>

namespace rapport::modem {

// Parsers for the reply lines of the commands a session uses. Each takes one line as the modem
// sent it (prefix included) and tolerates the shapes real modems produce; nullopt means the line
// could not be understood.
namespace AtReplies {

struct StoredMessageRef
{
    QByteArray storage; // "SM", "ME", "SR" …
    int index = -1;
};

struct ListedMessageHeader
{
    int index = -1;
    int status = -1; // 0 received unread, 1 received read, 2 stored unsent, 3 stored sent
    int length = -1; // TPDU length in octets (without the SMSC field)
};

struct PinAttempts
{
    std::optional<int> pin;
    std::optional<int> puk;
};

std::optional<SimState> simState(QByteArrayView line); // +CPIN: READY
std::optional<PinAttempts> pinAttempts(QByteArrayView line); // ^CPIN, +QPINC, +CPINC
// +CREG/+CGREG/+CEREG. `solicited` = the answer to a "?" query (leading <n> field), as opposed to
// the unsolicited form that starts with <stat>.
std::optional<Registration> registration(QByteArrayView line, bool solicited);
std::optional<SignalQuality> signalQuality(QByteArrayView line); // +CSQ: 17,99
std::optional<QString> operatorName(QByteArrayView line); // +COPS: 0,0,"Name",7
QList<StorageUsage> storageUsage(QByteArrayView line); // +CPMS? and +CPMS= answers
QList<QList<QByteArray>> supportedStorages(QByteArrayView line); // +CPMS=? answer
std::optional<StoredMessageRef> storedIndication(QByteArrayView line); // +CMTI / +CDSI
std::optional<ListedMessageHeader> listedHeader(QByteArrayView line); // +CMGL: 1,0,,23
std::optional<ListedMessageHeader> readHeader(QByteArrayView line); // +CMGR: 0,,23
std::optional<int> pduLength(QByteArrayView line); // +CMT: ,23 / +CDS: 25
std::optional<int> messageReference(QByteArrayView line); // +CMGS: 12
QList<QList<int>> supportedValues(QByteArrayView line); // +CNMI: (0-2),(0-3),…
// The identity line of +CGMI/+CGMM/+CGMR, with prefixes like "Manufacturer:" or "+CGMI:" and
// quotes removed.
QString identityValue(QByteArrayView line);
// 14–17 digits in an +CGSN answer ("+CGSN: 35…", "IMEI: 35…", bare digits); empty if none.
QString imei(QByteArrayView line);
QString imsi(QByteArrayView line);

} // namespace AtReplies
} // namespace rapport::modem
