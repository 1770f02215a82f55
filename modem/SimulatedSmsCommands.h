#pragma once

#include "modem/SimulatedAnswer.h"
#include "modem/SimulatedRequest.h"

#include <QByteArray>

#include <optional>

namespace rapport::modem {

class SimulatedMessageStore;
class SimulatedNetwork;
class SimulatedSim;
struct SimulatedModemState;

// The simulated modem's SMS commands (3GPP TS 27.005), PDU mode only: +CMGF, +CSMS, +CSCA,
// +CPMS, +CNMI, +CMMS, +CMGS (with the "> " text entry the modem core runs), +CMGR, +CMGL,
// +CMGD, +CNMA.
class SimulatedSmsCommands final
{
public:
    SimulatedSmsCommands(SimulatedModemState &state, SimulatedSim &sim,
        SimulatedMessageStore &store, SimulatedNetwork &network);

    // The answer, or nullopt when the command is not one of this family.
    std::optional<SimulatedAnswer> handle(const SimulatedRequest &request);
    // The PDU typed after the prompt of AT+CMGS, at Ctrl-Z.
    SimulatedAnswer submit(const QByteArray &hex);

private:
    // The +CMS error that refuses an SMS command now, if any.
    [[nodiscard]] std::optional<SimulatedAnswer> refusal(bool needsSim, bool needsPduMode) const;
    SimulatedAnswer storages(const SimulatedRequest &request);
    SimulatedAnswer indications(const SimulatedRequest &request);
    SimulatedAnswer moreMessages(const SimulatedRequest &request);
    SimulatedAnswer startSubmit(const SimulatedRequest &request);
    SimulatedAnswer read(const SimulatedRequest &request);
    SimulatedAnswer list(const SimulatedRequest &request);
    SimulatedAnswer remove(const SimulatedRequest &request);
    [[nodiscard]] QByteArray storageUsage(const QByteArray &storage) const;

    SimulatedModemState &m_state;
    SimulatedSim &m_sim;
    SimulatedMessageStore &m_store;
    SimulatedNetwork &m_network;
    int m_declaredLength = 0; // AT+CMGS=<length> of the text entry in progress
};

} // namespace rapport::modem
