#pragma once

#include "modem/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace rapport::app {

class Database;

// Why the suppression list could not answer. describe() says what to do.
struct SuppressionError
{
    enum class Code {
        NotE164, // the caller passed a number that is not in E.164 form ("+447400123456")
        CryptoUnavailable, // libsodium could not initialise (no system randomness)
        KeyDamaged, // settings hold a 'suppression.key' that is not 32 bytes of base64
        StorageFailed, // see detail
    };
    Code code = Code::StorageFailed;
    QString detail;

    [[nodiscard]] QString describe() const;
};

// Numbers that must never be texted again: people who were erased, and people who opted out of
// everything without being customers. A number is stored only as a keyed hash, so an erased
// person's number is not kept in the clear.
//
// Every number is passed in E.164 ("+447400123456"), already normalised by PhoneNumbers; any
// other spelling is refused with NotE164, because hashing "07400 123456" would silently never
// match.
//
// Why a keyed fast hash (BLAKE2b-256 via crypto_generichash) and not a slow password hash: the
// list is consulted for every import row and every outgoing message, and all phone numbers of a
// country fit in a few billion guesses, which no affordable slowness would put out of reach. The
// key is 32 random bytes made on first use and kept in this database's settings
// ('suppression.key', base64); it never leaves the file, so hashes from one business's database
// mean nothing in another's, and an export, a log or a glance at the table reveals no number.
// Honestly, though: anyone who has the database file also has the key and can test every number
// in a country in minutes. This protects against casual reading and leaked exports, not against
// an attacker holding the file; that is the job of disk encryption and the file's 0600 mode.
class SuppressionList final
{
public:
    using Clock = std::function<QDateTime()>;

    enum class Reason { Erased, OptedOut };

    // The words stored in the database ("erased", "opted_out").
    static QString reasonKey(Reason reason);
    static std::optional<Reason> reasonFromKey(const QString &key);
    static QString reasonName(Reason reason); // translated

    explicit SuppressionList(Database &database, Clock clock = {});

    // Adds the number, or keeps the existing entry; Erased replaces OptedOut (never the other
    // way) because an erased person has no customer record left to explain the entry, and an
    // opt-out repeated renews the entry's date (added_at: the latest opt-out). Runs in
    // the caller's transaction when there is one; the key is created on first use, in it too.
    Result<void, SuppressionError> add(const QString &e164, Reason reason);
    Result<bool, SuppressionError> contains(const QString &e164) const;
    Result<std::optional<Reason>, SuppressionError> reasonFor(const QString &e164) const;
    // True when there was an entry to remove.
    Result<bool, SuppressionError> remove(const QString &e164);
    Result<qint64, SuppressionError> count() const;

    // The whole list as it is now, for checking many numbers at once (an import checks every
    // row): the key and the hashes are read once. Valid while nothing else changes the list,
    // i.e. inside the caller's transaction.
    class Snapshot
    {
    public:
        [[nodiscard]] bool contains(const QString &e164) const;

    private:
        friend class SuppressionList;
        QByteArray m_key; // empty when no key exists yet: then nothing is listed
        QSet<QString> m_hashes;
    };
    Result<Snapshot, SuppressionError> snapshot() const;

    // The hex digest stored for this number in this database; creates the key if needed.
    Result<QString, SuppressionError> hashOf(const QString &e164);

private:
    // The stored key, or an empty array when none has been made yet (then nothing is listed).
    Result<QByteArray, SuppressionError> storedKey() const;
    Result<QByteArray, SuppressionError> keyCreatingIfNeeded();
    // The digest of `e164` under the stored key; nullopt when there is no key yet.
    Result<std::optional<QString>, SuppressionError> existingHash(const QString &e164) const;

    Database &m_database;
    Clock m_clock;
};

} // namespace rapport::app
