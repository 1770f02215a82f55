#include "ui/inbox/ThreadListModel.h"

#include "app/messaging/MessagingEvents.h"
#include "app/phone/PhoneNumbers.h"
#include "app/threads/ThreadFilterMatch.h"
#include "app/threads/ThreadRepository.h"
#include "ui/UiLogging.h"

#include <QFont>
#include <QLocale>
#include <QScopedValueRollback>

namespace rapport::ui {

using app::ThreadFilterMatch;
using app::ThreadSummary;

ThreadListModel::ThreadListModel(app::ThreadRepository &threads, app::MessagingEvents &events,
    QString region, std::function<QDateTime()> now, QObject *parent)
    : QAbstractListModel(parent)
    , m_threads(threads)
    , m_region(std::move(region))
    , m_now(std::move(now))
{
    connect(&events, &app::MessagingEvents::messageAdded, this,
        [this](qint64 threadId, qint64) { refreshThread(threadId); });
    connect(&events, &app::MessagingEvents::messageChanged, this,
        [this](qint64 threadId, qint64) { refreshThread(threadId); });
    connect(&events, &app::MessagingEvents::threadChanged, this, &ThreadListModel::refreshThread);
}

ThreadListModel::~ThreadListModel() = default;

void ThreadListModel::setFilter(const app::ThreadFilter &filter)
{
    // The first page is read inside the reset: a view (or QAbstractItemModelTester) asking for
    // more while the reset is being announced would otherwise insert into a list in flux.
    m_resetting = true;
    beginResetModel();
    m_filter = filter;
    m_filter.after.reset();
    m_filter.offset = 0;
    m_rows.clear();
    app::ThreadFilter page = m_filter;
    page.limit = m_pageSize;
    const auto loaded = m_threads.list(page);
    if (loaded) {
        m_rows = *loaded;
        m_hasMore = loaded->size() >= m_pageSize;
    } else {
        qCWarning(lcUi) << "Cannot load threads:" << loaded.error().detail;
        m_hasMore = false;
    }
    endResetModel();
    m_resetting = false;
    setLoadError(loaded ? QString() : loaded.error().describe());
}

void ThreadListModel::setLoadError(const QString &error)
{
    if (error == m_loadError)
        return;
    m_loadError = error;
    Q_EMIT loadErrorChanged(error);
}

bool ThreadListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void ThreadListModel::fetchMore(const QModelIndex &parent)
{
    // Not while the reset is announced: listeners of modelReset that ask for more would see
    // rows inserted inside the reset.
    if (parent.isValid() || !m_hasMore || m_resetting || m_fetching)
        return;
    const QScopedValueRollback fetching(m_fetching, true); // listeners may ask again
    app::ThreadFilter page = m_filter;
    page.limit = m_pageSize;
    if (!m_rows.isEmpty())
        page.after = m_rows.constLast().cursor();
    const auto loaded = m_threads.list(page);
    if (!loaded) {
        qCWarning(lcUi) << "Cannot load threads:" << loaded.error().detail;
        m_hasMore = false;
        setLoadError(loaded.error().describe());
        return;
    }
    setLoadError({});
    m_hasMore = loaded->size() >= m_pageSize;
    QList<ThreadSummary> fresh;
    for (const ThreadSummary &thread : *loaded) {
        if (rowOf(thread.threadId) < 0) // a live insert may have brought it already
            fresh.append(thread);
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
    m_rows.append(fresh);
    endInsertRows();
}

int ThreadListModel::rowOf(qint64 threadId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).threadId == threadId)
            return row;
    }
    return -1;
}

const ThreadSummary *ThreadListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void ThreadListModel::refreshThread(qint64 threadId)
{
    const auto found = m_threads.find(threadId);
    if (!found) {
        qCWarning(lcUi) << "Cannot reload thread" << threadId << ":" << found.error().detail;
        return;
    }
    const int row = rowOf(threadId);
    if (!found->has_value() || !ThreadFilterMatch::matches(m_filter, **found, m_region)) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    placeThread(**found);
}

