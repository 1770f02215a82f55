// The SMS codec's cost per message: composeSubmit (segmentation + SMS-SUBMIT encoding, what
// SmsSender does once per text) and decodePduHex (what SmsReceiver does once per +CMT/+CMGL part).
//
//   build/default/tests/bin/bench_pdu [--batches B] [--batch-ms MS]
//
// Each case is calibrated so one batch of N calls takes about MS milliseconds (default 75), then
// B batches (default 15) are timed with std::chrono::steady_clock. Printed per case: N, the
// median and the minimum ns per call over the batches, and calls per second at the median. One
// call handles one message: every part of a 3-part text for composeSubmit, one part for decode.

#include "BenchSupport.h"

#include "modem/MessageComposer.h"
#include "modem/PduDecoder.h"
#include "modem/SmsAddress.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <cstdio>
#include <cstring>
#include <functional>
#include <string>

namespace {

using namespace rapport;
using namespace rapport::modem;
using bench::SteadyClock;

struct Options
{
    int batches = 15;
    double batchMs = 75.0;
};

struct CaseResult
{
    std::string name;
    long long iterations = 0;
    double medianNs = 0;
    double minNs = 0;
    double maxNs = 0;
};

// Runs `op` n times and returns the seconds it took.
double timeBatch(const std::function<void()> &op, long long n)
{
    const auto start = SteadyClock::now();
    for (long long i = 0; i < n; ++i)
        op();
    return bench::secondsSince(start);
}

CaseResult measure(const char *name, const std::function<void()> &op, const Options &options)
{
    // Warm-up and calibration: grow N until a batch lasts long enough to time reliably, then
    // aim at the requested batch length.
    long long n = 16;
    double seconds = timeBatch(op, n);
    while (seconds < 0.010) {
        n *= 4;
        seconds = timeBatch(op, n);
    }
    n = std::max<long long>(
        1, static_cast<long long>(double(n) * (options.batchMs / 1000.0) / seconds));
    timeBatch(op, n); // one full batch of warm-up at the final size

    std::vector<double> perCallNs;
    perCallNs.reserve(std::size_t(options.batches));
    for (int b = 0; b < options.batches; ++b)
        perCallNs.push_back(timeBatch(op, n) * 1e9 / double(n));

    CaseResult result;
    result.name = name;
    result.iterations = n;
    result.medianNs = bench::median(perCallNs);
    result.minNs = bench::minimum(perCallNs);
    result.maxNs = bench::maximum(perCallNs);
    std::printf("%-46s N=%-8lld median %9.0f ns  min %9.0f ns  max %9.0f ns  %10.0f msg/s\n", name,
        n, result.medianNs, result.minNs, result.maxNs, 1e9 / result.medianNs);
    std::fflush(stdout);
    return result;
}

Options parseOptions(int argc, char **argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (std::strcmp(argv[i], "--batches") == 0 && hasValue) {
            options.batches = std::max(3, std::atoi(argv[++i]));
        } else if (std::strcmp(argv[i], "--batch-ms") == 0 && hasValue) {
            options.batchMs = std::max(1.0, std::atof(argv[++i]));
        } else {
            std::fprintf(stderr, "usage: %s [--batches B] [--batch-ms MS]\n", argv[0]);
            std::exit(2);
        }
    }
    return options;
}

SubmitRequest submitRequest(const QString &text)
{
    SubmitRequest request;
    request.destination = QStringLiteral("+447700900123");
    request.text = text;
    request.requestStatusReport = true; // what the outbox asks for
    request.reference = ConcatReference {ReferenceWidth::EightBit, 42};
    return request;
}

QList<EncodedPdu> composeOrDie(const SubmitRequest &request, qsizetype parts, const char *what)
{
    auto composed = composeSubmit(request);
    bench::check(composed.hasValue(), what);
    bench::check(composed->size() == parts, what);
    return composed.value();
}

// The PDUs the receiving side decodes, as a modem hands them over (SMSC field first, in hex).
QList<QByteArray> deliverHex(const QString &text, qsizetype parts, const char *what)
{
    DeliverRequest request;
    const auto originator = parseTypedNumber(u"+447700900456");
    bench::check(originator.hasValue(), what);
    request.originator = originator.value();
    request.text = text;
    request.serviceCentreTime = QDateTime(QDate(2024, 5, 17), QTime(14, 30, 5), QTimeZone(3600));
    const auto centre = parseTypedNumber(u"+447700900000");
    bench::check(centre.hasValue(), what);
    request.serviceCentre = centre.value();
    request.reference = ConcatReference {ReferenceWidth::EightBit, 7};
    const auto composed = composeDeliver(request);
    bench::check(composed.hasValue() && composed->size() == parts, what);
    QList<QByteArray> hex;
    for (const EncodedPdu &pdu : composed.value())
        hex << pdu.hex();
    return hex;
}

} // namespace

