#include "modem/SessionInitialiser.h"

#include "modem/AtChannel.h"
#include "modem/AtReplies.h"
#include "modem/Clock.h"
#include "modem/ModemLogging.h"

#include <QPointer>

#include <algorithm>

namespace rapport::modem {
namespace {

using namespace std::chrono_literals;

// 27.007 §9.2 codes the SIM steps react to.
constexpr int kCmeSimNotInserted = 10;
constexpr int kCmeSimPinRequired = 11;
constexpr int kCmeSimPukRequired = 12;
constexpr int kCmeSimFailure = 13;

constexpr int kSimBusyRetries = 10;
constexpr int kPduModeRetries = 5;

QByteArray firstLine(const AtResponse &response)
{
    for (const QByteArray &line : response.lines) {
        if (!line.trimmed().isEmpty())
            return line;
    }
    return QByteArray();
}

bool isPlausiblePin(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return false;
    return std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

SessionInitialiser::SessionInitialiser(AtChannel &channel, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
    , m_clock(clock)
    , m_delay(clock.createTimer())
{
    m_delay->setSingleShot(true);
    connect(m_delay.get(), &Timer::timeout, this, [this] {
        auto action = std::move(m_delayed);
        m_delayed = nullptr;
        if (action)
            action();
    });
}

SessionInitialiser::~SessionInitialiser()
{
    for (const quint64 id : std::as_const(m_urcHandlers))
        m_channel.removeUrcHandler(id);
}

void SessionInitialiser::run(AtCommand command, Next next)
{
    // The channel may outlive this object; a finished or destroyed initialiser ignores answers.
    QPointer<SessionInitialiser> self(this);
    m_channel.enqueue(std::move(command), [self, next = std::move(next)](const AtResponse &r) {
        if (self && !self->m_done)
            next(r);
    });
}

void SessionInitialiser::later(std::chrono::milliseconds delay, std::function<void()> action)
{
    m_delayed = std::move(action);
    m_delay->start(delay);
}

void SessionInitialiser::fail(SetupFailure failure, const AtResponse &response)
{
    if (m_done)
        return;
    m_done = true;
    qCInfo(lcModem) << "Modem set-up stopped:" << int(failure) << response.finalLine;
    Q_EMIT failed(failure, response.finalLine);
}

void SessionInitialiser::start(std::optional<Vendor> forcedVendor)
{
    m_forcedVendor = forcedVendor;
    for (const QByteArray &prefix : VendorProfile::bootNoise())
        m_urcHandlers << m_channel.addUrcHandler(prefix, AtUrcRegistry::Pdu::None);
    // ESC clears a half-typed AT+CMGS left by a previous program; the resync then drains whatever
    // the modem still had to say.
    m_channel.writeRaw("\x1b");
    m_channel.requestResync();
    run(AtCommand::plain("ATE0"), [this](const AtResponse &r) {
        if (r.status == AtResponse::Status::Timeout) {
            fail(SetupFailure::Unresponsive, r);
            return;
        }
        run(AtCommand::plain("AT+CMEE=1"), [this](const AtResponse &) { readIdentity(); });
    });
}

void SessionInitialiser::readIdentity()
{
    run(AtCommand::withBareLines("AT+CGMI"), [this](const AtResponse &maker) {
        m_result.identity.manufacturer = AtReplies::identityValue(firstLine(maker));
        run(AtCommand::withBareLines("AT+CGMM"), [this](const AtResponse &model) {
            m_result.identity.model = AtReplies::identityValue(firstLine(model));
            run(AtCommand::withBareLines("AT+CGMR"), [this](const AtResponse &firmware) {
                m_result.identity.firmware = AtReplies::identityValue(firstLine(firmware));
                run(AtCommand::withBareLines("AT+CGSN"), [this](const AtResponse &serial) {
                    for (const QByteArray &line : serial.lines) {
                        if (m_result.identity.imei.isEmpty())
                            m_result.identity.imei = AtReplies::imei(line);
                    }
                    applyVendor();
                });
            });
        });
    });
}

void SessionInitialiser::applyVendor()
{
    const ModemIdentity &id = m_result.identity;
    m_result.profile = m_forcedVendor ? VendorProfile::forVendor(*m_forcedVendor)
                                      : VendorProfile::forIdentity(id.manufacturer, id.model);
    m_urcHandlers << m_result.profile.applyTo(m_channel);
    qCInfo(lcModem) << "Modem" << id.manufacturer << id.model << "firmware" << id.firmware
                    << "profile" << m_result.profile.name;
    Q_EMIT identified(id);
    runVendorCommands(0);
}

void SessionInitialiser::runVendorCommands(int index)
{
    if (index >= m_result.profile.initCommands.size()) {
        checkSim(0);
        return;
    }
    run(AtCommand::plain(m_result.profile.initCommands.at(index)),
        [this, index](const AtResponse &) { runVendorCommands(index + 1); });
}

void SessionInitialiser::checkSim(int attempt)
{
    AtCommand query = AtCommand::withPrefix("AT+CPIN?", "+CPIN:");
    query.prefixedLineIsFinal = m_result.profile.cpinWithoutOk;
    run(std::move(query), [this, attempt](const AtResponse &r) {
        if (r.isOk()) {
            const QList<QByteArray> lines = r.lines;
            for (const QByteArray &line : lines) {
                if (const auto state = AtReplies::simState(line)) {
                    onSimState(*state, r, attempt);
                    return;
                }
            }
            onSimState(SimState::Unknown, r, attempt);
            return;
        }
        if (r.status == AtResponse::Status::Timeout) {
            fail(SetupFailure::Unresponsive, r);
            return;
        }
        if (r.status == AtResponse::Status::CmeError) {
            switch (r.code) {
            case kCmeSimNotInserted:
                onSimState(SimState::NotInserted, r, attempt);
                return;
            case kCmeSimPinRequired:
                onSimState(SimState::PinRequired, r, attempt);
                return;
            case kCmeSimPukRequired:
                onSimState(SimState::PukRequired, r, attempt);
                return;
            case kCmeSimFailure:
                onSimState(SimState::Failure, r, attempt);
                return;
            default:
                break;
            }
        }
        // SIM busy (CME 14) or a plain ERROR while the SIM is still starting up.
        onSimState(SimState::Unknown, r, attempt);
    });
}

void SessionInitialiser::onSimState(SimState state, const AtResponse &response, int attempt)
{
    switch (state) {
    case SimState::Ready:
    case SimState::Pin2Required: // PIN2 guards only fixed dialling and the like, not SMS
    case SimState::Puk2Required:
        afterSimReady();
        return;
    case SimState::PinRequired:
        if (m_pinSent)
            fail(SetupFailure::WrongPin, response);
        else
            askForPin();
        return;
    case SimState::PukRequired:
        fail(SetupFailure::SimPukRequired, response);
        return;
    case SimState::NotInserted:
        fail(SetupFailure::SimNotInserted, response);
        return;
    case SimState::PhoneLocked:
        fail(SetupFailure::PhoneLocked, response);
        return;
    case SimState::Failure:
        fail(SetupFailure::SimFailure, response);
        return;
    case SimState::Unknown:
        break;
    }
    if (attempt + 1 >= kSimBusyRetries) {
        // Still busy or unreadable after ~20 s: the SIM (or its contacts) is faulty.
        fail(SetupFailure::SimFailure, response);
        return;
    }
    later(2s, [this, attempt] { checkSim(attempt + 1); });
}

void SessionInitialiser::askForPin()
{
    if (!m_result.profile.pinAttemptsQuery) {
        Q_EMIT pinRequired(-1);
        return;
    }
    run(*m_result.profile.pinAttemptsQuery, [this](const AtResponse &r) {
        int attempts = -1;
        for (const QByteArray &line : r.lines) {
            if (const auto parsed = AtReplies::pinAttempts(line); parsed && parsed->pin)
                attempts = *parsed->pin;
        }
        Q_EMIT pinRequired(attempts);
    });
}

void SessionInitialiser::providePin(const QString &pin)
{
    if (m_done || m_pinSent)
        return;
    if (pin.isEmpty()) {
        fail(SetupFailure::SimPinRequired, AtResponse());
        return;
    }
    if (!isPlausiblePin(pin)) {
        // Never spend one of the SIM's three attempts on something that cannot be a PIN.
        AtResponse notSent;
        notSent.status = AtResponse::Status::Error;
        notSent.finalLine = QByteArrayLiteral("not sent: a PIN has 4 to 8 digits");
        fail(SetupFailure::WrongPin, notSent);
        return;
    }
    m_pinSent = true;
    AtCommand command = AtCommand::plain("AT+CPIN=\"" + pin.toLatin1() + '"');
    command.timeout = 20s;
    run(std::move(command), [this](const AtResponse &r) {
        if (!r.isOk()) {
            fail(r.status == AtResponse::Status::Timeout ? SetupFailure::Unresponsive
                                                         : SetupFailure::WrongPin,
                r);
            return;
        }
        // The SIM needs a moment after unlocking; checkSim polls through "SIM busy".
        later(1s, [this] { checkSim(0); });
    });
}

void SessionInitialiser::afterSimReady()
{
    run(AtCommand::withBareLines("AT+CIMI"), [this](const AtResponse &r) {
        for (const QByteArray &line : r.lines) {
            if (m_result.identity.imsi.isEmpty())
                m_result.identity.imsi = AtReplies::imsi(line);
        }
        selectPduMode(0);
    });
}

void SessionInitialiser::selectPduMode(int attempt)
{
    run(AtCommand::plain("AT+CMGF=0"), [this, attempt](const AtResponse &r) {
        if (r.isOk()) {
            selectStorages();
            return;
        }
        if (r.status == AtResponse::Status::Timeout) {
            fail(SetupFailure::Unresponsive, r);
            return;
        }
        // SIMCom refuses SMS commands until "SMS Ready"; give it a few seconds.
        if (attempt + 1 >= kPduModeRetries) {
            fail(SetupFailure::SmsUnsupported, r);
            return;
        }
        later(2s, [this, attempt] { selectPduMode(attempt + 1); });
    });
}

void SessionInitialiser::selectStorages()
{
    run(AtCommand::withPrefix("AT+CPMS=?", "+CPMS:"), [this](const AtResponse &r) {
        QList<QList<QByteArray>> supported;
        for (const QByteArray &line : r.lines) {
            if (supported.isEmpty())
                supported = AtReplies::supportedStorages(line);
        }
        QList<QByteArray> readable = supported.value(0);
        readable.removeAll(QByteArrayLiteral("BM")); // cell broadcast: not ours to read
        if (readable.isEmpty())
            readable = {QByteArrayLiteral("SM")};
        m_result.storages = readable;
        const QList<QByteArray> receivable = supported.value(2, readable);
        m_result.receiveStorage = QByteArrayLiteral("SM");
        for (const char *preferred : {"SM", "MT", "ME"}) {
            if (receivable.contains(QByteArray(preferred))) {
                m_result.receiveStorage = preferred;
                break;
            }
        }
        const QByteArray quoted = '"' + m_result.receiveStorage + '"';
        run(AtCommand::withPrefix("AT+CPMS=" + quoted + ',' + quoted + ',' + quoted, "+CPMS:"),
            [this](const AtResponse &) { negotiateIndications(); });
    });
}

void SessionInitialiser::negotiateIndications()
{
    run(AtCommand::withPrefix("AT+CNMI=?", "+CNMI:"), [this](const AtResponse &r) {
        QList<QByteArray> candidates;
        QList<QList<int>> values;
        for (const QByteArray &line : r.lines) {
            if (values.isEmpty())
                values = AtReplies::supportedValues(line);
        }
        if (values.size() >= 4) {
            // Stored + indicated (+CMTI) is the safe default: direct delivery (+CMT) needs
            // acknowledgements that several vendors get wrong. Status reports directly (+CDS)
            // when possible, else stored (+CDSI).
            const int mode = values.at(0).contains(2) ? 2 : 1;
            const QByteArray tail = values.size() >= 5 && values.at(4).contains(0) ? ",0" : "";
            for (const int ds : {1, 2, 0}) {
                if (values.at(3).contains(ds)) {
                    candidates << "AT+CNMI=" + QByteArray::number(mode) + ",1,0,"
                            + QByteArray::number(ds) + tail;
                }
            }
        }
        // Fall-backs for modems whose test answer is missing or wrong.
        for (const char *fallback :
            {"AT+CNMI=2,1,0,1,0", "AT+CNMI=2,1,0,2,0", "AT+CNMI=1,1,0,1,0", "AT+CNMI=1,1,0,2,0",
                "AT+CNMI=2,1,0,0,0", "AT+CNMI=1,1,0,0,0", "AT+CNMI=2,1", "AT+CNMI=1,1"}) {
            if (!candidates.contains(QByteArray(fallback)))
                candidates << QByteArray(fallback);
        }
        tryCnmi(candidates);
    });
}

void SessionInitialiser::tryCnmi(QList<QByteArray> candidates)
{
    if (candidates.isEmpty()) {
        qCWarning(lcModem) << "The modem accepted no AT+CNMI setting; relying on sweeps";
        m_result.indications = Indications::None;
        m_result.statusReports = StatusReportDelivery::None;
        m_done = true;
        Q_EMIT finished(m_result);
        return;
    }
    const QByteArray command = candidates.takeFirst();
    run(AtCommand::plain(command), [this, command, candidates](const AtResponse &r) {
        if (r.status == AtResponse::Status::Timeout) {
            fail(SetupFailure::Unresponsive, r);
            return;
        }
        if (!r.isOk()) {
            tryCnmi(candidates);
            return;
        }
        m_result.cnmi = command;
        m_result.indications = Indications::Stored;
        const QList<QByteArray> parts = command.mid(int(qstrlen("AT+CNMI="))).split(',');
        const int ds = parts.size() >= 4 ? parts.at(3).toInt() : 0;
        m_result.statusReports = ds == 1 ? StatusReportDelivery::Direct
            : ds == 2                    ? StatusReportDelivery::Stored
                                         : StatusReportDelivery::None;
        m_done = true;
        Q_EMIT finished(m_result);
    });
}

} // namespace rapport::modem
