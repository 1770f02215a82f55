#pragma once

// Builders for the inbound tests: received parts made with the codec's own encoders and decoded
// back, so every part a test feeds the reassembler or the classifier is a real PDU's reading.

#include "modem/MessageComposer.h"
#include "modem/PduDecoder.h"
#include "modem/PduEncoder.h"
#include "modem/ReceivedPart.h"
#include "modem/SmsTpdu.h"
#include "modem/UserData.h"

#include <QRandomGenerator>
#include <QTimeZone>
#include <QtGlobal>

#include <algorithm>
#include <numeric>

namespace rapport::test::inbound {

using namespace rapport::modem;

inline SmsAddress international(const QString &digits)
{
    return {TypeOfNumber::International, NumberingPlan::Isdn, digits};
}

inline SmsAddress unknownType(const QString &digits)
{
    return {TypeOfNumber::Unknown, NumberingPlan::Isdn, digits};
}

inline QDateTime stamp(int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, 1, 5), QTime(8, minute, second), QTimeZone(3600));
}

// A GSM 7-bit text of `length` characters that differs along its length, so a part out of place
// shows in the joined text.
inline QString longText(int length, int salt = 0)
{
    static const QString words[] = {QStringLiteral("alpha "), QStringLiteral("bravo "),
        QStringLiteral("charlie "), QStringLiteral("delta "), QStringLiteral("echo "),
        QStringLiteral("foxtrot "), QStringLiteral("golf "), QStringLiteral("hotel ")};
    QString text;
    for (int i = 0; text.size() < length; ++i)
        text += words[(i + salt) % 8] + QString::number(i) + QLatin1Char(' ');
    text.truncate(length);
    return text;
}

inline SmsDeliver decodeDeliver(const QByteArray &pdu)
{
    const auto decoded = decodePdu(pdu, SmscField::Present);
    if (!decoded || !decoded->deliver())
        qFatal("test PDU does not decode as SMS-DELIVER: %s",
            qPrintable(decoded ? QString() : decoded.error().detail));
    return *decoded->deliver();
}

inline SmsDeliver decodeDeliverHex(const char *hex)
{
    const auto bytes = parseHex(QByteArrayView(hex));
    if (!bytes)
        qFatal("bad test hex");
    return decodeDeliver(*bytes);
}

// The parts composeDeliver makes for `text`, each encoded and decoded back.
inline QList<SmsDeliver> composeParts(const SmsAddress &from, const QString &text,
    ConcatReference reference, const QDateTime &sent = stamp(), bool flash = false)
{
    DeliverRequest request;
    request.originator = from;
    request.text = text;
    request.serviceCentreTime = sent;
    request.reference = reference;
    request.flash = flash;
    const auto pdus = composeDeliver(request);
    if (!pdus)
        qFatal("composeDeliver failed: %s", qPrintable(pdus.error().detail));
    QList<SmsDeliver> parts;
    for (const EncodedPdu &pdu : *pdus)
        parts.append(decodeDeliver(pdu.bytes));
    return parts;
}

// One part with exactly the given header elements and units, as a sender might make it (the
// composer never splits an escape or a surrogate pair; other phones do).
inline SmsDeliver customPart(const SmsAddress &from, SmsAlphabet alphabet, const QByteArray &units,
    const QList<UdhElement> &elements, const QDateTime &sent = stamp(), quint8 pid = 0,
    std::optional<quint8> dcs = std::nullopt)
{
    SmsDeliver deliver;
    deliver.originator = from;
    deliver.protocolIdentifier.raw = pid;
    deliver.dataCodingScheme
        = DataCodingScheme::decode(dcs.value_or(DataCodingScheme::encode(alphabet)));
    deliver.serviceCentreTime = sent;
    deliver.userData.units = units;
    if (!elements.isEmpty())
        deliver.userData.header = UserDataHeader {elements};
    const auto pdu = encodePdu(deliver);
    if (!pdu)
        qFatal("encodePdu failed: %s", qPrintable(pdu.error().detail));
    return decodeDeliver(pdu->bytes);
}

inline UdhElement concat8(quint8 reference, quint8 total, quint8 sequence)
{
    return UserDataHeader::concatenationElement(
        {{ReferenceWidth::EightBit, reference}, total, sequence});
}

inline UdhElement concat16(quint16 reference, quint8 total, quint8 sequence)
{
    return UserDataHeader::concatenationElement(
        {{ReferenceWidth::SixteenBit, reference}, total, sequence});
}

inline QByteArray gsm7Units(const QString &text)
{
    return *encodeUserDataUnits(SmsAlphabet::Gsm7, text);
}

inline QByteArray ucs2Units(const QString &text)
{
    return *encodeUserDataUnits(SmsAlphabet::Ucs2, text);
}

inline ReceivedPart received(const SmsDeliver &deliver, const QByteArray &key,
    PartOrigin origin = PartOrigin::direct(), const QDateTime &at = {})
{
    return {deliver, std::move(origin), at, key};
}

inline QList<int> inOrder(int count)
{
    QList<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    return order;
}

inline QList<int> shuffled(int count, quint32 seed)
{
    QList<int> order = inOrder(count);
    QRandomGenerator random(seed);
    std::shuffle(order.begin(), order.end(), random);
    return order;
}

} // namespace rapport::test::inbound
