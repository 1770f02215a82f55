#include "app/staff/PinHasher.h"

#include <QByteArray>

#include <sodium.h>

namespace rapport::app {
namespace {

bool sodiumReady()
{
    // Thread-safe and run once; sodium_init() returns 1 when something else started it first.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

PinHasher::Limits PinHasher::interactive()
{
    return Limits {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PinHasher::Limits PinHasher::cheapest()
{
    return Limits {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PinHasher::PinHasher(Limits limits)
    : m_limits(limits)
{ }

std::optional<QString> PinHasher::hash(const QString &pin) const
{
    if (!sodiumReady())
        return std::nullopt;
    const QByteArray secret = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, secret.constData(), static_cast<unsigned long long>(secret.size()),
            m_limits.opsLimit, m_limits.memLimit)
        != 0)
        return std::nullopt;
    return QString::fromLatin1(out);
}

bool PinHasher::verify(const QString &storedHash, const QString &pin) const
{
    if (!sodiumReady() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    if (stored.size() >= crypto_pwhash_STRBYTES)
        return false; // not a string crypto_pwhash_str could have written
    const QByteArray secret = pin.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), secret.constData(),
               static_cast<unsigned long long>(secret.size()))
        == 0;
}

bool PinHasher::needsRehash(const QString &storedHash) const
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_limits.opsLimit, m_limits.memLimit)
        != 0;
}

} // namespace rapport::app
