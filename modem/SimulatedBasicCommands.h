#pragma once

#include "modem/SimulatedAnswer.h"
#include "modem/SimulatedRequest.h"

#include <optional>

namespace rapport::modem {

class SimulatedSim;
struct SimulatedModemState;

// The simulated modem's general commands: V.250 basics (AT, ATE, ATZ, ATI), error reporting
// (+CMEE), identity (+CGMI/+CGMM/+CGMR/+CGSN/+CIMI), the SIM (+CPIN and each vendor's query for
// the attempts left), vendor set-up commands (^CURC, +ZOPRT) and the network status queries
// (+CSQ, +CREG/+CGREG/+CEREG, +COPS, +CFUN).
class SimulatedBasicCommands final
{
public:
    SimulatedBasicCommands(SimulatedModemState &state, SimulatedSim &sim);

    // The answer, or nullopt when the command is not one of this family.
    std::optional<SimulatedAnswer> handle(const SimulatedRequest &request);

private:
    SimulatedAnswer identity(const SimulatedRequest &request, const QByteArray &value) const;
    SimulatedAnswer pinQuery() const;
    SimulatedAnswer pinEntry(const SimulatedRequest &request);
    std::optional<SimulatedAnswer> vendorPinAttempts(const SimulatedRequest &request) const;
    std::optional<SimulatedAnswer> simRefusal() const;
    SimulatedAnswer registration(const SimulatedRequest &request, int which);
    SimulatedAnswer operatorSelection(const SimulatedRequest &request);
    [[nodiscard]] int effectiveRegistration() const;

    SimulatedModemState &m_state;
    SimulatedSim &m_sim;
};

} // namespace rapport::modem
