// The host's real AT engine against the simulated modem: the set-up dialogue of
// SessionInitialiser for every vendor preset, the PIN flow, sending with status reports, storage
// full and drain, awkward inbound deliveries, a silent modem and a reset. Nothing here is
// scripted: if the simulator and the host disagree on a shape, these tests say so.
#include "RapportTest.h"
#include "SimulatedModemHarness.h"
#include "modem/AtReplies.h"
#include "modem/MessageComposer.h"
#include "modem/PduDecoder.h"
#include "modem/SessionInitialiser.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace rapport::modem;
using rapport::test::SimulatedModemHarness;

namespace {

// One run of the real SessionInitialiser, driven by the manual clock until it ends.
struct Setup
{
    explicit Setup(SimulatedModemHarness &h)
        : initialiser(*h.channel, h.clock)
    {
        QObject::connect(&initialiser, &SessionInitialiser::finished, &initialiser,
            [this](const SetupResult &r) { result = r; });
        QObject::connect(&initialiser, &SessionInitialiser::failed, &initialiser,
            [this](SetupFailure f, const QByteArray &) { failure = f; });
        QObject::connect(&initialiser, &SessionInitialiser::pinRequired, &initialiser,
            [this](int attempts) { pinAttempts = attempts; });
        initialiser.start();
        wait(h);
    }

    void wait(SimulatedModemHarness &h)
    {
        for (int step = 0; step < 600 && !result && !failure && !pinAttempts; ++step)
            h.clock.advance(100ms);
    }

    void providePin(SimulatedModemHarness &h, const QString &pin)
    {
        pinAttempts.reset();
        initialiser.providePin(pin);
        wait(h);
    }

    SessionInitialiser initialiser;
    std::optional<SetupResult> result;
    std::optional<SetupFailure> failure;
    std::optional<int> pinAttempts;
};

void listenForSms(SimulatedModemHarness &h)
{
    h.channel->addUrcHandler("+CMTI:", AtUrcRegistry::Pdu::None);
    h.channel->addUrcHandler("+CDSI:", AtUrcRegistry::Pdu::None);
    h.channel->addUrcHandler("+CMT:", AtUrcRegistry::Pdu::NextLine);
    h.channel->addUrcHandler("+CDS:", AtUrcRegistry::Pdu::NextLine);
}

AtResponse sendPdu(SimulatedModemHarness &h, const EncodedPdu &pdu)
{
    return h.run(AtCommand::withPrompt(
        "AT+CMGS=" + QByteArray::number(pdu.tpduLength), "+CMGS:", pdu.hex(), 60s));
}

// The PDU of a stored message, read the way the host's receiver does.
DecodedPdu readStored(SimulatedModemHarness &h, const QByteArray &storage, int index)
{
    h.run("AT+CPMS=\"" + storage + '"', "+CPMS:");
    const AtResponse r
        = h.run(AtCommand::withPdus("AT+CMGR=" + QByteArray::number(index), "+CMGR:"));
    const auto decoded = decodePduHex(r.lines.value(1), SmscField::Present);
    return decoded ? *decoded : DecodedPdu {};
}

int sequenceOf(const DecodedPdu &pdu)
{
    const SmsDeliver *deliver = pdu.deliver();
    if (!deliver || !deliver->userData.header)
        return 0;
    const auto concatenation = deliver->userData.header->concatenation();
    return concatenation ? concatenation->sequence : 0;
}

} // namespace

class TestSimulatedModemSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setUpEveryVendor_data()
    {
        QTest::addColumn<Vendor>("vendor");
        QTest::addColumn<QString>("manufacturer");
        QTest::addColumn<QString>("firmware");
        QTest::addColumn<QByteArray>("cnmi");
        QTest::addColumn<StatusReportDelivery>("reports");
        QTest::newRow("generic") << Vendor::Generic << u"Rapport"_s << u"RAPPORT-SIM 1.0"_s
                                 << "AT+CNMI=2,1,0,1,0"_ba << StatusReportDelivery::Direct;
        QTest::newRow("huawei") << Vendor::Huawei << u"huawei"_s << u"11.126.13.00.00"_s
                                << "AT+CNMI=2,1,0,1,0"_ba << StatusReportDelivery::Direct;
        QTest::newRow("zte") << Vendor::Zte << u"ZTE CORPORATION"_s << u"BD_MF190V1.0.0B05"_s
                             << "AT+CNMI=2,1,0,1,0"_ba << StatusReportDelivery::Direct;
        QTest::newRow("simcom") << Vendor::Simcom << u"SIMCOM_Ltd"_s << u"1418B04SIM800L24"_s
                                << "AT+CNMI=2,1,0,1,0"_ba << StatusReportDelivery::Direct;
        QTest::newRow("quectel") << Vendor::Quectel << u"Quectel"_s << u"EC25EFAR06A06M4G"_s
                                 << "AT+CNMI=2,1,0,1,0"_ba << StatusReportDelivery::Direct;
        QTest::newRow("sierra") << Vendor::SierraWavecom << u"WAVECOM MODEM"_s
                                << u"R7.46.0.201209271606.FXT009 2066508 092712 16:06"_s
                                << "AT+CNMI=2,1,0,2,0"_ba << StatusReportDelivery::Stored;
    }

    void setUpEveryVendor()
    {
        QFETCH(Vendor, vendor);
        QFETCH(QString, manufacturer);
        QFETCH(QString, firmware);
        QFETCH(QByteArray, cnmi);
        QFETCH(StatusReportDelivery, reports);
        SimulatedModemHarness h(vendor);
        Setup setup(h);
        QVERIFY2(setup.result, setup.failure ? "failed" : "did not finish");
        const SetupResult &r = *setup.result;
        QCOMPARE(r.identity.manufacturer, manufacturer);
        QCOMPARE(r.identity.model, QString::fromLatin1(h.modem.preset().model.trimmed()));
        QCOMPARE(r.identity.firmware, firmware);
        QCOMPARE(r.identity.imei, u"490154203237518"_s);
        QCOMPARE(r.identity.imsi, u"001010123456789"_s);
        QCOMPARE(r.profile.vendor, vendor);
        QCOMPARE(r.storages, (QList<QByteArray> {"SM", "ME", "SR"}));
        QCOMPARE(r.receiveStorage, "SM"_ba);
        QCOMPARE(r.cnmi, cnmi);
        QCOMPARE(r.indications, Indications::Stored);
        QCOMPARE(r.statusReports, reports);

        // The modem agrees with what the host believes it set.
        QVERIFY(!h.modem.state().echo);
        QCOMPARE(h.modem.state().errorMode, 1);
        QCOMPARE(h.modem.state().messageFormat, 0);
        QCOMPARE(h.modem.state().cnmi[1], 1);

        // Once set up, nothing runs on either side: no polling, no spinning — except the
        // noise ZTE cannot be told to stop.
        h.clock.advance(10s);
        QCOMPARE(h.clock.activeTimerCount(), vendor == Vendor::Zte ? 1 : 0);
        QCOMPARE(h.modem.isIdle(), vendor != Vendor::Zte);
    }

    void pinRightFirstTime()
    {
        SimulatedModemHarness h(Vendor::Generic);
        h.modem.sim().setPin("2580");
        Setup setup(h);
        QCOMPARE(setup.pinAttempts, std::optional<int>(-1)); // generic: no attempts query
        setup.providePin(h, u"2580"_s);
        QVERIFY(setup.result);
        QVERIFY(h.modem.sim().isReady());
    }

    void wrongPinCostsAnAttempt()
    {
        SimulatedModemHarness h(Vendor::Quectel);
        h.modem.sim().setPin("2580");
        Setup first(h);
        QCOMPARE(first.pinAttempts, std::optional<int>(3));
        first.providePin(h, u"1111"_s);
        QCOMPARE(first.failure, std::optional(SetupFailure::WrongPin));
        QCOMPARE(h.modem.sim().pinAttemptsLeft(), 2);
        // The user tries again in a new set-up: the modem now says 2.
        Setup second(h);
        QCOMPARE(second.pinAttempts, std::optional<int>(2));
        second.providePin(h, u"2580"_s);
        QVERIFY(second.result);
    }

    void blockedSimNeedsThePuk_data()
    {
        QTest::addColumn<Vendor>("vendor");
        QTest::newRow("generic") << Vendor::Generic;
        QTest::newRow("huawei") << Vendor::Huawei;
        QTest::newRow("sierra") << Vendor::SierraWavecom;
    }

    void blockedSimNeedsThePuk()
    {
        QFETCH(Vendor, vendor);
        SimulatedModemHarness h(vendor);
        h.modem.sim().block();
        Setup setup(h);
        QCOMPARE(setup.failure, std::optional(SetupFailure::SimPukRequired));
    }

    void missingSim()
    {
        SimulatedModemHarness h;
        h.modem.sim().setInserted(false);
        Setup setup(h);
        QCOMPARE(setup.failure, std::optional(SetupFailure::SimNotInserted));
    }

    void sendOnePartWithDirectReport()
    {
        SimulatedModemHarness h;
        QVERIFY(Setup(h).result);
        listenForSms(h);
        h.modem.setNextMessageReference(200);
        SubmitRequest request;
        request.destination = u"+447700900123"_s;
        request.text = u"Your table is ready"_s;
        request.requestStatusReport = true;
        const auto pdus = composeSubmit(request);
        const AtResponse sent = sendPdu(h, pdus->constFirst());
        QVERIFY(sent.isOk());
        QCOMPARE(AtReplies::messageReference(sent.lines.value(0)), std::optional<int>(200));
        QCOMPARE(h.modem.submissions().constFirst().text, request.text);

        h.clock.advance(5s);
        const QByteArrayList urcs = h.takeUrcs();
        QCOMPARE(urcs.size(), 1);
        QVERIFY(urcs.at(0).startsWith("+CDS: "));
        const auto report = decodePduHex(urcs.at(0).split('|').value(1), SmscField::Present);
        QVERIFY(report && report->statusReport());
        QCOMPARE(report->statusReport()->messageReference, quint8(200));
        QCOMPARE(report->statusReport()->status, quint8(0));
    }

    void sendThreePartsWithStoredReports()
    {
        SimulatedModemHarness h(Vendor::SierraWavecom);
        QVERIFY(Setup(h).result);
        listenForSms(h);
        h.takeUrcs(); // the boot line "+WIND: 3"
        h.modem.setDeliveryStatuses(u"+447700900123"_s, {0x20, 0x00});
        SubmitRequest request;
        request.destination = u"+447700900123"_s;
        request.text = QString(400, u'z');
        request.requestStatusReport = true;
        request.reference = {ReferenceWidth::EightBit, 77};
        const auto pdus = composeSubmit(request);
        QCOMPARE(pdus->size(), 3);
        for (const EncodedPdu &pdu : *pdus)
            QVERIFY(sendPdu(h, pdu).isOk());
        const QList<SimulatedSubmission> &sent = h.modem.submissions();
        QCOMPARE(sent.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(sent.at(i).messageReference, quint8(i));
            QCOMPARE(sent.at(i).concatenation->sequence, quint8(i + 1));
            QCOMPARE(sent.at(i).concatenation->total, quint8(3));
            QCOMPARE(sent.at(i).concatenation->reference.value, quint16(77));
        }

        h.clock.advance(10s);
        const QByteArrayList urcs = h.takeUrcs();
        QCOMPARE(urcs.size(), 6); // "still trying", then delivered, for each part
        QList<quint8> delivered;
        for (int i = 0; i < urcs.size(); ++i) {
            const auto where = AtReplies::storedIndication(urcs.at(i));
            QVERIFY(where);
            QCOMPARE(where->storage, "SR"_ba);
            const DecodedPdu pdu = readStored(h, where->storage, where->index);
            QVERIFY(pdu.statusReport());
            if (pdu.statusReport()->status == 0x00)
                delivered << pdu.statusReport()->messageReference;
        }
        QCOMPARE(delivered, (QList<quint8> {0, 1, 2}));
    }

    void sendFailuresReachTheHost()
    {
        SimulatedModemHarness h;
        QVERIFY(Setup(h).result);
        h.modem.failNextSends(1, 38);
        SubmitRequest request;
        request.destination = u"+447700900123"_s;
        request.text = u"x"_s;
        const AtResponse r = sendPdu(h, composeSubmit(request)->constFirst());
        QCOMPARE(r.status, AtResponse::Status::CmsError);
        QCOMPARE(r.code, 38);
        QVERIFY(h.modem.submissions().isEmpty());
    }

    void fullStorageDrainsAsTheHostDeletes()
    {
        SimulatedModemHarness h;
        QVERIFY(Setup(h).result);
        listenForSms(h);
        h.modem.setStorageCapacity("SM", 2);
        for (const QString &text : {u"one"_s, u"two"_s, u"three"_s})
            QVERIFY(h.modem.injectText(u"+447700900001"_s, text).hasValue());
        h.clock.advance(100ms);
        QCOMPARE(h.takeUrcs(), (QByteArrayList {"+CMTI: \"SM\",1", "+CMTI: \"SM\",2"}));
        const AtResponse usage = h.run("AT+CPMS?", "+CPMS:");
        const QList<StorageUsage> storages = AtReplies::storageUsage(usage.lines.value(0));
        QCOMPARE(storages.value(0).used, 2);
        QCOMPARE(storages.value(0).total, 2);

        QVERIFY(h.run("AT+CMGD=1").isOk());
        h.clock.advance(1s);
        QCOMPARE(h.takeUrcs(), (QByteArrayList {"+CMTI: \"SM\",1"}));
        QCOMPARE(readStored(h, "SM", 1).deliver()->userData.text, u"three"_s);
        QCOMPARE(h.modem.waitingInNetwork(), 0);
    }

    void reversedMultipartArrivesStored()
    {
        SimulatedModemHarness h;
        QVERIFY(Setup(h).result);
        listenForSms(h);
        SimulatedInjectOptions options;
        options.order = SimulatedInjectOptions::Order::Reversed;
        QCOMPARE(h.modem.injectText(u"+447700900001"_s, QString(400, u'q'), options).value(), 3);
        h.clock.advance(100ms);
        const QByteArrayList urcs = h.takeUrcs();
        QCOMPARE(urcs.size(), 3);
        QList<int> sequences;
        for (const QByteArray &urc : urcs) {
            const auto where = AtReplies::storedIndication(urc);
            sequences << sequenceOf(readStored(h, where->storage, where->index));
        }
        QCOMPARE(sequences, (QList<int> {3, 2, 1}));
    }

    void duplicatedPartArrivesDirectAndStored()
    {
        SimulatedModemHarness h;
        QVERIFY(Setup(h).result);
        listenForSms(h);
        SimulatedInjectOptions options;
        options.duplicate = SimulatedInjectOptions::Duplicate::DirectAndStored;
        options.duplicatePart = 1;
        QVERIFY(h.modem.injectText(u"+447700900001"_s, QString(200, u'd'), options).hasValue());
        h.clock.advance(100ms);
        const QByteArrayList urcs = h.takeUrcs();
        QCOMPARE(urcs.size(), 3);
        QVERIFY(urcs.at(0).startsWith("+CMT: ,"));
        const QByteArray directPdu = urcs.at(0).split('|').value(1);
        QCOMPARE(sequenceOf(decodePduHex(directPdu, SmscField::Present).value()), 1);
        QCOMPARE(urcs.at(1), "+CMTI: \"SM\",1"_ba);
        QCOMPARE(urcs.at(2), "+CMTI: \"SM\",2"_ba);
        QCOMPARE(sequenceOf(readStored(h, "SM", 1)), 1);
        QCOMPARE(sequenceOf(readStored(h, "SM", 2)), 2);
    }

    void silentModemTimesOut()
    {
        SimulatedModemHarness h;
        QVERIFY(Setup(h).result);
        QSignalSpy unresponsive(h.channel.get(), &AtChannel::unresponsive);
        h.modem.setSilent(true);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(h.run("AT+CSQ", "+CSQ:").status, AtResponse::Status::Timeout);
        QCOMPARE(unresponsive.count(), 1);
        h.modem.setSilent(false);
        QVERIFY(h.run("AT+CSQ", "+CSQ:").isOk());
    }

    void resetIsAnnounced()
    {
        SimulatedModemHarness h(Vendor::Quectel);
        QVERIFY(Setup(h).result);
        h.channel->addUrcHandler("RDY", AtUrcRegistry::Pdu::None);
        h.modem.reset();
        h.clock.advance(100ms);
        QCOMPARE(h.takeUrcs(), (QByteArrayList {"RDY"}));
        // The session forgot everything: a new set-up works from scratch.
        QVERIFY(h.modem.state().echo);
        QVERIFY(Setup(h).result);
        QVERIFY(!h.modem.state().echo);
    }

    void inProcessDeviceCanVanish()
    {
        SimulatedModemHarness h;
        QVERIFY(Setup(h).result);
        QSignalSpy closed(h.channel.get(), &AtChannel::closed);
        std::optional<AtResponse> pending;
        h.modem.setNetworkDelay(5s);
        SubmitRequest request;
        request.destination = u"+447700900123"_s;
        request.text = u"lost in transit"_s;
        const EncodedPdu pdu = composeSubmit(request)->constFirst();
        h.channel->enqueue(AtCommand::withPrompt("AT+CMGS=" + QByteArray::number(pdu.tpduLength),
                               "+CMGS:", pdu.hex(), 60s),
            [&pending](const AtResponse &r) { pending = r; });
        h.clock.advance(1s);
        QVERIFY(h.modem.disappear());
        QCOMPARE(closed.count(), 1);
        QCOMPARE(pending->status, AtResponse::Status::ChannelClosed);
        QVERIFY(!h.modem.disappear());
        h.clock.advance(10s);
        QVERIFY(h.modem.submissions().isEmpty()); // the modem died before the network answered

        QVERIFY(h.modem.reappear());
        h.channel = std::make_unique<AtChannel>(&h.device, h.clock);
        QVERIFY(Setup(h).result);
    }
};

RAPPORT_TEST_MAIN(TestSimulatedModemSession)
#include "tst_simulatedmodem_session.moc"
