#include "modem/SmsSender.h"

#include "modem/AtChannel.h"
#include "modem/AtReplies.h"
#include "modem/Clock.h"
#include "modem/ConcatReferenceAllocator.h"
#include "modem/MessageComposer.h"
#include "modem/ModemLogging.h"

#include <QPointer>

namespace rapport::modem {
namespace {

// 27.005 §3.2.5 / 27.007 §9.2 codes that mean "try again shortly".
bool isTemporary(const AtResponse &r)
{
    if (r.status != AtResponse::Status::CmsError && r.status != AtResponse::Status::CmeError)
        return false;
    return r.code == 515 || r.code == 14 || r.code == 332;
}

constexpr int kCmsUnknownError = 500;

} // namespace

SmsSender::SmsSender(
    AtChannel &channel, Clock &clock, ConcatReferenceAllocator &references, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
    , m_clock(clock)
    , m_references(references)
    , m_retryTimer(clock.createTimer())
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer.get(), &Timer::timeout, this, &SmsSender::sendPart);
}

SmsSender::~SmsSender() = default;

quint64 SmsSender::send(OutgoingSms sms, quint64 id)
{
    Job job;
    job.id = id != 0 ? id : ++m_lastId;
    m_lastId = std::max(m_lastId, job.id);
    job.sms = std::move(sms);
    const quint64 assigned = job.id;
    m_queue.push_back(std::move(job));
    pump();
    return assigned;
}

void SmsSender::abandonAll(const QString &reason)
{
    const bool waitingToRetry = m_retryTimer->isActive();
    m_retryTimer->stop();
    std::deque<Job> queued;
    queued.swap(m_queue);
    // A part in flight ends through the channel (Cancelled or ChannelClosed); a job waiting to
    // retry has nothing in flight and is abandoned here.
    if (m_current && waitingToRetry) {
        queued.push_front(std::move(*m_current));
        m_current.reset();
        m_busy = false;
    }
    for (const Job &job : queued) {
        SendOutcome outcome;
        outcome.id = job.id;
        outcome.result
            = job.nextPart > 0 ? SendOutcome::Result::Uncertain : SendOutcome::Result::Failed;
        outcome.messageReferences = job.references;
        outcome.partCount = int(job.pdus.size());
        outcome.status = AtResponse::Status::ChannelClosed;
        outcome.temporary = true;
        outcome.detail = reason;
        Q_EMIT finished(outcome);
    }
}

void SmsSender::pump()
{
    if (m_busy || m_queue.empty())
        return;
    Job job = std::move(m_queue.front());
    m_queue.pop_front();
    startJob(std::move(job));
}

void SmsSender::startJob(Job job)
{
    SubmitRequest request;
    request.destination = job.sms.destination;
    request.text = job.sms.text;
    request.serviceCentre = job.sms.serviceCentre;
    request.requestStatusReport = job.sms.requestStatusReport;
    request.validity = job.sms.validity;
    request.flash = job.sms.flash;
    request.reference = m_references.allocate(job.sms.destination, ReferenceWidth::EightBit);
    const auto composed = composeSubmit(request);
    if (!composed) {
        SendOutcome outcome;
        outcome.id = job.id;
        outcome.result = SendOutcome::Result::Invalid;
        outcome.detail = composed.error().detail;
        Q_EMIT finished(outcome);
        pump();
        return;
    }
    for (const EncodedPdu &pdu : composed.value()) {
        job.pdus << pdu.hex();
        job.tpduLengths << pdu.tpduLength;
    }
    m_current = std::move(job);
    m_busy = true;
    enableCmmsIfUseful();
    sendPart();
}

void SmsSender::enableCmmsIfUseful()
{
    // Worth it only when more than one part is about to go out back to back.
    const bool more = (m_current && m_current->pdus.size() > 1) || !m_queue.empty();
    if (!m_settings.useCmms || m_cmmsBroken || m_cmmsOn || !more)
        return;
    m_cmmsOn = true;
    QPointer<SmsSender> self(this);
    m_channel.enqueue(AtCommand::plain("AT+CMMS=1"), [self](const AtResponse &r) {
        if (!self || r.isOk())
            return;
        // Some Huawei firmware answers +CMS ERROR: 500: stop asking.
        self->m_cmmsBroken = true;
        self->m_cmmsOn = false;
        qCInfo(lcModem) << "The modem does not accept AT+CMMS; sending without it";
    });
}

