#include "PropertyWorld.h"

#include "InboundFixture.h"

#include "app/audit/AuditLog.h"
#include "app/inbound/InboundRouter.h"
#include "app/outbox/Outbox.h"
#include "app/phone/PhoneNumbers.h"
#include "app/policy/JurisdictionResolver.h"
#include "app/settings/SettingsStore.h"
#include "app/storage/SqlStatement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rapport::test::property {

using namespace rapport::app;

namespace {

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

PropertyWorld::PropertyWorld(quint32 seed)
    : random(seed)
    // Monday 12 January 2026: the run passes both 2026 DST changes of Europe (29 March,
    // 25 October) and of the United States (8 March, 1 November).
    , clock(QDateTime(QDate(2026, 1, 12), QTime(9, 0), QTimeZone::utc()))
{
    static int serial = 0;
    auto opened = Database::openInMemory(QStringLiteral("messagingproperty-%1").arg(++serial));
    if (!opened) {
        m_setupProblem = opened.error().detail;
        return;
    }
    db = std::move(*opened);
    configure();
    model = std::make_unique<ComplianceModel>(
        PolicyConfig::defaults(), QTimeZone(QByteArrayLiteral("Europe/London")), kBusinessName);
    buildPool();
    if (!m_setupProblem.isEmpty())
        return;

    service = std::make_unique<MessagingService>(*db, clock);
    const auto onSend = [this](SimChannel &channel, quint64, const modem::OutgoingSms &sms) {
        return this->onSend(channel, sms);
    };
    simA = std::make_unique<SimChannel>(QStringLiteral("sim-a"), onSend);
    simB = std::make_unique<SimChannel>(QStringLiteral("sim-b"), onSend);
    service->addChannel(simA.get());
    service->addChannel(simB.get());
    if (auto started = service->start(); !started) {
        m_setupProblem = started.error();
        return;
    }
    const InboundRouterConfig &router = service->router().config();
    m_noticeBodies.insert(InboundRouter::OptOutTemplate, router.render(router.optOutConfirmation));
    m_noticeBodies.insert(InboundRouter::OptInTemplate, router.render(router.optInConfirmation));
    m_noticeBodies.insert(InboundRouter::HelpTemplate, router.render(router.helpAnswer));
}

PropertyWorld::~PropertyWorld()
{
    if (service) {
        service->removeChannel(simA.get());
        service->removeChannel(simB.get());
    }
    service.reset();
    simA.reset();
    simB.reset();
}

QVariant PropertyWorld::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(db->connection());
    if (!sql::run(query, sql, values) || !query.next())
        return {};
    return query.value(0);
}

void PropertyWorld::configure()
{
    QSqlQuery query(db->connection());
    for (const auto &[name, role] : {std::pair {"Olive", "owner"}, std::pair {"Sam", "staff"}}) {
        if (!sql::run(query,
                QStringLiteral("INSERT INTO staff (name, role, created_at) VALUES (?, ?, ?)"),
                {QString::fromLatin1(name), QString::fromLatin1(role), iso(clock.now())}))
            m_setupProblem = query.lastError().text();
    }
    owner = Actor::staffMember(
        scalar(QStringLiteral("SELECT id FROM staff WHERE name = 'Olive'")).toLongLong(),
        StaffRole::Owner, QStringLiteral("Olive"));
    staff = Actor::staffMember(
        scalar(QStringLiteral("SELECT id FROM staff WHERE name = 'Sam'")).toLongLong(),
        StaffRole::Staff, QStringLiteral("Sam"));
    AuditLog audit(*db, [this] { return clock.now(); });
    SettingsStore settings(*db);
    for (const auto &[key, value] : {std::pair {BusinessProfile::NameKey, kBusinessName},
             std::pair {BusinessProfile::RegionKey, QStringLiteral("GB")},
             std::pair {BusinessProfile::ZoneKey, QStringLiteral("Europe/London")}}) {
        if (!settings.setValue(owner, audit, key, value))
            m_setupProblem = QStringLiteral("cannot store the business profile");
    }
}

