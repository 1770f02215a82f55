#pragma once

#include <QObject>

namespace rapport::app {

// Change notifications from the messaging core, for the UI's models and for rapportctl: the
// outbox, the dispatcher, delivery tracking, inbound routing and the thread repository all
// announce here after their transaction has committed. One instance per database, created by
// the composition root and passed to each part.
class MessagingEvents final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagingEvents)
public:
    using QObject::QObject;
    ~MessagingEvents() override = default;

Q_SIGNALS:
    void messageAdded(qint64 threadId, qint64 messageId);
    // State, delivery or body changed.
    void messageChanged(qint64 threadId, qint64 messageId);
    // Unread count, assignment, open/closed, notes or the customer link changed.
    void threadChanged(qint64 threadId);
    // A reply code answered an open question (see InboundRouter).
    void questionAnswered(qint64 questionId, qint64 threadId, const QString &code);
};

} // namespace rapport::app
