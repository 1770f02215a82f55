#pragma once

#include <QLoggingCategory>

// rapport.modem: sessions, discovery, state changes. rapport.modem.at: the wire trace, off by
// default because it carries phone numbers and message bodies.
Q_DECLARE_LOGGING_CATEGORY(lcModem)
Q_DECLARE_LOGGING_CATEGORY(lcModemAt)
