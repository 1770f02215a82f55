#pragma once

#include <QString>

#include <array>
#include <optional>

namespace rapport::app {

// Why a text is sent, which decides the rules it must pass (COMPLIANCE.md): a reply answers a
// customer who wrote first; service is transactional (reminders, "your order is ready");
// marketing covers relationship messages — offers, birthdays, win-back — and needs opt-in,
// quiet hours, the frequency cap and the opt-out line.
enum class MessagePurpose { Reply, Service, Marketing };

// Who asked for it. Automations and campaigns can never override an opt-out.
enum class MessageOrigin { Manual, Automation, Campaign, AutoReply };

// The life of a message row. Outgoing: Queued → (Held ↔ Queued) → Sending → Sent → Delivered,
// or Failed / Cancelled. Incoming messages are Received.
enum class MessageState { Queued, Held, Sending, Sent, Delivered, Failed, Cancelled, Received };

inline constexpr std::array<MessagePurpose, 3> allMessagePurposes {
    MessagePurpose::Reply, MessagePurpose::Service, MessagePurpose::Marketing};
inline constexpr std::array<MessageOrigin, 4> allMessageOrigins {MessageOrigin::Manual,
    MessageOrigin::Automation, MessageOrigin::Campaign, MessageOrigin::AutoReply};
inline constexpr std::array<MessageState, 8> allMessageStates {MessageState::Queued,
    MessageState::Held, MessageState::Sending, MessageState::Sent, MessageState::Delivered,
    MessageState::Failed, MessageState::Cancelled, MessageState::Received};

// The words stored in the database ("reply", "auto_reply", "delivered", ...): part of the file
// format, never translated.
QString messagePurposeKey(MessagePurpose purpose);
QString messageOriginKey(MessageOrigin origin);
QString messageStateKey(MessageState state);
std::optional<MessagePurpose> messagePurposeFromKey(const QString &key);
std::optional<MessageOrigin> messageOriginFromKey(const QString &key);
std::optional<MessageState> messageStateFromKey(const QString &key);

// Names for people, in the user's language.
QString messagePurposeName(MessagePurpose purpose);
QString messageStateName(MessageState state);

// States a message can still leave on its own (the outbox works on these).
[[nodiscard]] bool isPendingState(MessageState state);

} // namespace rapport::app
