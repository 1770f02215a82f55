#pragma once

#include <QString>

namespace rapport::ui {

// Money as the shop counts it: the currency of the business's region (GB → £, FR → €), the
// digits and separators of the language the user reads. Amounts are stored in cents.
class Money final
{
public:
    // "£1,234.50"; without a known region, the number with two decimals.
    [[nodiscard]] static QString text(qint64 cents, const QString &region);
    // "£", "€", "$"; empty when the region is unknown.
    [[nodiscard]] static QString symbol(const QString &region);
};

} // namespace rapport::ui
