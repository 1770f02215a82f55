#include "app/consent/SuppressionList.h"

#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace rapport::app {
namespace {

const QString keySetting = QStringLiteral("suppression.key");
constexpr qsizetype keyBytes = crypto_generichash_KEYBYTES; // 32
constexpr qsizetype digestBytes = crypto_generichash_BYTES; // 32: BLAKE2b-256

SuppressionError failure(SuppressionError::Code code, const QString &detail = {})
{
    return SuppressionError {code, detail};
}

SuppressionError storageFailed(const QSqlQuery &query)
{
    return failure(SuppressionError::Code::StorageFailed, query.lastError().text());
}

bool sodiumReady()
{
    // sodium_init() is thread-safe and returns 1 when already done; -1 only on failure.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

bool isE164(const QString &number)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    return e164.match(number).hasMatch();
}

QString digest(const QByteArray &key, const QString &e164)
{
    const QByteArray message = e164.toUtf8();
    QByteArray out(digestBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
        reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
        reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()));
    return QString::fromLatin1(out.toHex());
}

} // namespace

QString SuppressionError::describe() const
{
    switch (code) {
    case Code::NotE164:
        return QCoreApplication::translate("Consent",
            "The number is not in international form. Check it in the customer record; it must "
            "start with + and the country code.");
    case Code::CryptoUnavailable:
        return QCoreApplication::translate("Consent",
            "The do-not-text list cannot be checked because the system's security library did "
            "not start. Restart Rapport; if this happens again, contact support.");
    case Code::KeyDamaged:
        return QCoreApplication::translate("Consent",
            "The do-not-text list in this database is damaged, so numbers on it cannot be "
            "recognised. Restore the latest backup before texting anyone.");
    case Code::StorageFailed:
        return QCoreApplication::translate("Consent",
            "The do-not-text list could not be read or saved. Check that the disk is not full, "
            "then try again.");
    }
    return {};
}

QString SuppressionList::reasonKey(Reason reason)
{
    return reason == Reason::Erased ? QStringLiteral("erased") : QStringLiteral("opted_out");
}

std::optional<SuppressionList::Reason> SuppressionList::reasonFromKey(const QString &key)
{
    for (Reason reason : {Reason::Erased, Reason::OptedOut}) {
        if (reasonKey(reason) == key)
            return reason;
    }
    return std::nullopt;
}

QString SuppressionList::reasonName(Reason reason)
{
    return reason == Reason::Erased
        ? QCoreApplication::translate("Consent", "Erased at the person's request")
        : QCoreApplication::translate("Consent", "Opted out of all texts");
}

SuppressionList::SuppressionList(Database &database, Clock clock)
    : m_database(database)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{ }

// The key is read from settings every time rather than cached: a key created inside a caller's
// transaction that is then rolled back must not live on in memory and hash entries no one can
// find after a restart. The read is one primary-key lookup.
Result<QByteArray, SuppressionError> SuppressionList::storedKey() const
{
    if (!sodiumReady())
        return fail(failure(SuppressionError::Code::CryptoUnavailable));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(keySetting);
    if (!query.exec())
        return fail(storageFailed(query));
    if (!query.next())
        return QByteArray();
    const auto decoded = QByteArray::fromBase64Encoding(
        query.value(0).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != keyBytes)
        return fail(failure(SuppressionError::Code::KeyDamaged));
    return decoded.decoded;
}

Result<QByteArray, SuppressionError> SuppressionList::keyCreatingIfNeeded()
{
    auto key = storedKey();
    if (!key || !key->isEmpty())
        return key;
    QByteArray fresh(keyBytes, Qt::Uninitialized);
    randombytes_buf(fresh.data(), size_t(fresh.size()));
    // Another connection may create the key at the same moment: whichever lands first wins and
    // both then use the stored one.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"));
    query.addBindValue(keySetting);
    query.addBindValue(QString::fromLatin1(fresh.toBase64()));
    sodium_memzero(fresh.data(), size_t(fresh.size()));
    if (!query.exec())
        return fail(storageFailed(query));
    return storedKey();
}