void PropertyWorld::buildPool()
{
    struct Block
    {
        const char *prefix;
        int first;
        int count;
        int digits;
        const char *country;
        const char *subdivision;
        const char *zone; // the number's one zone; empty where the country has several
    };
    // GB mobiles from libphonenumber's example range; US numbers of Miami (305, Florida), New
    // York City (212) and Bridgeport (203, Connecticut); French mobiles (06).
    const Block blocks[] = {{"+447400123", 0, 120, 3, "GB", "", "Europe/London"},
        {"+1305201", 100, 30, 4, "US", "FL", ""}, {"+1212201", 100, 25, 4, "US", "NY", ""},
        {"+1203201", 100, 15, 4, "US", "CT", ""},
        {"+336123456", 0, 25, 2, "FR", "", "Europe/Paris"}};
    for (const Block &block : blocks) {
        for (int i = 0; i < block.count; ++i) {
            Person p;
            p.e164 = QString::fromLatin1(block.prefix)
                + QStringLiteral("%1").arg(block.first + i, block.digits, 10, QLatin1Char('0'));
            p.country = QString::fromLatin1(block.country);
            p.subdivision = QString::fromLatin1(block.subdivision);
            p.numberZone = QString::fromLatin1(block.zone);
            // The test's knowledge of its numbers must be what libphonenumber says, or every
            // judgement below would be about other numbers than the ones texted.
            const auto parsed = PhoneNumbers::parse(p.e164, QStringLiteral("GB"));
            const Jurisdiction where = JurisdictionResolver::forNumber(p.e164);
            if (!parsed.isValid() || parsed.e164 != p.e164 || where.country != p.country
                || where.subdivision != p.subdivision
                || PhoneNumbers::singleTimeZoneFor(p.e164) != p.numberZone) {
                m_setupProblem
                    = QStringLiteral("pool number %1: valid %2, jurisdiction %3, zone %4")
                          .arg(p.e164)
                          .arg(parsed.isValid())
                          .arg(where.code(), PhoneNumbers::singleTimeZoneFor(p.e164));
                return;
            }
            model->add(std::move(p));
        }
    }
}

QStringList PropertyWorld::customers() const
{
    QStringList found;
    for (const QString &number : model->numbers()) {
        if (model->person(number).customerId)
            found.append(number);
    }
    return found;
}

QStringList PropertyWorld::stoppedNumbers() const
{
    QStringList found;
    for (const QString &number : model->numbers()) {
        if (model->person(number).stopped)
            found.append(number);
    }
    return found;
}

QString PropertyWorld::zoneFor(const Person &p)
{
    // Explicit zones, several per country, so that quiet hours are judged in many places: a
    // Londoner living in New York or Sydney, the Florida panhandle on Central time, a New York
    // number whose owner moved west, a French number in London.
    if (p.country == QLatin1String("GB"))
        return pick({QString(), QString(), QStringLiteral("Europe/London"),
            QStringLiteral("America/New_York"), QStringLiteral("Australia/Sydney")});
    if (p.country == QLatin1String("FR"))
        return pick({QString(), QStringLiteral("Europe/Paris"), QStringLiteral("Europe/London")});
    if (p.subdivision == QLatin1String("FL"))
        return pick({QStringLiteral("America/New_York"), QStringLiteral("America/New_York"),
            QStringLiteral("America/Chicago")});
    if (p.subdivision == QLatin1String("NY"))
        return pick({QStringLiteral("America/New_York"), QStringLiteral("America/New_York"),
            QStringLiteral("America/Los_Angeles")});
    return QStringLiteral("America/New_York");
}

void PropertyWorld::note(Person &p, const QString &what)
{
    p.trace.append(QStringLiteral("%1 %2").arg(clock.now().toUTC().toString(Qt::ISODate), what));
    if (p.trace.size() > 14)
        p.trace.removeFirst();
}

void PropertyWorld::violation(const QString &what)
{
    ++m_violationCount;
    if (m_violations.size() < 25)
        m_violations.append(QStringLiteral("event %1, %2: %3")
                                .arg(eventIndex)
                                .arg(clock.now().toUTC().toString(Qt::ISODate), what));
}

