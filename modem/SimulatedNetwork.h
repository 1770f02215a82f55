#pragma once

#include "modem/PduError.h"
#include "modem/Result.h"
#include "modem/SimulatedInjectOptions.h"
#include "modem/SimulatedMessageStore.h"
#include "modem/SimulatedSubmission.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

namespace rapport {
class Clock;
} // namespace rapport

namespace rapport::modem {

class SimulatedScheduler;
struct SimulatedModemState;

// The other end of the radio link: the SMSC that accepts our SUBMITs and sends status reports,
// and the senders whose texts arrive. Deliveries follow the host's AT+CNMI like a real modem
// routes them; a full memory makes the SMSC hold messages and retry once a slot frees, so an
// injected message is never lost.
class SimulatedNetwork final
{
public:
    using UrcSink = std::function<void(const QList<QByteArray> &lines)>;
    using SubmissionSink = std::function<void(const SimulatedSubmission &)>;
    using ReportSink = std::function<void(quint8 messageReference, quint8 status)>;

    SimulatedNetwork(Clock &clock, SimulatedScheduler &scheduler, SimulatedModemState &state,
        SimulatedMessageStore &store, UrcSink urcs);
    SimulatedNetwork(const SimulatedNetwork &) = delete;
    SimulatedNetwork &operator=(const SimulatedNetwork &) = delete;

    void onSubmitted(SubmissionSink sink) { m_submitted = std::move(sink); }
    void onReportIssued(ReportSink sink) { m_reportIssued = std::move(sink); }

    // Sending side.
    quint8 takeMessageReference() { return m_nextReference++; }
    void setNextMessageReference(quint8 reference) { m_nextReference = reference; }
    // Records the SUBMIT and, when it asked for one, schedules its status reports.
    void accept(SimulatedSubmission submission);
    [[nodiscard]] const QList<SimulatedSubmission> &submissions() const { return m_submissions; }
    void clearSubmissions() { m_submissions.clear(); }
    // TP-ST values of the reports for a destination, one report per value, reportDelay apart:
    // {0x20, 0x00} is "still trying" then delivered, {0x41} a permanent failure. Default {0x00}.
    void setDeliveryStatuses(const QString &destination, QList<quint8> statuses);
    void setReportDelay(std::chrono::milliseconds delay) { m_reportDelay = delay; }
    // The next `count` sends fail with +CMS ERROR: <cmsCode> after the network delay.
    void failNextSends(int count, int cmsCode);
    std::optional<int> takeInjectedFailure();

    // Receiving side.
    Result<int, PduError> injectText(
        const QString &from, const QString &text, const SimulatedInjectOptions &options);
    // A PDU with its service-centre field (MMS notification, voicemail indication, a status
    // report): delivered as it is, by its type.
    Result<void, PduError> injectPdu(QByteArrayView hex, const SimulatedInjectOptions &options);
    // Deliveries the SMSC holds because the memory was full.
    [[nodiscard]] int waitingCount() const { return int(m_waiting.size()); }
    // A slot was freed or a memory grew: the SMSC retries what it holds, shortly after.
    void storageFreed();

private:
    struct Delivery
    {
        QByteArray pdu; // with the SMSC field
        int tpduLength = 0;
        bool statusReport = false;
        bool classThree = false;
        SimulatedInjectOptions::Route route = SimulatedInjectOptions::Route::Cnmi;
        QByteArray storage; // empty: the memory the settings name
    };

    void deliver(Delivery delivery);
    void deliverMessage(const Delivery &delivery);
    void deliverReport(const Delivery &delivery);
    // False when the memory is full: the caller queues.
    bool store(const Delivery &delivery, const QByteArray &storage, bool indicate);
    void drain();
    void issueReport(const SimulatedSubmission &submission, quint8 status);
    [[nodiscard]] static QString statusKey(const QString &destination);

    Clock &m_clock;
    SimulatedScheduler &m_scheduler;
    SimulatedModemState &m_state;
    SimulatedMessageStore &m_store;
    UrcSink m_urcs;
    SubmissionSink m_submitted;
    ReportSink m_reportIssued;

    QList<SimulatedSubmission> m_submissions;
    QHash<QString, QList<quint8>> m_statuses;
    std::chrono::milliseconds m_reportDelay {std::chrono::seconds(3)};
    std::deque<int> m_failures;
    std::deque<Delivery> m_waiting;
    bool m_drainScheduled = false;
    quint8 m_nextReference = 0;
    quint8 m_nextConcatReference = 1;
};

} // namespace rapport::modem
