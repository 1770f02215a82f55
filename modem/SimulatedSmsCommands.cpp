#include "modem/SimulatedSmsCommands.h"

#include "modem/PduDecoder.h"
#include "modem/SimulatedMessageStore.h"
#include "modem/SimulatedModemState.h"
#include "modem/SimulatedNetwork.h"
#include "modem/SimulatedSim.h"

namespace rapport::modem {
namespace {

using Kind = SimulatedRequest::Kind;

// 27.005 §3.2.5.
constexpr int kCmsOperationNotAllowed = 302;
constexpr int kCmsOperationNotSupported = 303;
constexpr int kCmsInvalidPduParameter = 304;
constexpr int kCmsSimNotInserted = 310;
constexpr int kCmsSimPinRequired = 311;
constexpr int kCmsSimFailure = 313;
constexpr int kCmsSimPukRequired = 316;
constexpr int kCmsInvalidIndex = 321;
constexpr int kCmsUnknownError = 500;

// An SMS-SUBMIT TPDU has at least 7 octets (no digits, no user data) and at most 164.
constexpr int kMinSubmitLength = 7;
constexpr int kMaxSubmitLength = 164;

QByteArray number(int value)
{
    return QByteArray::number(value);
}

QByteArray quoted(const QByteArray &text)
{
    return '"' + text + '"';
}

// "(0-3)" for runs, "(0,2)" otherwise, as AT+CNMI=? answers in the field.
QByteArray valueList(const QList<int> &values)
{
    QList<QByteArray> items;
    for (qsizetype i = 0; i < values.size();) {
        qsizetype end = i;
        while (end + 1 < values.size() && values.at(end + 1) == values.at(end) + 1)
            ++end;
        if (end - i >= 2) {
            items << number(values.at(i)) + '-' + number(values.at(end));
        } else {
            for (qsizetype k = i; k <= end; ++k)
                items << number(values.at(k));
        }
        i = end + 1;
    }
    return '(' + items.join(',') + ')';
}

QByteArray storageList(const QList<QByteArray> &storages)
{
    QList<QByteArray> items;
    for (const QByteArray &storage : storages)
        items << quoted(storage);
    return '(' + items.join(',') + ')';
}

} // namespace

SimulatedSmsCommands::SimulatedSmsCommands(SimulatedModemState &state, SimulatedSim &sim,
    SimulatedMessageStore &store, SimulatedNetwork &network)
    : m_state(state)
    , m_sim(sim)
    , m_store(store)
    , m_network(network)
{ }

std::optional<SimulatedAnswer> SimulatedSmsCommands::refusal(bool needsSim, bool needsPduMode) const
{
    // SIM800: every SMS command fails with 302 until the firmware prints "SMS Ready".
    if (m_state.quirks().smsBlockedUntilReady && !m_state.smsReady)
        return SimulatedAnswer::cms(kCmsOperationNotAllowed);
    if (needsSim) {
        switch (m_sim.state()) {
        case SimulatedSim::State::Ready:
            break;
        case SimulatedSim::State::PinRequired:
            return SimulatedAnswer::cms(kCmsSimPinRequired);
        case SimulatedSim::State::PukRequired:
            return SimulatedAnswer::cms(kCmsSimPukRequired);
        case SimulatedSim::State::NotInserted:
            return SimulatedAnswer::cms(kCmsSimNotInserted);
        case SimulatedSim::State::Dead:
            return SimulatedAnswer::cms(kCmsSimFailure);
        }
    }
    // Text mode is accepted by AT+CMGF but not simulated: its commands are refused.
    if (needsPduMode && m_state.messageFormat != 0)
        return SimulatedAnswer::cms(kCmsOperationNotSupported);
    return std::nullopt;
}

std::optional<SimulatedAnswer> SimulatedSmsCommands::handle(const SimulatedRequest &request)
{
    const QByteArray &name = request.name;
    if (name == "+CMGF") {
        if (const auto refused = refusal(false, false))
            return refused;
        if (request.kind == Kind::Query)
            return SimulatedAnswer::ok({"+CMGF: " + number(m_state.messageFormat)});
        if (request.kind == Kind::Test)
            return SimulatedAnswer::ok({QByteArrayLiteral("+CMGF: (0,1)")});
        const auto format = request.number(0);
        if (request.kind != Kind::Set || !format || (*format != 0 && *format != 1))
            return SimulatedAnswer::error();
        m_state.messageFormat = *format;
        return SimulatedAnswer::ok();
    }
    if (name == "+CSMS") {
        if (const auto refused = refusal(false, false))
            return refused;
        if (request.kind == Kind::Query)
            return SimulatedAnswer::ok({QByteArrayLiteral("+CSMS: 0,1,1,1")});
        if (request.kind == Kind::Test)
            return SimulatedAnswer::ok({QByteArrayLiteral("+CSMS: (0,1)")});
        return SimulatedAnswer::ok({QByteArrayLiteral("+CSMS: 1,1,1")});
    }
    if (name == "+CSCA") {
        if (const auto refused = refusal(true, false))
            return refused;
        if (request.kind == Kind::Set && !request.arguments.isEmpty()) {
            m_state.serviceCentre = request.arguments.at(0);
            return SimulatedAnswer::ok();
        }
        const int type = m_state.serviceCentre.startsWith('+') ? 145 : 129;
        return SimulatedAnswer::ok(
            {"+CSCA: " + quoted(m_state.serviceCentre) + ',' + number(type)});
    }
    if (name == "+CPMS")
        return storages(request);
    if (name == "+CNMI")
        return indications(request);
    if (name == "+CMMS")
        return moreMessages(request);
    if (name == "+CMGS")
        return startSubmit(request);
    if (name == "+CMGR")
        return read(request);
    if (name == "+CMGL")
        return list(request);
    if (name == "+CMGD")
        return remove(request);
    if (name == "+CNMA")
        return SimulatedAnswer::ok();
    return std::nullopt;
}

QByteArray SimulatedSmsCommands::storageUsage(const QByteArray &storage) const
{
    return number(m_store.used(storage)) + ',' + number(m_store.capacity(storage));
}

SimulatedAnswer SimulatedSmsCommands::storages(const SimulatedRequest &request)
{
    if (const auto refused = refusal(request.kind != Kind::Test, false))
        return *refused;
    QList<QByteArray> writable = m_store.storages();
    writable.removeAll(QByteArrayLiteral("SR")); // reports only arrive, nothing is written there
    const auto &mem = m_state.memories;
    switch (request.kind) {
    case Kind::Test:
        return SimulatedAnswer::ok({"+CPMS: " + storageList(m_store.storages()) + ','
            + storageList(writable) + ',' + storageList(writable)});
    case Kind::Query:
        return SimulatedAnswer::ok(
            {"+CPMS: " + quoted(mem[0]) + ',' + storageUsage(mem[0]) + ',' + quoted(mem[1]) + ','
                + storageUsage(mem[1]) + ',' + quoted(mem[2]) + ',' + storageUsage(mem[2])});
    case Kind::Set: {
        if (request.arguments.isEmpty() || request.arguments.size() > 3)
            return SimulatedAnswer::cms(kCmsOperationNotAllowed);
        auto chosen = mem;
        for (qsizetype i = 0; i < request.arguments.size(); ++i) {
            const QByteArray storage = request.word(i);
            const bool allowed = i == 0 ? m_store.has(storage) : writable.contains(storage);
            if (!allowed)
                return SimulatedAnswer::cms(kCmsOperationNotAllowed);
            chosen[std::size_t(i)] = storage;
        }
        m_state.memories = chosen;
        return SimulatedAnswer::ok({"+CPMS: " + storageUsage(chosen[0]) + ','
            + storageUsage(chosen[1]) + ',' + storageUsage(chosen[2])});
    }
    case Kind::Action:
        break;
    }
    return SimulatedAnswer::error();
}

SimulatedAnswer SimulatedSmsCommands::indications(const SimulatedRequest &request)
{
    if (const auto refused = refusal(false, false))
        return *refused;
    const QList<QList<int>> &supported = m_state.quirks().cnmiSupported;
    switch (request.kind) {
    case Kind::Test: {
        QList<QByteArray> fields;
        for (const QList<int> &values : supported)
            fields << valueList(values);
        return SimulatedAnswer::ok({"+CNMI: " + fields.join(',')});
    }
    case Kind::Query: {
        QList<QByteArray> fields;
        for (const int value : m_state.cnmi)
            fields << number(value);
        return SimulatedAnswer::ok({"+CNMI: " + fields.join(',')});
    }
    case Kind::Set: {
        if (request.arguments.isEmpty() || request.arguments.size() > 5)
            return SimulatedAnswer::cms(kCmsOperationNotSupported);
        // 27.005 §3.4.1: omitted parameters take their default, 0.
        std::array<int, 5> values {0, 0, 0, 0, 0};
        for (qsizetype i = 0; i < request.arguments.size(); ++i) {
            if (request.arguments.at(i).isEmpty())
                continue;
            const auto value = request.number(i);
            if (!value || !supported.value(i).contains(*value))
                return SimulatedAnswer::cms(kCmsOperationNotSupported);
            values[std::size_t(i)] = *value;
        }
        m_state.cnmi = values;
        return SimulatedAnswer::ok();
    }
    case Kind::Action:
        break;
    }
    return SimulatedAnswer::error();
}

SimulatedAnswer SimulatedSmsCommands::moreMessages(const SimulatedRequest &request)
{
    if (m_state.quirks().cmmsUnsupported)
        return SimulatedAnswer::cms(kCmsUnknownError);
    if (const auto refused = refusal(false, false))
        return *refused;
    if (request.kind == Kind::Query)
        return SimulatedAnswer::ok({"+CMMS: " + number(m_state.moreMessagesToSend)});
    if (request.kind == Kind::Test)
        return SimulatedAnswer::ok({QByteArrayLiteral("+CMMS: (0-2)")});
    const auto mode = request.number(0);
    if (request.kind != Kind::Set || !mode || *mode < 0 || *mode > 2)
        return SimulatedAnswer::cms(kCmsOperationNotSupported);
    m_state.moreMessagesToSend = *mode;
    return SimulatedAnswer::ok();
}

SimulatedAnswer SimulatedSmsCommands::startSubmit(const SimulatedRequest &request)
{
    if (request.kind == Kind::Test)
        return SimulatedAnswer::ok();
    if (const auto refused = refusal(true, true))
        return *refused;
    const auto length = request.number(0);
    if (request.kind != Kind::Set || !length || *length < kMinSubmitLength
        || *length > kMaxSubmitLength)
        return SimulatedAnswer::cms(kCmsInvalidPduParameter);
    m_declaredLength = *length;
    return SimulatedAnswer::textPrompt();
}

SimulatedAnswer SimulatedSmsCommands::submit(const QByteArray &hex)
{
    const auto bytes = parseHex(hex.trimmed());
    if (!bytes || bytes->isEmpty())
        return SimulatedAnswer::cms(kCmsInvalidPduParameter);
    // 27.005 §3.5.1: <length> counts the TPDU only, not the SMSC field in front of it.
    const int tpduLength = int(bytes->size()) - 1 - quint8(bytes->at(0));
    if (tpduLength != m_declaredLength)
        return SimulatedAnswer::cms(kCmsInvalidPduParameter);
    const auto decoded = decodePdu(*bytes, SmscField::Present);
    if (!decoded || !decoded->submit())
        return SimulatedAnswer::cms(kCmsInvalidPduParameter);

    const std::chrono::milliseconds networkDelay = m_state.quirks().networkDelay;
    if (const auto failure = m_network.takeInjectedFailure()) {
        SimulatedAnswer failed = SimulatedAnswer::cms(*failure);
        failed.delay = networkDelay;
        return failed;
    }
    SimulatedSubmission submission;
    submission.submit = *decoded->submit();
    submission.messageReference = m_network.takeMessageReference();
    submission.submit.messageReference = submission.messageReference;
    submission.destination = submission.submit.destination.toString();
    submission.text = submission.submit.userData.text;
    if (submission.submit.userData.header)
        submission.concatenation = submission.submit.userData.header->concatenation();
    submission.statusReportRequested = submission.submit.statusReportRequest;
    submission.pduHex = hex.trimmed();

    SimulatedAnswer answer = SimulatedAnswer::ok({"+CMGS: " + number(submission.messageReference)});
    answer.delay = networkDelay;
    answer.onSent = [network = &m_network, submission] { network->accept(submission); };
    return answer;
}

SimulatedAnswer SimulatedSmsCommands::read(const SimulatedRequest &request)
{
    if (request.kind == Kind::Test)
        return SimulatedAnswer::ok();
    if (const auto refused = refusal(true, true))
        return *refused;
    const QByteArray &storage = m_state.memories[0];
    const auto index = request.number(0);
    if (request.kind != Kind::Set || !index || !m_store.isValidIndex(storage, *index))
        return SimulatedAnswer::cms(kCmsInvalidIndex);
    SimulatedMessageStore::Message *message = m_store.at(storage, *index);
    if (!message)
        return SimulatedAnswer::ok(); // an empty slot: most modems answer a bare OK
    const QList<QByteArray> lines {
        "+CMGR: " + number(message->status) + ",," + number(message->tpduLength),
        message->pdu.toHex().toUpper()};
    if (message->status == SimulatedMessageStore::ReceivedUnread)
        message->status = SimulatedMessageStore::ReceivedRead;
    return SimulatedAnswer::ok(lines);
}

SimulatedAnswer SimulatedSmsCommands::list(const SimulatedRequest &request)
{
    if (request.kind == Kind::Test)
        return SimulatedAnswer::ok({QByteArrayLiteral("+CMGL: (0-4)")});
    if (const auto refused = refusal(true, true))
        return *refused;
    // 27.005: without <stat> the list is of unread messages.
    const auto stat = request.arguments.isEmpty() ? std::optional<int>(0) : request.number(0);
    if (!stat || *stat < 0 || *stat > 4)
        return SimulatedAnswer::cms(kCmsInvalidPduParameter);
    const QByteArray &storage = m_state.memories[0];
    const auto listed = m_store.list(storage, *stat == 4 ? std::nullopt : stat);
    QList<QByteArray> lines;
    for (const SimulatedMessageStore::Listed &entry : listed) {
        lines << "+CMGL: " + number(entry.index) + ',' + number(entry.message.status) + ",,"
                + number(entry.message.tpduLength)
              << entry.message.pdu.toHex().toUpper();
        // Listing unread messages marks them read, as reading them one by one would.
        if (entry.message.status == SimulatedMessageStore::ReceivedUnread) {
            if (SimulatedMessageStore::Message *stored = m_store.at(storage, entry.index))
                stored->status = SimulatedMessageStore::ReceivedRead;
        }
    }
    return SimulatedAnswer::ok(lines);
}

SimulatedAnswer SimulatedSmsCommands::remove(const SimulatedRequest &request)
{
    const QByteArray &storage = m_state.memories[0];
    if (request.kind == Kind::Test) {
        const int first = m_store.indexBase();
        const int last = first + m_store.capacity(storage) - 1;
        return SimulatedAnswer::ok({"+CMGD: (" + number(first) + '-' + number(last) + "),(0-4)"});
    }
    if (const auto refused = refusal(true, false))
        return *refused;
    const auto index = request.number(0);
    const int flag = request.number(1).value_or(0);
    if (request.kind != Kind::Set || flag < 0 || flag > 4)
        return SimulatedAnswer::cms(kCmsInvalidIndex);
    if (flag == 0 && (!index || !m_store.isValidIndex(storage, *index)))
        return SimulatedAnswer::cms(kCmsInvalidIndex);
    const int removed = m_store.remove(
        storage, index.value_or(0), static_cast<SimulatedMessageStore::DeleteFlag>(flag));
    if (removed > 0)
        m_network.storageFreed();
    return SimulatedAnswer::ok();
}

} // namespace rapport::modem
