#include "IsolatedEnvironment.h"

#include <QDir>
#include <QFile>

#include <cstdlib>

namespace rapport::test {

IsolatedEnvironment::IsolatedEnvironment()
    : m_home(QDir::tempPath() + QStringLiteral("/rapport-test-XXXXXX"))
{
    if (!m_home.isValid()) {
        qFatal("Cannot create a temporary home folder: %s", qPrintable(m_home.errorString()));
    }
    const QString root = m_home.path();
    const auto set = [&root](const char *name, const QString &relative) {
        const QString path = relative.isEmpty() ? root : root + u'/' + relative;
        QDir().mkpath(path);
        qputenv(name, QFile::encodeName(path));
    };
    set("HOME", QString());
    set("XDG_CONFIG_HOME", QStringLiteral(".config"));
    set("XDG_DATA_HOME", QStringLiteral(".local/share"));
    set("XDG_CACHE_HOME", QStringLiteral(".cache"));
    set("XDG_STATE_HOME", QStringLiteral(".local/state"));
    set("XDG_RUNTIME_DIR", QStringLiteral("runtime"));
    QFile::setPermissions(
        root + QStringLiteral("/runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace rapport::test
