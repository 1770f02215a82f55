#pragma once

#include <QString>

#include <cstddef>
#include <optional>

namespace rapport::app {

// Argon2id hashes of staff PINs, through libsodium's crypto_pwhash_str: the salt and the cost
// parameters travel inside the stored string, so old hashes keep verifying after the costs
// change and needsRehash() says when to upgrade one.
//
// A 4–8 digit PIN is a switch-user convenience, not a security boundary: there are at most
// 10^8 of them, and anyone with the database file can try them all offline whatever the hash
// costs. What protects customer data is the operating-system account and disk encryption.
// Argon2id still matters because the hash also ends up in backups and support copies; a slow,
// memory-hard, salted hash keeps a casual reader of such a copy from reading PINs off it (and
// people reuse PINs for their phone or bank card).
class PinHasher final
{
public:
    struct Limits
    {
        unsigned long long opsLimit = 0;
        std::size_t memLimit = 0;
    };

    // libsodium's interactive limits (about 64 MiB and a fraction of a second): for real use.
    [[nodiscard]] static Limits interactive();
    // The smallest limits libsodium accepts: for tests only, where hashing must be instant.
    [[nodiscard]] static Limits cheapest();

    explicit PinHasher(Limits limits = interactive());

    // nullopt when libsodium cannot start or runs out of memory.
    [[nodiscard]] std::optional<QString> hash(const QString &pin) const;
    [[nodiscard]] bool verify(const QString &storedHash, const QString &pin) const;
    // True when `storedHash` was made with other limits (or another algorithm) than these.
    [[nodiscard]] bool needsRehash(const QString &storedHash) const;

    [[nodiscard]] Limits limits() const { return m_limits; }

private:
    Limits m_limits;
};

} // namespace rapport::app
