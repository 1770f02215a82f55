#pragma once

#include "ManualClock.h"
#include "ScriptedModemDevice.h"
#include "modem/AtChannel.h"

#include <QByteArrayList>
#include <QList>

namespace rapport::test {

// An AtChannel on a scripted device and a manual clock, recording what it completes and
// dispatches, so each test reads as "modem says X, channel does Y".
struct AtChannelHarness
{
    AtChannelHarness()
    {
        QObject::connect(&channel, &modem::AtChannel::urcReceived, &channel,
            [this](const QByteArray &line, const QByteArray &pdu) {
                urcs.append(pdu.isEmpty() ? line : QByteArray(line + '|' + pdu));
            });
        QObject::connect(&channel, &modem::AtChannel::unhandledLine, &channel,
            [this](const QByteArray &line) { unhandled.append(line); });
    }

    modem::AtChannel::CommandId send(modem::AtCommand command)
    {
        return channel.enqueue(std::move(command),
            [this](const modem::AtResponse &response) { responses.append(response); });
    }

    // The modem's side, for tests that do not use a script.
    void say(const QByteArray &bytes, qsizetype chunkSize = 0) { device.say(bytes, chunkSize); }
    QByteArray written() { return device.takeWritten(); }

    ManualClock clock;
    ScriptedModemDevice device;
    modem::AtChannel channel {&device, clock};
    QList<modem::AtResponse> responses;
    QByteArrayList urcs; // "line" or "line|pdu"
    QByteArrayList unhandled;
};

} // namespace rapport::test
