#include "ui/UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "rapport.ui", QtInfoMsg)
