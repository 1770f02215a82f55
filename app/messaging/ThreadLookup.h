#pragma once

#include "app/storage/StorageError.h"
#include "modem/Result.h"

#include <QString>

namespace rapport::app {

class Database;

struct ThreadRef
{
    qint64 threadId = 0;
    qint64 customerId = 0; // 0: the number belongs to no customer
    bool created = false;
};

// The one thread of a number: found, or created (linked to the customer who has that number,
// if any). Outbox and inbound routing both start here, so a customer never gets two threads.
// Runs inside the caller's transaction when there is one.
Result<ThreadRef, StorageError> ensureThread(Database &database, const QString &phoneE164);

} // namespace rapport::app
