#pragma once

#include "app/staff/StaffRole.h"

#include <QDateTime>
#include <QString>

namespace rapport::app {

// A person on the staff list. Members are deactivated, never deleted: messages, consent events
// and audit lines keep pointing at their id.
struct StaffMember
{
    qint64 id = 0;
    QString name;
    StaffRole role = StaffRole::Staff;
    bool hasPin = false; // the hash itself never leaves StaffDirectory
    bool active = true;
    QDateTime createdAt; // UTC
};

} // namespace rapport::app
