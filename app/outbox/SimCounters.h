#pragma once

#include <QDateTime>
#include <QString>

namespace rapport::app {

// How one SIM stands against its pacing and its daily cap (COMPLIANCE.md, SIM and carrier
// limits: "show the owner how close each SIM is to its cap"). Plain values for the UI.
struct SimCounters
{
    QString modemId;
    bool ready = false; // the modem is in service
    bool inFlight = false; // a text is going out through it now
    int sentToday = 0; // parts sent since midnight in the business's time zone
    int dailyCap = 0; // parts per day
    // The earliest moment pacing and the cap let it start another text (UTC); invalid when
    // that is now. A text in flight comes on top.
    QDateTime nextFreeAt;
};

} // namespace rapport::app
