#pragma once

#include "modem/SimulatedModemPreset.h"

#include <QByteArray>

#include <array>

namespace rapport::modem {

// What the simulated modem is and what the host has set, shared by the command families.
// The session part is what ATZ and a reset forget; the rest is the hardware and the network.
struct SimulatedModemState
{
    SimulatedModemPreset preset;

    // The network as the modem sees it.
    QByteArray operatorName = QByteArrayLiteral("Rapport Demo");
    QByteArray operatorNumeric = QByteArrayLiteral("00101");
    QByteArray serviceCentre = QByteArrayLiteral("+447700900000");
    int signalRssi = 20; // +CSQ 0–31, 99 unknown
    int registration = 1; // 27.007 <stat>: 1 home, 5 roaming, 2 searching, 3 denied
    bool smsReady = true; // SIMCom: false from boot until "SMS Ready"
    bool noiseStopped = false; // AT^CURC=0 was given; survives resets like Huawei's NV setting

    // Session settings.
    bool echo = true; // ATE
    int errorMode = 0; // AT+CMEE
    int messageFormat = 0; // AT+CMGF: 0 PDU, 1 text
    std::array<int, 5> cnmi {0, 0, 0, 0, 0}; // <mode>,<mt>,<bm>,<ds>,<bfr>
    std::array<QByteArray, 3> memories {QByteArrayLiteral("SM"), QByteArrayLiteral("SM"),
        QByteArrayLiteral("SM")}; // AT+CPMS mem1 (read, delete), mem2 (write), mem3 (receive)
    int moreMessagesToSend = 0; // AT+CMMS
    int operatorFormat = 0; // AT+COPS=3,<format>
    std::array<int, 3> registrationReports {0, 0, 0}; // AT+CREG=, +CGREG=, +CEREG= <n>

    void resetSession()
    {
        echo = preset.quirks.echoAtStart;
        errorMode = 0;
        messageFormat = 0;
        cnmi = {0, 0, 0, 0, 0};
        memories = {QByteArrayLiteral("SM"), QByteArrayLiteral("SM"), QByteArrayLiteral("SM")};
        moreMessagesToSend = 0;
        operatorFormat = 0;
        registrationReports = {0, 0, 0};
    }

    [[nodiscard]] const SimulatedModemQuirks &quirks() const { return preset.quirks; }
};

} // namespace rapport::modem
