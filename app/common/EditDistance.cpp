#include "app/common/EditDistance.h"

#include <algorithm>
#include <vector>

namespace rapport::app {

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> row(std::size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[std::size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const auto at = std::size_t(j);
            const int above = row[at];
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[at] = std::min({row[at] + 1, row[at - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[std::size_t(b.size())];
}

} // namespace rapport::app
