#include "app/messaging/MessageTypes.h"

#include "app/common/StoredKeys.h"

#include <QCoreApplication>

namespace rapport::app {
QString messagePurposeKey(MessagePurpose purpose)
{
    switch (purpose) {
    case MessagePurpose::Reply:
        return QStringLiteral("reply");
    case MessagePurpose::Service:
        return QStringLiteral("service");
    case MessagePurpose::Marketing:
        return QStringLiteral("marketing");
    }
    return QStringLiteral("service");
}

QString messageOriginKey(MessageOrigin origin)
{
    switch (origin) {
    case MessageOrigin::Manual:
        return QStringLiteral("manual");
    case MessageOrigin::Automation:
        return QStringLiteral("automation");
    case MessageOrigin::Campaign:
        return QStringLiteral("campaign");
    case MessageOrigin::AutoReply:
        return QStringLiteral("auto_reply");
    }
    return QStringLiteral("manual");
}

QString messageStateKey(MessageState state)
{
    switch (state) {
    case MessageState::Queued:
        return QStringLiteral("queued");
    case MessageState::Held:
        return QStringLiteral("held");
    case MessageState::Sending:
        return QStringLiteral("sending");
    case MessageState::Sent:
        return QStringLiteral("sent");
    case MessageState::Delivered:
        return QStringLiteral("delivered");
    case MessageState::Failed:
        return QStringLiteral("failed");
    case MessageState::Cancelled:
        return QStringLiteral("cancelled");
    case MessageState::Received:
        return QStringLiteral("received");
    }
    return QStringLiteral("queued");
}

std::optional<MessagePurpose> messagePurposeFromKey(const QString &key)
{
    return enumFromKey(key, allMessagePurposes, &messagePurposeKey);
}

std::optional<MessageOrigin> messageOriginFromKey(const QString &key)
{
    return enumFromKey(key, allMessageOrigins, &messageOriginKey);
}

std::optional<MessageState> messageStateFromKey(const QString &key)
{
    return enumFromKey(key, allMessageStates, &messageStateKey);
}

QString messagePurposeName(MessagePurpose purpose)
{
    switch (purpose) {
    case MessagePurpose::Reply:
        return QCoreApplication::translate("rapport", "Reply");
    case MessagePurpose::Service:
        return QCoreApplication::translate("rapport", "Service");
    case MessagePurpose::Marketing:
        return QCoreApplication::translate("rapport", "Marketing");
    }
    return {};
}

QString messageStateName(MessageState state)
{
    switch (state) {
    case MessageState::Queued:
        return QCoreApplication::translate("rapport", "Queued");
    case MessageState::Held:
        return QCoreApplication::translate("rapport", "Held");
    case MessageState::Sending:
        return QCoreApplication::translate("rapport", "Sending");
    case MessageState::Sent:
        return QCoreApplication::translate("rapport", "Sent");
    case MessageState::Delivered:
        return QCoreApplication::translate("rapport", "Delivered");
    case MessageState::Failed:
        return QCoreApplication::translate("rapport", "Failed");
    case MessageState::Cancelled:
        return QCoreApplication::translate("rapport", "Cancelled");
    case MessageState::Received:
        return QCoreApplication::translate("rapport", "Received");
    }
    return {};
}

bool isPendingState(MessageState state)
{
    return state == MessageState::Queued || state == MessageState::Held
        || state == MessageState::Sending;
}

} // namespace rapport::app
