#include "app/CoreLogging.h"

Q_LOGGING_CATEGORY(lcApp, "rapport.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "rapport.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOutbox, "rapport.outbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInbound, "rapport.inbound", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPolicy, "rapport.policy", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "rapport.cli", QtInfoMsg)
