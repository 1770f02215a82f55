#pragma once

#include "modem/PduError.h"
#include "modem/PduReader.h"
#include "modem/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace rapport::modem {

// Type of number, bits 6–4 of the type-of-address octet (3GPP TS 23.040 §9.1.2.5).
enum class TypeOfNumber : quint8 {
    Unknown = 0,
    International = 1,
    National = 2,
    NetworkSpecific = 3,
    Subscriber = 4,
    Alphanumeric = 5, // packed GSM 7-bit text, e.g. "InternetSMS"
    Abbreviated = 6,
    Reserved = 7,
};

// Numbering plan, bits 3–0. Values the spec does not name are kept as they are.
enum class NumberingPlan : quint8 {
    Unknown = 0,
    Isdn = 1, // E.164
    Data = 3,
    Telex = 4,
    ServiceCentreSpecific1 = 5,
    ServiceCentreSpecific2 = 6,
    National = 8,
    Private = 9,
    Ermes = 10,
    Reserved = 15,
};

// Which of the two address encodings: the TP addresses (TP-OA, TP-DA, TP-RA) count semi-octets;
// the service-centre field in front of a TPDU counts octets, type octet included.
enum class AddressField : quint8 { Transfer, ServiceCentre };

// An originator, destination, recipient or service-centre address. `value` holds digits and the
// extended BCD characters * # a b c — without a leading '+', the type of number says it — or, for
// an alphanumeric address, the decoded text.
struct SmsAddress
{
    TypeOfNumber typeOfNumber = TypeOfNumber::Unknown;
    NumberingPlan numberingPlan = NumberingPlan::Isdn;
    QString value;

    [[nodiscard]] bool isEmpty() const { return value.isEmpty(); }
    [[nodiscard]] bool isAlphanumeric() const { return typeOfNumber == TypeOfNumber::Alphanumeric; }
    // "+447700900123" for international numbers, the value otherwise.
    [[nodiscard]] QString toString() const;
    [[nodiscard]] quint8 typeOctet() const;
    [[nodiscard]] static SmsAddress fromTypeOctet(quint8 typeOctet, QString value);

    friend bool operator==(const SmsAddress &, const SmsAddress &) = default;
};

// A number as a person typed it: "+44 7700 900123" is international, anything else unknown type
// (a national number with its trunk prefix is not TON "national"), both ISDN plan. Spaces, dashes,
// dots and parentheses are dropped; anything else that is not a digit or * # a b c is rejected.
[[nodiscard]] Result<SmsAddress, PduError> parseTypedNumber(QStringView typed);

// Alphanumeric sender, TON 5 / NPI 0, as the simulated network presents "InternetSMS".
[[nodiscard]] SmsAddress alphanumericAddress(QString text);

// Reads one address at the reader's position and moves past it. An empty service-centre field
// ("00") gives an empty address.
[[nodiscard]] Result<SmsAddress, PduError> readAddress(PduReader &reader, AddressField field);

// The encoded field, length octet first. An empty service-centre address encodes as "00", which
// tells the modem to use the SMSC stored on the SIM.
[[nodiscard]] Result<QByteArray, PduError> encodeAddress(
    const SmsAddress &address, AddressField field);

} // namespace rapport::modem
