#include "modem/PortDiagnosis.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <vector>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace rapport::modem {
namespace {

#ifdef Q_OS_LINUX
// Processes that have `device` open, by name. Without root we only see our own processes'
// descriptors, which is why modemManagerRunning is gathered separately (its name is public).
void scanProcesses(const QString &device, PortFacts &facts)
{
    const QDir proc(QStringLiteral("/proc"));
    const QStringList pids = proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool numeric = false;
        pid.toUInt(&numeric);
        if (!numeric)
            continue;
        QFile commFile(proc.filePath(pid + QStringLiteral("/comm")));
        QString name;
        if (commFile.open(QIODevice::ReadOnly))
            name = QString::fromLocal8Bit(commFile.readAll()).trimmed();
        if (name == QLatin1String("ModemManager"))
            facts.modemManagerRunning = true;
        const QDir fds(proc.filePath(pid + QStringLiteral("/fd")));
        const QStringList entries = fds.entryList(QDir::Files | QDir::System);
        for (const QString &fd : entries) {
            if (QFileInfo(fds.filePath(fd)).symLinkTarget() == device) {
                if (!facts.holders.contains(name))
                    facts.holders << name;
                break;
            }
        }
    }
}
#endif

} // namespace

PortFacts PortDiagnosis::gather(const QString &path)
{
    PortFacts facts;
    facts.path = path;
#ifdef Q_OS_UNIX
    const QString canonical = QFileInfo(path).canonicalFilePath();
    struct stat info = {};
    if (canonical.isEmpty() || ::stat(QFile::encodeName(canonical).constData(), &info) != 0)
        return facts;
    facts.exists = true;
    facts.isCharacterDevice = S_ISCHR(info.st_mode);
    facts.ownerId = info.st_uid;
    facts.groupId = info.st_gid;
    facts.mode = info.st_mode & 0777;
    if (const struct group *g = ::getgrgid(info.st_gid))
        facts.groupName = QString::fromLocal8Bit(g->gr_name);
    facts.userId = ::geteuid();
    facts.userGroupIds << ::getegid();
    const int count = ::getgroups(0, nullptr);
    if (count > 0) {
        std::vector<gid_t> groups(static_cast<size_t>(count));
        const int got = ::getgroups(count, groups.data());
        for (int i = 0; i < got; ++i)
            facts.userGroupIds << groups[size_t(i)];
    }
#ifdef Q_OS_LINUX
    scanProcesses(canonical, facts);
#endif
#else
    facts.exists = QFileInfo::exists(path);
    facts.isCharacterDevice = facts.exists;
#endif
    return facts;
}

bool PortDiagnosis::userMayOpen(const PortFacts &facts)
{
    if (facts.userId == 0)
        return true;
    constexpr uint readWrite = 06;
    if (facts.userId == facts.ownerId)
        return ((facts.mode >> 6) & readWrite) == readWrite;
    if (facts.userGroupIds.contains(facts.groupId))
        return ((facts.mode >> 3) & readWrite) == readWrite;
    return (facts.mode & readWrite) == readWrite;
}

PortError PortDiagnosis::diagnose(
    const PortFacts &facts, QSerialPort::SerialPortError qtError, const QString &qtMessage)
{
    PortError error;
    error.path = facts.path;
    error.detail = qtMessage;
    error.modemManagerRunning = facts.modemManagerRunning;
    if (!facts.exists || qtError == QSerialPort::DeviceNotFoundError) {
        error.kind = PortErrorKind::NotFound;
    } else if (!facts.isCharacterDevice) {
        error.kind = PortErrorKind::NotASerialPort;
    } else if (!userMayOpen(facts)) {
        error.kind = PortErrorKind::PermissionDenied;
        error.requiredGroup = facts.groupName;
    } else if (!facts.holders.isEmpty() || qtError == QSerialPort::PermissionError
        || qtError == QSerialPort::OpenError) {
        // The user has the rights, so a refusal means the port is held: an exclusive open
        // (TIOCEXCL) or a lock file by another program.
        error.kind = PortErrorKind::Busy;
        error.holders = facts.holders;
    } else {
        error.kind = PortErrorKind::Io;
    }
    return error;
}

} // namespace rapport::modem
