#include "modem/SmsReceiver.h"

#include "modem/AtChannel.h"
#include "modem/AtReplies.h"
#include "modem/Clock.h"
#include "modem/ModemLogging.h"
#include "modem/PduDecoder.h"

#include <QPointer>

namespace rapport::modem {

SmsReceiver::SmsReceiver(AtChannel &channel, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
    , m_clock(clock)
    , m_sweepTimer(clock.createTimer())
{
    connect(m_sweepTimer.get(), &Timer::timeout, this, &SmsReceiver::sweepNow);
}

SmsReceiver::~SmsReceiver()
{
    stop();
}

void SmsReceiver::start(const QList<QByteArray> &storages, std::chrono::milliseconds sweepInterval)
{
    stop();
    m_running = true;
    m_storages = storages;
    m_selected.clear();
    QPointer<SmsReceiver> self(this);
    const auto stored = [self](const QByteArray &line, const QByteArray &) {
        if (self)
            self->onStoredIndication(line);
    };
    const auto direct = [self](const QByteArray &line, const QByteArray &pdu) {
        if (self)
            self->onDirect(line, pdu);
    };
    m_urcHandlers << m_channel.addUrcHandler("+CMTI:", AtUrcRegistry::Pdu::None, stored)
                  << m_channel.addUrcHandler("+CDSI:", AtUrcRegistry::Pdu::None, stored)
                  << m_channel.addUrcHandler("+CMT:", AtUrcRegistry::Pdu::NextLine, direct)
                  << m_channel.addUrcHandler("+CDS:", AtUrcRegistry::Pdu::NextLine, direct);
    m_sweepTimer->start(sweepInterval);
    sweepNow();
}

void SmsReceiver::stop()
{
    m_running = false;
    m_sweepTimer->stop();
    for (const quint64 id : std::as_const(m_urcHandlers))
        m_channel.removeUrcHandler(id);
    m_urcHandlers.clear();
    m_reported.clear();
    m_sweeping = false;
}

void SmsReceiver::onStoredIndication(const QByteArray &line)
{
    const auto ref = AtReplies::storedIndication(line);
    if (!ref) {
        qCWarning(lcModem) << "Unreadable new-message indication" << line;
        sweepNow();
        return;
    }
    readStored(MessageLocation {ref->storage, ref->index});
}

void SmsReceiver::onDirect(const QByteArray &line, const QByteArray &pdu)
{
    if (pdu.isEmpty()) {
        // The PDU line never came (a modem reset mid-URC): the stored copy, if any, turns up in
        // the next sweep.
        qCWarning(lcModem) << "Direct delivery without its PDU:" << line;
        return;
    }
    report(MessageLocation {}, pdu);
}

void SmsReceiver::select(const QByteArray &storage)
{
    if (m_selected == storage)
        return;
    m_selected = storage;
    const QByteArray quoted = '"' + storage + '"';
    QPointer<SmsReceiver> self(this);
    m_channel.enqueue(
        AtCommand::withPrefix("AT+CPMS=" + quoted, "+CPMS:"), [self, storage](const AtResponse &r) {
            if (!self)
                return;
            if (!r.isOk()) {
                self->m_selected.clear(); // unknown now: select again next time
                return;
            }
            // The answer's first pair is the fill level of the storage just
            // selected: a free reading of every storage during each sweep.
            for (const QByteArray &line : r.lines) {
                const QList<StorageUsage> usage = AtReplies::storageUsage(line);
                if (!usage.isEmpty())
                    self->noteUsage(storage, usage.constFirst());
            }
        });
}

void SmsReceiver::noteUsage(const QByteArray &storage, StorageUsage usage)
{
    usage.storage = storage;
    for (StorageUsage &known : m_usage) {
        if (known.storage == storage) {
            known = usage;
            return;
        }
    }
    m_usage << usage;
}

void SmsReceiver::readStored(const MessageLocation &location)
{
    if (!m_running || m_reported.contains(location))
        return;
    select(location.storage);
    QPointer<SmsReceiver> self(this);
    m_channel.enqueue(
        AtCommand::withPdus("AT+CMGR=" + QByteArray::number(location.index), "+CMGR:"),
        [self, location](const AtResponse &r) {
            if (!self || !self->m_running || !r.isOk())
                return; // empty slot (+CMS ERROR: 321) or gone: the sweep covers the rest
            for (qsizetype i = 0; i + 1 < r.lines.size(); ++i) {
                if (r.lines.at(i).startsWith("+CMGR:")) {
                    self->report(location, r.lines.at(i + 1));
                    return;
                }
            }
        });
}

void SmsReceiver::report(const MessageLocation &location, const QByteArray &hex)
{
    if (location.isStored()) {
        if (m_reported.contains(location))
            return;
        m_reported.insert(location);
    }
    InboundPdu inbound;
    inbound.location = location;
    inbound.hex = hex.trimmed();
    inbound.receivedAt = m_clock.now();
    auto decoded = decodePduHex(inbound.hex, SmscField::Present);
    if (decoded)
        inbound.pdu = std::move(decoded.value());
    else
        inbound.error = decoded.error();
    Q_EMIT received(inbound);
}

void SmsReceiver::confirmStored(const MessageLocation &location)
{
    if (!location.isStored() || !m_reported.contains(location))
        return;
    select(location.storage);
    QPointer<SmsReceiver> self(this);
    m_channel.enqueue(AtCommand::plain("AT+CMGD=" + QByteArray::number(location.index)),
        [self, location](const AtResponse &r) {
            if (!self)
                return;
            // Forget it either way: if the delete failed, the next sweep reports
            // the message again and the caller recognises it as already stored.
            self->m_reported.remove(location);
            if (!r.isOk())
                qCWarning(lcModem) << "Could not delete message" << location.index << "from"
                                   << location.storage << r.finalLine;
        });
}

void SmsReceiver::sweepNow()
{
    if (!m_running || m_sweeping)
        return;
    m_sweeping = true;
    sweepStorage(0);
}

void SmsReceiver::sweepStorage(int index)
{
    if (index >= m_storages.size()) {
        refreshUsage();
        return;
    }
    const QByteArray storage = m_storages.at(index);
    select(storage);
    QPointer<SmsReceiver> self(this);
    // Stat 4 = all messages, in PDU mode. Stored outgoing copies (stat 2 and 3) belong to whoever
    // wrote them to the SIM: they are neither reported nor deleted.
    m_channel.enqueue(
        AtCommand::withPdus("AT+CMGL=4", "+CMGL:"), [self, storage, index](const AtResponse &r) {
            if (!self || !self->m_running)
                return;
            for (qsizetype i = 0; i + 1 < r.lines.size(); ++i) {
                const auto header = AtReplies::listedHeader(r.lines.at(i));
                if (!header)
                    continue;
                if (header->status == 2 || header->status == 3) {
                    ++i;
                    continue;
                }
                self->report(MessageLocation {storage, header->index}, r.lines.at(i + 1));
                ++i;
            }
            self->sweepStorage(index + 1);
        });
}

void SmsReceiver::refreshUsage()
{
    m_sweeping = false;
    if (m_usage != m_publishedUsage) {
        m_publishedUsage = m_usage;
        Q_EMIT storageUsageChanged(m_usage);
    }
    Q_EMIT sweepFinished();
}

} // namespace rapport::modem
