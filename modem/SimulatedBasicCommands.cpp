#include "modem/SimulatedBasicCommands.h"

#include "modem/SimulatedModemState.h"
#include "modem/SimulatedSim.h"

namespace rapport::modem {
namespace {

using Kind = SimulatedRequest::Kind;

// 27.007 §9.2.1 codes for the SIM states.
constexpr int kCmeOperationNotAllowed = 3;
constexpr int kCmeSimNotInserted = 10;
constexpr int kCmeSimPinRequired = 11;
constexpr int kCmeSimPukRequired = 12;
constexpr int kCmeSimFailure = 13;
constexpr int kCmeIncorrectPassword = 16;
constexpr int kCmeIncorrectParameters = 50;

QByteArray number(int value)
{
    return QByteArray::number(value);
}

QByteArray cpinCode(SimulatedSim::State state)
{
    switch (state) {
    case SimulatedSim::State::PinRequired:
        return QByteArrayLiteral("SIM PIN");
    case SimulatedSim::State::PukRequired:
        return QByteArrayLiteral("SIM PUK");
    case SimulatedSim::State::Ready:
    case SimulatedSim::State::NotInserted:
    case SimulatedSim::State::Dead:
        break;
    }
    return QByteArrayLiteral("READY");
}

} // namespace

SimulatedBasicCommands::SimulatedBasicCommands(SimulatedModemState &state, SimulatedSim &sim)
    : m_state(state)
    , m_sim(sim)
{ }

std::optional<SimulatedAnswer> SimulatedBasicCommands::handle(const SimulatedRequest &request)
{
    const QByteArray &name = request.name;
    const SimulatedModemPreset &preset = m_state.preset;

    // V.250 basic commands; anything they do not mean is an error like on a real modem.
    if (name.isEmpty())
        return SimulatedAnswer::ok();
    if (name == "E") {
        if (request.parameters != "" && request.parameters != "0" && request.parameters != "1")
            return SimulatedAnswer::error();
        m_state.echo = request.parameters == "1";
        return SimulatedAnswer::ok();
    }
    if (name == "Z" || name == "&F") {
        m_state.resetSession();
        return SimulatedAnswer::ok();
    }
    if (name == "V" || name == "Q")
        return SimulatedAnswer::ok(); // verbose result codes are the only ones simulated
    if (name == "I") {
        return SimulatedAnswer::ok({"Manufacturer: " + preset.manufacturer.trimmed(),
            "Model: " + preset.model.trimmed(), "Revision: " + preset.revision,
            "IMEI: " + preset.imei, QByteArrayLiteral("+GCAP: +CGSM")});
    }

    if (name == "+CMEE") {
        if (request.kind == Kind::Query)
            return SimulatedAnswer::ok({"+CMEE: " + number(m_state.errorMode)});
        if (request.kind == Kind::Test)
            return SimulatedAnswer::ok({QByteArrayLiteral("+CMEE: (0-2)")});
        const auto mode = request.number(0);
        if (!mode || *mode < 0 || *mode > 2)
            return SimulatedAnswer::cme(kCmeIncorrectParameters);
        m_state.errorMode = *mode;
        return SimulatedAnswer::ok();
    }

    if (name == "+CGMI" || name == "+GMI")
        return identity(request, preset.manufacturer);
    if (name == "+CGMM" || name == "+GMM")
        return identity(request, preset.model);
    if (name == "+CGMR" || name == "+GMR")
        return identity(request, preset.revision);
    if (name == "+CGSN" || name == "+GSN")
        return identity(request, preset.imei);
    if (name == "+CIMI") {
        if (const auto refused = simRefusal())
            return refused;
        return identity(request, preset.imsi);
    }

    if (name == "+CPIN") {
        if (request.kind == Kind::Query)
            return pinQuery();
        if (request.kind == Kind::Test)
            return SimulatedAnswer::ok();
        return pinEntry(request);
    }
    if (auto attempts = vendorPinAttempts(request))
        return attempts;

    // Vendor set-up commands, known only to their own vendor.
    if (name == "^CURC" && preset.vendor == Vendor::Huawei) {
        if (request.kind == Kind::Query)
            return SimulatedAnswer::ok({"^CURC: " + number(m_state.noiseStopped ? 0 : 1)});
        m_state.noiseStopped = request.number(0) == 0;
        return SimulatedAnswer::ok();
    }
    if (name == "+ZOPRT" && preset.vendor == Vendor::Zte)
        return SimulatedAnswer::ok();

    if (name == "+CSQ") {
        if (request.kind == Kind::Test)
            return SimulatedAnswer::ok({QByteArrayLiteral("+CSQ: (0-31,99),(0-7,99)")});
        return SimulatedAnswer::ok({"+CSQ: " + number(m_state.signalRssi) + ",99"});
    }
    if (name == "+CREG")
        return registration(request, 0);
    if (name == "+CGREG")
        return registration(request, 1);
    if (name == "+CEREG")
        return registration(request, 2);
    if (name == "+COPS")
        return operatorSelection(request);
    if (name == "+CFUN") {
        if (request.kind == Kind::Query)
            return SimulatedAnswer::ok({QByteArrayLiteral("+CFUN: 1")});
        if (request.kind == Kind::Test)
            return SimulatedAnswer::ok({QByteArrayLiteral("+CFUN: (0,1,4),(0-1)")});
        return SimulatedAnswer::ok();
    }
    return std::nullopt;
}

SimulatedAnswer SimulatedBasicCommands::identity(
    const SimulatedRequest &request, const QByteArray &value) const
{
    if (request.kind == Kind::Test)
        return SimulatedAnswer::ok();
    if (request.kind != Kind::Action || !request.parameters.isEmpty())
        return SimulatedAnswer::error();
    return SimulatedAnswer::ok({value});
}

std::optional<SimulatedAnswer> SimulatedBasicCommands::simRefusal() const
{
    switch (m_sim.state()) {
    case SimulatedSim::State::Ready:
        return std::nullopt;
    case SimulatedSim::State::PinRequired:
        return SimulatedAnswer::cme(kCmeSimPinRequired);
    case SimulatedSim::State::PukRequired:
        return SimulatedAnswer::cme(kCmeSimPukRequired);
    case SimulatedSim::State::NotInserted:
        return SimulatedAnswer::cme(kCmeSimNotInserted);
    case SimulatedSim::State::Dead:
        return SimulatedAnswer::cme(kCmeSimFailure);
    }
    return std::nullopt;
}

SimulatedAnswer SimulatedBasicCommands::pinQuery() const
{
    const SimulatedSim::State state = m_sim.state();
    if (state == SimulatedSim::State::NotInserted)
        return SimulatedAnswer::cme(kCmeSimNotInserted);
    if (state == SimulatedSim::State::Dead)
        return SimulatedAnswer::cme(kCmeSimFailure);
    QList<QByteArray> lines {"+CPIN: " + cpinCode(state)};
    // Wavecom / Sierra: the +CPIN line is all they say (fakemodems.py WavecomMultiband900E1800).
    if (m_state.quirks().cpinWithoutOk)
        return SimulatedAnswer::linesOnly(std::move(lines));
    return SimulatedAnswer::ok(std::move(lines));
}

SimulatedAnswer SimulatedBasicCommands::pinEntry(const SimulatedRequest &request)
{
    if (request.kind != Kind::Set || request.arguments.isEmpty() || request.arguments.size() > 2)
        return SimulatedAnswer::cme(kCmeIncorrectParameters);
    const SimulatedSim::State before = m_sim.state();
    if (before == SimulatedSim::State::NotInserted)
        return SimulatedAnswer::cme(kCmeSimNotInserted);
    if (before == SimulatedSim::State::Dead)
        return SimulatedAnswer::cme(kCmeSimFailure);
    switch (m_sim.enter(request.arguments.at(0), request.arguments.value(1))) {
    case SimulatedSim::Entry::Accepted:
        return SimulatedAnswer::ok();
    case SimulatedSim::Entry::Wrong:
        return SimulatedAnswer::cme(kCmeIncorrectPassword);
    case SimulatedSim::Entry::Incomplete:
        return SimulatedAnswer::cme(kCmeIncorrectParameters);
    case SimulatedSim::Entry::NotExpected:
        break;
    }
    return SimulatedAnswer::cme(kCmeOperationNotAllowed);
}

std::optional<SimulatedAnswer> SimulatedBasicCommands::vendorPinAttempts(
    const SimulatedRequest &request) const
{
    const Vendor vendor = m_state.preset.vendor;
    const QByteArray pin = number(m_sim.pinAttemptsLeft());
    const QByteArray puk = number(m_sim.pukAttemptsLeft());
    // PIN2 / PUK2 are never used by the simulator: always their full count.
    const QByteArray pin2 = number(SimulatedSim::PinAttempts);
    const QByteArray puk2 = number(SimulatedSim::PukAttempts);
    if (request.name == "^CPIN" && vendor == Vendor::Huawei && request.kind == Kind::Query) {
        // ^CPIN: <code>,[<times>],<puk_times>,<pin_times>,<puk2_times>,<pin2_times>
        const SimulatedSim::State state = m_sim.state();
        const QByteArray times = state == SimulatedSim::State::PinRequired ? pin
            : state == SimulatedSim::State::PukRequired                    ? puk
                                                                           : QByteArray();
        return SimulatedAnswer::ok({"^CPIN: " + cpinCode(state) + ',' + times + ',' + puk + ','
            + pin + ',' + puk2 + ',' + pin2});
    }
    if (request.name == "+QPINC" && vendor == Vendor::Quectel) {
        // +QPINC: <facility>,<pincounter>,<pukcounter>
        const QByteArray sc = "+QPINC: \"SC\"," + pin + ',' + puk;
        const QByteArray p2 = "+QPINC: \"P2\"," + pin2 + ',' + puk2;
        if (request.kind == Kind::Query)
            return SimulatedAnswer::ok({sc, p2});
        if (request.kind == Kind::Set && request.word(0) == "SC")
            return SimulatedAnswer::ok({sc});
        if (request.kind == Kind::Set && request.word(0) == "P2")
            return SimulatedAnswer::ok({p2});
        return SimulatedAnswer::cme(kCmeIncorrectParameters);
    }
    if (request.name == "+SPIC" && vendor == Vendor::Simcom && request.kind == Kind::Action) {
        // +SPIC: <pin1>,<puk1>,<pin2>,<puk2>
        return SimulatedAnswer::ok({"+SPIC: " + pin + ',' + puk + ',' + pin2 + ',' + puk2});
    }
    if (request.name == "+CPINC" && vendor == Vendor::SierraWavecom
        && request.kind == Kind::Query) {
        // +CPINC: <pin1>,<pin2>,<puk1>,<puk2>
        return SimulatedAnswer::ok({"+CPINC: " + pin + ',' + pin2 + ',' + puk + ',' + puk2});
    }
    return std::nullopt;
}

int SimulatedBasicCommands::effectiveRegistration() const
{
    // Without an unlocked SIM there is no registration to report.
    return m_sim.isReady() ? m_state.registration : 0;
}

SimulatedAnswer SimulatedBasicCommands::registration(const SimulatedRequest &request, int which)
{
    const QByteArray prefix = request.name + ": ";
    int &reports = m_state.registrationReports[std::size_t(which)];
    switch (request.kind) {
    case Kind::Test:
        return SimulatedAnswer::ok({prefix + "(0-2)"});
    case Kind::Set: {
        const auto n = request.number(0);
        if (!n || *n < 0 || *n > 2)
            return SimulatedAnswer::cme(kCmeIncorrectParameters);
        reports = *n;
        return SimulatedAnswer::ok();
    }
    case Kind::Query: {
        QByteArray line = prefix + number(reports) + ',' + number(effectiveRegistration());
        if (reports == 2 && effectiveRegistration() != 0)
            line += QByteArrayLiteral(",\"00C3\",\"A1B2\"");
        return SimulatedAnswer::ok({line});
    }
    case Kind::Action:
        break;
    }
    return SimulatedAnswer::error();
}

SimulatedAnswer SimulatedBasicCommands::operatorSelection(const SimulatedRequest &request)
{
    switch (request.kind) {
    case Kind::Test:
        return SimulatedAnswer::ok({"+COPS: (2,\"" + m_state.operatorName + "\",\"Rapport\",\""
            + m_state.operatorNumeric + "\",0),,(0-4),(0-2)"});
    case Kind::Set: {
        const auto mode = request.number(0);
        if (!mode || *mode < 0 || *mode > 4)
            return SimulatedAnswer::cme(kCmeIncorrectParameters);
        if (*mode == 3) {
            const auto format = request.number(1);
            if (!format || *format < 0 || *format > 2)
                return SimulatedAnswer::cme(kCmeIncorrectParameters);
            m_state.operatorFormat = *format;
        }
        return SimulatedAnswer::ok();
    }
    case Kind::Query: {
        const int stat = effectiveRegistration();
        if (stat != 1 && stat != 5)
            return SimulatedAnswer::ok({QByteArrayLiteral("+COPS: 0")});
        const QByteArray name = m_state.operatorFormat == 2 ? m_state.operatorNumeric
            : m_state.operatorFormat == 1                   ? QByteArrayLiteral("Rapport")
                                                            : m_state.operatorName;
        return SimulatedAnswer::ok(
            {"+COPS: 0," + number(m_state.operatorFormat) + ",\"" + name + "\",0"});
    }
    case Kind::Action:
        break;
    }
    return SimulatedAnswer::error();
}

} // namespace rapport::modem
