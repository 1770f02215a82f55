#pragma once

#include "modem/SimulatedModemQuirks.h"
#include "modem/VendorProfile.h"

#include <QByteArray>

namespace rapport::modem {

// One simulated modem model: what it says about itself and how it misbehaves. Identity strings
// are in the shapes real modems give (python-gsmmodem test/fakemodems.py records Huawei and
// Wavecom answers; the others follow the vendors' AT manuals), so VendorProfile::forIdentity
// recognises the vendor from them exactly as it would a real stick.
struct SimulatedModemPreset
{
    Vendor vendor = Vendor::Generic;
    QByteArray manufacturer; // +CGMI
    QByteArray model; // +CGMM
    QByteArray revision; // +CGMR
    QByteArray imei = QByteArrayLiteral("490154203237518"); // a valid Luhn check digit
    QByteArray imsi = QByteArrayLiteral("001010123456789"); // MCC 001 / MNC 01: test network
    SimulatedModemQuirks quirks;

    static SimulatedModemPreset forVendor(Vendor vendor);
};

} // namespace rapport::modem
