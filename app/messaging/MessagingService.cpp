#include "app/messaging/MessagingService.h"

#include "app/audit/AuditLog.h"
#include "app/consent/ConsentLedger.h"
#include "app/consent/SuppressionList.h"
#include "app/inbound/InboundPipeline.h"
#include "app/inbound/InboundRouter.h"
#include "app/inbound/InboundRouterConfig.h"
#include "app/messaging/MessagingEvents.h"
#include "app/messaging/SmsChannel.h"
#include "app/outbox/Dispatcher.h"
#include "app/outbox/Outbox.h"
#include "app/policy/PolicyConfigStore.h"
#include "app/policy/PolicyEngine.h"
#include "app/policy/PolicyFactsLoader.h"
#include "app/settings/SettingsStore.h"
#include "modem/Clock.h"

namespace rapport::app {

MessagingService::MessagingService(Database &database, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
    const auto now = [&clock] { return clock.now(); };
    m_events = std::make_unique<MessagingEvents>();
    m_audit = std::make_unique<AuditLog>(database, now);
    m_settings = std::make_unique<SettingsStore>(database);
    const BusinessProfile business = BusinessProfile::load(*m_settings);
    m_suppression = std::make_unique<SuppressionList>(database, now);
    m_ledger = std::make_unique<ConsentLedger>(database, *m_audit, now);
    m_facts = std::make_unique<PolicyFactsLoader>(database, business.zone);
    m_policy = std::make_unique<PolicyEngine>(
        *m_facts, PolicyConfigStore(*m_settings).loadOrDefaults(), business.name);
    m_outbox = std::make_unique<Outbox>(database, *m_policy, *m_audit, clock, *m_events);
    DispatcherSettings pacing;
    pacing.businessZone = business.zone;
    m_dispatcher = std::make_unique<Dispatcher>(database, *m_policy, clock, *m_events, pacing);
    InboundPipelineOptions inbound;
    inbound.region = business.region;
    m_pipeline = std::make_unique<InboundPipeline>(database, clock, *m_events, inbound);
    m_router = std::make_unique<InboundRouter>(database, *m_ledger, *m_suppression, *m_outbox,
        *m_audit, clock, *m_events, InboundRouterConfig::load(*m_settings));
    // Every stored message is routed at once; routePending() also picks up any a failure left.
    connect(m_pipeline.get(), &InboundPipeline::messageStored, m_router.get(),
        [this] { (void)m_router->routePending(); });
    // A text held for an opt-out review has no time to wake up at: only a person resolving the
    // review (a thread change) can release it, so each thread change asks again about the
    // thread's held messages. Cheap: a thread holds few, usually none.
    connect(m_events.get(), &MessagingEvents::threadChanged, this,
        [this](qint64 threadId) { (void)m_outbox->recheckHeld(threadId); });
}

MessagingService::~MessagingService()
{
    stop();
}

void MessagingService::setDispatcherSettings(DispatcherSettings settings)
{
    settings.businessZone = m_dispatcher->settings().businessZone;
    m_dispatcher->setSettings(settings);
}

void MessagingService::reloadConfiguration()
{
    const BusinessProfile business = BusinessProfile::load(*m_settings);
    m_facts->setBusinessZone(business.zone);
    m_policy->setConfig(PolicyConfigStore(*m_settings).loadOrDefaults());
    m_policy->setBusinessName(business.name);
    DispatcherSettings pacing = m_dispatcher->settings();
    pacing.businessZone = business.zone;
    m_dispatcher->setSettings(pacing);
    m_router->setConfig(InboundRouterConfig::load(*m_settings));
}

Result<MessagingService::StartReport, QString> MessagingService::start()
{
    StartReport report;
    const auto reconciled = m_outbox->reconcile();
    if (!reconciled)
        return fail(reconciled.error().describe());
    report.interruptedSends = reconciled->interrupted;
    report.requeued = reconciled->requeued;
    const auto restored = m_pipeline->restore();
    if (!restored)
        return fail(restored.error());
    report.restoredParts = *restored;
    const auto routed = m_router->routePending();
    if (!routed)
        return fail(routed.error());
    report.routedAtStart = *routed;
    m_dispatcher->start();
    return report;
}

void MessagingService::stop()
{
    if (m_dispatcher)
        m_dispatcher->stop();
}

void MessagingService::addChannel(SmsChannel *channel)
{
    // The pipeline keys a channel's parts and messages by channel->id() as it is when attached,
    // and a modem's id is its IMEI only once it has identified itself — done by the time it is
    // ready, before it reports anything received. Attached earlier, a received message would
    // carry the port's name while the dispatcher knows SIMs by IMEI, and the answer would not
    // leave from the SIM the customer texted.
    if (channel->isReady())
        m_pipeline->attach(*channel);
    connect(channel, &SmsChannel::readyChanged, this, [this, channel](bool ready) {
        if (ready)
            m_pipeline->attach(*channel); // once: later calls find it attached
    });
    m_dispatcher->addChannel(channel);
}

void MessagingService::removeChannel(SmsChannel *channel)
{
    disconnect(channel, &SmsChannel::readyChanged, this, nullptr);
    m_dispatcher->removeChannel(channel);
}

} // namespace rapport::app
