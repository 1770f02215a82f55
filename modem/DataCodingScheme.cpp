#include "modem/DataCodingScheme.h"

namespace rapport::modem {

DataCodingScheme DataCodingScheme::decode(quint8 octet)
{
    DataCodingScheme dcs;
    dcs.raw = octet;
    const int group = octet >> 4;
    if (group <= 0x7) {
        // General data coding (00xx) and the same marked for automatic deletion (01xx).
        dcs.autoDelete = (octet & 0x40) != 0;
        dcs.compressed = (octet & 0x20) != 0;
        if (octet & 0x10)
            dcs.messageClass = static_cast<MessageClass>(octet & 0x03);
        switch ((octet >> 2) & 0x03) {
        case 0:
            dcs.alphabet = SmsAlphabet::Gsm7;
            break;
        case 1:
            dcs.alphabet = SmsAlphabet::EightBit;
            break;
        case 2:
            dcs.alphabet = SmsAlphabet::Ucs2;
            break;
        default:
            dcs.reservedCoding = true;
            break;
        }
    } else if (group <= 0xB) {
        // 1000–1011: reserved coding groups.
        dcs.reservedCoding = true;
    } else if (group <= 0xE) {
        MessageWaiting waiting;
        waiting.store = group != 0xC;
        waiting.active = (octet & 0x08) != 0;
        waiting.kind = static_cast<MessageWaitingKind>(octet & 0x03);
        dcs.messageWaiting = waiting;
        dcs.alphabet = group == 0xE ? SmsAlphabet::Ucs2 : SmsAlphabet::Gsm7;
    } else {
        // 1111: data coding / message class; bit 3 is reserved and ignored.
        dcs.alphabet = (octet & 0x04) ? SmsAlphabet::EightBit : SmsAlphabet::Gsm7;
        dcs.messageClass = static_cast<MessageClass>(octet & 0x03);
    }
    return dcs;
}

quint8 DataCodingScheme::encode(SmsAlphabet alphabet, std::optional<MessageClass> messageClass)
{
    int octet = 0;
    switch (alphabet) {
    case SmsAlphabet::Gsm7:
        break;
    case SmsAlphabet::EightBit:
        octet = 0x04;
        break;
    case SmsAlphabet::Ucs2:
        octet = 0x08;
        break;
    }
    if (messageClass)
        octet |= 0x10 | static_cast<int>(*messageClass);
    return static_cast<quint8>(octet);
}

} // namespace rapport::modem
