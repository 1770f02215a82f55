#include "modem/PduJson.h"

#include <QJsonArray>

namespace rapport::modem {
namespace {

QString alphabetName(SmsAlphabet alphabet)
{
    switch (alphabet) {
    case SmsAlphabet::Gsm7:
        return QStringLiteral("gsm7");
    case SmsAlphabet::EightBit:
        return QStringLiteral("8bit");
    case SmsAlphabet::Ucs2:
        return QStringLiteral("ucs2");
    }
    return QString();
}

QString statusClassName(DeliveryStatusClass statusClass)
{
    switch (statusClass) {
    case DeliveryStatusClass::Delivered:
        return QStringLiteral("delivered");
    case DeliveryStatusClass::Pending:
        return QStringLiteral("pending");
    case DeliveryStatusClass::FailedPermanent:
        return QStringLiteral("failed-permanent");
    case DeliveryStatusClass::FailedTemporary:
        return QStringLiteral("failed-temporary");
    case DeliveryStatusClass::Reserved:
        return QStringLiteral("reserved");
    }
    return QString();
}

QJsonValue time(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject deliverJson(const SmsDeliver &d)
{
    QJsonObject o {{QStringLiteral("type"), QStringLiteral("SMS-DELIVER")},
        {QStringLiteral("tp_mms"), d.moreMessagesWaiting},
        {QStringLiteral("tp_lp"), d.loopPrevention},
        {QStringLiteral("tp_sri"), d.statusReportIndication},
        {QStringLiteral("tp_rp"), d.replyPath},
        {QStringLiteral("originator"), PduJson::toJson(d.originator)},
        {QStringLiteral("tp_pid"), int(d.protocolIdentifier.raw)},
        {QStringLiteral("tp_dcs"), PduJson::toJson(d.dataCodingScheme)},
        {QStringLiteral("tp_scts"), time(d.serviceCentreTime)},
        {QStringLiteral("user_data"), PduJson::toJson(d.userData, d.dataCodingScheme)}};
    return o;
}

QJsonObject submitJson(const SmsSubmit &s)
{
    QJsonObject validity {{QStringLiteral("format"), int(s.validityPeriod.format)}};
    if (const auto duration = s.validityPeriod.duration())
        validity.insert(QStringLiteral("seconds"), qint64(duration->count()));
    if (s.validityPeriod.absolute.isValid())
        validity.insert(QStringLiteral("absolute"), time(s.validityPeriod.absolute));
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("SMS-SUBMIT")},
        {QStringLiteral("tp_rd"), s.rejectDuplicates},
        {QStringLiteral("tp_srr"), s.statusReportRequest}, {QStringLiteral("tp_rp"), s.replyPath},
        {QStringLiteral("tp_mr"), int(s.messageReference)},
        {QStringLiteral("destination"), PduJson::toJson(s.destination)},
        {QStringLiteral("tp_pid"), int(s.protocolIdentifier.raw)},
        {QStringLiteral("tp_dcs"), PduJson::toJson(s.dataCodingScheme)},
        {QStringLiteral("tp_vp"), validity},
        {QStringLiteral("user_data"), PduJson::toJson(s.userData, s.dataCodingScheme)}};
}

QJsonObject reportJson(const SmsStatusReport &r)
{
    QJsonObject o {{QStringLiteral("type"), QStringLiteral("SMS-STATUS-REPORT")},
        {QStringLiteral("tp_mms"), r.moreMessagesWaiting},
        {QStringLiteral("tp_srq"), r.reportsCommand},
        {QStringLiteral("tp_mr"), int(r.messageReference)},
        {QStringLiteral("recipient"), PduJson::toJson(r.recipient)},
        {QStringLiteral("tp_scts"), time(r.serviceCentreTime)},
        {QStringLiteral("tp_dt"), time(r.dischargeTime)}, {QStringLiteral("tp_st"), int(r.status)},
        {QStringLiteral("status"), statusClassName(r.statusClass())}};
    if (r.protocolIdentifier)
        o.insert(QStringLiteral("tp_pid"), int(r.protocolIdentifier->raw));
    if (r.dataCodingScheme)
        o.insert(QStringLiteral("tp_dcs"), PduJson::toJson(*r.dataCodingScheme));
    if (r.userData && r.dataCodingScheme)
        o.insert(QStringLiteral("user_data"), PduJson::toJson(*r.userData, *r.dataCodingScheme));
    return o;
}

} // namespace

