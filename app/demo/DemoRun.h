#pragma once

// One DemoDataGenerator::generate() call: the state its steps share. Internal to app/demo.

#include "app/demo/DemoCalendar.h"
#include "app/demo/DemoCustomers.h"
#include "app/demo/DemoDataGenerator.h"
#include "app/demo/DemoRandom.h"
#include "app/demo/DemoTexts.h"
#include "app/demo/DemoWriter.h"

#include <QList>
#include <QStringList>

namespace rapport::app {

class DemoRun final
{
public:
    DemoRun(Database &database, const DemoOptions &options, DemoDataGenerator::Progress progress,
        QDate today, const QTimeZone &zone);

    // Runs inside the caller's transaction; false from a step means failed or cancelled.
    bool prepare();
    bool writeStaff();
    bool writeCustomFields();
    bool writeCustomers();
    bool writeThreads(); // DemoThreads.cpp
    bool writeAppointments(); // DemoAppointments.cpp

    [[nodiscard]] const DemoSummary &summary() const { return m_summary; }
    [[nodiscard]] bool cancelled() const { return m_cancelled; }
    [[nodiscard]] const StorageError &error() const { return m_error; }

private:
    bool stopWith(const QString &detail);
    bool failQuery() { return stopWith(m_writer.errorText()); }
    // Counts `rows` towards progress; false when the caller cancelled.
    bool advance(int rows);
    QString utc(qint64 localMs) const { return DemoCalendar::isoUtc(m_calendar.toUtcMs(localMs)); }
    QVariant staffId(int index) const
    {
        return index >= 0 && index < m_staffIds.size() ? QVariant(m_staffIds.at(index))
                                                       : DemoWriter::null();
    }
    bool writeCustomer(DemoCustomer &customer, DemoCustomerFactory &factory);
    bool writeOptIn(const DemoCustomer &customer, bool marketing);
    bool writeOptOut(const DemoCustomer &customer, qint64 stopLocalMs, const QString &confirmation);
    bool writeThread(DemoCustomer *customer, const QString &phone, int size);

    Database &m_database;
    const DemoOptions &m_options;
    DemoDataGenerator::Progress m_progress;
    int m_progressTotal = 0;
    QTimeZone m_zone;
    DemoCalendar m_calendar;
    DemoTexts m_texts;
    DemoRandom m_random;
    // Appointments draw from their own generator: adding them left every other table of a
    // seed's shop exactly as it was.
    DemoRandom m_appointmentRandom;
    DemoWriter m_writer;

    QList<qint64> m_staffIds;
    QStringList m_stylists; // choices of the "Favourite stylist" field
    qint64 m_stylistField = 0; // 0 when an existing field of another type has the name
    qint64 m_loyaltyField = 0;
    QList<DemoCustomer> m_customers;
    QStringList m_strangerNumbers; // valid mobiles no customer has

    DemoSummary m_summary;
    StorageError m_error;
    bool m_cancelled = false;
    qint64 m_done = 0;
    qint64 m_nextReport = 0;
};

} // namespace rapport::app
