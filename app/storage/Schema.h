#pragma once

#include "app/storage/Migration.h"

#include <QList>

namespace rapport::app {

// Every migration of Rapport's schema, oldest first. Append only: a released migration is never
// edited, because databases in the field have already applied it.
class Schema final
{
public:
    static const QList<Migration> &migrations();
    static int currentVersion();
};

} // namespace rapport::app
