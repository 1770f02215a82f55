#include "ui/inbox/ConversationModel.h"

#include "app/messaging/MessagingEvents.h"
#include "ui/UiLogging.h"

#include <QLocale>

#include <algorithm>

namespace rapport::ui {

using app::ConversationMessage;
using app::MessageState;

ConversationModel::ConversationModel(app::Database &database, app::MessagingEvents &events,
    std::function<QDateTime()> now, QObject *parent)
    : QAbstractListModel(parent)
    , m_query(database)
    , m_now(std::move(now))
{
    connect(&events, &app::MessagingEvents::messageAdded, this, &ConversationModel::onMessageAdded);
    connect(&events, &app::MessagingEvents::messageChanged, this,
        [this](qint64 threadId, qint64 messageId) {
            if (threadId == m_threadId && m_threadId != 0)
                refreshMessage(messageId);
        });
}

ConversationModel::~ConversationModel() = default;

void ConversationModel::setLoadError(const QString &error)
{
    if (error == m_loadError)
        return;
    m_loadError = error;
    Q_EMIT loadErrorChanged(error);
}

void ConversationModel::setThread(qint64 threadId)
{
    beginResetModel();
    m_threadId = threadId;
    m_rows.clear();
    m_hasOlder = false;
    if (threadId != 0) {
        const auto page = m_query.page(threadId, 0, m_pageSize);
        if (page) {
            setLoadError({});
            m_hasOlder = page->size() >= m_pageSize;
            m_rows.reserve(page->size());
            for (auto it = page->crbegin(); it != page->crend(); ++it)
                m_rows.append(Row {*it, m_nextRevision++});
        } else {
            qCWarning(lcUi) << "Cannot load thread" << threadId << ":" << page.error().detail;
            setLoadError(page.error().describe());
        }
    }
    endResetModel();
}

int ConversationModel::fetchOlder()
{
    if (!m_hasOlder || m_rows.isEmpty())
        return 0;
    const auto page = m_query.page(m_threadId, m_rows.constFirst().message.message.id, m_pageSize);
    if (!page) {
        qCWarning(lcUi) << "Cannot load older messages:" << page.error().detail;
        setLoadError(page.error().describe());
        m_hasOlder = false;
        return 0;
    }
    m_hasOlder = page->size() >= m_pageSize;
    if (page->isEmpty())
        return 0;
    const int count = int(page->size());
    beginInsertRows({}, 0, count - 1);
    QList<Row> older;
    older.reserve(count);
    for (auto it = page->crbegin(); it != page->crend(); ++it)
        older.append(Row {*it, m_nextRevision++});
    m_rows = older + m_rows;
    endInsertRows();
    // The former first row may have lost its day separator.
    touch(count);
    return count;
}

void ConversationModel::onMessageAdded(qint64 threadId, qint64 messageId)
{
    if (threadId != m_threadId || m_threadId == 0 || rowOf(messageId) >= 0)
        return;
    const auto found = m_query.message(messageId);
    if (!found || !found->has_value()) {
        if (!found)
            qCWarning(lcUi) << "Cannot load message" << messageId << ":" << found.error().detail;
        return;
    }
    // Ids grow with time: a new message belongs after every older id (normally at the end).
    const auto at = std::upper_bound(m_rows.cbegin(), m_rows.cend(), messageId,
        [](qint64 id, const Row &row) { return id < row.message.message.id; });
    const int row = int(at - m_rows.cbegin());
    if (row == 0 && m_hasOlder)
        return; // older than what is shown: its page will bring it
    beginInsertRows({}, row, row);
    m_rows.insert(row, Row {**found, m_nextRevision++});
    endInsertRows();
    if (row + 1 < m_rows.size())
        touch(row + 1);
}

void ConversationModel::refreshMessage(qint64 messageId)
{
    const int row = rowOf(messageId);
    if (row < 0)
        return;
    const auto found = m_query.message(messageId);
    if (!found) {
        qCWarning(lcUi) << "Cannot reload message" << messageId << ":" << found.error().detail;
        return;
    }
    if (!found->has_value()) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        if (row < m_rows.size())
            touch(row);
        return;
    }
    m_rows[row].message = **found;
    touch(row);
}

void ConversationModel::touch(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].revision = m_nextRevision++;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

int ConversationModel::rowOf(qint64 messageId) const
{
    // Sorted by id: a binary search keeps live updates cheap in long conversations.
    const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), messageId,
        [](const Row &row, qint64 id) { return row.message.message.id < id; });
    return at != m_rows.cend() && at->message.message.id == messageId ? int(at - m_rows.cbegin())
                                                                      : -1;
}

const ConversationMessage *ConversationModel::messageAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).message : nullptr;
}

QString ConversationModel::lastIncomingModemId() const
{
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
        if (it->message.message.incoming && !it->message.message.modemId.isEmpty())
            return it->message.message.modemId;
    }
    return {};
}

QDate ConversationModel::localDay(int row) const
{
    return m_rows.at(row).message.message.createdAt.toLocalTime().date();
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ConversationModel::dayLabel(const QDate &day, const QDate &today)
{
    if (!day.isValid())
        return {};
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    return QLocale().toString(day, QLocale::LongFormat);
}

QString ConversationModel::momentText(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == today)
        return time;
    if (local.date() == today.addDays(1))
        return tr("tomorrow %1").arg(time);
    if (local.date() > today && local.date() < today.addDays(7))
        return tr("%1 %2", "weekday, time")
            .arg(locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat), time);
    return tr("%1 %2", "date, time").arg(locale.toString(local.date(), QLocale::ShortFormat), time);
}