int main(int argc, char **argv)
{
    const Options options = parseOptions(argc, argv);

    // Texts of the kind the app sends: a reminder, a long notice, a birthday greeting with emoji.
    const QString gsmOnePart = QStringLiteral(
        "Hi Sam, this is Bright Smile Dental: your check-up is tomorrow, 10:30. Reply YES to "
        "confirm or call 01632 960123 to rebook.");
    const QString gsmThreeParts = QStringLiteral(
        "Dear Mrs Patel, thank you for choosing Harbour Street Vets. Bella's annual vaccination "
        "is due on Monday 3 June and we have kept a slot for you at 4:15pm with Dr Okafor. "
        "Please bring her vaccination card and any medication she is currently taking. If the "
        "time does not suit you, reply with a day and time that does, or call us on 01632 "
        "960777 between 8am and 6pm. We look "
        "forward to seeing you both! Reply STOP to opt out.");
    const QString ucs2OnePart
        = QStringLiteral("Happy birthday Zoë! 🎂🎉 Enjoy 20% off any treatment this week 💅");
    const QString ucs2ThreeParts = QStringLiteral(
        "Merci Chloé ! 😊 Votre commande nº 4471 est prête : passez la récupérer à l'atelier "
        "avant samedi 18 h. Nous avons aussi réparé la fermeture éclair 🎁. À bientôt 👋 — "
        "Rapiéçage");

    const SubmitRequest gsm1 = submitRequest(gsmOnePart);
    const SubmitRequest gsm3 = submitRequest(gsmThreeParts);
    const SubmitRequest ucs1 = submitRequest(ucs2OnePart);
    const QList<EncodedPdu> gsm1Pdus = composeOrDie(gsm1, 1, "1-part GSM-7 SUBMIT");
    const QList<EncodedPdu> gsm3Pdus = composeOrDie(gsm3, 3, "3-part GSM-7 SUBMIT");
    const QList<EncodedPdu> ucs1Pdus = composeOrDie(ucs1, 1, "1-part UCS-2 SUBMIT");

    const QList<QByteArray> deliverOne = deliverHex(gsmOnePart, 1, "1-part GSM-7 DELIVER");
    const QList<QByteArray> deliverUcs = deliverHex(ucs2ThreeParts, 3, "3-part UCS-2 DELIVER");
    const QByteArray deliverGsmHex = deliverOne.first();
    const QByteArray deliverUcsPartHex = deliverUcs.at(1); // the middle part

    // What the decoder is timed on must decode, and to the right thing.
    {
        const auto one = decodePduHex(deliverGsmHex, SmscField::Present);
        bench::check(
            one.hasValue() && one->deliver() && one->deliver()->userData.text == gsmOnePart,
            "decoding the 1-part GSM-7 DELIVER");
        const auto part = decodePduHex(deliverUcsPartHex, SmscField::Present);
        bench::check(part.hasValue() && part->deliver()
                && part->deliver()->dataCodingScheme.alphabet == SmsAlphabet::Ucs2
                && part->deliver()->userData.header
                && part->deliver()->userData.header->concatenation()
                && part->deliver()->userData.header->concatenation()->sequence == 2,
            "decoding part 2 of the 3-part UCS-2 DELIVER");
    }

    std::printf("bench_pdu: %d batches per case, ~%.0f ms per batch; steady_clock\n",
        options.batches, options.batchMs);
    std::printf("inputs: SUBMIT 1-part GSM-7 %lld chars -> %d octets; 3-part GSM-7 %lld chars -> "
                "3 x ~%d octets; 1-part UCS-2 %lld UTF-16 units -> %d octets\n",
        static_cast<long long>(gsmOnePart.size()), int(gsm1Pdus.first().bytes.size()),
        static_cast<long long>(gsmThreeParts.size()), int(gsm3Pdus.first().bytes.size()),
        static_cast<long long>(ucs2OnePart.size()), int(ucs1Pdus.first().bytes.size()));
    std::printf("        DELIVER 1-part GSM-7 %d hex digits; part 2/3 UCS-2 %d hex digits\n\n",
        int(deliverGsmHex.size()), int(deliverUcsPartHex.size()));

    const auto composeCase = [](const SubmitRequest &request) {
        return [&request] {
            auto composed = composeSubmit(request);
            bench::doNotOptimize(composed);
            std::uint64_t octets = 0;
            for (const EncodedPdu &pdu : composed.value())
                octets += std::uint64_t(pdu.bytes.size()) + std::uint8_t(pdu.bytes.back());
            bench::consume(octets);
        };
    };
    const auto decodeCase = [](const QByteArray &hex) {
        return [&hex] {
            auto decoded = decodePduHex(hex, SmscField::Present);
            bench::doNotOptimize(decoded);
            bench::consume(std::uint64_t(decoded->deliver()->userData.text.size())
                + decoded->deliver()->userData.text.back().unicode());
        };
    };

    measure("composeSubmit  1-part GSM-7", composeCase(gsm1), options);
    measure("composeSubmit  3-part GSM-7 (whole text)", composeCase(gsm3), options);
    measure("composeSubmit  1-part UCS-2 with emoji", composeCase(ucs1), options);
    measure("decodePduHex   1-part GSM-7 DELIVER", decodeCase(deliverGsmHex), options);
    measure(
        "decodePduHex   part 2 of 3-part UCS-2 DELIVER", decodeCase(deliverUcsPartHex), options);

    std::printf("\nchecksum %llu\n", static_cast<unsigned long long>(bench::sink()));
    return 0;
}
