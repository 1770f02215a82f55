#include "modem/SimulatedAnswer.h"

namespace rapport::modem {
namespace {

struct CodeText
{
    int code;
    const char *text;
};

// The verbose texts of the codes the simulator gives (27.007 §9.2.1, 27.005 §3.2.5; 38 is the
// TS 24.011 cause "network out of order"). Codes not listed stay numeric in verbose mode too,
// as real firmware does for vendor codes such as 515.
constexpr CodeText CmeTexts[] = {
    {3, "operation not allowed"},
    {4, "operation not supported"},
    {10, "SIM not inserted"},
    {11, "SIM PIN required"},
    {12, "SIM PUK required"},
    {13, "SIM failure"},
    {14, "SIM busy"},
    {16, "incorrect password"},
    {21, "invalid index"},
    {30, "no network service"},
    {50, "incorrect parameters"},
    {100, "unknown"},
};

constexpr CodeText CmsTexts[] = {
    {38, "network out of order"},
    {300, "ME failure"},
    {302, "operation not allowed"},
    {303, "operation not supported"},
    {304, "invalid PDU mode parameter"},
    {310, "SIM not inserted"},
    {311, "SIM PIN required"},
    {313, "SIM failure"},
    {314, "SIM busy"},
    {316, "SIM PUK required"},
    {321, "invalid memory index"},
    {322, "memory full"},
    {330, "SMSC address unknown"},
    {331, "no network service"},
    {332, "network timeout"},
    {340, "no +CNMA acknowledgement expected"},
    {500, "unknown error"},
};

template<std::size_t N>
QByteArray codeOrText(const CodeText (&table)[N], int code, bool verbose)
{
    if (verbose) {
        for (const CodeText &entry : table) {
            if (entry.code == code)
                return QByteArray(entry.text);
        }
    }
    return QByteArray::number(code);
}

QByteArray framed(const QByteArray &line)
{
    return "\r\n" + line + "\r\n";
}

} // namespace

SimulatedAnswer SimulatedAnswer::ok(QList<QByteArray> lines)
{
    SimulatedAnswer answer;
    answer.lines = std::move(lines);
    return answer;
}

SimulatedAnswer SimulatedAnswer::error()
{
    SimulatedAnswer answer;
    answer.final = Final::Error;
    return answer;
}

SimulatedAnswer SimulatedAnswer::unknown()
{
    SimulatedAnswer answer;
    answer.final = Final::Unknown;
    return answer;
}

SimulatedAnswer SimulatedAnswer::cme(int code)
{
    SimulatedAnswer answer;
    answer.final = Final::Cme;
    answer.code = code;
    return answer;
}

SimulatedAnswer SimulatedAnswer::cms(int code)
{
    SimulatedAnswer answer;
    answer.final = Final::Cms;
    answer.code = code;
    return answer;
}

SimulatedAnswer SimulatedAnswer::linesOnly(QList<QByteArray> lines)
{
    SimulatedAnswer answer;
    answer.lines = std::move(lines);
    answer.final = Final::None;
    return answer;
}

SimulatedAnswer SimulatedAnswer::textPrompt()
{
    SimulatedAnswer answer;
    answer.final = Final::None;
    answer.prompt = true;
    return answer;
}

QByteArray SimulatedAnswer::renderLines() const
{
    if (lines.isEmpty())
        return QByteArray();
    // Consecutive lines share their separators: "\r\n+CMGL: …\r\n<pdu>\r\n".
    return "\r\n" + lines.join("\r\n") + "\r\n";
}

QByteArray SimulatedAnswer::renderFinal(int errorMode, bool commandNotSupport) const
{
    switch (final) {
    case Final::Ok:
        return framed("OK");
    case Final::Error:
        return framed("ERROR");
    case Final::Unknown:
        return framed(commandNotSupport ? "COMMAND NOT SUPPORT" : "ERROR");
    case Final::Cme:
        if (errorMode == 0)
            return framed("ERROR");
        return framed("+CME ERROR: " + codeOrText(CmeTexts, code, errorMode == 2));
    case Final::Cms:
        // 27.005 §3.2.5: +CMS ERROR is given whatever AT+CMEE says; only the wording follows it.
        return framed("+CMS ERROR: " + codeOrText(CmsTexts, code, errorMode == 2));
    case Final::None:
        break;
    }
    return QByteArray();
}

} // namespace rapport::modem
