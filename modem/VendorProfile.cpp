#include "modem/VendorProfile.h"

#include "modem/AtChannel.h"

namespace rapport::modem {

VendorProfile VendorProfile::generic()
{
    VendorProfile profile;
    profile.name = QStringLiteral("Generic");
    profile.extraErrorFinals = {QByteArrayLiteral("COMMAND NOT SUPPORT")};
    // RDY and START come from many modules on power-up; treat them as a reset everywhere.
    profile.resetUrcs = {QByteArrayLiteral("RDY")};
    return profile;
}

VendorProfile VendorProfile::forVendor(Vendor vendor)
{
    VendorProfile profile = generic();
    profile.vendor = vendor;
    profile.name = nameOf(vendor);
    switch (vendor) {
    case Vendor::Generic:
        break;
    case Vendor::Huawei:
        // ^CURC=0 stops the periodic ^RSSI/^BOOT/^DSFLOWRPT reports (MODEM-NOTES.md); the
        // prefixes stay registered for firmware that ignores it.
        profile.initCommands = {QByteArrayLiteral("AT^CURC=0")};
        profile.noiseUrcs = {"^RSSI:", "^BOOT:", "^MODE:", "^DSFLOWRPT:", "^HCSQ:", "^SRVST:",
            "^SIMST:", "^RFSWITCH:", "^CEND:", "^ORIG:", "^CONF:", "^CONN:", "^STIN:", "^NWTIME:",
            "^SYSINFOEX:", "^ACTIVEBAND:"};
        profile.resetUrcs << QByteArrayLiteral("^SYSSTART");
        profile.pinAttemptsQuery = AtCommand::withPrefix("AT^CPIN?", "^CPIN:");
        profile.zeroBasedIndices = true;
        break;
    case Vendor::Zte:
        profile.initCommands = {QByteArrayLiteral("AT+ZOPRT=5")};
        profile.noiseUrcs = {"+ZDONR:", "+ZPASR:", "+ZUSIMR:", "+ZEND",
            "+ZSTR:", "+ZPSTM:", "+ZEMCI:", "+ZCELLINFO:"};
        break;
    case Vendor::Simcom:
        // SMS commands fail until "SMS Ready"; the session retries them (CMS 302/500) instead.
        profile.noiseUrcs = {"Call Ready", "SMS Ready", "PB DONE", "SMS DONE",
            "+CPIN:", "+CFUN:", "*PSUTTZ:", "DST:", "+CTZV:"};
        profile.resetUrcs << QByteArrayLiteral("START");
        profile.pinAttemptsQuery = AtCommand::withPrefix("AT+SPIC", "+SPIC:");
        break;
    case Vendor::Quectel:
        profile.noiseUrcs = {"+QIND:", "+CPIN:", "+CFUN:", "+QUSIM:", "+QSTKURC:"};
        profile.pinAttemptsQuery = AtCommand::withPrefix("AT+QPINC=\"SC\"", "+QPINC:");
        break;
    case Vendor::SierraWavecom:
        profile.noiseUrcs = {"+WIND:", "+STIN:"};
        profile.resetUrcs << QByteArrayLiteral("+WIND: 3");
        profile.pinAttemptsQuery = AtCommand::withPrefix("AT+CPINC?", "+CPINC:");
        profile.cpinWithoutOk = true;
        break;
    }
    return profile;
}

VendorProfile VendorProfile::forIdentity(const QString &manufacturer, const QString &model)
{
    const QString text = (manufacturer + u' ' + model).toLower();
    const auto has = [&text](const char *word) { return text.contains(QLatin1String(word)); };
    if (has("huawei"))
        return forVendor(Vendor::Huawei);
    if (has("zte"))
        return forVendor(Vendor::Zte);
    if (has("simcom") || has("sim800") || has("sim7"))
        return forVendor(Vendor::Simcom);
    if (has("quectel"))
        return forVendor(Vendor::Quectel);
    if (has("sierra") || has("wavecom"))
        return forVendor(Vendor::SierraWavecom);
    return generic();
}

std::optional<Vendor> VendorProfile::vendorFromName(QStringView name)
{
    const QString lower = name.toString().toLower();
    for (const Vendor v : {Vendor::Generic, Vendor::Huawei, Vendor::Zte, Vendor::Simcom,
             Vendor::Quectel, Vendor::SierraWavecom}) {
        if (nameOf(v).toLower() == lower)
            return v;
    }
    if (lower == QLatin1String("sierra") || lower == QLatin1String("wavecom"))
        return Vendor::SierraWavecom;
    return std::nullopt;
}

QString VendorProfile::nameOf(Vendor vendor)
{
    switch (vendor) {
    case Vendor::Generic:
        return QStringLiteral("Generic");
    case Vendor::Huawei:
        return QStringLiteral("Huawei");
    case Vendor::Zte:
        return QStringLiteral("ZTE");
    case Vendor::Simcom:
        return QStringLiteral("SIMCom");
    case Vendor::Quectel:
        return QStringLiteral("Quectel");
    case Vendor::SierraWavecom:
        return QStringLiteral("Sierra");
    }
    return QString();
}

QList<quint64> VendorProfile::applyTo(AtChannel &channel) const
{
    for (const QByteArray &line : extraErrorFinals)
        channel.finalResults().addFinal(line, AtResponse::Status::OtherError);
    QList<quint64> handlers;
    for (const QByteArray &prefix : noiseUrcs)
        handlers << channel.addUrcHandler(prefix, AtUrcRegistry::Pdu::None);
    return handlers;
}

QList<QByteArray> VendorProfile::bootNoise()
{
    // SIMCom/Quectel start-up lines, Huawei/ZTE/Sierra status reports (MODEM-NOTES.md).
    return {"+CFUN:", "Call Ready", "SMS Ready", "PB DONE", "SMS DONE",
        "+CPIN:", "+QIND:", "+QUSIM:", "^SYSSTART",
        "^RSSI:", "^BOOT:", "^MODE:", "^SIMST:", "^SRVST:", "+ZPASR:", "+ZUSIMR:", "+WIND:"};
}

} // namespace rapport::modem
