#pragma once

#include "modem/AtResponse.h"

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <deque>
#include <memory>
#include <optional>

namespace rapport {
class Clock;
class Timer;
} // namespace rapport

namespace rapport::modem {

class AtChannel;
class ConcatReferenceAllocator;

struct OutgoingSms
{
    QString destination; // E.164 ("+447700900123") or as typed
    QString text;
    bool requestStatusReport = true;
    bool flash = false;
    std::optional<std::chrono::seconds> validity;
    QString serviceCentre; // empty: the SIM's
};

// How a send ended. Message references are per part, in order, for matching status reports.
struct SendOutcome
{
    enum class Result {
        Sent,
        Failed, // the modem or network refused; `temporary` says whether a later retry may work
        Uncertain, // no answer after the PDU went out: it may have been sent (never auto-retried)
        Invalid, // the text or number cannot be encoded; retrying will not help
    };
    quint64 id = 0;
    Result result = Result::Failed;
    QList<int> messageReferences;
    int partCount = 0;
    AtResponse::Status status = AtResponse::Status::Ok;
    int errorCode = -1; // CMS/CME code of the last failure
    bool temporary = false;
    QString detail; // English, for logs
};

// Sends texts part by part with AT+CMGS, back to back, keeping the radio link up between
// consecutive parts with AT+CMMS where the modem allows it. Retries on its own only what is
// temporary (MODEM-NOTES.md): CMS/CME 515 and 14 (busy), 332 (network timeout), 500 once.
// Everything else goes back to the caller, whose outbox shows it and decides.
class SmsSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmsSender)
public:
    struct Settings
    {
        std::chrono::milliseconds submitTimeout {std::chrono::seconds(90)};
        int temporaryRetries = 3;
        std::chrono::milliseconds firstRetryDelay {std::chrono::seconds(2)};
        bool useCmms = true;
    };

    SmsSender(AtChannel &channel, Clock &clock, ConcatReferenceAllocator &references,
        QObject *parent = nullptr);
    ~SmsSender() override;

    void setSettings(const Settings &settings) { m_settings = settings; }
    [[nodiscard]] const Settings &settings() const { return m_settings; }

    // Queues a text; `finished` reports it. Returns the id: `id` when given (the session numbers
    // sends itself so that ids survive its own queue), else the next free one.
    quint64 send(OutgoingSms sms, quint64 id = 0);
    [[nodiscard]] qsizetype queueLength() const
    {
        return qsizetype(m_queue.size()) + (m_busy ? 1 : 0);
    }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    // Fails everything queued (the session is going away); the part in flight ends with the
    // channel's own Cancelled or ChannelClosed.
    void abandonAll(const QString &reason);

Q_SIGNALS:
    void partSent(quint64 id, int part, int partCount, int messageReference);
    void finished(const rapport::modem::SendOutcome &outcome);

private:
    struct Job
    {
        quint64 id = 0;
        OutgoingSms sms;
        QList<QByteArray> pdus; // hex
        QList<int> tpduLengths;
        QList<int> references;
        int nextPart = 0;
        int retries = 0;
        bool retried500 = false;
    };

    void pump();
    void startJob(Job job);
    void sendPart();
    void onPartAnswer(const AtResponse &response);
    void finishJob(SendOutcome::Result result, const AtResponse &response, bool temporary,
        const QString &detail);
    void enableCmmsIfUseful();

    AtChannel &m_channel;
    Clock &m_clock;
    ConcatReferenceAllocator &m_references;
    Settings m_settings;
    std::unique_ptr<Timer> m_retryTimer;
    std::deque<Job> m_queue;
    std::optional<Job> m_current;
    quint64 m_lastId = 0;
    bool m_busy = false;
    bool m_cmmsBroken = false;
    bool m_cmmsOn = false;
};

} // namespace rapport::modem

Q_DECLARE_METATYPE(rapport::modem::SendOutcome)
