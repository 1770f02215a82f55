#pragma once

#include "app/outbox/DispatcherSettings.h"
#include "modem/Result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace rapport {
class Clock;
} // namespace rapport

namespace rapport::app {

class AuditLog;
class ConsentLedger;
class Database;
class Dispatcher;
class InboundPipeline;
class InboundRouter;
class MessagingEvents;
class Outbox;
class PolicyEngine;
class PolicyFactsLoader;
class SettingsStore;
class SmsChannel;
class SuppressionList;

// The messaging core wired together over one database: policy engine, outbox, dispatcher with
// delivery tracking, inbound pipeline and router, and the change events. Both composition roots
// use it — `rapportctl serve` headless and the desktop application — so they behave alike.
// Configuration (business profile, policy rules, keyword replies) is read from the settings in
// the database when the service is created.
class MessagingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagingService)
public:
    struct StartReport
    {
        int interruptedSends = 0; // found in 'sending': a crash or a kill
        int requeued = 0; // of those, queued again (may arrive twice)
        int restoredParts = 0; // inbound parts waiting for the rest (of channels ready by now)
        int routedAtStart = 0; // received messages a crash left unrouted
    };

    MessagingService(Database &database, Clock &clock, QObject *parent = nullptr);
    ~MessagingService() override;

    // Dispatcher pacing (minimum gap, daily cap) before start(); the business zone is set from
    // the business profile.
    void setDispatcherSettings(DispatcherSettings settings);

    // Reads the business profile, policy rules and inbound configuration again from the
    // settings (after Settings or the first-run wizard changed them).
    void reloadConfiguration();

    // Settles what a previous run left (outbox reconciliation, stored inbound parts, unrouted
    // messages) and starts dispatching. Channels may be added before or after.
    Result<StartReport, QString> start();
    void stop();

    // A modem (SIM) to send and receive through; not owned. Remove it before destroying it.
    // What it receives is taken from when it is first ready (its id is then the modem's IMEI);
    // the parts it left in the database are restored then.
    void addChannel(SmsChannel *channel);
    void removeChannel(SmsChannel *channel);

    [[nodiscard]] Outbox &outbox() { return *m_outbox; }
    [[nodiscard]] Dispatcher &dispatcher() { return *m_dispatcher; }
    [[nodiscard]] InboundPipeline &inbound() { return *m_pipeline; }
    [[nodiscard]] InboundRouter &router() { return *m_router; }
    [[nodiscard]] PolicyEngine &policy() { return *m_policy; }
    [[nodiscard]] MessagingEvents &events() { return *m_events; }
    [[nodiscard]] AuditLog &audit() { return *m_audit; }
    [[nodiscard]] ConsentLedger &consent() { return *m_ledger; }

private:
    Database &m_database;
    Clock &m_clock;
    std::unique_ptr<MessagingEvents> m_events;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<SuppressionList> m_suppression;
    std::unique_ptr<ConsentLedger> m_ledger;
    std::unique_ptr<PolicyFactsLoader> m_facts;
    std::unique_ptr<PolicyEngine> m_policy;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<InboundPipeline> m_pipeline;
    std::unique_ptr<InboundRouter> m_router;
};

} // namespace rapport::app
