#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1String>
#include <QList>
#include <QObject>

namespace rapport::modem {

// How one AT command ended, as a value: the session decides what an error means; modem/ keeps the
// modem's own codes and words and never translates them.
struct AtResponse
{
    Q_GADGET

public:
    enum class Status {
        Ok,
        Error, // plain ERROR
        CmeError, // +CME ERROR: <n> (27.007 §9.2); code holds n when known
        CmsError, // +CMS ERROR: <n> (27.005 §3.2.5); code holds n when known
        OtherError, // any other final result code: NO CARRIER, BUSY, COMMAND NOT SUPPORT, vendor codes
        Timeout, // the modem said nothing final in time
        NoPrompt, // a command that needs "> " did not get it in time; ESC was sent
        Cancelled, // cancelled by the caller, before or while it was in flight
        ChannelClosed, // the channel or its device closed before the command finished
    };
    Q_ENUM(Status)

    Status status = Status::Ok;
    // The CME/CMS error number; -1 when there is none or the modem gave text the spec has no
    // number for (the text is then in finalLine and errorText()).
    int code = -1;
    // Information lines that belong to the command, in arrival order, trimmed: prefixed lines,
    // the PDU line after each prefixed line for commands that have one, bare lines for commands
    // that answer with them. Never echoes or URCs.
    QList<QByteArray> lines;
    // The final result line as the modem sent it ("OK", "+CMS ERROR: 500"); empty when the channel
    // ended the command itself (timeout, no prompt, cancelled, closed).
    QByteArray finalLine;

    [[nodiscard]] bool isOk() const { return status == Status::Ok; }
    // True when a final result code came from the modem, whatever it said: the modem is alive.
    [[nodiscard]] bool modemAnswered() const;
    // For error finals: the part after "+CME ERROR:" / "+CMS ERROR:", or the whole final line
    // ("NO CARRIER"). Empty for OK and for endings the channel decided.
    [[nodiscard]] QByteArray errorText() const;
    // The lines that start with prefix, with the prefix removed and the rest trimmed:
    // values("+CSQ:") on "+CSQ: 20,99" gives "20,99".
    [[nodiscard]] QList<QByteArray> values(QByteArrayView prefix) const;

    // A stable, untranslated name for logs ("ok", "cme-error").
    [[nodiscard]] static QLatin1String statusName(Status status);
};

} // namespace rapport::modem
