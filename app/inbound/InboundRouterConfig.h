#pragma once

#include "app/inbound/BusinessHours.h"
#include "app/inbound/KeywordConfig.h"

#include <QMap>
#include <QString>

#include <chrono>

namespace rapport::app {

class SettingsStore;

// What the InboundRouter answers and when. Texts may use {business}, {contact} and {frequency}.
// Defaults follow COMPLIANCE.md; every text and rule is the business's to change (setting
// "inbound.config", JSON — see load()).
struct InboundRouterConfig
{
    QString businessName;
    QString contact; // how to reach a person, for the HELP answer
    QString frequency; // how often we text, for HELP and the opt-in confirmation

    KeywordConfig keywords;

    // The one confirmation after an opt-out: no marketing, may say how to opt back in.
    QString optOutConfirmation;
    // CTIA opt-in confirmation: business, what they get, how often, STOP/HELP.
    QString optInConfirmation;
    // HELP/INFO: business, a person, frequency, "Msg&data rates may apply", how to opt out.
    QString helpAnswer;
    // A STOP again within this window gets no second confirmation.
    std::chrono::hours optOutRepeatWindow = std::chrono::hours(24);

    // Away message: sent outside `hours`, at most once per thread per `awayRepeat`. Off unless
    // the business turns it on: an automatic text should never surprise its owner.
    bool awayEnabled = false;
    QString awayMessage;
    BusinessHours hours;
    std::chrono::hours awayRepeat = std::chrono::hours(12);

    // FAQ keywords: a message that is only the word (compared as KeywordMatcher::compact)
    // gets the text, e.g. HOURS → "We are open Mon–Fri 9–6."
    QMap<QString, QString> faq;

    static inline const QString SettingsKey = QStringLiteral("inbound.config");

    [[nodiscard]] static InboundRouterConfig defaults(const QString &businessName = {});
    // The business profile (name, zone), "keywords.config" and "inbound.config":
    // {"contact": …, "frequency": …, "optOutConfirmation": …, "optInConfirmation": …,
    //  "helpAnswer": …, "away": {"enabled": true, "text": …, "repeatHours": 12,
    //  "hours": {"mon": [["09:00", "18:00"]], …}}, "faq": {"HOURS": …}}. What is missing or
    // does not read keeps its default (logged).
    [[nodiscard]] static InboundRouterConfig load(const SettingsStore &settings);

    // `text` with the placeholders filled in.
    [[nodiscard]] QString render(const QString &text) const;
};

} // namespace rapport::app
