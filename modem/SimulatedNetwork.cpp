#include "modem/SimulatedNetwork.h"

#include "modem/Clock.h"
#include "modem/MessageComposer.h"
#include "modem/PduDecoder.h"
#include "modem/PduEncoder.h"
#include "modem/SimulatedModemState.h"
#include "modem/SimulatedScheduler.h"
#include "modem/SmsAddress.h"

#include <QRandomGenerator>

#include <algorithm>
#include <numeric>

namespace rapport::modem {
namespace {

using namespace std::chrono_literals;
using Route = SimulatedInjectOptions::Route;

// How long a real SMSC takes to retry after the phone reports memory available again
// (TS 24.011 RP-SMMA); short, but after the AT+CMGD answer.
constexpr auto kRetryAfterMemoryAvailable = 500ms;

QByteArray quoted(const QByteArray &text)
{
    return '"' + text + '"';
}

} // namespace

SimulatedNetwork::SimulatedNetwork(Clock &clock, SimulatedScheduler &scheduler,
    SimulatedModemState &state, SimulatedMessageStore &store, UrcSink urcs)
    : m_clock(clock)
    , m_scheduler(scheduler)
    , m_state(state)
    , m_store(store)
    , m_urcs(std::move(urcs))
{ }

QString SimulatedNetwork::statusKey(const QString &destination)
{
    // National and international spellings stay distinct here on purpose: the test names the
    // number the way the host will send it.
    const auto parsed = parseTypedNumber(destination);
    return parsed ? parsed->toString() : destination;
}

void SimulatedNetwork::accept(SimulatedSubmission submission)
{
    submission.time = m_clock.now();
    m_submissions.append(submission);
    // A demo or `modem simulate` may run for days: keep the recent history tests look at, not
    // every message ever sent.
    constexpr qsizetype kKeptSubmissions = 10000;
    if (m_submissions.size() > kKeptSubmissions)
        m_submissions.remove(0, m_submissions.size() - kKeptSubmissions);
    if (m_submitted)
        m_submitted(submission);
    if (!submission.statusReportRequested)
        return;
    const QList<quint8> statuses
        = m_statuses.value(statusKey(submission.destination), QList<quint8> {0x00});
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const quint8 status = statuses.at(i);
        m_scheduler.schedule(m_reportDelay * (i + 1),
            [this, submission, status] { issueReport(submission, status); });
    }
}

void SimulatedNetwork::setDeliveryStatuses(const QString &destination, QList<quint8> statuses)
{
    m_statuses.insert(statusKey(destination), std::move(statuses));
}

void SimulatedNetwork::failNextSends(int count, int cmsCode)
{
    for (int i = 0; i < count; ++i)
        m_failures.push_back(cmsCode);
}

std::optional<int> SimulatedNetwork::takeInjectedFailure()
{
    if (m_failures.empty())
        return std::nullopt;
    const int code = m_failures.front();
    m_failures.pop_front();
    return code;
}

void SimulatedNetwork::issueReport(const SimulatedSubmission &submission, quint8 status)
{
    SmsStatusReport report;
    report.messageReference = submission.messageReference;
    report.recipient = submission.submit.destination;
    report.serviceCentreTime = submission.time;
    report.dischargeTime = m_clock.now();
    report.status = status;
    const auto smsc = parseTypedNumber(QString::fromLatin1(m_state.serviceCentre));
    const auto encoded = encodePdu(report, smsc ? *smsc : SmsAddress {});
    if (!encoded)
        return;
    if (m_reportIssued)
        m_reportIssued(submission.messageReference, status);
    Delivery delivery;
    delivery.pdu = encoded->bytes;
    delivery.tpduLength = encoded->tpduLength;
    delivery.statusReport = true;
    deliver(std::move(delivery));
}

Result<int, PduError> SimulatedNetwork::injectText(
    const QString &from, const QString &text, const SimulatedInjectOptions &options)
{
    DeliverRequest request;
    if (options.alphanumericSender) {
        request.originator = alphanumericAddress(from);
    } else {
        const auto originator = parseTypedNumber(from);
        if (!originator)
            return fail(originator.error());
        request.originator = *originator;
    }
    request.text = text;
    request.serviceCentreTime = options.timestamp.value_or(m_clock.now());
    if (const auto smsc = parseTypedNumber(QString::fromLatin1(m_state.serviceCentre)))
        request.serviceCentre = *smsc;
    request.flash = options.flash;
    request.protocolIdentifier = options.protocolIdentifier;
    request.reference = options.reference.value_or(
        ConcatReference {ReferenceWidth::EightBit, m_nextConcatReference++});
    const auto parts = composeDeliver(request);
    if (!parts)
        return fail(parts.error());

    QList<int> order(parts->size());
    std::iota(order.begin(), order.end(), 0);
    switch (options.order) {
    case SimulatedInjectOptions::Order::InOrder:
        break;
    case SimulatedInjectOptions::Order::Reversed:
        std::reverse(order.begin(), order.end());
        break;
    case SimulatedInjectOptions::Order::Shuffled: {
        QRandomGenerator random(options.shuffleSeed);
        std::shuffle(order.begin(), order.end(), random);
        break;
    }
    }

    for (const int part : order) {
        const EncodedPdu &pdu = parts->at(part);
        const int sequence = part + 1;
        Delivery delivery;
        delivery.pdu = pdu.bytes;
        delivery.tpduLength = pdu.tpduLength;
        delivery.route = options.route;
        delivery.storage = options.storage;
        if (options.splitAcrossStorages)
            delivery.storage = sequence % 2 ? QByteArrayLiteral("SM") : QByteArrayLiteral("ME");
        if (options.duplicate == SimulatedInjectOptions::Duplicate::None
            || options.duplicatePart != sequence) {
            deliver(std::move(delivery));
            continue;
        }
        Delivery first = delivery;
        first.route = options.duplicate == SimulatedInjectOptions::Duplicate::DirectAndStored
            ? Route::Direct
            : Route::Stored;
        delivery.route = Route::Stored;
        deliver(std::move(first));
        deliver(std::move(delivery));
    }
    return int(parts->size());
}

