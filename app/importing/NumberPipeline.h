#pragma once

#include "app/phone/PhoneNumbers.h"

#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace rapport::app {

// Parses an import's numbers on a second thread, in row order, while the importer writes the
// rows before them: libphonenumber's parse is about half of an import's work and needs no
// database. One parsing thread, not several, because libphonenumber's regular-expression cache
// is behind one lock and parallel parsers mostly wait for each other.
class NumberPipeline final
{
public:
    // `typed` holds one entry per row (empty when the row has no number).
    NumberPipeline(QStringList typed, QString region);
    ~NumberPipeline();
    NumberPipeline(const NumberPipeline &) = delete;
    NumberPipeline &operator=(const NumberPipeline &) = delete;

    // The parse of row `index`, waiting for it when the parser is not there yet.
    const PhoneNumbers::Parsed &at(qsizetype index);

private:
    void run();

    const QStringList m_typed;
    const QString m_region;
    std::vector<PhoneNumbers::Parsed> m_parsed;
    std::atomic<qsizetype> m_ready {0};
    std::atomic<bool> m_stop {false};
    std::mutex m_mutex;
    std::condition_variable m_progressed;
    std::thread m_thread;
};

} // namespace rapport::app
