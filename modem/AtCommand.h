#pragma once

#include <QByteArray>
#include <QList>

#include <chrono>
#include <utility>

namespace rapport::modem {

// One AT command and everything the channel needs to know to tell its answer apart from the rest
// of the stream. Lines the command does not claim are unsolicited and go to the URC dispatcher.
struct AtCommand
{
    // The command line without the trailing CR, which the channel appends: "AT+CSQ".
    QByteArray text;
    // Information lines that start with one of these belong to the command ("+CSQ:").
    QList<QByteArray> prefixes;
    // Unprefixed lines that are not URCs belong to the command: AT+CGMI, AT+CGSN and AT+CIMI
    // answer with bare lines.
    bool bareLines = false;
    // Each prefixed line is followed by one PDU line that belongs to it (+CMGL / +CMGR in PDU
    // mode). A URC between the header and its PDU is still dispatched as a URC.
    bool pduAfterPrefixedLine = false;
    // A prefixed line is final by itself: Wavecom and Sierra answer AT+CPIN? with "+CPIN: READY"
    // and no OK. The channel still waits a short grace for an OK so that a modem that does send
    // one cannot hand it to the next command.
    bool prefixedLineIsFinal = false;
    // Non-empty for commands that wait for the "> " prompt (AT+CMGS, AT+CMGW): the PDU in hex.
    // The channel sends it after the prompt and appends Ctrl-Z.
    QByteArray payload;
    // How long the modem may take for its final result once the command (and payload) is sent.
    // AT+CMGS needs 60 s or more: the network, not the modem, decides.
    std::chrono::milliseconds timeout {std::chrono::seconds(2)};
    // How long to wait for "> " before giving up with ESC.
    std::chrono::milliseconds promptTimeout {std::chrono::seconds(5)};

    [[nodiscard]] bool needsPrompt() const { return !payload.isEmpty(); }

    // OK / ERROR only: AT+CMGF=0, AT+CNMI=...
    static AtCommand plain(QByteArray text)
    {
        AtCommand command;
        command.text = std::move(text);
        return command;
    }

    // A query whose information lines start with prefix: AT+CSQ / "+CSQ:".
    static AtCommand withPrefix(QByteArray text, QByteArray prefix)
    {
        AtCommand command = plain(std::move(text));
        command.prefixes.append(std::move(prefix));
        return command;
    }

    // A query answered with bare lines: AT+CGSN.
    static AtCommand withBareLines(QByteArray text)
    {
        AtCommand command = plain(std::move(text));
        command.bareLines = true;
        return command;
    }

    // A listing or read whose headers are each followed by a PDU line: AT+CMGL=4 / "+CMGL:".
    static AtCommand withPdus(QByteArray text, QByteArray prefix)
    {
        AtCommand command = withPrefix(std::move(text), std::move(prefix));
        command.pduAfterPrefixedLine = true;
        return command;
    }

    // A command that sends a payload after "> ": AT+CMGS=<n> with the PDU, answered by "+CMGS:".
    static AtCommand withPrompt(
        QByteArray text, QByteArray prefix, QByteArray payload, std::chrono::milliseconds timeout)
    {
        AtCommand command = withPrefix(std::move(text), std::move(prefix));
        command.payload = std::move(payload);
        command.timeout = timeout;
        return command;
    }
};

} // namespace rapport::modem