Result<std::optional<QString>, SuppressionError> SuppressionList::existingHash(
    const QString &e164) const
{
    if (!isE164(e164))
        return fail(failure(SuppressionError::Code::NotE164));
    auto key = storedKey();
    if (!key)
        return fail(key.error());
    if (key->isEmpty())
        return std::optional<QString>();
    return std::optional<QString>(digest(*key, e164));
}

Result<SuppressionList::Snapshot, SuppressionError> SuppressionList::snapshot() const
{
    Snapshot snapshot;
    auto key = storedKey();
    if (!key)
        return fail(key.error());
    snapshot.m_key = *key;
    if (key->isEmpty())
        return snapshot;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT number_hash FROM suppression")))
        return fail(storageFailed(query));
    while (query.next())
        snapshot.m_hashes.insert(query.value(0).toString());
    return snapshot;
}

bool SuppressionList::Snapshot::contains(const QString &e164) const
{
    return !m_key.isEmpty() && isE164(e164) && m_hashes.contains(digest(m_key, e164));
}

Result<QString, SuppressionError> SuppressionList::hashOf(const QString &e164)
{
    if (!isE164(e164))
        return fail(failure(SuppressionError::Code::NotE164));
    auto key = keyCreatingIfNeeded();
    if (!key)
        return fail(key.error());
    return digest(*key, e164);
}

Result<void, SuppressionError> SuppressionList::add(const QString &e164, Reason reason)
{
    auto hash = hashOf(e164);
    if (!hash)
        return fail(hash.error());
    QSqlQuery query(m_database.connection());
    // A repeated opt-out renews the date: the latest opt-out is the one in force (the policy
    // lets a person override it only to answer a message written after it).
    query.prepare(
        QStringLiteral("INSERT INTO suppression (number_hash, reason, added_at) VALUES (?, ?, ?)"
                       " ON CONFLICT (number_hash) DO UPDATE SET reason = excluded.reason,"
                       " added_at = CASE WHEN excluded.reason = ? THEN suppression.added_at"
                       " ELSE excluded.added_at END"
                       " WHERE excluded.reason = ? OR suppression.reason = excluded.reason"));
    query.addBindValue(*hash);
    query.addBindValue(reasonKey(reason));
    query.addBindValue(m_clock().toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(reasonKey(Reason::Erased));
    query.addBindValue(reasonKey(Reason::Erased));
    if (!query.exec())
        return fail(storageFailed(query));
    return {};
}

Result<std::optional<SuppressionList::Reason>, SuppressionError> SuppressionList::reasonFor(
    const QString &e164) const
{
    auto hash = existingHash(e164);
    if (!hash)
        return fail(hash.error());
    if (!*hash)
        return std::optional<Reason>();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT reason FROM suppression WHERE number_hash = ?"));
    query.addBindValue(**hash);
    if (!query.exec())
        return fail(storageFailed(query));
    if (!query.next())
        return std::optional<Reason>();
    // The CHECK constraint admits only known words; an unknown one still means "listed".
    return std::optional<Reason>(
        reasonFromKey(query.value(0).toString()).value_or(Reason::OptedOut));
}

Result<bool, SuppressionError> SuppressionList::contains(const QString &e164) const
{
    auto reason = reasonFor(e164);
    if (!reason)
        return fail(reason.error());
    return reason->has_value();
}

Result<bool, SuppressionError> SuppressionList::remove(const QString &e164)
{
    auto hash = existingHash(e164);
    if (!hash)
        return fail(hash.error());
    if (!*hash)
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM suppression WHERE number_hash = ?"));
    query.addBindValue(**hash);
    if (!query.exec())
        return fail(storageFailed(query));
    return query.numRowsAffected() > 0;
}

Result<qint64, SuppressionError> SuppressionList::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM suppression")) || !query.next())
        return fail(storageFailed(query));
    return query.value(0).toLongLong();
}

} // namespace rapport::app
