#pragma once

#include "app/messaging/MessageTypes.h"
#include "app/policy/FrequencyCap.h"
#include "app/policy/Jurisdiction.h"
#include "app/policy/LegalRule.h"
#include "app/policy/PolicyConfigError.h"
#include "app/policy/SendingWindow.h"
#include "app/policy/WeeklySchedule.h"
#include "modem/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace rapport::app {

// Every rule of the policy engine that a business may change, as one value (COMPLIANCE.md:
// "make every rule configurable"). Stored as JSON in the settings under SettingsKey
// (PolicyConfigStore); defaults() is what a new business starts with.
struct PolicyConfig
{
    // The business's own sending hours per purpose. Replies have none: a customer who writes
    // at 23:00 may be answered at 23:00.
    WeeklySchedule serviceHours;
    WeeklySchedule marketingHours;
    // Days the business sends no marketing (closing days, its own holidays), sorted.
    QList<QDate> businessHolidays;
    FrequencyCap marketingCap;
    // Marketing texts start with "<business name>: " unless they already start with the name.
    bool identifySender = true;
    // Added on a line of its own at the end of every marketing text that does not already
    // contain it (UK soft opt-in; CTIA).
    QString optOutLine;
    // Legal rules keyed by jurisdiction code ("US", "US-FL", "FR").
    QMap<QString, LegalRule> legalRules;

    static inline const QString SettingsKey = QStringLiteral("policy.config");
    static constexpr int FormatVersion = 1;

    // Marketing Mon–Sat 09:00–19:00, service every day 08:00–20:00, 3 marketing texts per
    // rolling 7 days, "Reply STOP to opt out", and the legal rules of COMPLIANCE.md: US
    // 08:00–21:00 (TCPA), US-FL 08:00–20:00 and 3 per 24 h, US-CT 09:00–21:00, FR 08:00–22:00
    // without Sundays or public holidays.
    static PolicyConfig defaults();

    // Every invalid value as a sentence for people; empty when the configuration is usable.
    [[nodiscard]] QStringList problems() const;

    // The rule for a jurisdiction: its country's, combined with its subdivision's when there is
    // one (LegalRule::combined). Empty (no constraint) for a jurisdiction without rules.
    [[nodiscard]] LegalRule legalRuleFor(const Jurisdiction &jurisdiction) const;
    // The window texts of `purpose` must fall in for a recipient of `jurisdiction`.
    [[nodiscard]] SendingWindow sendingWindow(
        MessagePurpose purpose, const Jurisdiction &jurisdiction) const;
    // Every cap a marketing text to that recipient must pass: the business's and the legal
    // ones of the country and the subdivision. Enforcing all of them is the strictest reading.
    [[nodiscard]] QList<FrequencyCap> marketingCaps(const Jurisdiction &jurisdiction) const;
    // The longest window of any cap, so the caller loads enough history.
    [[nodiscard]] qint64 longestCapWindowSeconds() const;

    // JSON as stored in the settings (indented, keys in a fixed order for readable diffs).
    [[nodiscard]] QByteArray toJson() const;
    // Keys left out take their default value; unknown keys, wrong types and invalid values are
    // errors (a typo must not silently drop a rule).
    static Result<PolicyConfig, PolicyConfigError> fromJson(const QByteArray &json);

    bool operator==(const PolicyConfig &) const = default;
};

} // namespace rapport::app
