#include "app/inbound/InboundRouter.h"

#include "app/CoreLogging.h"
#include "app/audit/AuditLog.h"
#include "app/inbound/InboundMessageWriter.h"
#include "app/messaging/MessageEnqueuer.h"
#include "app/messaging/MessagingEvents.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"
#include "app/storage/Transaction.h"
#include "modem/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace rapport::app {
namespace {

// How old a customer's text may be for an automatic answer (away message, FAQ) to still make
// sense; see planAutoReply.
constexpr qint64 kAutoReplyFreshSeconds = 60 * 60;

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString threadSubject(qint64 threadId)
{
    return QStringLiteral("thread:%1").arg(threadId);
}

QDateTime before(const QDateTime &now, std::chrono::hours window)
{
    return now.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(window).count());
}

} // namespace

struct InboundRouter::Inbound
{
    qint64 id = 0;
    qint64 threadId = 0;
    qint64 customerId = 0;
    QString phone;
    QString body;
    QString kind;
    QString modemId;
    QDateTime createdAt;
};

struct InboundRouter::Plan
{
    Route route = Route::Inbox;
    QList<OutgoingRequest> replies;
    std::optional<QuestionAnswer> answer;
};

InboundRouter::InboundRouter(Database &database, ConsentLedger &ledger,
    SuppressionList &suppression, MessageEnqueuer &enqueuer, AuditLog &audit, Clock &clock,
    MessagingEvents &events, InboundRouterConfig config, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_enqueuer(enqueuer)
    , m_audit(audit)
    , m_clock(clock)
    , m_events(events)
    , m_config(std::move(config))
    , m_matcher(m_config.keywords)
    , m_consent(ledger, suppression, audit)
    , m_questions(database, clock)
    , m_reviews(database, clock)
{ }

InboundRouter::~InboundRouter() = default;

void InboundRouter::setConfig(InboundRouterConfig config)
{
    m_config = std::move(config);
    m_matcher = KeywordMatcher(m_config.keywords);
}

Result<int, QString> InboundRouter::routePending()
{
    if (m_routing) {
        m_routeAgain = true; // a message stored while we route: picked up by this call
        return 0;
    }
    m_routing = true;
    int routed = 0;
    do {
        m_routeAgain = false;
        QSqlQuery query(m_database.connection());
        // Keyed on the primary key above what was already routed, so routing one new message
        // does not scan the table; at start-up m_routedUpTo is 0 and everything is looked at.
        if (!sql::run(query,
                QStringLiteral("SELECT m.id, m.thread_id, coalesce(t.customer_id, 0),"
                               " t.phone_e164, m.body, m.kind, coalesce(m.modem_id, ''),"
                               " m.created_at FROM messages m JOIN threads t ON t.id = m.thread_id"
                               " WHERE m.id > ? AND m.direction = 'in' AND m.routed_at IS NULL"
                               " ORDER BY m.id"),
                {m_routedUpTo})) {
            m_routing = false;
            return fail(query.lastError().text());
        }
        QList<Inbound> pending;
        while (query.next()) {
            pending.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                query.value(2).toLongLong(), query.value(3).toString(), query.value(4).toString(),
                query.value(5).toString(), query.value(6).toString(),
                QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs)});
        }
        query.finish();
        qint64 firstFailed = 0;
        for (const Inbound &message : std::as_const(pending)) {
            if (auto done = routeOne(message); done) {
                ++routed;
            } else {
                qCWarning(lcInbound) << "could not route message" << message.id
                                     << "; it is tried again:" << done.error();
                if (!firstFailed)
                    firstFailed = message.id;
            }
            if (!firstFailed)
                m_routedUpTo = message.id;
        }
    } while (m_routeAgain);
    m_routing = false;
    return routed;
}

Result<void, QString> InboundRouter::routeOne(const Inbound &message)
{
    Plan plan;
    {
        Transaction transaction(m_database);
        if (!transaction.isOpen())
            return fail(transaction.errorText());
        if (auto decided = decide(message, plan); !decided)
            return decided;
        QSqlQuery query(m_database.connection());
        const QString at = isoUtc(message.createdAt);
        if (!sql::run(query,
                QStringLiteral("UPDATE threads SET unread_count = unread_count + 1,"
                               " last_message_at = CASE WHEN last_message_at IS NULL"
                               " OR last_message_at < ? THEN ? ELSE last_message_at END,"
                               " is_open = 1 WHERE id = ?"),
                {at, at, message.threadId})
            || !sql::run(query,
                QStringLiteral(
                    "UPDATE messages SET routed_at = ? WHERE id = ? AND routed_at IS NULL"),
                {isoUtc(m_clock.now()), message.id}))
            return fail(query.lastError().text());
        if (!transaction.commit())
            return fail(transaction.errorText());
    }
    Q_EMIT m_events.threadChanged(message.threadId);
    if (plan.answer)
        Q_EMIT m_events.questionAnswered(
            plan.answer->questionId, message.threadId, plan.answer->code);
    Q_EMIT messageRouted(message.threadId, message.id, plan.route);
    send(plan.replies);
    return {};
}