Result<void, PduError> SimulatedNetwork::injectPdu(
    QByteArrayView hex, const SimulatedInjectOptions &options)
{
    const auto decoded = decodePduHex(hex, SmscField::Present);
    if (!decoded)
        return fail(decoded.error());
    if (decoded->type() == SmsMessageType::Submit)
        return fail(PduError {PduErrorCode::InvalidArgument,
            QStringLiteral("the network delivers DELIVERs and STATUS-REPORTs, not SUBMITs")});
    Delivery delivery;
    delivery.pdu = QByteArray::fromHex(hex.toByteArray());
    // The SMSC field is its length octet plus that many octets.
    delivery.tpduLength = int(delivery.pdu.size()) - 1 - quint8(delivery.pdu.at(0));
    delivery.statusReport = decoded->type() == SmsMessageType::StatusReport;
    if (const SmsDeliver *message = decoded->deliver())
        delivery.classThree = message->dataCodingScheme.messageClass == MessageClass::Class3;
    delivery.route = options.route;
    delivery.storage = options.storage;
    deliver(std::move(delivery));
    return {};
}

void SimulatedNetwork::deliver(Delivery delivery)
{
    if (delivery.statusReport)
        deliverReport(delivery);
    else
        deliverMessage(delivery);
}

void SimulatedNetwork::deliverMessage(const Delivery &delivery)
{
    const int mode = m_state.cnmi[0];
    const int mt = m_state.cnmi[1];
    bool direct = delivery.route == Route::Direct;
    if (delivery.route == Route::Cnmi && mode != 0)
        direct = mt == 2 || (mt == 3 && delivery.classThree);
    if (direct) {
        m_urcs(
            {"+CMT: ," + QByteArray::number(delivery.tpduLength), delivery.pdu.toHex().toUpper()});
        return;
    }
    const QByteArray storage = delivery.storage.isEmpty() ? m_state.memories[2] : delivery.storage;
    // Without indications (mt 0, or mode 0 where the TA would buffer them) the message is only
    // found by a sweep, as on a real modem before the host has set AT+CNMI.
    const bool indicate = delivery.route == Route::Stored || (mode != 0 && mt != 0);
    // Behind anything the SMSC already holds: messages keep their order.
    if (!m_waiting.empty() || !store(delivery, storage, indicate)) {
        Delivery held = delivery;
        held.storage = storage;
        m_waiting.push_back(std::move(held));
    }
}

void SimulatedNetwork::deliverReport(const Delivery &delivery)
{
    const int mode = m_state.cnmi[0];
    const int ds = m_state.cnmi[3];
    if (mode != 0 && ds == 1 && delivery.route != Route::Stored) {
        const QByteArray header = m_state.quirks().cdsWithEmptyAlpha ? "+CDS: ," : "+CDS: ";
        m_urcs({header + QByteArray::number(delivery.tpduLength), delivery.pdu.toHex().toUpper()});
        return;
    }
    // 27.005 ds=0: not routed to the TE. Real modems then drop it; so does the simulator.
    if (ds != 2 && delivery.route != Route::Stored)
        return;
    const QByteArray storage
        = delivery.storage.isEmpty() ? QByteArrayLiteral("SR") : delivery.storage;
    if (!m_waiting.empty() || !store(delivery, storage, mode != 0)) {
        Delivery held = delivery;
        held.storage = storage;
        m_waiting.push_back(std::move(held));
    }
}

bool SimulatedNetwork::store(const Delivery &delivery, const QByteArray &storage, bool indicate)
{
    SimulatedMessageStore::Message message;
    message.status = SimulatedMessageStore::ReceivedUnread;
    message.pdu = delivery.pdu;
    message.tpduLength = delivery.tpduLength;
    const auto index = m_store.add(storage, std::move(message));
    if (!index)
        return false;
    if (indicate) {
        const QByteArray urc = delivery.statusReport ? "+CDSI: " : "+CMTI: ";
        m_urcs({urc + quoted(storage) + ',' + QByteArray::number(*index)});
    }
    return true;
}

void SimulatedNetwork::storageFreed()
{
    if (m_waiting.empty() || m_drainScheduled)
        return;
    m_drainScheduled = true;
    m_scheduler.schedule(kRetryAfterMemoryAvailable, [this] {
        m_drainScheduled = false;
        drain();
    });
}

void SimulatedNetwork::drain()
{
    std::deque<Delivery> waiting;
    waiting.swap(m_waiting);
    while (!waiting.empty()) {
        Delivery delivery = std::move(waiting.front());
        waiting.pop_front();
        const bool indicate = delivery.route == Route::Stored
            || (m_state.cnmi[0] != 0
                && (delivery.statusReport ? m_state.cnmi[3] == 2 : m_state.cnmi[1] != 0));
        // A memory that is still full keeps the rest of the queue waiting, in order.
        if (!m_waiting.empty() || !store(delivery, delivery.storage, indicate))
            m_waiting.push_back(std::move(delivery));
    }
}

} // namespace rapport::modem
