#pragma once

#include "FakeSmsChannel.h"
#include "OutboxFixture.h"
#include "app/outbox/Dispatcher.h"

namespace rapport::test {

// The outbox fixture with a dispatcher over it: no pacing gap, days in UTC, unless the test
// says otherwise. Channels are FakeSmsChannels the test adds and answers.
struct DispatcherRig : OutboxFixture
{
    static app::DispatcherSettings quick()
    {
        app::DispatcherSettings settings;
        settings.minimumGap = std::chrono::milliseconds(0);
        settings.businessZone = QTimeZone::utc();
        return settings;
    }

    explicit DispatcherRig(app::DispatcherSettings settings = quick())
        : dispatcher(*database, policy, clock, events, std::move(settings))
    { }

    // Where message `id` went: the channel's id stored on the row.
    QString modemOf(qint64 id) const { return column(id, QStringLiteral("modem_id")).toString(); }

    app::Dispatcher dispatcher;
};

} // namespace rapport::test