Result<void, QString> InboundRouter::decide(const Inbound &message, Plan &plan)
{
    // Keywords and codes are for people's texts from numbers we can answer; an alphanumeric
    // sender, an MMS notice or a voicemail indication only goes to its thread.
    if (!InboundMessageWriter::isTextKind(message.kind) || !message.phone.startsWith(u'+'))
        return {};
    auto customer = customerFor(message);
    if (!customer)
        return fail(customer.error());
    const KeywordSender sender {message.threadId, *customer, message.phone, message.body};
    const Actor actor = Actor::system();
    const KeywordMatch match = m_matcher.match(message.body);

    if (match.kind == KeywordKind::OptOut) {
        plan.route = Route::OptOut;
        return planOptOut(actor, sender, message.modemId, plan);
    }
    if (match.kind == KeywordKind::Help) {
        plan.route = Route::Help;
        plan.replies.append(reply(message.phone, message.modemId,
            m_config.render(m_config.helpAnswer), HelpTemplate, true));
        return {};
    }
    if (match.kind == KeywordKind::Revocation) {
        plan.route = Route::Review;
        if (auto raised = m_reviews.raise(message.threadId, message.id); !raised)
            return fail(raised.error().detail);
        if (auto logged
            = m_audit.record(actor, ReviewRaisedAction, threadSubject(message.threadId));
            !logged)
            return fail(logged.error().detail);
        return {};
    }
    // Reply codes before YES-as-opt-in: "YES" to "Reply YES to confirm" is an answer.
    if (match.kind != KeywordKind::OptIn) {
        auto answer = m_questions.answerFor(message.threadId, message.body);
        if (!answer)
            return fail(answer.error().detail);
        if (*answer) {
            if (auto recorded = m_questions.recordAnswer(**answer, message.id); !recorded)
                return fail(recorded.error().detail);
            plan.route = Route::Answer;
            plan.answer = **answer;
            return {};
        }
    }
    if (match.kind == KeywordKind::OptIn || match.kind == KeywordKind::OptInUnlessAnswer) {
        plan.route = Route::OptIn;
        const QString confirmation = m_config.render(m_config.optInConfirmation);
        if (auto recorded = m_consent.optIn(actor, sender, confirmation); !recorded)
            return recorded;
        plan.replies.append(
            reply(message.phone, message.modemId, confirmation, OptInTemplate, true));
        return {};
    }
    return planAutoReply(message, sender, plan);
}

Result<void, QString> InboundRouter::planOptOut(
    const Actor &actor, const KeywordSender &sender, const QString &modemId, Plan &plan)
{
    // One confirmation (COMPLIANCE.md): none for a STOP repeated within the window, unless the
    // person opted back in meanwhile.
    auto last = lastReply(sender.threadId, {OptOutTemplate, OptInTemplate},
        before(m_clock.now(), m_config.optOutRepeatWindow));
    if (!last)
        return fail(last.error());
    const bool repeated = *last == OptOutTemplate;
    const QString confirmation
        = repeated ? QString() : m_config.render(m_config.optOutConfirmation);
    if (auto recorded = m_consent.optOut(actor, sender, confirmation); !recorded)
        return recorded;
    if (!repeated)
        plan.replies.append(reply(sender.phoneE164, modemId, confirmation, OptOutTemplate, true));
    return {};
}

Result<void, QString> InboundRouter::planAutoReply(
    const Inbound &message, const KeywordSender &sender, Plan &plan)
{
    auto optedOut = m_consent.hasOptedOut(sender);
    if (!optedOut)
        return fail(optedOut.error());
    if (*optedOut)
        return {}; // nothing automatic after an opt-out
    // An automatic answer makes sense only while the question is fresh: after the computer was
    // off for a day, the person at the desk answers the backlog, not the away message.
    if (message.createdAt.isValid()
        && message.createdAt.secsTo(m_clock.now()) > kAutoReplyFreshSeconds)
        return {};
    const QString word = KeywordMatcher::compact(message.body);
    for (auto it = m_config.faq.cbegin(); it != m_config.faq.cend(); ++it) {
        if (KeywordMatcher::compact(it.key()) == word) {
            plan.route = Route::Faq;
            plan.replies.append(reply(
                message.phone, message.modemId, m_config.render(it.value()), FaqTemplate, false));
            return {};
        }
    }
    if (!m_config.awayEnabled || m_config.hours.isOpen(message.createdAt))
        return {};
    auto last
        = lastReply(message.threadId, {AwayTemplate}, before(m_clock.now(), m_config.awayRepeat));
    if (!last)
        return fail(last.error());
    if (!last->isEmpty())
        return {};
    plan.route = Route::Away;
    plan.replies.append(reply(message.phone, message.modemId, m_config.render(m_config.awayMessage),
        AwayTemplate, false));
    return {};
}

