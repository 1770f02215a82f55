#pragma once

#include "app/messaging/MessageTypes.h"

#include <QChar>
#include <QDateTime>
#include <QString>

#include <optional>

namespace rapport::app {

// The values ThreadRepository hands to the UI: plain data, no modem types (ui/ never sees them).

// A place in the thread list's order (newest activity first), for keyset paging.
struct ThreadCursor
{
    QDateTime lastMessageAt; // invalid for a thread without messages
    qint64 threadId = 0;
};

struct ThreadFilter
{
    enum class Box { All, Unread, Mine, Unassigned, Open, Closed };
    Box box = Box::All;
    qint64 staffId = 0; // for Mine
    QString search; // part of the customer's name or of the number, as typed
    int limit = 50;
    int offset = 0; // ignored when `after` is set
    std::optional<ThreadCursor> after; // the rows after this one (the last row of a page)
};

struct ThreadSummary
{
    qint64 threadId = 0;
    qint64 customerId = 0; // 0: the number belongs to no customer
    QString displayName; // the customer's name, else the number in the business's format
    QString phoneE164; // or the sender's name for alphanumeric senders
    QString preview; // first line of the last message, trimmed; empty for non-text kinds
    QString lastMessageKind; // "text", "mms_notification", …; empty without messages
    bool lastMessageIncoming = false;
    QDateTime lastMessageAt;
    int unreadCount = 0;
    qint64 assigneeId = 0; // 0: unassigned
    QString assigneeName;
    bool isOpen = true;

    [[nodiscard]] ThreadCursor cursor() const { return {lastMessageAt, threadId}; }
};

struct ThreadMessage
{
    qint64 id = 0;
    qint64 threadId = 0;
    bool incoming = false;
    QString body;
    QString kind; // see InboundMessageWriter: "text", "flash", "undecodable", …
    MessageState state = MessageState::Received;
    QString stateReason;
    std::optional<MessagePurpose> purpose; // outgoing only
    std::optional<MessageOrigin> origin; // outgoing only
    qint64 staffId = 0;
    QString modemId;
    int partCount = 0;
    QDateTime createdAt;
    QDateTime sentAt;
    QDateTime deliveredAt;
};

struct ThreadNote
{
    qint64 id = 0;
    qint64 threadId = 0;
    qint64 staffId = 0;
    QString staffName;
    QString body;
    QDateTime createdAt;
};

struct SearchHit
{
    qint64 messageId = 0;
    qint64 threadId = 0;
    // The matching words between markStart and markEnd: control characters no text message
    // carries, so the UI can turn them into emphasis without parsing HTML.
    QString snippet;
    QDateTime createdAt;

    static constexpr QChar markStart = QChar(0x02);
    static constexpr QChar markEnd = QChar(0x03);
};

} // namespace rapport::app
