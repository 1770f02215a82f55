#include "modem/AtReplies.h"

#include "modem/AtFields.h"

#include <QRegularExpression>

namespace rapport::modem::AtReplies {
namespace {

bool hasPrefix(QByteArrayView line, const char *prefix)
{
    return line.startsWith(QByteArrayView(prefix));
}

std::optional<int> intAt(const QList<QByteArray> &fields, qsizetype i)
{
    return i < fields.size() ? AtFields::toInt(fields.at(i)) : std::nullopt;
}

RegistrationState registrationFromCode(int code)
{
    switch (code) {
    case 0:
        return RegistrationState::NotRegistered;
    case 1:
        return RegistrationState::Home;
    case 2:
        return RegistrationState::Searching;
    case 3:
        return RegistrationState::Denied;
    case 5:
        return RegistrationState::Roaming;
    case 6:
        return RegistrationState::SmsOnlyHome;
    case 7:
        return RegistrationState::SmsOnlyRoaming;
    case 8:
        return RegistrationState::EmergencyOnly;
    default:
        return RegistrationState::Unknown;
    }
}

QString digitsIn(QByteArrayView line, int minimum, int maximum)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    const QString text = QString::fromLatin1(line);
    auto it = digits.globalMatch(text);
    while (it.hasNext()) {
        const QString run = it.next().captured();
        if (run.size() >= minimum && run.size() <= maximum)
            return run;
    }
    return QString();
}

} // namespace

std::optional<SimState> simState(QByteArrayView line)
{
    if (!hasPrefix(line, "+CPIN:"))
        return std::nullopt;
    const QByteArray value = AtFields::parameters(line).toByteArray().toUpper();
    if (value == "READY")
        return SimState::Ready;
    if (value == "SIM PIN")
        return SimState::PinRequired;
    if (value == "SIM PUK")
        return SimState::PukRequired;
    if (value == "SIM PIN2")
        return SimState::Pin2Required;
    if (value == "SIM PUK2")
        return SimState::Puk2Required;
    if (value.startsWith("PH-") || value.startsWith("PH "))
        return SimState::PhoneLocked;
    if (value.contains("NOT INSERTED") || value.contains("NOT READY"))
        return SimState::NotInserted;
    return SimState::Unknown;
}

std::optional<PinAttempts> pinAttempts(QByteArrayView line)
{
    const QList<QByteArray> f = AtFields::split(line);
    PinAttempts attempts;
    if (hasPrefix(line, "^CPIN:")) {
        // Huawei: ^CPIN: <code>,[<times>],<puk_times>,<pin_times>,<puk2_times>,<pin2_times>
        attempts.puk = intAt(f, 2);
        attempts.pin = intAt(f, 3);
    } else if (hasPrefix(line, "+QPINC:")) {
        // Quectel: +QPINC: "SC",<pin_counter>,<puk_counter>
        if (f.value(0) != "SC")
            return std::nullopt;
        attempts.pin = intAt(f, 1);
        attempts.puk = intAt(f, 2);
    } else if (hasPrefix(line, "+SPIC:")) {
        // SIMCom: +SPIC: <pin1>,<puk1>,<pin2>,<puk2>
        attempts.pin = intAt(f, 0);
        attempts.puk = intAt(f, 1);
    } else if (hasPrefix(line, "+CPINC:")) {
        // Sierra Wireless / Telit: +CPINC: <pin1>,<pin2>,<puk1>,<puk2>
        attempts.pin = intAt(f, 0);
        attempts.puk = intAt(f, 2);
    } else {
        return std::nullopt;
    }
    if (!attempts.pin && !attempts.puk)
        return std::nullopt;
    return attempts;
}

std::optional<Registration> registration(QByteArrayView line, bool solicited)
{
    if (!hasPrefix(line, "+CREG:") && !hasPrefix(line, "+CGREG:") && !hasPrefix(line, "+CEREG:")
        && !hasPrefix(line, "+C5GREG:"))
        return std::nullopt;
    const QList<QByteArray> f = AtFields::split(line);
    // The solicited form leads with <n>; a few modems answer a query with the unsolicited shape
    // (one field, or a quoted LAC second), so the shape wins over the caller's expectation.
    const bool secondIsNumber = f.size() >= 2 && AtFields::toInt(f.at(1)).has_value();
    const qsizetype first = (solicited && secondIsNumber) ? 1 : 0;
    const auto stat = intAt(f, first);
    if (!stat)
        return std::nullopt;
    Registration result;
    result.state = registrationFromCode(*stat);
    result.locationArea = QString::fromLatin1(f.value(first + 1));
    result.cellId = QString::fromLatin1(f.value(first + 2));
    result.accessTechnology = intAt(f, first + 3);
    return result;
}

std::optional<SignalQuality> signalQuality(QByteArrayView line)
{
    if (!hasPrefix(line, "+CSQ:"))
        return std::nullopt;
    const QList<QByteArray> f = AtFields::split(line);
    const auto rssi = intAt(f, 0);
    if (!rssi)
        return std::nullopt;
    SignalQuality quality;
    quality.rssi = (*rssi >= 0 && *rssi <= 31) ? *rssi : 99;
    quality.ber = intAt(f, 1).value_or(99);
    return quality;
}

