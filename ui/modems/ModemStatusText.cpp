#include "ui/modems/ModemStatusText.h"

namespace rapport::ui {

using app::ModemView;

QString ModemStatusText::phase(const ModemView &modem)
{
    switch (modem.phase) {
    case ModemView::Phase::Connecting:
        return tr("Connecting…");
    case ModemView::Phase::NeedsPin:
        return tr("Needs the SIM's PIN");
    case ModemView::Phase::Ready:
        return modem.registered ? tr("Ready") : tr("Ready, no network yet");
    case ModemView::Phase::Problem:
        return tr("Not working");
    case ModemView::Phase::Away:
        return tr("Not connected");
    }
    return QString();
}

QString ModemStatusText::sentToday(const ModemView &modem)
{
    if (modem.dailyCap > 0)
        return tr("%1 sent today of %2").arg(modem.sentToday).arg(modem.dailyCap);
    return tr("%1 sent today").arg(modem.sentToday);
}

ModemStatusLine ModemStatusText::summarise(const QList<ModemView> &modems)
{
    ModemStatusLine line;
    if (modems.isEmpty()) {
        line.text = tr("No modem set up — click here to add one");
        line.toolTip = tr("Rapport sends and receives texts through a USB modem. Open the Modem "
                          "page to add one, or to try the demo modem.");
        line.problem = true;
        return line;
    }
    const int queue = modems.first().queueLength;
    // A modem that cannot send comes first: it is what needs someone now.
    for (const ModemView &modem : modems) {
        if (modem.phase == ModemView::Phase::Ready || modem.phase == ModemView::Phase::Connecting)
            continue;
        line.problem = true;
        const QString what = modem.phase == ModemView::Phase::NeedsPin
            ? tr("the SIM needs its PIN — click to enter it")
            : (modem.problem.isEmpty() ? phase(modem) : modem.problem);
        line.text = tr("%1: %2").arg(modem.label, what);
        line.toolTip = modem.fix.isEmpty() ? line.text : modem.problem + u' ' + modem.fix;
        if (queue > 0)
            line.text += tr(" · %n text(s) waiting", nullptr, queue);
        return line;
    }
    QStringList parts;
    if (modems.size() == 1) {
        const ModemView &modem = modems.first();
        parts << (modem.operatorName.isEmpty()
                ? modem.label
                : tr("%1 (%2)").arg(modem.label, modem.operatorName));
        if (modem.signalBars >= 0)
            parts << tr("signal %1/5").arg(modem.signalBars);
        parts << sentToday(modem);
        if (modem.isDemo)
            line.toolTip = tr("Demo modem — messages do not leave this computer.");
    } else {
        int ready = 0;
        int sent = 0;
        for (const ModemView &modem : modems) {
            ready += modem.canSend() ? 1 : 0;
            sent += modem.sentToday;
        }
        parts << tr("%1 of %2 modems ready").arg(ready).arg(modems.size());
        parts << tr("%n sent today", nullptr, sent);
    }
    parts << tr("queue %1").arg(queue);
    line.text = parts.join(QStringLiteral(" · "));
    if (line.toolTip.isEmpty())
        line.toolTip = tr("Open the Modem page for details.");
    return line;
}

} // namespace rapport::ui
