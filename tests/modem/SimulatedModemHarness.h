#pragma once

#include "ManualClock.h"
#include "modem/AtChannel.h"
#include "modem/SimulatedModem.h"
#include "modem/SimulatedModemDevice.h"

#include <QByteArrayList>
#include <QList>

#include <chrono>
#include <memory>
#include <optional>

namespace rapport::test {

// The simulated modem behind its in-process device, on a manual clock, with the real AtChannel
// on top: each test reads as "host does X, modem answers Y". raw() talks to the modem without
// the channel, for the byte-exact shape of answers.
struct SimulatedModemHarness
{
    explicit SimulatedModemHarness(
        modem::Vendor vendor = modem::Vendor::Generic, bool withChannel = true)
        : modem(clock, modem::SimulatedModemPreset::forVendor(vendor))
        , device(modem, clock)
    {
        if (!withChannel)
            return;
        channel = std::make_unique<modem::AtChannel>(&device, clock);
        QObject::connect(channel.get(), &modem::AtChannel::urcReceived, channel.get(),
            [this](const QByteArray &line, const QByteArray &pdu) {
                urcs.append(pdu.isEmpty() ? line : QByteArray(line + '|' + pdu));
            });
    }

    // Writes bytes as the host, lets `wait` pass, returns what the modem said meanwhile.
    QByteArray raw(
        const QByteArray &bytes, std::chrono::milliseconds wait = std::chrono::milliseconds(0))
    {
        device.write(bytes);
        clock.advance(wait);
        return device.readAll();
    }

    // Runs one command through the channel to its end, advancing the clock in small steps.
    modem::AtResponse run(
        modem::AtCommand command, std::chrono::milliseconds limit = std::chrono::seconds(120))
    {
        std::optional<modem::AtResponse> result;
        channel->enqueue(std::move(command),
            [&result](const modem::AtResponse &response) { result = response; });
        for (std::chrono::milliseconds spent {0}; !result && spent < limit;
             spent += std::chrono::milliseconds(50))
            clock.advance(std::chrono::milliseconds(50));
        return result.value_or(modem::AtResponse {modem::AtResponse::Status::Timeout, -1, {}, {}});
    }

    modem::AtResponse run(QByteArray text, QByteArray prefix = {})
    {
        return run(prefix.isEmpty()
                ? modem::AtCommand::plain(std::move(text))
                : modem::AtCommand::withPrefix(std::move(text), std::move(prefix)));
    }

    // URCs received since the last call.
    QByteArrayList takeUrcs() { return std::exchange(urcs, {}); }

    ManualClock clock;
    modem::SimulatedModem modem;
    modem::SimulatedModemDevice device;
    std::unique_ptr<modem::AtChannel> channel;
    QByteArrayList urcs; // "line" or "line|pdu"
};

// The modem alone, booted (boot lines and SIMCom's "SMS Ready" read away) and with echo off, for
// tests of the answers' exact bytes.
struct BootedModemHarness : SimulatedModemHarness
{
    explicit BootedModemHarness(modem::Vendor vendor = modem::Vendor::Generic)
        : SimulatedModemHarness(vendor, false)
    {
        clock.advance(std::chrono::seconds(10));
        device.readAll();
        raw("ATE0\r");
    }
};

} // namespace rapport::test
