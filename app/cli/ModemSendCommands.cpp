#include "app/cli/CliWait.h"
#include "app/cli/ModemCliSession.h"
#include "app/cli/ModemCommands.h"
#include "modem/Clock.h"
#include "modem/InMemoryReassemblyStore.h"
#include "modem/InboundClassifier.h"
#include "modem/ModemSession.h"
#include "modem/PduJson.h"
#include "modem/Reassembler.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace rapport::app {
namespace {

using namespace std::chrono_literals;

struct BatchLine
{
    int lineNumber = 0;
    QString number;
    QString text;
};

// "number<TAB>text" per line; blank lines and lines starting with '#' are skipped.
bool readBatch(CliContext &context, const QString &path, QList<BatchLine> &lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << "Cannot read " << path << ": " << file.errorString() << '\n';
        return false;
    }
    QTextStream in(&file);
    int number = 0;
    int bad = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++number;
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        if (tab <= 0 || line.mid(tab + 1).isEmpty()) {
            context.err << path << ':' << number
                        << ": expected NUMBER<TAB>TEXT; this line has no tab or no text.\n";
            ++bad;
            continue;
        }
        lines << BatchLine {number, line.left(tab).trimmed(), line.mid(tab + 1)};
    }
    if (bad > 0) {
        context.err << "Nothing was sent: fix the " << bad << " line(s) above and run it again.\n";
        return false;
    }
    return true;
}

QString outcomeText(const modem::SendOutcome &outcome)
{
    switch (outcome.result) {
    case modem::SendOutcome::Result::Sent:
        return QStringLiteral("sent");
    case modem::SendOutcome::Result::Failed:
        return QStringLiteral("failed (%1)").arg(outcome.detail);
    case modem::SendOutcome::Result::Uncertain:
        return QStringLiteral("unknown: the modem did not confirm; it may have been sent");
    case modem::SendOutcome::Result::Invalid:
        return QStringLiteral("not sent: %1").arg(outcome.detail);
    }
    return QString();
}

QString digitsOf(const QString &number)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

QString kindText(const modem::InboundClassification &c)
{
    switch (c.kind) {
    case modem::InboundKind::Text:
        return QStringLiteral("text");
    case modem::InboundKind::Flash:
        return QStringLiteral("flash");
    case modem::InboundKind::Type0:
        return QStringLiteral("type-0");
    case modem::InboundKind::Replace:
        return QStringLiteral("replace");
    case modem::InboundKind::VoicemailIndication:
        return QStringLiteral("voicemail");
    case modem::InboundKind::WapPush:
        return QStringLiteral("wap-push");
    case modem::InboundKind::MmsNotification:
        return QStringLiteral("mms");
    case modem::InboundKind::Binary:
        return QStringLiteral("binary");
    }
    return QString();
}