QJsonObject PduJson::toJson(const DecodedPdu &pdu)
{
    QJsonObject o;
    if (const auto *d = pdu.deliver())
        o = deliverJson(*d);
    else if (const auto *s = pdu.submit())
        o = submitJson(*s);
    else if (const auto *r = pdu.statusReport())
        o = reportJson(*r);
    if (pdu.serviceCentre)
        o.insert(QStringLiteral("smsc"), toJson(*pdu.serviceCentre));
    return o;
}

QJsonObject PduJson::toJson(const SmsAddress &address)
{
    return QJsonObject {{QStringLiteral("value"), address.toString()},
        {QStringLiteral("ton"), int(address.typeOfNumber)},
        {QStringLiteral("npi"), int(address.numberingPlan)},
        {QStringLiteral("alphanumeric"), address.isAlphanumeric()}};
}

QJsonObject PduJson::toJson(const DataCodingScheme &dcs)
{
    QJsonObject o {{QStringLiteral("raw"), int(dcs.raw)},
        {QStringLiteral("alphabet"), alphabetName(dcs.alphabet)},
        {QStringLiteral("compressed"), dcs.compressed},
        {QStringLiteral("auto_delete"), dcs.autoDelete}};
    if (dcs.messageClass)
        o.insert(QStringLiteral("class"), int(*dcs.messageClass));
    if (dcs.messageWaiting) {
        o.insert(QStringLiteral("message_waiting"),
            QJsonObject {{QStringLiteral("store"), dcs.messageWaiting->store},
                {QStringLiteral("active"), dcs.messageWaiting->active},
                {QStringLiteral("kind"), int(dcs.messageWaiting->kind)}});
    }
    return o;
}

QJsonObject PduJson::toJson(const UserData &userData, const DataCodingScheme &dcs)
{
    QJsonObject o;
    if (dcs.isText())
        o.insert(QStringLiteral("text"), userData.text);
    else
        o.insert(QStringLiteral("data_hex"), QString::fromLatin1(userData.units.toHex()));
    if (userData.header) {
        QJsonArray elements;
        for (const UdhElement &e : userData.header->elements) {
            elements.append(QJsonObject {{QStringLiteral("iei"), int(e.id)},
                {QStringLiteral("data_hex"), QString::fromLatin1(e.data.toHex())}});
        }
        QJsonObject header {{QStringLiteral("elements"), elements}};
        if (const auto concat = userData.header->concatenation()) {
            header.insert(QStringLiteral("concatenation"),
                QJsonObject {{QStringLiteral("reference"), int(concat->reference.value)},
                    {QStringLiteral("reference_bits"),
                        concat->reference.width == ReferenceWidth::EightBit ? 8 : 16},
                    {QStringLiteral("total"), int(concat->total)},
                    {QStringLiteral("sequence"), int(concat->sequence)}});
        }
        if (const auto ports = userData.header->applicationPorts()) {
            header.insert(QStringLiteral("ports"),
                QJsonObject {{QStringLiteral("destination"), int(ports->destination)},
                    {QStringLiteral("originator"), int(ports->originator)}});
        }
        o.insert(QStringLiteral("header"), header);
    }
    return o;
}

QJsonObject PduJson::toJson(const SegmentedText &segmented)
{
    QJsonArray culprits;
    for (const UnencodableCharacter &c : segmented.ucs2Culprits) {
        QJsonArray positions;
        for (const qsizetype p : c.positions)
            positions.append(qint64(p));
        culprits.append(QJsonObject {
            {QStringLiteral("character"), c.character}, {QStringLiteral("positions"), positions}});
    }
    QJsonArray units;
    for (const int u : segmented.unitsPerPart)
        units.append(u);
    return QJsonObject {{QStringLiteral("encoding"),
                            segmented.encoding == SmsEncoding::Gsm7 ? QStringLiteral("gsm7")
                                                                    : QStringLiteral("ucs2")},
        {QStringLiteral("parts"), segmented.partCount()}, {QStringLiteral("units_per_part"), units},
        {QStringLiteral("total_units"), segmented.totalUnits},
        {QStringLiteral("units_per_part_limit"), segmented.unitsPerPartLimit},
        {QStringLiteral("units_left_in_last_part"), segmented.unitsLeftInLastPart},
        {QStringLiteral("ucs2_culprits"), culprits}};
}

} // namespace rapport::modem
