#include "modem/ModemLogging.h"

Q_LOGGING_CATEGORY(lcModem, "rapport.modem", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModemAt, "rapport.modem.at", QtWarningMsg)
