#pragma once

#include <QLoggingCategory>

// Switch with QT_LOGGING_RULES, e.g. "rapport.storage.debug=true". Default levels never log phone
// numbers or message bodies.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)
Q_DECLARE_LOGGING_CATEGORY(lcInbound)
Q_DECLARE_LOGGING_CATEGORY(lcPolicy)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
