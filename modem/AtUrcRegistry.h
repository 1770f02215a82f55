#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <optional>
#include <vector>

namespace rapport::modem {

// Which unsolicited result codes the session listens for, and who hears them. The channel asks
// match() for every line that no command claims, and dispatch() hands the line (and the PDU line
// that follows it, for +CMT: / +CDS: / +CBM:) to every handler of that prefix.
class AtUrcRegistry final
{
public:
    enum class Pdu {
        None, // the line is the whole URC ("+CMTI: \"SM\",3", "RING")
        NextLine, // the next line is the URC's PDU ("+CMT: ,23" then the hex PDU)
    };
    using Handler = std::function<void(const QByteArray &line, const QByteArray &pdu)>;
    using HandlerId = quint64;

    struct Match
    {
        QByteArray prefix;
        bool claimsPdu = false;
    };

    // prefix is matched at the start of the line ("+CMTI:", "^RSSI:", "RING", "RDY"). A prefix
    // that ends in a letter or digit must be followed by a non-alphanumeric character or the end
    // of the line, so "RING" does not take "RINGBACK". handler may be empty: the prefix is then
    // only known as a URC (the channel still reports it through its urcReceived signal).
    HandlerId add(QByteArray prefix, Pdu pdu, Handler handler);
    bool remove(HandlerId id);

    // The longest registered prefix that the line starts with. A prefix registered several times
    // claims a PDU when any of its registrations does.
    [[nodiscard]] std::optional<Match> match(QByteArrayView line) const;
    // Calls the handlers of exactly this prefix, in registration order. Handlers may add or remove
    // registrations (their own included) while they run.
    void dispatch(QByteArrayView prefix, const QByteArray &line, const QByteArray &pdu) const;

    [[nodiscard]] bool isEmpty() const { return m_entries.empty(); }

    // The prefix rule above, shared with the channel's matching of command prefixes.
    [[nodiscard]] static bool lineHasPrefix(QByteArrayView line, QByteArrayView prefix);

private:
    struct Entry
    {
        HandlerId id;
        QByteArray prefix;
        Pdu pdu;
        Handler handler;
    };

    std::vector<Entry> m_entries;
    HandlerId m_lastId = 0;
};

} // namespace rapport::modem