Result<qint64, QString> InboundRouter::customerFor(const Inbound &message)
{
    if (message.customerId)
        return message.customerId;
    // A thread made before its number became a customer's, and not linked since.
    QSqlQuery query(m_database.connection());
    if (!sql::run(query, QStringLiteral("SELECT id FROM customers WHERE phone_e164 = ?"),
            {message.phone}))
        return fail(query.lastError().text());
    if (!query.next())
        return qint64(0);
    const qint64 customerId = query.value(0).toLongLong();
    if (!sql::run(query,
            QStringLiteral(
                "UPDATE threads SET customer_id = ? WHERE id = ? AND customer_id IS NULL"),
            {customerId, message.threadId}))
        return fail(query.lastError().text());
    return customerId;
}

Result<QString, QString> InboundRouter::lastReply(
    qint64 threadId, const QStringList &keys, const QDateTime &since) const
{
    QStringList marks;
    QVariantList values {threadId, isoUtc(since)};
    for (const QString &key : keys) {
        marks.append(QStringLiteral("?"));
        values.append(key);
    }
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("SELECT template_key FROM messages WHERE thread_id = ?"
                           " AND direction = 'out' AND created_at >= ? AND template_key IN (%1)"
                           " ORDER BY id DESC LIMIT 1")
                .arg(marks.join(QStringLiteral(", "))),
            values))
        return fail(query.lastError().text());
    return query.next() ? query.value(0).toString() : QString();
}

OutgoingRequest InboundRouter::reply(const QString &phone, const QString &modemId,
    const QString &body, const QString &templateKey, bool complianceNotice) const
{
    OutgoingRequest request;
    request.phoneE164 = phone;
    request.body = body;
    request.purpose = MessagePurpose::Reply;
    request.origin = MessageOrigin::AutoReply;
    request.actor = Actor::system();
    request.isComplianceNotice = complianceNotice;
    request.templateKey = templateKey;
    request.preferredModemId = modemId; // the answer leaves from the SIM they texted
    return request;
}

void InboundRouter::send(const QList<OutgoingRequest> &replies)
{
    for (const OutgoingRequest &request : replies) {
        if (auto queued = m_enqueuer.enqueue(request); !queued)
            qCWarning(lcInbound) << "an automatic reply was not queued:" << request.templateKey
                                 << queued.error();
    }
}

Result<qint64, StorageError> InboundRouter::ask(qint64 threadId, const QString &kind,
    const QJsonValue &codes, const QString &subject, qint64 messageId, const QDateTime &expiresAt)
{
    return m_questions.ask(threadId, kind, codes, subject, messageId, expiresAt);
}

Result<QList<OptOutReview>, StorageError> InboundRouter::openReviews() const
{
    return m_reviews.open();
}

Result<void, QString> InboundRouter::resolveReview(
    qint64 reviewId, const Actor &actor, ReviewOutcome outcome)
{
    Plan plan;
    qint64 threadId = 0;
    {
        Transaction transaction(m_database);
        if (!transaction.isOpen())
            return fail(transaction.errorText());
        auto review = m_reviews.find(reviewId);
        if (!review)
            return fail(review.error().detail);
        if (!*review)
            return fail(QStringLiteral("There is no review %1.").arg(reviewId));
        if (!(*review)->isOpen())
            return fail(QStringLiteral("Review %1 was already settled.").arg(reviewId));
        threadId = (*review)->threadId;
        if (outcome == ReviewOutcome::OptedOut) {
            QSqlQuery query(m_database.connection());
            if (!sql::run(query,
                    QStringLiteral("SELECT t.phone_e164, coalesce(t.customer_id, 0),"
                                   " m.body, coalesce(m.modem_id, '') FROM threads t"
                                   " LEFT JOIN messages m ON m.id = ? WHERE t.id = ?"),
                    {(*review)->messageId, threadId})
                || !query.next())
                return fail(query.lastError().text());
            // The ledger wants the customer's words; an erased message leaves the review's.
            const QString text = query.value(2).isNull()
                ? QStringLiteral("(opt-out confirmed on review %1)").arg(reviewId)
                : query.value(2).toString();
            const KeywordSender sender {
                threadId, query.value(1).toLongLong(), query.value(0).toString(), text};
            if (auto planned = planOptOut(actor, sender, query.value(3).toString(), plan); !planned)
                return planned;
        }
        auto resolved = m_reviews.resolve(reviewId, actor.staffId, outcome);
        if (!resolved)
            return fail(resolved.error().detail);
        if (auto logged = m_audit.record(actor, ReviewResolvedAction, threadSubject(threadId),
                OptOutReviews::outcomeKey(outcome));
            !logged)
            return fail(logged.error().detail);
        if (!transaction.commit())
            return fail(transaction.errorText());
    }
    Q_EMIT m_events.threadChanged(threadId);
    send(plan.replies);
    return {};
}

} // namespace rapport::app