QString ConversationModel::tagText(const ConversationMessage &message)
{
    if (message.message.incoming || !message.message.origin)
        return {};
    switch (*message.message.origin) {
    case app::MessageOrigin::Manual:
        return message.overridesOptOut ? tr("opt-out override") : QString();
    case app::MessageOrigin::Automation: {
        const QString name = app::ConversationQuery::automationName(message.templateKey);
        return name.isEmpty() ? tr("automation") : tr("automation: %1").arg(name);
    }
    case app::MessageOrigin::Campaign:
        return tr("campaign");
    case app::MessageOrigin::AutoReply:
        return tr("automatic reply");
    }
    return {};
}

QString ConversationModel::badgeText(const QString &kind)
{
    if (kind == QLatin1String("flash"))
        return tr("Flash message");
    if (kind == QLatin1String("mms_notification"))
        return tr("MMS notification");
    if (kind == QLatin1String("voicemail"))
        return tr("Voicemail waiting");
    if (kind == QLatin1String("undecodable") || kind == QLatin1String("binary")
        || kind == QLatin1String("wap_push"))
        return tr("Cannot be shown");
    return {};
}

QString ConversationModel::stateText(const ConversationMessage &message, const QDateTime &now)
{
    switch (message.message.state) {
    case MessageState::Queued:
        return tr("Queued");
    case MessageState::Held:
        return message.heldUntil.isValid()
            ? tr("Held until %1").arg(momentText(message.heldUntil, now))
            : tr("Held");
    case MessageState::Sending:
        return tr("Sending…");
    case MessageState::Sent:
        return tr("Sent");
    case MessageState::Delivered:
        return tr("Delivered");
    case MessageState::Failed:
        return tr("Not sent");
    case MessageState::Cancelled:
        return tr("Cancelled");
    case MessageState::Received:
        break;
    }
    return {};
}

QString ConversationModel::stateDetail(const ConversationMessage &message, const QDateTime &now)
{
    const app::ThreadMessage &m = message.message;
    switch (m.state) {
    case MessageState::Queued:
        if (message.nextAttemptAt.isValid())
            return tr("Waiting to be sent; trying again at %1.")
                .arg(momentText(message.nextAttemptAt, now));
        return m.stateReason.isEmpty() ? tr("Waiting for the modem to send it.") : m.stateReason;
    case MessageState::Held:
        // The policy's sentence already says until when ("Held until Tue 09:00 — quiet hours
        // in Europe/London"); without one, say what is known.
        if (!m.stateReason.isEmpty())
            return m.stateReason;
        return message.heldUntil.isValid()
            ? tr("Waits until %1.").arg(momentText(message.heldUntil, now))
            : tr("Waits until someone has looked at it.");
    case MessageState::Sending:
        return tr("The modem is sending it now.");
    case MessageState::Sent:
        return tr("Sent %1; no delivery report yet.").arg(momentText(m.sentAt, now));
    case MessageState::Delivered:
        return tr("Delivered %1.").arg(momentText(m.deliveredAt, now));
    case MessageState::Failed:
        return m.stateReason.isEmpty() ? tr("It was not sent.") : m.stateReason;
    case MessageState::Cancelled:
        return tr("Cancelled before it was sent.");
    case MessageState::Received:
        return m.stateReason; // e.g. an incomplete long message
    }
    return {};
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    const ConversationMessage *message = index.isValid() ? messageAt(index.row()) : nullptr;
    if (!message)
        return {};
    const app::ThreadMessage &m = message->message;
    switch (role) {
    case Qt::DisplayRole:
        return m.body;
    case Qt::ToolTipRole:
        return stateDetail(*message, m_now());
    case Qt::AccessibleTextRole: {
        QStringList parts {m.incoming ? tr("Received") : tr("Sent by you")};
        parts << momentText(m.createdAt, m_now());
        for (const QString &extra : {badgeText(m.kind), tagText(*message)}) {
            if (!extra.isEmpty())
                parts << extra;
        }
        parts << m.body;
        if (!m.incoming)
            parts << stateText(*message, m_now()) << stateDetail(*message, m_now());
        return parts.join(QStringLiteral(". "));
    }
    case MessageIdRole:
        return m.id;
    case IncomingRole:
        return m.incoming;
    case KindRole:
        return m.kind;
    case StateRole:
        return int(m.state);
    case StateTextRole:
        return stateText(*message, m_now());
    case StateDetailRole:
        return stateDetail(*message, m_now());
    case TimeTextRole:
        return QLocale().toString(m.createdAt.toLocalTime().time(), QLocale::ShortFormat);
    case DayLabelRole: {
        const int row = index.row();
        if (row > 0 && localDay(row - 1) == localDay(row))
            return QString();
        return dayLabel(localDay(row), m_now().toLocalTime().date());
    }
    case TagRole:
        return tagText(*message);
    case BadgeRole:
        return badgeText(m.kind);
    case CanRetryRole:
        return !m.incoming && m.state == MessageState::Failed;
    case CanCancelRole:
        return !m.incoming && (m.state == MessageState::Queued || m.state == MessageState::Held);
    case RevisionRole:
        return m_rows.at(index.row()).revision;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MessageIdRole, "messageId");
    names.insert(IncomingRole, "incoming");
    names.insert(KindRole, "kind");
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(StateDetailRole, "stateDetail");
    names.insert(TimeTextRole, "timeText");
    names.insert(DayLabelRole, "dayLabel");
    names.insert(TagRole, "tag");
    names.insert(BadgeRole, "badge");
    names.insert(CanRetryRole, "canRetry");
    names.insert(CanCancelRole, "canCancel");
    names.insert(RevisionRole, "revision");
    return names;
}

} // namespace rapport::ui
