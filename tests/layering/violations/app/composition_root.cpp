// A composition root wires every layer: allowed.
#include "ui/MainWindow.h"
#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    return application.exec();
}