void SmsSender::sendPart()
{
    if (!m_current)
        return;
    Job &job = *m_current;
    const int part = job.nextPart;
    AtCommand command
        = AtCommand::withPrompt("AT+CMGS=" + QByteArray::number(job.tpduLengths.at(part)),
            "+CMGS:", job.pdus.at(part), m_settings.submitTimeout);
    QPointer<SmsSender> self(this);
    m_channel.enqueue(std::move(command), [self](const AtResponse &r) {
        if (self)
            self->onPartAnswer(r);
    });
}

void SmsSender::onPartAnswer(const AtResponse &response)
{
    if (!m_current)
        return;
    Job &job = *m_current;
    if (response.isOk()) {
        std::optional<int> reference;
        for (const QByteArray &line : response.lines) {
            if (!reference)
                reference = AtReplies::messageReference(line);
        }
        job.references << reference.value_or(-1);
        job.retries = 0;
        Q_EMIT partSent(job.id, job.nextPart, int(job.pdus.size()), reference.value_or(-1));
        ++job.nextPart;
        if (job.nextPart < job.pdus.size()) {
            sendPart();
            return;
        }
        finishJob(SendOutcome::Result::Sent, response, false, QString());
        return;
    }

    const bool noAnswerAfterPdu = response.status == AtResponse::Status::Timeout;
    if (noAnswerAfterPdu) {
        // The PDU may have left: retrying could send it twice. The outbox decides.
        finishJob(
            SendOutcome::Result::Uncertain, response, true, QStringLiteral("no answer to AT+CMGS"));
        return;
    }
    if (isTemporary(response) && job.retries < m_settings.temporaryRetries) {
        ++job.retries;
        const auto delay = m_settings.firstRetryDelay * (1 << std::min(job.retries - 1, 4));
        qCInfo(lcModem) << "Temporary send error" << response.finalLine << "- retrying in"
                        << delay.count() << "ms";
        m_retryTimer->start(delay);
        return;
    }
    if (response.status == AtResponse::Status::CmsError && response.code == kCmsUnknownError
        && !job.retried500) {
        // CMS 500 is "unknown error": retry once, and only while the modem is registered.
        job.retried500 = true;
        QPointer<SmsSender> self(this);
        m_channel.enqueue(
            AtCommand::withPrefix("AT+CREG?", "+CREG:"), [self, response](const AtResponse &r) {
                if (!self || !self->m_current)
                    return;
                bool registered = false;
                for (const QByteArray &line : r.lines) {
                    const auto reg = AtReplies::registration(line, true);
                    registered = registered || (reg && reg->isRegistered());
                }
                if (registered)
                    self->m_retryTimer->start(self->m_settings.firstRetryDelay);
                else
                    self->finishJob(SendOutcome::Result::Failed, response, true,
                        QStringLiteral("not registered"));
            });
        return;
    }
    // Failed parts keep the references of the parts that did go out, for the outbox's record.
    const bool temporary = isTemporary(response) || response.code == kCmsUnknownError
        || response.status == AtResponse::Status::NoPrompt
        || response.status == AtResponse::Status::ChannelClosed
        || response.status == AtResponse::Status::Cancelled;
    finishJob(
        SendOutcome::Result::Failed, response, temporary, QString::fromLatin1(response.finalLine));
}

void SmsSender::finishJob(
    SendOutcome::Result result, const AtResponse &response, bool temporary, const QString &detail)
{
    Job job = std::move(*m_current);
    m_current.reset();
    m_busy = false;
    SendOutcome outcome;
    outcome.id = job.id;
    outcome.result = result;
    outcome.messageReferences = job.references;
    outcome.partCount = int(job.pdus.size());
    outcome.status = response.status;
    outcome.errorCode = response.code;
    outcome.temporary = temporary;
    outcome.detail = detail;
    if (result == SendOutcome::Result::Sent && m_queue.empty())
        m_cmmsOn = false; // CMMS=1 lapses on its own a few seconds after the last send
    Q_EMIT finished(outcome);
    pump();
}

} // namespace rapport::modem
