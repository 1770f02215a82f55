#include "app/modem/PortProblemText.h"

#include "modem/PortError.h"

namespace rapport::app {

using modem::PortErrorKind;

ProblemText PortProblemText::describe(const modem::PortError &error)
{
    ProblemText text;
    text.details = error.detail;
    switch (error.kind) {
    case PortErrorKind::NotFound:
        text.what = tr("There is no modem at %1.").arg(error.path);
        text.fix = tr("Check that the modem is plugged in, then pick it again from the list: the "
                      "port name can change when it goes into another USB socket.");
        break;
    case PortErrorKind::PermissionDenied: {
        const QString group
            = error.requiredGroup.isEmpty() ? QStringLiteral("dialout") : error.requiredGroup;
        text.what = tr("You are not allowed to use the modem port %1.").arg(error.path);
        text.fix = tr("Add your user to the \"%1\" group (sudo usermod -aG %1 $USER), then log "
                      "out and back in.")
                       .arg(group);
        break;
    }
    case PortErrorKind::Busy:
        text.what = error.holders.isEmpty()
            ? tr("Another program is using the modem port %1.").arg(error.path)
            : tr("Another program (%2) is using the modem port %1.")
                  .arg(error.path, error.holders.join(QStringLiteral(", ")));
        if (error.modemManagerRunning) {
            text.fix = tr("ModemManager takes over USB modems. Stop it with \"sudo systemctl "
                          "stop ModemManager\" (and \"sudo systemctl disable ModemManager\" to "
                          "keep it off), then try again.");
        } else {
            text.fix = tr("Close the other program (another copy of Rapport, a terminal program "
                          "such as minicom or screen, or a dialler), then try again.");
        }
        break;
    case PortErrorKind::NotASerialPort:
        text.what = tr("%1 is not a serial port.").arg(error.path);
        text.fix = tr("Pick the modem's port from the list, for example /dev/ttyUSB2.");
        break;
    case PortErrorKind::Vanished:
        text.what = tr("The modem at %1 disappeared.").arg(error.path);
        text.fix = tr("Rapport reconnects as soon as it is back. If it does not come back "
                      "within a minute, unplug it and plug it in again.");
        break;
    case PortErrorKind::Io:
        text.what = tr("The modem port %1 reported an error.").arg(error.path);
        text.fix = tr("Unplug the modem, wait ten seconds and plug it in again. If this keeps "
                      "happening, try another USB socket or cable.");
        break;
    }
    return text;
}

} // namespace rapport::app
