#include "app/cli/ModemCliSession.h"
#include "app/cli/ModemCommands.h"
#include "modem/MessageComposer.h"
#include "modem/PduDecoder.h"
#include "modem/PduJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::app {
namespace {

void printJson(CliContext &context, const QJsonObject &object)
{
    context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// The readable form of a decoded PDU: one field per line, from its JSON form.
void printFields(CliContext &context, const QJsonObject &object, const QString &indent = {})
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject()) {
            context.out << indent << it.key() << ":\n";
            printFields(context, it.value().toObject(), indent + QStringLiteral("  "));
        } else if (it.value().isArray()) {
            context.out << indent << it.key() << ": "
                        << QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact)
                        << '\n';
        } else {
            const QJsonValue v = it.value();
            const QString text = v.isBool()
                ? (v.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                : v.isDouble() ? QString::number(v.toDouble())
                : v.isNull()   ? QStringLiteral("-")
                               : v.toString();
            context.out << indent << it.key() << ": " << text << '\n';
        }
    }
}

// Many PDUs at once, one hex string per line of standard input (a modem log, a SIM dump): one
// process instead of one per PDU. A bad line is reported where it stands and the rest still decode.
ExitCode decodeLines(CliContext &context, bool json, modem::SmscField smsc)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        context.err << "Cannot read standard input: " << input.errorString() << '\n';
        return ExitCode::Failure;
    }
    int lineNumber = 0;
    int bad = 0;
    bool first = true;
    while (!input.atEnd()) {
        const QByteArray line = input.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const auto decoded = modem::decodePduHex(line, smsc);
        if (!decoded) {
            ++bad;
            if (json)
                context.out << QJsonDocument(QJsonObject {{QStringLiteral("line"), lineNumber},
                                                 {QStringLiteral("error"), decoded.error().detail}})
                                   .toJson(QJsonDocument::Compact)
                            << '\n';
            else
                context.err << "line " << lineNumber
                            << ": not a valid PDU: " << decoded.error().detail << '\n';
            continue;
        }
        const QJsonObject object = modem::PduJson::toJson(decoded.value());
        if (json) {
            context.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
        } else {
            if (!first)
                context.out << '\n';
            printFields(context, object);
        }
        first = false;
    }
    context.out.flush();
    return bad == 0 ? ExitCode::Success : ExitCode::Failure;
}

} // namespace

ExitCode runModemDecode(CliContext &context, QStringList arguments)
{
    const bool json = arguments.removeAll(QStringLiteral("--json")) > 0;
    const bool noSmsc = arguments.removeAll(QStringLiteral("--no-smsc")) > 0;
    if (arguments.size() != 1)
        return modemUsageError(context, QStringLiteral("decode"),
            QStringLiteral("give one PDU in hex, or - to read one per line from standard input."));
    const auto smsc = noSmsc ? modem::SmscField::Absent : modem::SmscField::Present;
    if (arguments.first() == QLatin1String("-"))
        return decodeLines(context, json, smsc);
    const auto decoded = modem::decodePduHex(arguments.first().trimmed().toLatin1(), smsc);
    if (!decoded) {
        context.err << "This is not a valid PDU: " << decoded.error().detail << '\n'
                    << "Paste the hex exactly as the modem printed it (after +CMGR/+CMGL/+CMT); "
                       "add --no-smsc if it starts at the first octet of the TPDU.\n";
        return ExitCode::Failure;
    }
    const QJsonObject object = modem::PduJson::toJson(decoded.value());
    if (json)
        printJson(context, object);
    else
        printFields(context, object);
    return ExitCode::Success;
}

ExitCode runModemEncode(CliContext &context, QStringList arguments)
{
    const QStringList literals = ModemCliSession::takeLiterals(arguments);
    const bool json = arguments.removeAll(QStringLiteral("--json")) > 0;
    const bool flash = arguments.removeAll(QStringLiteral("--flash")) > 0;
    const bool noReport = arguments.removeAll(QStringLiteral("--no-report")) > 0;
    QString smsc;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--smsc"));
        at >= 0 && at + 1 < arguments.size()) {
        smsc = arguments.at(at + 1);
        arguments.remove(at, 2);
    }
    if (const auto unknown = ModemCliSession::leftoverOption(arguments))
        return modemUsageError(context, QStringLiteral("encode"),
            QStringLiteral("unknown option '%1' (put -- before a text that "
                           "starts with --).")
                .arg(*unknown));
    arguments += literals;
    if (arguments.size() != 2)
        return modemUsageError(
            context, QStringLiteral("encode"), QStringLiteral("give NUMBER and TEXT."));
    modem::SubmitRequest request;
    request.destination = arguments.at(0);
    request.text = arguments.at(1);
    request.serviceCentre = smsc;
    request.requestStatusReport = !noReport;
    request.flash = flash;
    const auto composed = modem::composeSubmit(request);
    if (!composed) {
        context.err << "Cannot encode this text: " << composed.error().detail << '\n';
        return ExitCode::Failure;
    }
    const modem::SegmentedText segmented = modem::segmentText(request.text);
    QJsonArray parts;
    for (const modem::EncodedPdu &pdu : composed.value()) {
        parts.append(QJsonObject {{QStringLiteral("pdu"), QString::fromLatin1(pdu.hex())},
            {QStringLiteral("tpdu_length"), pdu.tpduLength},
            {QStringLiteral("at_command"), QStringLiteral("AT+CMGS=%1").arg(pdu.tpduLength)}});
    }
    QJsonObject object = modem::PduJson::toJson(segmented);
    object.insert(QStringLiteral("pdus"), parts);
    if (json) {
        printJson(context, object);
        return ExitCode::Success;
    }
    context.out << "Encoding:  "
                << (segmented.encoding == modem::SmsEncoding::Gsm7 ? QStringLiteral("GSM 7-bit")
                                                                   : QStringLiteral("UCS-2"))
                << '\n'
                << "Parts:     " << segmented.partCount() << " (" << segmented.totalUnits
                << " units, " << segmented.unitsLeftInLastPart << " left in the last part)\n";
    for (const auto &culprit : segmented.ucs2Culprits)
        context.out << "UCS-2 because of: " << culprit.character << '\n';
    for (const auto &part : std::as_const(parts)) {
        const QJsonObject p = part.toObject();
        context.out << p.value(QStringLiteral("at_command")).toString() << '\n'
                    << p.value(QStringLiteral("pdu")).toString() << '\n';
    }
    return ExitCode::Success;
}

} // namespace rapport::app
