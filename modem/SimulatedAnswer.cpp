#include "modem/SimulatedAnswer.h"

#include "modem/AtFinalResultTable.h"

namespace rapport::modem {
namespace {

// Verbose error texts (AT+CMEE=2) come from the host-side table of 27.007 §9.2 / 27.005 §3.2.5
// wordings; codes the specs do not word (vendor codes such as 515, or the TS 24.011 cause 38)
// stay numeric in verbose mode too, as real firmware prints them.
QByteArray codeOrText(QByteArray (*wording)(int), int code, bool verbose)
{
    const QByteArray text = verbose ? wording(code) : QByteArray();
    return text.isEmpty() ? QByteArray::number(code) : text;
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
        return framed(
            "+CME ERROR: " + codeOrText(&AtFinalResultTable::cmeTextForCode, code, errorMode == 2));
    case Final::Cms:
        // 27.005 §3.2.5: +CMS ERROR is given whatever AT+CMEE says; only the wording follows it.
        return framed(
            "+CMS ERROR: " + codeOrText(&AtFinalResultTable::cmsTextForCode, code, errorMode == 2));
    case Final::None:
        break;
    }
    return QByteArray();
}

} // namespace rapport::modem
