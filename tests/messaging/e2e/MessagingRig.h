#pragma once

// Shared by the end-to-end tests: the messaging core wired as `rapportctl serve` wires it
// (app/cli/ServeCommand.cpp) — a MessagingService over a real SQLite file, one
// modem::ModemConnection + SessionSmsChannel per port, no pause between texts — with the
// simulated modems served on pseudo-terminals, so every byte crosses a real tty. Real time
// throughout: tests wait with QTRY_* and generous timeouts, never with sleeps.

#include "app/audit/AuditLog.h"
#include "app/messaging/MessagingService.h"
#include "app/outbox/Outbox.h"
#include "app/outbox/SessionSmsChannel.h"
#include "app/settings/SettingsStore.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"
#include "modem/Clock.h"
#include "modem/ModemConnection.h"
#include "modem/SimulatedModem.h"
#include "modem/SimulatedModemPty.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

#include <memory>
#include <vector>

namespace rapport::test {

inline const QString kBusinessName = QStringLiteral("Harbour Optics");

// One USB stick as the simulator plays it, on a pseudo-terminal of its own.
struct PtyModem
{
    PtyModem(const QString &linkPath, const QByteArray &imeiDigits)
        : modem(Clock::system())
        , pty(modem)
        , link(linkPath)
        , imei(QString::fromLatin1(imeiDigits))
    {
        modem.setImei(imeiDigits);
        // Seconds per SUBMIT and per report are real life (MODEM-NOTES.md: 6–12 texts a minute
        // per modem); the tests want the same dialogue, faster.
        modem.setNetworkDelay(std::chrono::milliseconds(40));
        modem.setReportDelay(std::chrono::milliseconds(100));
        opened = pty.open(link);
    }

    // Every part the network accepted for `destination`, in the order it accepted them.
    [[nodiscard]] QList<modem::SimulatedSubmission> submissionsTo(const QString &destination) const
    {
        QList<modem::SimulatedSubmission> parts;
        for (const modem::SimulatedSubmission &each : modem.submissions()) {
            if (each.destination == destination)
                parts << each;
        }
        return parts;
    }

    // Slots in use in the memories a generic modem receives into.
    [[nodiscard]] int storedMessages() const
    {
        return modem.storageUsed("SM") + modem.storageUsed("ME");
    }

    modem::SimulatedModem modem;
    modem::SimulatedModemPty pty;
    QString link;
    QString imei;
    bool opened = false;
};

class MessagingRig final
{
public:
    MessagingRig() = default;
    MessagingRig(const MessagingRig &) = delete;
    MessagingRig &operator=(const MessagingRig &) = delete;
    ~MessagingRig() { shutDown(); }

    // The database file with the business profile, and the service over it (which reads the
    // profile when it is created). False, with a warning, when that fails.
    bool open()
    {
        static int opened = 0;
        if (!m_dir.isValid())
            return false;
        auto database = app::Database::open(
            m_dir.filePath(QStringLiteral("shop.db")), QStringLiteral("e2e-%1").arg(++opened));
        if (!database) {
            qWarning("cannot open the database: %s", qPrintable(database.error().detail));
            return false;
        }
        m_database = std::move(*database);
        app::AuditLog audit(*m_database);
        app::SettingsStore settings(*m_database);
        const app::Actor owner = app::Actor::commandLine();
        if (!settings.setValue(owner, audit, app::BusinessProfile::NameKey, kBusinessName)
            || !settings.setValue(
                owner, audit, app::BusinessProfile::RegionKey, QStringLiteral("GB"))
            || !settings.setValue(
                owner, audit, app::BusinessProfile::ZoneKey, QStringLiteral("Europe/London")))
            return false;
        m_messaging = std::make_unique<app::MessagingService>(*m_database, Clock::system());
        app::DispatcherSettings pacing;
        pacing.minimumGap = std::chrono::milliseconds(0); // `serve --min-gap-ms 0`
        m_messaging->setDispatcherSettings(pacing);
        return true;
    }

