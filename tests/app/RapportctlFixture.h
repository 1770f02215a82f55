#pragma once

// rapportctl run as a script runs it, in a folder of its own with a generated demo shop, and the
// database files it leaves behind read directly: shared by the rapportctl integration tests.

#include "app/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace rapport::test {

struct RapportctlOutcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The first value of `sql` in the database file, opened under a connection of its own.
inline QVariant scalar(const QString &database, const QString &sql, const QVariantList &values = {})
{
    static int opened = 0;
    const QString name = QStringLiteral("tst-rapportctl-%1").arg(++opened);
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(database);
        if (QFile::exists(database) && db.open()) {
            QSqlQuery query(db);
            query.prepare(sql);
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (query.exec() && query.next())
                result = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

inline qint64 customerCount(const QString &database)
{
    const QVariant n = scalar(database, QStringLiteral("SELECT count(*) FROM customers"));
    return n.isValid() ? n.toLongLong() : -1;
}

class RapportctlFixture
{
protected:
    using Outcome = RapportctlOutcome;

    QTemporaryDir m_dir;
    QString m_demo;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Runs rapportctl in the test's folder, in a locale without a country, so the region comes
    // only from the database or --region.
    Outcome run(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(RAPPORTCTL_PATH), arguments);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return {-1, {}, QStringLiteral("timed out")};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    }

    // `db generate-demo` with 300 customers and 3000 messages into demo.db; its output, which
    // the caller checks.
    Outcome generateDemo()
    {
        m_demo = path(QStringLiteral("demo.db"));
        return run({QStringLiteral("db"), QStringLiteral("generate-demo"),
            QStringLiteral("--customers"), QStringLiteral("300"), QStringLiteral("--messages"),
            QStringLiteral("3000"), QStringLiteral("--database"), m_demo});
    }

    // A copy of the demo shop that a test may change.
    QString demoCopy(const QString &name)
    {
        const QString copy = path(name);
        const Outcome backup = run({QStringLiteral("db"), QStringLiteral("backup"), copy,
            QStringLiteral("--database"), m_demo});
        if (backup.exitCode != 0)
            qFatal("backup failed: %s", qPrintable(backup.err));
        return copy;
    }

    static bool createEmpty(const QString &file)
    {
        auto db = app::Database::open(file, QStringLiteral("tst-create"));
        return bool(db);
    }

    // A demo customer who has messages, in E.164.
    QString numberWithMessages() const
    {
        return scalar(m_demo,
            QStringLiteral("SELECT c.phone_e164 FROM customers c JOIN threads t"
                           " ON t.customer_id = c.id JOIN messages m ON m.thread_id = t.id"
                           " ORDER BY c.id LIMIT 1"))
            .toString();
    }
};

} // namespace rapport::test
