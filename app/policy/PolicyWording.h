#pragma once

#include "app/consent/SuppressionList.h"
#include "app/messaging/MessageTypes.h"
#include "app/policy/FrequencyCap.h"
#include "app/policy/Jurisdiction.h"
#include "app/policy/SendingWindow.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace rapport::app {

// The sentences of PolicyDecision::reason, in the user's language (context "PolicyWording") and
// in the recipient's terms: times are the recipient's local time, named with its zone ("Held
// until Mon 09:00 — quiet hours in America/Chicago").
class PolicyWording final
{
public:
    // "Mon 09:00" within the coming week, "Mon 12 Jan 09:00" beyond; seconds when not whole.
    static QString localTime(const QDateTime &utc, const QTimeZone &zone, const QDateTime &nowUtc);
    static QString zoneName(const QTimeZone &zone);

    static QString allowed();
    static QString complianceNotice();
    static QString optOutOverride();
    static QString optOutReview();
    static QString windowClosed(SendingWindow::Closure closure, const QString &until,
        const QTimeZone &zone, const Jurisdiction &jurisdiction);
    static QString noSendingWindow(const QTimeZone &zone);
    static QString capReached(const QString &until, const QTimeZone &zone, const FrequencyCap &cap);
    static QString unavailable(const QString &detail);
    static QString invalidNumber();
    static QString invalidComplianceNotice();
    static QString suppressed(std::optional<SuppressionList::Reason> reason);
    static QString optedOut(MessagePurpose purpose, bool byKeyword);
    static QString overrideNotAllowed();
    static QString overrideNeedsCustomerMessage();
    static QString noConsent(bool isCustomer);
};

} // namespace rapport::app
