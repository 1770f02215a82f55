#include "app/inbound/InboundMessageWriter.h"

#include "app/messaging/ThreadLookup.h"
#include "app/phone/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"
#include "modem/InboundClassifier.h"
#include "modem/ReassembledMessage.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace rapport::app {
namespace {

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString encodingKey(const modem::DataCodingScheme &dcs)
{
    switch (dcs.alphabet) {
    case modem::SmsAlphabet::Gsm7:
        return QStringLiteral("gsm7");
    case modem::SmsAlphabet::Ucs2:
        return QStringLiteral("ucs2");
    case modem::SmsAlphabet::EightBit:
        break;
    }
    return QStringLiteral("8bit");
}

} // namespace

InboundMessageWriter::InboundMessageWriter(Database &database, QString region)
    : m_database(database)
    , m_region(std::move(region))
{ }

QString InboundMessageWriter::threadKeyFor(const modem::SmsAddress &originator) const
{
    if (originator.isAlphanumeric())
        return originator.value.trimmed().isEmpty() ? undecodableThreadKey()
                                                    : originator.value.trimmed();
    const QString presented = originator.toString();
    const PhoneNumbers::Parsed parsed
        = PhoneNumbers::parse(presented, m_region, PhoneNumbers::Detail::E164Only);
    // Any number libphonenumber recognises (a landline sending through a gateway too) joins
    // the thread of its E.164 form, so "07700 900123" and "+447700900123" are one thread.
    if (!parsed.e164.isEmpty())
        return parsed.e164;
    // Some networks present an international number with type "unknown" and no '+'
    // ("447400123456"); read that way it is no national number, but it may be an E.164 one.
    const bool digitsOnly = !presented.isEmpty()
        && std::all_of(presented.cbegin(), presented.cend(), [](QChar c) { return c.isDigit(); });
    if (digitsOnly && !presented.startsWith(u'0')) {
        const PhoneNumbers::Parsed international = PhoneNumbers::parse(
            QString(u'+' + presented), m_region, PhoneNumbers::Detail::E164Only);
        if (!international.e164.isEmpty())
            return international.e164;
    }
    return presented.isEmpty() ? undecodableThreadKey() : presented;
}

QString InboundMessageWriter::kindKey(const modem::InboundClassification &classification)
{
    using modem::InboundKind;
    switch (classification.kind) {
    case InboundKind::Text:
        return QStringLiteral("text");
    case InboundKind::Flash:
        return QStringLiteral("flash");
    case InboundKind::Type0:
        return QStringLiteral("type0");
    case InboundKind::Replace:
        return QStringLiteral("replace");
    case InboundKind::VoicemailIndication:
        return QStringLiteral("voicemail");
    case InboundKind::WapPush:
        return QStringLiteral("wap_push");
    case InboundKind::MmsNotification:
        return QStringLiteral("mms_notification");
    case InboundKind::Binary:
        break;
    }
    return QStringLiteral("binary");
}

bool InboundMessageWriter::isTextKind(const QString &kind)
{
    return kind == QLatin1String("text") || kind == QLatin1String("flash")
        || kind == QLatin1String("replace");
}

Result<StoredInbound, StorageError> InboundMessageWriter::write(
    const modem::ReassembledMessage &message, const QString &modemId, const QDateTime &receivedAt)
{
    const modem::InboundClassification classification = modem::classifyInbound(message.deliver);
    if (classification.kind == modem::InboundKind::Type0)
        return StoredInbound {}; // TS 23.040 §9.2.3.9: acknowledge, discard, never show

    QString threadKey = threadKeyFor(message.originator());
    QString body = classification.showText ? message.text() : QString();
    if (classification.mms) {
        // The SMS comes from the operator's MMSC; the person is in the notification.
        if (!classification.mms->from.isEmpty()) {
            const PhoneNumbers::Parsed from = PhoneNumbers::parse(
                classification.mms->from, m_region, PhoneNumbers::Detail::E164Only);
            if (!from.e164.isEmpty())
                threadKey = from.e164;
        }
        body = classification.mms->subject;
    }
    QString stateReason;
    if (!message.isComplete()) {
        QStringList missing;
        for (quint8 sequence : message.missing)
            missing.append(QString::number(sequence));
        stateReason = QStringLiteral("incomplete: missing part %1 of %2")
                          .arg(missing.join(QLatin1Char(',')))
                          .arg(message.total);
    }
    return insert(threadKey, kindKey(classification), body, modemId, receivedAt, message.total,
        encodingKey(message.deliver.dataCodingScheme), stateReason);
}

Result<StoredInbound, StorageError> InboundMessageWriter::writeUndecodable(
    const QString &hex, const QString &reason, const QString &modemId, const QDateTime &receivedAt)
{
    return insert(undecodableThreadKey(), UndecodableKind, hex.toUpper(), modemId, receivedAt, 1,
        QString(), reason);
}

Result<StoredInbound, StorageError> InboundMessageWriter::insert(const QString &threadKey,
    const QString &kind, const QString &body, const QString &modemId, const QDateTime &receivedAt,
    int partCount, const QString &encoding, const QString &stateReason)
{
    auto thread = ensureThread(m_database, threadKey);
    if (!thread)
        return fail(thread.error());
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("INSERT INTO messages (thread_id, direction, body, state, state_reason,"
                           " created_at, modem_id, kind, part_count, encoding, routed_at)"
                           " VALUES (?, 'in', ?, 'received', ?, ?, ?, ?, ?, ?, NULL)"),
            {thread->threadId, body.isNull() ? QStringLiteral("") : body, orNull(stateReason),
                receivedAt.toUTC().toString(Qt::ISODateWithMs), orNull(modemId), kind, partCount,
                orNull(encoding)}))
        return fail(StorageError {StorageError::Code::QueryFailed, query.lastError().text()});
    return StoredInbound {thread->threadId, query.lastInsertId().toLongLong()};
}

} // namespace rapport::app
