#pragma once

// A fresh in-memory customer book for each import test, on a clock the test sets, with the
// importer over it and helpers that turn inline CSV bytes into tables and count what was stored.

#include "app/audit/AuditLog.h"
#include "app/customers/CustomerRepository.h"
#include "app/importing/CsvReader.h"
#include "app/importing/CustomerImporter.h"
#include "app/storage/Database.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <memory>

namespace rapport::test {

inline const QString importWording = QStringLiteral("Test wording");

// Numbers from libphonenumber's example set and their neighbours.
inline const QString gbMobile1 = QStringLiteral("+447400123456");
inline const QString gbMobile2 = QStringLiteral("+447400123457");
inline const QString gbMobile3 = QStringLiteral("+447400123458");

class ImportFixture
{
protected:
    std::unique_ptr<app::Database> m_db;
    std::unique_ptr<app::AuditLog> m_audit;
    std::unique_ptr<app::CustomerRepository> m_customers;
    std::unique_ptr<app::CustomerImporter> m_importer;
    QDateTime m_now;

    // An empty string when the database opened, else why not. Connection names must be unique
    // while a previous test's connection may still be closing.
    QString openFresh(const QString &prefix)
    {
        auto db = app::Database::openInMemory(QStringLiteral("%1-%2").arg(prefix).arg(++m_opened));
        if (!db)
            return db.error().detail;
        m_db = std::move(*db);
        m_now = QDateTime(QDate(2025, 3, 14), QTime(9, 0), QTimeZone::utc());
        const auto clock = [this] { return m_now; };
        m_audit = std::make_unique<app::AuditLog>(*m_db, clock);
        m_customers = std::make_unique<app::CustomerRepository>(*m_db, QStringLiteral("GB"), clock);
        m_importer = std::make_unique<app::CustomerImporter>(*m_db, *m_audit, clock);
        return {};
    }
    void close()
    {
        m_importer.reset();
        m_customers.reset();
        m_audit.reset();
        m_db.reset();
    }

    static app::ImportOptions gbOptions(const QString &sourceName = QStringLiteral("clients.csv"))
    {
        app::ImportOptions options;
        options.region = QStringLiteral("GB");
        options.sourceName = sourceName;
        options.consentWording = importWording;
        return options;
    }

    // Our own inline CSV: a reader refusal is a mistake in the test, not a result.
    static app::ImportTable csvTable(const QByteArray &csv)
    {
        auto table = app::CsvReader::read(csv);
        if (!table)
            qFatal("test CSV refused: %s", qPrintable(table.error().describe()));
        return *table;
    }

    app::ImportMapping guessed(const app::ImportTable &table) const
    {
        QHash<QString, qint64> byName;
        if (auto fields = m_customers->customFields()) {
            for (const app::CustomField &field : std::as_const(*fields))
                byName.insert(field.name, field.id);
        }
        return app::ImportMapping::guess(table.columns, byName);
    }

    // Reads `csv`, guesses the mapping and imports it as the command line (an owner).
    Result<app::ImportReport, app::ImportError> importCsv(
        const QByteArray &csv, const app::ImportOptions &options = gbOptions())
    {
        const app::ImportTable table = csvTable(csv);
        return m_importer->run(app::Actor::commandLine(), table, guessed(table), options);
    }

    app::ImportReport mustImport(
        const QByteArray &csv, const app::ImportOptions &options = gbOptions())
    {
        auto report = importCsv(csv, options);
        if (!report)
            qFatal("import failed: %s", qPrintable(report.error().describe()));
        return *report;
    }

    qint64 mustAdd(const app::Customer &customer)
    {
        auto id = m_customers->add(customer);
        if (!id)
            qFatal("add failed: %s", qPrintable(id.error().describe()));
        return *id;
    }

    app::Customer customerWith(const QString &number) const
    {
        auto found = m_customers->findByNumber(number);
        return found ? *found : app::Customer {};
    }

    qint64 countRows(const QString &table) const
    {
        QSqlQuery query(m_db->connection());
        if (!query.exec(QString(QStringLiteral("SELECT COUNT(*) FROM ") + table)) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    int auditCount(const QString &action) const
    {
        auto entries = m_audit->entries(action, 1000);
        return entries ? int(entries->size()) : -1;
    }

private:
    int m_opened = 0;
};

} // namespace rapport::test