void ThreadListModel::placeThread(const ThreadSummary &thread)
{
    const int row = rowOf(thread.threadId);
    // Where it belongs among the other rows.
    int others = 0;
    int target = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i == row)
            continue;
        if (ThreadFilterMatch::before(m_rows.at(i), thread))
            ++target;
        ++others;
    }
    const bool beyondLoaded = target == others && m_hasMore;
    if (row < 0) {
        if (beyondLoaded)
            return; // a later page brings it
        beginInsertRows({}, target, target);
        m_rows.insert(target, thread);
        endInsertRows();
        return;
    }
    if (beyondLoaded) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    if (target != row) {
        // beginMoveRows counts the destination in the rows before the move.
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_rows.move(row, target);
        endMoveRows();
    }
    m_rows[target] = thread;
    const QModelIndex changed = index(target);
    Q_EMIT dataChanged(changed, changed);
}

int ThreadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ThreadListModel::timeText(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    const QDate today = now.toLocalTime().date();
    if (local.date() == today)
        return locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() > today.addDays(-7) && local.date() < today)
        return locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat);
    return locale.toString(local.date(), QLocale::ShortFormat);
}

QString ThreadListModel::previewText(const ThreadSummary &thread)
{
    QString text;
    if (thread.lastMessageKind.isEmpty())
        text = tr("No messages yet");
    else if (thread.lastMessageKind == QLatin1String("mms_notification"))
        text = tr("Picture message (MMS)");
    else if (thread.lastMessageKind == QLatin1String("voicemail"))
        text = tr("Voicemail waiting");
    else if (!thread.preview.isEmpty())
        text = thread.preview;
    else
        text = tr("A message that cannot be shown");
    return thread.lastMessageIncoming || thread.lastMessageKind.isEmpty() ? text
                                                                          : tr("You: %1").arg(text);
}

QVariant ThreadListModel::data(const QModelIndex &index, int role) const
{
    const ThreadSummary *thread = index.isValid() ? summaryAt(index.row()) : nullptr;
    if (!thread)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return thread->displayName;
    case Qt::ToolTipRole:
        return thread->customerId != 0 ? tr("%1, %2").arg(
                   thread->displayName, app::PhoneNumbers::formatNational(thread->phoneE164))
                                       : thread->displayName;
    case Qt::AccessibleTextRole: {
        QStringList parts {thread->displayName};
        if (thread->unreadCount > 0)
            parts << tr("%n unread", nullptr, thread->unreadCount);
        parts << timeText(thread->lastMessageAt, m_now()) << previewText(*thread);
        if (!thread->assigneeName.isEmpty())
            parts << tr("assigned to %1").arg(thread->assigneeName);
        if (!thread->isOpen)
            parts << tr("closed");
        return parts.join(QStringLiteral(", "));
    }
    case Qt::FontRole: {
        QFont font;
        font.setBold(thread->unreadCount > 0);
        return font;
    }
    case ThreadIdRole:
        return thread->threadId;
    case CustomerIdRole:
        return thread->customerId;
    case PhoneRole:
        return thread->phoneE164;
    case PreviewRole:
        return previewText(*thread);
    case TimeTextRole:
        return timeText(thread->lastMessageAt, m_now());
    case UnreadCountRole:
        return thread->unreadCount;
    case AssigneeRole:
        return thread->assigneeName;
    case IsOpenRole:
        return thread->isOpen;
    case LastIncomingRole:
        return thread->lastMessageIncoming;
    default:
        return {};
    }
}

QHash<int, QByteArray> ThreadListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ThreadIdRole, "threadId");
    names.insert(CustomerIdRole, "customerId");
    names.insert(PhoneRole, "phone");
    names.insert(PreviewRole, "preview");
    names.insert(TimeTextRole, "timeText");
    names.insert(UnreadCountRole, "unreadCount");
    names.insert(AssigneeRole, "assignee");
    names.insert(IsOpenRole, "isOpen");
    names.insert(LastIncomingRole, "lastIncoming");
    return names;
}

} // namespace rapport::ui
