#pragma once

#include "app/desktop/ModemView.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rapport::ui {

// The status bar's one line about the modems, and whether it reports a problem (then it is
// shown as a clickable warning that opens the modem page).
struct ModemStatusLine
{
    QString text;
    QString toolTip;
    bool problem = false;
};

class ModemStatusText final
{
    Q_DECLARE_TR_FUNCTIONS(ModemStatusText)
public:
    static ModemStatusLine summarise(const QList<app::ModemView> &modems);
    // "Connected", "Needs its PIN", … for one modem.
    static QString phase(const app::ModemView &modem);
    // "12 sent today of 400"; "12 sent today" without a cap.
    static QString sentToday(const app::ModemView &modem);
};

} // namespace rapport::ui