std::optional<QString> operatorName(QByteArrayView line)
{
    if (!hasPrefix(line, "+COPS:"))
        return std::nullopt;
    const QList<QByteArray> f = AtFields::split(line);
    if (f.size() < 3 || f.at(2).isEmpty())
        return QString(); // registered nowhere, or the name is not known yet
    return QString::fromUtf8(f.at(2)).trimmed();
}

QList<StorageUsage> storageUsage(QByteArrayView line)
{
    QList<StorageUsage> result;
    if (!hasPrefix(line, "+CPMS:"))
        return result;
    const QList<QByteArray> f = AtFields::split(line);
    // Query answer: "SM",3,20,"SM",3,20,… ; set answer: 3,20,3,20,…
    const bool named = !f.isEmpty() && !AtFields::toInt(f.at(0)).has_value();
    const qsizetype stride = named ? 3 : 2;
    for (qsizetype i = 0; i + stride <= f.size(); i += stride) {
        const auto used = intAt(f, i + (named ? 1 : 0));
        const auto total = intAt(f, i + (named ? 2 : 1));
        if (!used || !total || *used < 0 || *total < 0)
            return {};
        result << StorageUsage {named ? f.at(i) : QByteArray(), *used, *total};
    }
    return result;
}

QList<QList<QByteArray>> supportedStorages(QByteArrayView line)
{
    QList<QList<QByteArray>> result;
    if (!hasPrefix(line, "+CPMS:"))
        return result;
    const QList<QByteArray> groups = AtFields::split(line);
    for (QByteArray group : groups) {
        group = group.trimmed();
        if (group.startsWith('('))
            group.remove(0, 1);
        if (group.endsWith(')'))
            group.chop(1);
        QList<QByteArray> storages;
        const QList<QByteArray> names = group.split(',');
        for (QByteArray name : names) {
            name = name.trimmed();
            name.replace('"', QByteArray());
            if (!name.isEmpty())
                storages << name;
        }
        result << storages;
    }
    return result;
}

std::optional<StoredMessageRef> storedIndication(QByteArrayView line)
{
    if (!hasPrefix(line, "+CMTI:") && !hasPrefix(line, "+CDSI:"))
        return std::nullopt;
    const QList<QByteArray> f = AtFields::split(line);
    const auto index = intAt(f, 1);
    if (f.isEmpty() || !index || *index < 0)
        return std::nullopt;
    return StoredMessageRef {f.at(0).trimmed(), *index};
}

std::optional<ListedMessageHeader> listedHeader(QByteArrayView line)
{
    if (!hasPrefix(line, "+CMGL:"))
        return std::nullopt;
    const QList<QByteArray> f = AtFields::split(line);
    // +CMGL: <index>,<stat>,[<alpha>],<length>
    const auto index = intAt(f, 0);
    const auto status = intAt(f, 1);
    const auto length = f.isEmpty() ? std::nullopt : AtFields::toInt(f.constLast());
    if (!index || *index < 0 || f.size() < 3)
        return std::nullopt;
    return ListedMessageHeader {*index, status.value_or(-1), length.value_or(-1)};
}

std::optional<ListedMessageHeader> readHeader(QByteArrayView line)
{
    if (!hasPrefix(line, "+CMGR:"))
        return std::nullopt;
    const QList<QByteArray> f = AtFields::split(line);
    // +CMGR: <stat>,[<alpha>],<length>; some modems leave <stat> empty ("+CMGR: ,,92").
    if (f.size() < 2)
        return std::nullopt;
    const auto length = AtFields::toInt(f.constLast());
    return ListedMessageHeader {-1, intAt(f, 0).value_or(-1), length.value_or(-1)};
}

std::optional<int> pduLength(QByteArrayView line)
{
    if (!hasPrefix(line, "+CMT:") && !hasPrefix(line, "+CDS:") && !hasPrefix(line, "+CBM:"))
        return std::nullopt;
    const QList<QByteArray> f = AtFields::split(line);
    if (f.isEmpty())
        return std::nullopt;
    const auto length = AtFields::toInt(f.constLast());
    if (!length || *length <= 0)
        return std::nullopt;
    return length;
}

std::optional<int> messageReference(QByteArrayView line)
{
    if (!hasPrefix(line, "+CMGS:") && !hasPrefix(line, "+CMSS:"))
        return std::nullopt;
    const QList<QByteArray> f = AtFields::split(line);
    const auto reference = intAt(f, 0);
    if (!reference || *reference < 0 || *reference > 255)
        return std::nullopt;
    return reference;
}

QList<QList<int>> supportedValues(QByteArrayView line)
{
    QList<QList<int>> result;
    const QList<QByteArray> groups = AtFields::split(line);
    for (const QByteArray &group : groups)
        result << AtFields::rangeValues(group);
    return result;
}

QString identityValue(QByteArrayView line)
{
    QString text = QString::fromLatin1(line).trimmed();
    static const QRegularExpression prefix(
        QStringLiteral("^(\\+CG(MI|MM|MR|SN):|\\+GM[IMR]:|Manufacturer:|Model:|Revision:)\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    text.remove(prefix);
    if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
        text = text.mid(1, text.size() - 2);
    return text.trimmed();
}

QString imei(QByteArrayView line)
{
    return digitsIn(line, 14, 17);
}

QString imsi(QByteArrayView line)
{
    return digitsIn(line, 6, 15);
}

} // namespace rapport::modem::AtReplies
