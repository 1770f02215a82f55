#pragma once

// Shared by the inbound tests: a channel the test drives, an enqueuer that records what the
// router asks for (and writes the row as the outbox would), PDUs made with the modem's own
// encoder, and small SQL helpers.

#include "InboundTestParts.h"
#include "ManualClock.h"

#include "app/messaging/MessageEnqueuer.h"
#include "app/messaging/SmsChannel.h"
#include "app/messaging/ThreadLookup.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"
#include "modem/PduDecoder.h"
#include "modem/PduEncoder.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace rapport::test {

// One modem as the pipeline sees it; the test emits its PDUs and reads the slots it freed.
class FakeSmsChannel final : public app::SmsChannel
{
public:
    explicit FakeSmsChannel(QString id)
        : m_id(std::move(id))
    { }

    QString id() const override { return m_id; }
    bool isReady() const override { return true; }
    void send(quint64, const modem::OutgoingSms &) override { }
    void confirmStored(const modem::MessageLocation &location) override
    {
        confirmed.append(location);
        if (onConfirm)
            onConfirm(location);
    }
    void deliver(const modem::InboundPdu &pdu) { Q_EMIT received(pdu); }

    QList<modem::MessageLocation> confirmed;
    std::function<void(const modem::MessageLocation &)> onConfirm;

private:
    QString m_id;
};

// The outbox's door, recording. It stores each request as a 'queued' outgoing row with its
// template key, as the outbox does, because the router reads those rows back ("was an opt-out
// confirmation sent in the last 24 hours?").
class RecordingEnqueuer final : public app::MessageEnqueuer
{
public:
    RecordingEnqueuer(app::Database &database, Clock &clock)
        : m_database(database)
        , m_clock(clock)
    { }

    Result<app::EnqueueResult, QString> enqueue(const app::OutgoingRequest &request) override
    {
        requests.append(request);
        auto thread = app::ensureThread(m_database, request.phoneE164);
        if (!thread)
            return fail(thread.error().detail);
        QSqlQuery query(m_database.connection());
        if (!app::sql::run(query,
                QStringLiteral("INSERT INTO messages (thread_id, direction, body, purpose, origin,"
                               " state, created_at, modem_id, template_key)"
                               " VALUES (?, 'out', ?, ?, ?, 'queued', ?, ?, ?)"),
                {thread->threadId, request.body, app::messagePurposeKey(request.purpose),
                    app::messageOriginKey(request.origin),
                    m_clock.now().toUTC().toString(Qt::ISODateWithMs), request.preferredModemId,
                    request.templateKey}))
            return fail(query.lastError().text());
        return app::EnqueueResult {
            query.lastInsertId().toLongLong(), thread->threadId, app::MessageState::Queued, {}};
    }

    QList<app::OutgoingRequest> requests;

private:
    app::Database &m_database;
    Clock &m_clock;
};

inline modem::MessageLocation simSlot(int index)
{
    return {QByteArrayLiteral("SM"), index};
}

// The PDU a modem would hand over for `deliver`: encoded (SMSC field "00"), then decoded from
// the hex, as SmsReceiver does.
inline modem::InboundPdu inboundPdu(const modem::SmsDeliver &deliver,
    const modem::MessageLocation &location = {}, const QDateTime &at = {})
{
    const auto encoded = modem::encodePdu(deliver);
    if (!encoded)
        qFatal("encodePdu failed: %s", qPrintable(encoded.error().detail));
    modem::InboundPdu pdu;
    pdu.location = location;
    pdu.hex = encoded->hex();
    pdu.receivedAt = at;
    auto decoded = modem::decodePduHex(pdu.hex, modem::SmscField::Present);
    if (!decoded)
        qFatal("test PDU does not decode");
    pdu.pdu = *decoded;
    return pdu;
}

// A PDU the decoder refuses (cut short inside the originator), as SmsReceiver reports it.
inline modem::InboundPdu undecodablePdu(const modem::MessageLocation &location = {})
{
    modem::InboundPdu pdu;
    pdu.location = location;
    pdu.hex = QByteArrayLiteral("0004");
    auto decoded = modem::decodePduHex(pdu.hex, modem::SmscField::Present);
    if (decoded)
        qFatal("the undecodable test PDU decodes");
    pdu.error = decoded.error();
    return pdu;
}

inline QVariant scalar(app::Database &database, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(database.connection());
    if (!app::sql::run(query, sql, values) || !query.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0);
}

inline qint64 countOf(app::Database &database, const QString &sql, const QVariantList &values = {})
{
    return scalar(database, sql, values).toLongLong();
}

inline void exec(app::Database &database, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(database.connection());
    if (!app::sql::run(query, sql, values))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

inline std::unique_ptr<app::Database> openDatabase(const QString &name)
{
    auto db = app::Database::openInMemory(name);
    if (!db)
        qFatal("cannot open the database: %s", qPrintable(db.error().detail));
    return std::move(*db);
}

} // namespace rapport::test
