#pragma once

#include "app/storage/StorageError.h"
#include "app/threads/ThreadRecords.h"
#include "modem/Result.h"

#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace rapport {
class Clock;
} // namespace rapport

namespace rapport::app {

class Database;
class MessagingEvents;
struct Actor;

// The conversation inbox over the database, for the UI and rapportctl: thread lists with their
// filters, a thread's messages page by page, read state, assignment, open/closed, internal notes
// and full-text search. Every change is committed, audited where it is a decision about the
// conversation (assignment, closing), then announced through MessagingEvents::threadChanged.
class ThreadRepository final
{
public:
    ThreadRepository(Database &database, Clock &clock, MessagingEvents &events);
    // The business moved (Settings): numbers typed into a search are read for this region.
    void setBusinessRegion(const QString &region) { m_region = region; }

    // Newest activity first (threads without messages last), then by id.
    Result<QList<ThreadSummary>, StorageError> list(const ThreadFilter &filter) const;
    Result<std::optional<ThreadSummary>, StorageError> find(qint64 threadId) const;

    // Newest first, older than `beforeMessageId` (0: from the newest). Served by the
    // (thread_id, id) index, so a page costs the same in a thread of ten or ten thousand.
    Result<QList<ThreadMessage>, StorageError> messages(
        qint64 threadId, qint64 beforeMessageId = 0, int limit = 50) const;

    Result<void, StorageError> markRead(qint64 threadId);
    // `staffId` nothing: unassigned.
    Result<void, StorageError> assign(
        qint64 threadId, std::optional<qint64> staffId, const Actor &actor);
    Result<void, StorageError> setOpen(qint64 threadId, bool open, const Actor &actor);
    Result<qint64, StorageError> addNote(qint64 threadId, const Actor &actor, const QString &text);
    // Oldest first.
    Result<QList<ThreadNote>, StorageError> notes(qint64 threadId) const;

    // Messages whose text matches every word typed (as prefixes), newest first. Anything a
    // person types is safe: see FtsQuery.
    Result<QList<SearchHit>, StorageError> search(const QString &userText, int limit = 50) const;

    Result<qint64, StorageError> unreadTotal() const;

    // One message from a row whose first fifteen columns are those of messages() (id, thread,
    // direction, body, kind, state, reason, purpose, origin, staff, modem, parts, created, sent,
    // delivered); shared with queries that select more columns after them.
    static ThreadMessage messageFromRow(const QSqlQuery &query);

    static inline const QString AssignedAction = QStringLiteral("thread.assigned");
    static inline const QString ClosedAction = QStringLiteral("thread.closed");
    static inline const QString ReopenedAction = QStringLiteral("thread.reopened");

private:
    Result<QList<ThreadSummary>, StorageError> select(
        const QString &where, QVariantList values, const QString &tail) const;
    Result<void, StorageError> requireThread(qint64 threadId) const;

    Database &m_database;
    Clock &m_clock;
    MessagingEvents &m_events;
    QString m_region;
};

} // namespace rapport::app
