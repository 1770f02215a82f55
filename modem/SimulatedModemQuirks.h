#pragma once

#include <QByteArray>
#include <QList>

#include <chrono>

namespace rapport::modem {

// The ways real modems deviate from 3GPP TS 27.007 / 27.005 that the host must survive, each one
// switchable so a test can turn on exactly the quirk it is about. SimulatedModemPreset fills them
// per vendor from what MODEM-NOTES.md and python-gsmmodem's test/fakemodems.py record.
struct SimulatedModemQuirks
{
    // Real modems power up with echo on (V.250 E1); the host's ATE0 must work for anything
    // after it to parse cleanly.
    bool echoAtStart = true;

    // Lines sent once at power-on and after reset(): Quectel "RDY", SIMCom "RDY" + "+CFUN: 1".
    QList<QByteArray> bootUrcs;
    // Lines sent after smsReadyDelay (SIMCom "Call Ready", "SMS Ready"). While smsBlockedUntilReady
    // is set, SMS commands fail with +CMS ERROR: 302 until then, as SIM800 firmware does.
    QList<QByteArray> readyUrcs;
    std::chrono::milliseconds smsReadyDelay {0};
    bool smsBlockedUntilReady = false;

    // Periodic unsolicited chatter (Huawei ^RSSI/^BOOT/^DSFLOWRPT, ZTE +ZPASR), one line per
    // interval in rotation; zero interval or no lines: silence. noiseStopCommand (AT^CURC=0)
    // ends it for good, like the setting Huawei keeps in its NV memory.
    QList<QByteArray> noiseUrcs;
    std::chrono::milliseconds noiseInterval {0};
    QByteArray noiseStopCommand;

    // Wavecom / Sierra: "+CPIN: READY" and no OK after it.
    bool cpinWithoutOk = false;
    // Huawei / ZTE answer unknown commands with "COMMAND NOT SUPPORT" instead of ERROR.
    bool commandNotSupport = false;
    // Huawei numbers storage slots from 0.
    bool zeroBasedIndices = false;
    // Some Huawei firmware answers AT+CMMS with +CMS ERROR: 500.
    bool cmmsUnsupported = false;
    // ZTE leaves the <alpha> field empty in status report indications: "+CDS: ,25".
    bool cdsWithEmptyAlpha = false;

    // Slow answers: the time a busy module takes before each final result code.
    std::chrono::milliseconds answerDelay {0};
    // The network round trip of one SMS-SUBMIT, between the PDU and "+CMGS: <mr>". Seconds in
    // real life (MODEM-NOTES.md: 6–12 messages per minute).
    std::chrono::milliseconds networkDelay {std::chrono::milliseconds(1500)};

    // The values each AT+CNMI parameter accepts (<mode>,<mt>,<bm>,<ds>,<bfr>), as AT+CNMI=?
    // reports them; a setting outside them is refused with +CMS ERROR: 303.
    QList<QList<int>> cnmiSupported {{0, 1, 2}, {0, 1, 2, 3}, {0, 2}, {0, 1, 2}, {0, 1}};
};

} // namespace rapport::modem
