#include "modem/SimulatedModemPreset.h"

namespace rapport::modem {

using namespace std::chrono_literals;

SimulatedModemPreset SimulatedModemPreset::forVendor(Vendor vendor)
{
    SimulatedModemPreset preset;
    preset.vendor = vendor;
    SimulatedModemQuirks &q = preset.quirks;
    switch (vendor) {
    case Vendor::Generic:
        preset.manufacturer = QByteArrayLiteral("Rapport");
        preset.model = QByteArrayLiteral("Simulated GSM Modem");
        preset.revision = QByteArrayLiteral("RAPPORT-SIM 1.0");
        // Many modules print RDY when they boot; VendorProfile treats it as a reset everywhere.
        q.bootUrcs = {QByteArrayLiteral("RDY")};
        break;
    case Vendor::Huawei:
        // The E1752 answers unknown commands with COMMAND NOT SUPPORT (fakemodems.py HuaweiE1752).
        preset.manufacturer = QByteArrayLiteral("huawei");
        preset.model = QByteArrayLiteral("E1752");
        preset.revision = QByteArrayLiteral("11.126.13.00.00");
        q.bootUrcs = {QByteArrayLiteral("^SYSSTART")};
        q.noiseUrcs = {QByteArrayLiteral("^RSSI: 17"), QByteArrayLiteral("^BOOT:20131561,0,0,0,72"),
            QByteArrayLiteral("^DSFLOWRPT:00000030,00000000,00000000,0000000000000000,"
                              "0000000000000000,0000000000,0000000000")};
        q.noiseInterval = 3s;
        q.noiseStopCommand = QByteArrayLiteral("AT^CURC=0");
        q.commandNotSupport = true;
        q.zeroBasedIndices = true;
        q.cmmsUnsupported = true;
        break;
    case Vendor::Zte:
        preset.manufacturer = QByteArrayLiteral("ZTE CORPORATION");
        preset.model = QByteArrayLiteral("MF190");
        preset.revision = QByteArrayLiteral("BD_MF190V1.0.0B05");
        // +ZPASR reports the radio technology whenever it changes; a long interval stands in
        // for a stick moving between UMTS and HSPA cells. There is no command to stop it.
        q.noiseUrcs
            = {QByteArrayLiteral("+ZPASR: \"UMTS\""), QByteArrayLiteral("+ZPASR: \"HSPA\"")};
        q.noiseInterval = 15s;
        q.commandNotSupport = true;
        q.cdsWithEmptyAlpha = true;
        q.cnmiSupported = {{0, 1, 2, 3}, {0, 1, 2, 3}, {0, 2}, {0, 1, 2}, {0, 1}};
        break;
    case Vendor::Simcom:
        preset.manufacturer = QByteArrayLiteral("SIMCOM_Ltd");
        preset.model = QByteArrayLiteral("SIMCOM_SIM800L");
        preset.revision = QByteArrayLiteral("Revision:1418B04SIM800L24");
        // SIM800 boot: RDY and +CFUN: 1 at once, "Call Ready" / "SMS Ready" seconds later, and
        // SMS commands refused until then.
        q.bootUrcs = {QByteArrayLiteral("RDY"), QByteArrayLiteral("+CFUN: 1")};
        q.readyUrcs = {QByteArrayLiteral("Call Ready"), QByteArrayLiteral("SMS Ready")};
        q.smsReadyDelay = 3s;
        q.smsBlockedUntilReady = true;
        q.cnmiSupported = {{0, 1, 2, 3}, {0, 1, 2, 3}, {0, 2}, {0, 1}, {0, 1}};
        break;
    case Vendor::Quectel:
        preset.manufacturer = QByteArrayLiteral("Quectel");
        preset.model = QByteArrayLiteral("EC25");
        preset.revision = QByteArrayLiteral("EC25EFAR06A06M4G");
        q.bootUrcs = {QByteArrayLiteral("RDY")};
        break;
    case Vendor::SierraWavecom:
        // Leading spaces and doubled blanks as the Wavecom answers them (fakemodems.py).
        preset.manufacturer = QByteArrayLiteral(" WAVECOM MODEM");
        preset.model = QByteArrayLiteral(" MULTIBAND  900E  1800");
        preset.revision = QByteArrayLiteral("R7.46.0.201209271606.FXT009 2066508 092712 16:06");
        q.bootUrcs = {QByteArrayLiteral("+WIND: 3")};
        q.cpinWithoutOk = true;
        // Stored status reports only: the Wavecom set-up that works is AT+CNMI=2,1,0,2.
        q.cnmiSupported = {{0, 1, 2, 3}, {0, 1, 2, 3}, {0, 2}, {0, 2}, {0, 1}};
        break;
    }
    return preset;
}

} // namespace rapport::modem
