// Planted layering violations: the checker must report each line marked "bad".
#include "app/Customer.h"      // fine
#include "modem/AtChannel.h"   // fine: app uses modem
#include <QtWidgets/QListView> // bad: widgets in app/
#include "ui/MainWindow.h"     // bad: ui/ header in app/