int PropertyWorld::onSend(SimChannel &channel, const modem::OutgoingSms &sms)
{
    const QDateTime at = clock.now().toUTC();
    QSqlQuery query(db->connection());
    if (!sql::run(query,
            QStringLiteral("SELECT id, template_key, kind, origin, coalesce(part_count, 1)"
                           " FROM messages WHERE direction = 'out' AND state = 'sending'"
                           " AND modem_id = ?"),
            {channel.id()})
        || !query.next()) {
        violation(
            QStringLiteral("%1 was handed a text that is no message being sent").arg(channel.id()));
        return 1;
    }
    const qint64 id = query.value(0).toLongLong();
    const QString templateKey = query.value(1).toString();
    const bool notice = query.value(2).toString() == QLatin1String("compliance_notice");
    const bool autoReply = query.value(3).toString() == QLatin1String("auto_reply");
    const int parts = query.value(4).toInt();
    if (query.next())
        violation(QStringLiteral("two messages are being sent on %1").arg(channel.id()));
    ++m_sendCount[id];

    SentKind kind = SentKind::Reply;
    if (const auto asked = m_asked.constFind(id); asked != m_asked.cend()) {
        kind = asked->kind;
    } else if (m_enqueuing && !autoReply && m_enqueuing->phone == sms.destination) {
        kind = m_enqueuing->kind; // sent from inside the enqueue() that stored it
    } else if (autoReply && notice && m_noticeBodies.contains(templateKey)) {
        // Only the texts the rules themselves require may come from the router, word for word.
        kind = templateKey == InboundRouter::OptOutTemplate ? SentKind::OptOutConfirmation
            : templateKey == InboundRouter::OptInTemplate   ? SentKind::OptInConfirmation
                                                            : SentKind::HelpAnswer;
        if (sms.text != m_noticeBodies.value(templateKey))
            violation(QStringLiteral("message %1 (%2) is not the notice's text: %3")
                          .arg(id)
                          .arg(templateKey, sms.text));
    } else {
        violation(QStringLiteral("message %1 went out that nobody asked for (template %2)")
                      .arg(id)
                      .arg(templateKey));
    }
    tally.sent[sentKindName(kind)] += 1;
    m_record.append(SentText {at, sms.destination, sms.text, kind, id});
    if (!model->knows(sms.destination)) {
        violation(QStringLiteral("a text to a number outside the pool"));
        return parts;
    }
    Person &p = model->person(sms.destination);
    const QStringList broken = model->judge(p, kind, at, sms.text);
    for (const QString &rule : broken)
        violation(QStringLiteral("%1 to %2 (message %3): %4\n    their history: %5\n    ledger: %6")
                      .arg(sentKindName(kind), sms.destination)
                      .arg(id)
                      .arg(rule, p.trace.join(QStringLiteral("; ")), ledgerOf(p)));
    note(p, QStringLiteral("sent %1 #%2").arg(sentKindName(kind)).arg(id));
    return parts;
}

void PropertyWorld::enqueue(const OutgoingRequest &request, SentKind kind)
{
    Person &p = model->person(request.phoneE164);
    const auto cause = model->refusalCause(p, request.purpose, request.overrideOptOut);
    // The outbox may hand the text to a SIM before enqueue() returns: onSend() knows it by this.
    m_enqueuing = Asked {kind, request.phoneE164};
    const auto result = service->outbox().enqueue(request);
    m_enqueuing.reset();
    if (!result) {
        violation(
            QStringLiteral("the outbox refused to store a valid request: %1").arg(result.error()));
        return;
    }
    m_asked.insert(result->messageId, Asked {kind, request.phoneE164});
    const PolicyDecision &decision = result->decision;
    const QString verdict = decision.verdict == PolicyDecision::Verdict::Send
        ? QStringLiteral("send")
        : decision.verdict == PolicyDecision::Verdict::Hold ? QStringLiteral("hold")
                                                            : QStringLiteral("refuse");
    tally.firstDecisions[QStringLiteral("%1/%2").arg(verdict, decision.reasonCode)] += 1;
    note(p,
        QStringLiteral("asked %1 #%2: %3/%4")
            .arg(sentKindName(kind))
            .arg(result->messageId)
            .arg(verdict, decision.reasonCode));
    if (decision.verdict == PolicyDecision::Verdict::Refuse && !cause)
        violation(QStringLiteral("%1 to %2 refused though nothing forbids it: %3 (%4); ledger: %5")
                      .arg(sentKindName(kind), request.phoneE164, decision.reasonCode,
                          decision.reason, ledgerOf(p)));
}

QString PropertyWorld::ledgerOf(const Person &p) const
{
    // For the report: the customer's consent events, oldest first.
    QSqlQuery query(db->connection());
    if (!p.customerId
        || !sql::run(query,
            QStringLiteral("SELECT purpose, action, source FROM consent_events"
                           " WHERE customer_id = ? ORDER BY id"),
            {p.customerId}))
        return QStringLiteral("(none)");
    QStringList events;
    while (query.next())
        events.append(QStringLiteral("%1 %2 %3")
                          .arg(query.value(0).toString(), query.value(1).toString(),
                              query.value(2).toString()));
    return events.join(QStringLiteral(", "));
}

void PropertyWorld::receive(const QString &e164, const QString &text, SimChannel &via)
{
    const QDateTime now = clock.now().toUTC();
    const auto parts = inbound::composeParts(inbound::international(e164.mid(1)), text, {}, now);
    for (const modem::SmsDeliver &part : parts)
        via.deliver(inboundPdu(part, {}, now));
}

} // namespace rapport::test::property
