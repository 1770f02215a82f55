#pragma once

#include <QTemporaryDir>

namespace rapport::test {

// Points HOME, the XDG folders and TMPDIR at a fresh temporary folder for the life of the test
// process, so nothing a test does can reach the user's real settings or data. Child processes
// started by the test inherit it.
class IsolatedEnvironment final
{
public:
    IsolatedEnvironment();
    ~IsolatedEnvironment() = default;
    IsolatedEnvironment(const IsolatedEnvironment &) = delete;
    IsolatedEnvironment &operator=(const IsolatedEnvironment &) = delete;

    [[nodiscard]] QString home() const { return m_home.path(); }

private:
    QTemporaryDir m_home;
};

} // namespace rapport::test
