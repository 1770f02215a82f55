#pragma once

#include <QByteArray>
#include <QList>

#include <chrono>
#include <functional>

namespace rapport::modem {

// What the simulated modem answers to one command line, before it is framed: the information
// lines, the final result, and when it goes out. The modem frames it in V.250 verbose form
// ("\r\n<line>\r\n" … "\r\nOK\r\n") and words errors per AT+CMEE.
struct SimulatedAnswer
{
    enum class Final {
        Ok,
        Error,
        Unknown, // an unknown command: ERROR, or COMMAND NOT SUPPORT on Huawei / ZTE
        Cme, // +CME ERROR: <code> (27.007 §9.2)
        Cms, // +CMS ERROR: <code> (27.005 §3.2.5)
        None, // the lines are all there is (Wavecom's +CPIN: READY), or the prompt
    };

    QList<QByteArray> lines;
    Final final = Final::Ok;
    int code = -1;
    // Time before the lines (the network's part of AT+CMGS); the final result follows them
    // after the modem's own answer delay.
    std::chrono::milliseconds delay {0};
    // "> ": the modem now collects PDU hex until Ctrl-Z (or ESC).
    bool prompt = false;
    // Runs when the lines go out, e.g. the network accepting a message at "+CMGS:" time.
    std::function<void()> onSent;

    static SimulatedAnswer ok(QList<QByteArray> lines = {});
    static SimulatedAnswer error();
    static SimulatedAnswer unknown();
    static SimulatedAnswer cme(int code);
    static SimulatedAnswer cms(int code);
    static SimulatedAnswer linesOnly(QList<QByteArray> lines);
    static SimulatedAnswer textPrompt();

    // The information lines as the modem sends them; empty when there are none.
    [[nodiscard]] QByteArray renderLines() const;
    // The final result line, framed; empty for Final::None. errorMode is the AT+CMEE value:
    // 0 plain ERROR, 1 numeric codes, 2 verbose text where the spec has a text.
    [[nodiscard]] QByteArray renderFinal(int errorMode, bool commandNotSupport) const;
};

} // namespace rapport::modem
