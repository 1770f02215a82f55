#pragma once

#include "modem/ModemStatus.h"
#include "modem/PduError.h"
#include "modem/SmsTpdu.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>

#include <chrono>
#include <memory>
#include <optional>

namespace rapport {
class Clock;
class Timer;
} // namespace rapport

namespace rapport::modem {

class AtChannel;

// Where a received PDU sits in the modem, so the caller can confirm it and have it deleted.
// Direct deliveries (+CMT, +CDS) have no storage: nothing to delete.
struct MessageLocation
{
    QByteArray storage; // "SM", "ME", "SR" …; empty for a direct delivery
    int index = -1;

    [[nodiscard]] bool isStored() const { return !storage.isEmpty() && index >= 0; }
    friend bool operator==(const MessageLocation &, const MessageLocation &) = default;
};

inline size_t qHash(const MessageLocation &location, size_t seed = 0)
{
    return qHashMulti(seed, location.storage, location.index);
}

// One PDU as it came from the modem: decoded when possible, and always the raw hex, so a PDU the
// decoder rejects can still be kept (and the SIM slot freed) instead of being lost.
struct InboundPdu
{
    MessageLocation location;
    QByteArray hex;
    std::optional<DecodedPdu> pdu;
    std::optional<PduError> error;
    QDateTime receivedAt;
};

// Receives through indications (+CMTI, +CDSI, +CMT, +CDS) and a periodic sweep of every storage,
// because indications get lost. A stored message is deleted only after the caller confirms it is
// safely stored (ARCHITECTURE.md data flow); until then sweeps do not report it again.
class SmsReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmsReceiver)
public:
    SmsReceiver(AtChannel &channel, Clock &clock, QObject *parent = nullptr);
    ~SmsReceiver() override;

    // Storages to sweep and the sweep period; starts listening and sweeps once at once.
    void start(const QList<QByteArray> &storages, std::chrono::milliseconds sweepInterval);
    void stop();
    void sweepNow();
    // The caller has committed the message: delete the modem's copy.
    void confirmStored(const MessageLocation &location);
    [[nodiscard]] qsizetype awaitingConfirmation() const { return m_reported.size(); }
    // Fill level of every storage, as read during the last sweep.
    [[nodiscard]] const QList<StorageUsage> &storageUsage() const { return m_publishedUsage; }

Q_SIGNALS:
    void received(const rapport::modem::InboundPdu &pdu);
    void storageUsageChanged(const QList<rapport::modem::StorageUsage> &usage);
    void sweepFinished();

private:
    void onStoredIndication(const QByteArray &line);
    void onDirect(const QByteArray &line, const QByteArray &pdu);
    void select(const QByteArray &storage);
    void readStored(const MessageLocation &location);
    void sweepStorage(int index);
    void refreshUsage();
    void noteUsage(const QByteArray &storage, StorageUsage usage);
    void report(const MessageLocation &location, const QByteArray &hex);

    AtChannel &m_channel;
    Clock &m_clock;
    std::unique_ptr<Timer> m_sweepTimer;
    QList<QByteArray> m_storages;
    QList<StorageUsage> m_usage;
    QList<StorageUsage> m_publishedUsage;
    QSet<MessageLocation> m_reported;
    QList<quint64> m_urcHandlers;
    QByteArray m_selected; // storage currently selected for reading/deleting (AT+CPMS <mem1>)
    bool m_sweeping = false;
    bool m_running = false;
};

} // namespace rapport::modem

Q_DECLARE_METATYPE(rapport::modem::InboundPdu)
