#pragma once

#include <QString>

#include <array>
#include <optional>

namespace rapport::app {

// The value whose stored key (the word written to the database) is `key`, among `all`.
template<typename Enum, std::size_t N>
std::optional<Enum> enumFromKey(
    const QString &key, const std::array<Enum, N> &all, QString (*keyOf)(Enum))
{
    for (Enum value : all) {
        if (keyOf(value) == key)
            return value;
    }
    return std::nullopt;
}

} // namespace rapport::app