void printReleased(CliContext &context, const modem::ReassembledMessage &message, bool json)
{
    const modem::InboundClassification c = modem::classifyInbound(message.deliver);
    const QString from = message.originator().toString();
    if (json) {
        QJsonObject o {{QStringLiteral("from"), from},
            {QStringLiteral("time"), message.serviceCentreTime().toString(Qt::ISODate)},
            {QStringLiteral("kind"), kindText(c)}, {QStringLiteral("parts"), int(message.total)},
            {QStringLiteral("complete"), message.isComplete()}};
        if (c.showText)
            o.insert(QStringLiteral("text"), message.text());
        if (c.mms)
            o.insert(QStringLiteral("mms_from"), c.mms->from);
        context.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else {
        context.out << message.serviceCentreTime().toString(Qt::ISODate) << "  " << from;
        if (c.kind != modem::InboundKind::Text)
            context.out << "  [" << kindText(c) << ']';
        if (message.total > 1)
            context.out << "  [" << message.total << " parts"
                        << (message.isComplete() ? "" : ", some missing") << ']';
        context.out << '\n';
        if (c.kind == modem::InboundKind::MmsNotification)
            context.out << "  MMS from " << (c.mms && !c.mms->from.isEmpty() ? c.mms->from : from)
                        << ", cannot be downloaded\n";
        else if (c.showText)
            context.out << "  " << message.text() << '\n';
    }
    context.out.flush();
}

void printOther(CliContext &context, const modem::InboundPdu &inbound, bool json)
{
    if (json) {
        QJsonObject o = inbound.pdu ? modem::PduJson::toJson(*inbound.pdu) : QJsonObject();
        o.insert(QStringLiteral("pdu"), QString::fromLatin1(inbound.hex));
        if (inbound.error)
            o.insert(QStringLiteral("error"), inbound.error->detail);
        context.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else if (const auto *report = inbound.pdu ? inbound.pdu->statusReport() : nullptr) {
        context.out << "Delivery report for reference " << report->messageReference << " to "
                    << report->recipient.toString() << ": status 0x"
                    << QString::number(report->status, 16) << '\n';
    } else if (inbound.error) {
        context.out << "Undecodable message (" << inbound.error->detail << "): " << inbound.hex
                    << '\n';
    }
    context.out.flush();
}

} // namespace

ExitCode runModemSend(CliContext &context, QStringList arguments)
{
    const QStringList literals = ModemCliSession::takeLiterals(arguments);
    ModemCliOptions options = ModemCliSession::takeModemOptions(arguments);
    const auto batchFile = ModemCliSession::takeOption(arguments, QStringLiteral("--batch"));
    const auto timeoutText = ModemCliSession::takeOption(arguments, QStringLiteral("--timeout"));
    const bool wait = arguments.removeAll(QStringLiteral("--wait")) > 0;
    const bool noReport = arguments.removeAll(QStringLiteral("--no-report")) > 0;
    const int timeoutSeconds = timeoutText ? timeoutText->toInt() : 120;
    if (timeoutSeconds <= 0)
        return modemUsageError(context, QStringLiteral("send"),
            QStringLiteral("--timeout takes a number of seconds."));

    if (const auto unknown = ModemCliSession::leftoverOption(arguments))
        return modemUsageError(context, QStringLiteral("send"),
            QStringLiteral("unknown option '%1' (put -- before a text that "
                           "starts with --).")
                .arg(*unknown));
    arguments += literals;
    QList<BatchLine> batch;
    if (batchFile) {
        if (arguments.size() != 1)
            return modemUsageError(context, QStringLiteral("send"),
                QStringLiteral("with --batch give only the PORT."));
        if (!readBatch(context, *batchFile, batch))
            return ExitCode::Failure;
    } else {
        if (arguments.size() != 3)
            return modemUsageError(
                context, QStringLiteral("send"), QStringLiteral("give PORT NUMBER TEXT."));
        batch << BatchLine {0, arguments.at(1), arguments.at(2)};
    }
    options.port = arguments.first();

    ModemCliSession cli(context);
    if (const ExitCode code = cli.open(options); code != ExitCode::Success)
        return code;
    modem::ModemSession &session = cli.session();

    QHash<quint64, BatchLine> byId;
    QHash<quint64, modem::SendOutcome> outcomes;
    QList<std::pair<QString, int>> awaitingReports; // recipient digits, message reference
    int delivered = 0;
    int reportsFailed = 0;
    QObject::connect(&session, &modem::ModemSession::sendFinished, &session,
        [&](const modem::SendOutcome &outcome) {
            outcomes.insert(outcome.id, outcome);
            const BatchLine line = byId.value(outcome.id);
            if (batch.size() == 1) {
                context.out << "To " << line.number << ": " << outcomeText(outcome);
                if (!outcome.messageReferences.isEmpty()) {
                    QStringList refs;
                    for (const int r : outcome.messageReferences)
                        refs << QString::number(r);
                    context.out << " (" << outcome.partCount << " part(s), reference "
                                << refs.join(QStringLiteral(", ")) << ")";
                }
                context.out << '\n';
            } else if (outcome.result != modem::SendOutcome::Result::Sent) {
                context.err << "Line " << line.lineNumber << " to " << line.number << ": "
                            << outcomeText(outcome) << '\n';
            }
            for (const int reference : outcome.messageReferences)
                awaitingReports << std::pair {digitsOf(line.number), reference};
            context.out.flush();
        });
    QObject::connect(
        &session, &modem::ModemSession::received, &session, [&](const modem::InboundPdu &inbound) {
            session.confirmStored(inbound.location);
            const modem::SmsStatusReport *report
                = inbound.pdu ? inbound.pdu->statusReport() : nullptr;
            if (!report)
                return;
            const QString digits = digitsOf(report->recipient.value);
            for (qsizetype i = 0; i < awaitingReports.size(); ++i) {
                const auto &[recipient, reference] = awaitingReports.at(i);
                // National and international forms of one number share their tail.
                const bool same = reference == report->messageReference
                    && (recipient.endsWith(digits.right(9)) || digits.endsWith(recipient.right(9)));
                if (!same)
                    continue;
                const auto cls = report->statusClass();
                if (cls == modem::DeliveryStatusClass::Pending) {
                    context.out << "Reference " << reference << ": the network is still trying\n";
                    return;
                }
                awaitingReports.removeAt(i);
                if (cls == modem::DeliveryStatusClass::Delivered)
                    ++delivered;
                else
                    ++reportsFailed;
                context.out << "Reference " << reference << ": "
                            << (cls == modem::DeliveryStatusClass::Delivered
                                       ? QStringLiteral("delivered")
                                       : QStringLiteral("not delivered (status 0x%1)")
                                             .arg(report->status, 2, 16, QLatin1Char('0')))
                            << '\n';
                context.out.flush();
                return;
            }
        });

    const qint64 started = Clock::system().monotonic().count();
    for (const BatchLine &line : std::as_const(batch)) {
        modem::OutgoingSms sms;
        sms.destination = line.number;
        sms.text = line.text;
        sms.requestStatusReport = !noReport;
        byId.insert(session.send(sms), line);
    }
    const auto allFinished = [&] { return outcomes.size() == batch.size() || cli.portLost(); };
    waitUntil(allFinished, std::chrono::seconds(timeoutSeconds) + 60s * batch.size());
    const double seconds = double(Clock::system().monotonic().count() - started) / 1000.0;

    int sent = 0;
    for (const auto &outcome : std::as_const(outcomes))
        sent += outcome.result == modem::SendOutcome::Result::Sent ? 1 : 0;
    if (batch.size() > 1) {
        context.out << sent << " of " << batch.size() << " sent, " << (batch.size() - sent)
                    << " failed, in " << QString::number(seconds, 'f', 1) << " s ("
                    << QString::number(seconds > 0 ? sent / seconds : 0.0, 'f', 2)
                    << " messages/s)\n";
    }
    if (wait && !noReport && sent > 0) {
        waitUntil([&] { return awaitingReports.isEmpty() || cli.portLost(); },
            std::chrono::seconds(timeoutSeconds));
        if (!awaitingReports.isEmpty())
            context.out << awaitingReports.size() << " part(s) without a delivery report after "
                        << timeoutSeconds << " s\n";
    }
    if (cli.portLost())
        return ExitCode::Unavailable;
    const bool allSent = sent == batch.size();
    return allSent && reportsFailed == 0 ? ExitCode::Success : ExitCode::Failure;
}

ExitCode runModemListen(CliContext &context, QStringList arguments)
{
    ModemCliOptions options = ModemCliSession::takeModemOptions(arguments);
    const bool json = arguments.removeAll(QStringLiteral("--json")) > 0;
    const bool remove = arguments.removeAll(QStringLiteral("--delete")) > 0;
    if (arguments.size() != 1)
        return modemUsageError(context, QStringLiteral("listen"), QStringLiteral("give the PORT."));
    options.port = arguments.first();
    ModemCliSession cli(context);
    if (const ExitCode code = cli.open(options); code != ExitCode::Success)
        return code;
    modem::ModemSession &session = cli.session();

    // Long messages are printed once, joined; a part still missing after ten minutes is shown
    // with a gap rather than held back for ever.
    modem::InMemoryReassemblyStore store;
    modem::ReassemblerOptions reassembly;
    reassembly.incompleteTimeout = 10min;
    modem::Reassembler reassembler(store, Clock::system(), reassembly);
    QObject::connect(&reassembler, &modem::Reassembler::messageReleased, &reassembler,
        [&](const modem::ReassembledMessage &message) { printReleased(context, message, json); });
    int part = 0;
    QObject::connect(
        &session, &modem::ModemSession::received, &session, [&](const modem::InboundPdu &inbound) {
            const modem::SmsDeliver *deliver = inbound.pdu ? inbound.pdu->deliver() : nullptr;
            bool mayDelete = true;
            if (deliver) {
                modem::ReceivedPart received;
                received.deliver = *deliver;
                received.origin = inbound.location.isStored()
                    ? modem::PartOrigin::stored(
                        QString::fromLatin1(inbound.location.storage), inbound.location.index)
                    : modem::PartOrigin::direct();
                received.receivedAt = inbound.receivedAt;
                received.partKey = QByteArray::number(++part);
                mayDelete = reassembler.accept(received).sourceMayBeDeleted();
            } else {
                printOther(context, inbound, json);
            }
            if (remove && mayDelete)
                session.confirmStored(inbound.location);
        });
    QObject::connect(&session, &modem::ModemSession::stateChanged, &session,
        [&](modem::ModemSession::State state) {
            if (state == modem::ModemSession::State::Unresponsive)
                stopRunning(int(ExitCode::Unavailable));
        });
    context.err << "Listening on " << options.port << " (Ctrl+C to stop"
                << (remove ? "; messages are deleted from the modem once printed" : "") << ").\n";
    context.err.flush();
    const int code = runUntilInterrupted();
    return cli.portLost() ? ExitCode::Unavailable : ExitCode(code);
}

} // namespace rapport::app
