#include "app/cli/CliWait.h"
#include "app/cli/ModemCliSession.h"
#include "app/cli/ModemCommands.h"
#include "modem/ModemSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::app {
namespace {

using namespace std::chrono_literals;
using modem::RegistrationState;

QString registrationText(RegistrationState state)
{
    switch (state) {
    case RegistrationState::NotRegistered:
        return QStringLiteral("not registered, not searching");
    case RegistrationState::Home:
        return QStringLiteral("home network");
    case RegistrationState::Searching:
        return QStringLiteral("searching for a network");
    case RegistrationState::Denied:
        return QStringLiteral("registration denied by the network");
    case RegistrationState::Unknown:
        return QStringLiteral("unknown");
    case RegistrationState::Roaming:
        return QStringLiteral("roaming");
    case RegistrationState::SmsOnlyHome:
        return QStringLiteral("home network (SMS only)");
    case RegistrationState::SmsOnlyRoaming:
        return QStringLiteral("roaming (SMS only)");
    case RegistrationState::EmergencyOnly:
        return QStringLiteral("emergency calls only");
    }
    return QString();
}

QString reportsText(modem::StatusReportDelivery delivery)
{
    switch (delivery) {
    case modem::StatusReportDelivery::Direct:
        return QStringLiteral("delivery reports directly (+CDS)");
    case modem::StatusReportDelivery::Stored:
        return QStringLiteral("delivery reports stored (+CDSI)");
    case modem::StatusReportDelivery::None:
        return QStringLiteral("no delivery reports");
    }
    return QString();
}

} // namespace

ExitCode runModemInfo(CliContext &context, QStringList arguments)
{
    ModemCliOptions options = ModemCliSession::takeModemOptions(arguments);
    const bool json = arguments.removeAll(QStringLiteral("--json")) > 0;
    if (arguments.size() != 1)
        return modemUsageError(context, QStringLiteral("info"),
            arguments.isEmpty() ? QStringLiteral("give the PORT.")
                                : QStringLiteral("unexpected argument '%1'.").arg(arguments.at(1)));
    options.port = arguments.first();

    ModemCliSession cli(context);
    if (const ExitCode code = cli.open(options); code != ExitCode::Success)
        return code;
    modem::ModemSession &session = cli.session();
    // The first status poll and the first sweep run as soon as the session is ready.
    bool health = false;
    bool storage = !session.storageUsage().isEmpty();
    QObject::connect(
        &session, &modem::ModemSession::healthChanged, &session, [&health] { health = true; });
    QObject::connect(&session, &modem::ModemSession::storageUsageChanged, &session,
        [&storage] { storage = true; });
    waitUntil([&] { return (health && storage) || cli.portLost(); }, 20s);
    if (cli.portLost())
        return ExitCode::Unavailable;

    const modem::SetupResult &setup = session.setup();
    const modem::ModemHealth &h = session.health();
    QStringList storages;
    for (const auto &usage : session.storageUsage())
        storages << QStringLiteral("%1 %2/%3%4")
                        .arg(QString::fromLatin1(usage.storage))
                        .arg(usage.used)
                        .arg(usage.total)
                        .arg(usage.isFull() ? QStringLiteral(" (full)") : QString());
    const QString signal = h.signal.isKnown()
        ? QStringLiteral("%1 dBm (%2 of 5 bars)").arg(h.signal.dBm()).arg(h.signal.bars())
        : QStringLiteral("unknown");
    if (json) {
        const QJsonObject o {{QStringLiteral("port"), options.port},
            {QStringLiteral("manufacturer"), setup.identity.manufacturer},
            {QStringLiteral("model"), setup.identity.model},
            {QStringLiteral("firmware"), setup.identity.firmware},
            {QStringLiteral("imei"), setup.identity.imei},
            {QStringLiteral("imsi"), setup.identity.imsi},
            {QStringLiteral("profile"), setup.profile.name},
            {QStringLiteral("sim"), QStringLiteral("ready")},
            {QStringLiteral("registration"), registrationText(h.registration.state)},
            {QStringLiteral("registered"), h.registration.isRegistered()},
            {QStringLiteral("operator"), h.operatorName}, {QStringLiteral("rssi"), h.signal.rssi},
            {QStringLiteral("signal_dbm"), h.signal.isKnown() ? h.signal.dBm() : QJsonValue()},
            {QStringLiteral("signal_bars"), h.signal.bars()},
            {QStringLiteral("storage"), QJsonArray::fromStringList(storages)},
            {QStringLiteral("cnmi"), QString::fromLatin1(setup.cnmi)},
            {QStringLiteral("status_reports"), reportsText(setup.statusReports)}};
        context.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    const auto row = [&context](const char *label, const QString &value) {
        context.out << QString::fromLatin1(label).leftJustified(15)
                    << (value.isEmpty() ? QStringLiteral("-") : value) << '\n';
    };
    row("Port:", options.port);
    row("Modem:", QString(setup.identity.manufacturer + u' ' + setup.identity.model).trimmed());
    row("Firmware:", setup.identity.firmware);
    row("Profile:", setup.profile.name);
    row("IMEI:", setup.identity.imei);
    row("IMSI:", setup.identity.imsi);
    row("SIM:", QStringLiteral("ready"));
    row("Registration:", registrationText(h.registration.state));
    row("Operator:", h.operatorName);
    row("Signal:", signal);
    row("Storage:", storages.join(QStringLiteral(", ")));
    row("Indications:",
        setup.cnmi.isEmpty() ? QStringLiteral("none accepted: messages are found by sweeping")
                             : QString::fromLatin1(setup.cnmi) + QStringLiteral(", ")
                + reportsText(setup.statusReports));
    return ExitCode::Success;
}

} // namespace rapport::app