    // A simulated modem on its own pty, and the connection and channel serve makes for
    // `--modem PATH`. Null when the pty cannot be created.
    PtyModem *addModem(const QString &name, const QByteArray &imei)
    {
        auto simulated = std::make_unique<PtyModem>(m_dir.filePath(name), imei);
        if (!simulated->opened) {
            qWarning("cannot create a pty: %s", qPrintable(simulated->pty.errorString()));
            return nullptr;
        }
        const QString port = simulated->link;
        auto connection = std::make_unique<modem::ModemConnection>(Clock::system());
        connection->setSettings(modem::ModemConnection::Settings {});
        // A pseudo-terminal is never listed among the serial ports: look for it where it was.
        connection->setCandidateProvider([port] { return QStringList {port}; });
        auto channel = std::make_unique<app::SessionSmsChannel>(connection.get(), port);
        m_messaging->addChannel(channel.get());
        connection->open(port);
        m_modems.push_back(std::move(simulated));
        m_connections.push_back(std::move(connection));
        m_channels.push_back(std::move(channel));
        return m_modems.back().get();
    }

    bool start()
    {
        const auto started = m_messaging->start();
        if (!started)
            qWarning("cannot start: %s", qPrintable(started.error()));
        return started.hasValue();
    }

    [[nodiscard]] bool allReady() const
    {
        return std::all_of(m_channels.cbegin(), m_channels.cend(),
            [](const auto &channel) { return channel->isReady(); });
    }

    // As serve stops: the dispatcher, then the channels, then the ports.
    void shutDown()
    {
        if (m_messaging) {
            m_messaging->stop();
            for (const auto &channel : m_channels)
                m_messaging->removeChannel(channel.get());
        }
        for (const auto &connection : m_connections)
            connection->close();
        m_channels.clear();
        m_connections.clear();
        m_modems.clear();
        m_messaging.reset();
        m_database.reset();
    }

    Result<app::EnqueueResult, QString> enqueue(const QString &phone, const QString &body,
        app::MessagePurpose purpose = app::MessagePurpose::Reply,
        app::MessageOrigin origin = app::MessageOrigin::Manual)
    {
        app::OutgoingRequest request;
        request.phoneE164 = phone;
        request.body = body;
        request.purpose = purpose;
        request.origin = origin;
        request.actor = app::Actor::commandLine();
        return m_messaging->outbox().enqueue(request);
    }

    // The first column of the first row; invalid when there is none.
    [[nodiscard]] QVariant value(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(m_database->connection());
        if (!app::sql::run(query, sql, values)) {
            qWarning("query failed: %s", qPrintable(query.lastError().text()));
            return {};
        }
        return query.next() ? query.value(0) : QVariant();
    }
    [[nodiscard]] int count(const QString &sql, const QVariantList &values = {}) const
    {
        return value(sql, values).toInt();
    }
    [[nodiscard]] QString stateOf(qint64 messageId) const
    {
        return value(QStringLiteral("SELECT state FROM messages WHERE id = ?"), {messageId})
            .toString();
    }
    [[nodiscard]] qint64 threadOf(const QString &phone) const
    {
        return value(QStringLiteral("SELECT id FROM threads WHERE phone_e164 = ?"), {phone})
            .toLongLong();
    }

    [[nodiscard]] app::Database &database() { return *m_database; }
    [[nodiscard]] app::MessagingService &messaging() { return *m_messaging; }
    [[nodiscard]] modem::ModemConnection &connection(std::size_t i) { return *m_connections.at(i); }
    [[nodiscard]] app::SessionSmsChannel &channel(std::size_t i) { return *m_channels.at(i); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<app::Database> m_database;
    std::unique_ptr<app::MessagingService> m_messaging;
    std::vector<std::unique_ptr<PtyModem>> m_modems;
    std::vector<std::unique_ptr<modem::ModemConnection>> m_connections;
    std::vector<std::unique_ptr<app::SessionSmsChannel>> m_channels;
};

} // namespace rapport::test
