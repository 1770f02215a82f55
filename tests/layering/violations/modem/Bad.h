#pragma once
// Planted layering violations: the checker must report each line marked "bad".
#include <QObject>           // fine
#include <QtSql/QSqlDatabase> // bad: SQL in modem/
#include <QWidget>           // bad: widgets in modem/
#include "app/Customer.h"    // bad: app/ header in modem/
#  include <QtGui/QColor>    // bad: GUI in modem/, odd spacing
// #include <QtSql> is only a comment
