#pragma once

#include <QString>

namespace rapport::app {

// The stable keys of PolicyDecision::reasonCode: code, tests, the outbox's state_reason and
// reports match on these, so they never change with the language or the wording.
namespace PolicyReason {
// Send
inline const QString Allowed = QStringLiteral("allowed");
inline const QString ComplianceNotice = QStringLiteral("compliance_notice");
inline const QString OptOutOverride = QStringLiteral("opt_out_override");
// Hold
inline const QString OptOutReview = QStringLiteral("opt_out_review"); // until a person looks
inline const QString QuietHours = QStringLiteral("quiet_hours");
inline const QString NoSendingWindow = QStringLiteral("no_sending_window"); // until settings change
inline const QString FrequencyCap = QStringLiteral("frequency_cap");
inline const QString PolicyUnavailable = QStringLiteral("policy_unavailable"); // database failed
// Refuse
inline const QString InvalidNumber = QStringLiteral("invalid_number");
inline const QString InvalidComplianceNotice = QStringLiteral("invalid_compliance_notice");
inline const QString Suppressed = QStringLiteral("suppressed");
inline const QString OptedOut = QStringLiteral("opted_out");
inline const QString OverrideNotAllowed = QStringLiteral("override_not_allowed");
inline const QString OverrideNeedsCustomerMessage
    = QStringLiteral("override_needs_customer_message");
inline const QString NoConsent = QStringLiteral("no_consent");
} // namespace PolicyReason

} // namespace rapport::app
