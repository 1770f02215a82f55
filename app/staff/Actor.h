#pragma once

#include "app/staff/StaffRole.h"

#include <QString>

namespace rapport::app {

// Who is acting, for permission checks and the audit log: a member of staff signed in to the
// desktop, or the command line. rapportctl runs as the operating-system user who owns the
// database file, so it acts with the owner's rights; the audit log names it as such.
struct Actor
{
    qint64 staffId = 0; // 0 when not a member of staff (the command line, automations)
    StaffRole role = StaffRole::Staff;
    QString name; // as shown in the audit log

    static Actor staffMember(qint64 id, StaffRole role, const QString &name)
    {
        return Actor {id, role, name};
    }
    static Actor commandLine() { return Actor {0, StaffRole::Owner, QStringLiteral("rapportctl")}; }
    static Actor system() { return Actor {0, StaffRole::Staff, QStringLiteral("Rapport")}; }
};

} // namespace rapport::app
