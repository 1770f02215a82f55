#pragma once

// Test entry points: like QTEST_GUILESS_MAIN / QTEST_MAIN, plus an isolated home folder.

#include "IsolatedEnvironment.h"

#include <QTest>

#define RAPPORT_TEST_MAIN_WITH(ApplicationType, TestObject)                                        \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        rapport::test::IsolatedEnvironment isolatedEnvironment;                                    \
        ApplicationType application(argc, argv);                                                   \
        TestObject testObject;                                                                     \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&testObject, argc, argv);                                              \
    }

#define RAPPORT_TEST_MAIN(TestObject) RAPPORT_TEST_MAIN_WITH(QCoreApplication, TestObject)

// For widget tests; the including file must include <QApplication>.
#define RAPPORT_GUI_TEST_MAIN(TestObject) RAPPORT_TEST_MAIN_WITH(QApplication, TestObject)
