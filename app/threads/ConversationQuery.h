#pragma once

#include "app/storage/StorageError.h"
#include "app/threads/ThreadRecords.h"
#include "modem/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rapport::app {

class Database;

// One message as the conversation view shows it: ThreadRepository's row plus what the view
// needs to explain a state — until when a held text waits, when a failed one is tried again —
// and which template or automation wrote it.
struct ConversationMessage
{
    ThreadMessage message;
    QDateTime heldUntil; // Held: the earliest moment it may go; invalid when a person must act
    QDateTime nextAttemptAt; // Queued after a temporary failure: the next try
    QString templateKey; // the template or automation that wrote it, if any
    int attempts = 0;
    bool overridesOptOut = false;
};

// The thread with the most messages (UI benchmarks open it).
struct LargestThread
{
    qint64 threadId = 0; // 0: no messages at all
    qint64 messages = 0;
};

// Reads conversation pages for the inbox (ui/inbox's ConversationModel). Pages are served by the
// (thread_id, id) index, so opening a thread of ten thousand messages costs one page.
class ConversationQuery final
{
public:
    explicit ConversationQuery(Database &database);

    // Newest first, older than `beforeMessageId` (0: from the newest).
    Result<QList<ConversationMessage>, StorageError> page(
        qint64 threadId, qint64 beforeMessageId = 0, int limit = 50) const;
    // One message, after it changed; nothing when it is gone.
    Result<std::optional<ConversationMessage>, StorageError> message(qint64 messageId) const;
    // Counts every thread's messages: a full scan, for tools and benchmarks, not the UI.
    Result<LargestThread, StorageError> largestThread() const;

    // A person's name for what wrote an automated text, from its template key:
    // "automation.birthday" → "Birthday", "win_back" → "Win back". Empty for an empty key.
    [[nodiscard]] static QString automationName(const QString &templateKey);

private:
    Result<QList<ConversationMessage>, StorageError> select(
        const QString &where, const QVariantList &values) const;

    Database &m_database;
};

} // namespace rapport::app
