#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace rapport::app {
class Workspace;
}

// The shop the screenshots show: a generated demo database (a few hundred customers and their
// conversations, in a temporary folder), the business profile and owner set as the first-run
// wizard would leave them, and the demo modem running.
class ScreenshotShop final
{
public:
    ScreenshotShop();
    ~ScreenshotShop();

    // Empty on success; otherwise what went wrong.
    QString open();
    [[nodiscard]] rapport::app::Workspace &workspace() { return *m_workspace; }
    [[nodiscard]] QString folder() const { return m_folder.path(); }

private:
    QTemporaryDir m_folder;
    std::unique_ptr<rapport::app::Workspace> m_workspace;
};
