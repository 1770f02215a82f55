#pragma once

#include <QList>
#include <QRandomGenerator>

#include <cmath>

namespace rapport::app {

// The one source of chance for a demo database. Seeded, never the global generator, so the same
// seed writes the same shop on every run and every machine; everything that draws from it must
// do so in a fixed order (never while iterating a QHash or QSet).
class DemoRandom final
{
public:
    explicit DemoRandom(quint32 seed)
        : m_generator(seed)
    { }

    // 0 <= result < n; 0 when n <= 1.
    int below(int n) { return n <= 1 ? 0 : int(m_generator.bounded(quint32(n))); }
    qint64 below64(qint64 n) { return n <= 1 ? 0 : qint64(m_generator.bounded(quint64(n))); }
    // lowest <= result <= highest
    int between(int lowest, int highest) { return lowest + below(highest - lowest + 1); }
    double uniform() { return m_generator.generateDouble(); }
    bool chance(double probability) { return uniform() < probability; }
    // An exponentially distributed value with the given mean: most small, a few large.
    double exponential(double mean) { return -std::log(1.0 - uniform()) * mean; }

    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(below(int(items.size())));
    }

    template<typename T>
    void shuffle(QList<T> &items)
    {
        for (qsizetype i = items.size() - 1; i > 0; --i)
            items.swapItemsAt(i, below(int(i + 1)));
    }

private:
    QRandomGenerator m_generator;
};

} // namespace rapport::app
