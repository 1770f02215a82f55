#pragma once

// Helpers shared by the PDU decoder and encoder tests: decoding a named vector of SmsTestVectors.h
// and describing decoded fields as short strings that data tables can hold.

#include "SmsTestVectors.h"

#include "modem/PduDecoder.h"

#include <QTest>

namespace rapport::test {

using namespace rapport::modem;

inline Result<DecodedPdu, PduError> decodeVector(const QByteArray &name)
{
    const rapport::test::PduVector &vector = pduVector(name.constData());
    return decodePduHex(vector.hex, vector.hasSmsc ? SmscField::Present : SmscField::Absent);
}

inline QString smscOf(const DecodedPdu &pdu)
{
    return pdu.serviceCentre ? pdu.serviceCentre->toString() : QStringLiteral("-");
}

inline QString concatenationOf(const UserData &userData)
{
    const auto concatenation = userData.header ? userData.header->concatenation() : std::nullopt;
    if (!concatenation)
        return QStringLiteral("none");
    return QStringLiteral("%1:%2:%3/%4")
        .arg(concatenation->reference.width == ReferenceWidth::EightBit ? 8 : 16)
        .arg(concatenation->reference.value)
        .arg(concatenation->sequence)
        .arg(concatenation->total);
}

inline QString portsOf(const UserData &userData)
{
    const auto ports = userData.header ? userData.header->applicationPorts() : std::nullopt;
    if (!ports)
        return QStringLiteral("none");
    return QStringLiteral("%1:%2:%3")
        .arg(ports->width == ReferenceWidth::EightBit ? 8 : 16)
        .arg(ports->destination)
        .arg(ports->originator);
}

inline void verifyUserData(const UserData &userData, const DataCodingScheme &dcs,
    const QString &text, const QByteArray &units)
{
    QCOMPARE(userData.text, text);
    if (!units.isEmpty())
        QCOMPARE(userData.units.toHex(), units);
    // The units alone give the text back: what a reassembler relies on.
    if (dcs.isText())
        QCOMPARE(decodeUserDataUnits(dcs.alphabet, userData.units).valueOr({}), text);
    else
        QVERIFY(text.isEmpty());
}

} // namespace rapport::test
