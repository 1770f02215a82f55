#include "app/importing/NumberPipeline.h"

namespace rapport::app {

NumberPipeline::NumberPipeline(QStringList typed, QString region)
    : m_typed(std::move(typed))
    , m_region(std::move(region))
    , m_parsed(std::size_t(m_typed.size()))
    , m_thread([this] { run(); })
{ }

NumberPipeline::~NumberPipeline()
{
    m_stop = true; // an import cancelled half-way need not wait for the rest
    m_thread.join();
}

void NumberPipeline::run()
{
    for (qsizetype i = 0; i < m_typed.size() && !m_stop; ++i) {
        if (!m_typed.at(i).isEmpty())
            m_parsed[std::size_t(i)]
                = PhoneNumbers::parse(m_typed.at(i), m_region, PhoneNumbers::Detail::E164Only);
        m_ready.store(i + 1, std::memory_order_release);
        // Wake the importer only now and then: it rarely waits, and waking costs a syscall.
        if ((i & 63) == 63 || i + 1 == m_typed.size()) {
            std::lock_guard lock(m_mutex);
            m_progressed.notify_all();
        }
    }
}

const PhoneNumbers::Parsed &NumberPipeline::at(qsizetype index)
{
    if (m_ready.load(std::memory_order_acquire) <= index) {
        std::unique_lock lock(m_mutex);
        m_progressed.wait(lock, [&] { return m_ready.load(std::memory_order_acquire) > index; });
    }
    return m_parsed[std::size_t(index)];
}

} // namespace rapport::app
