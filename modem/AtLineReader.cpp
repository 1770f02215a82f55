#include "modem/AtLineReader.h"

#include <algorithm>

namespace rapport::modem {
namespace {

constexpr char CtrlZ = '\x1a';
constexpr char Esc = '\x1b';

bool isLineEnd(char c)
{
    return c == '\r' || c == '\n' || c == CtrlZ || c == Esc;
}

} // namespace

AtLineReader::AtLineReader(qsizetype maxLineLength)
    : m_maxLineLength(std::max<qsizetype>(maxLineLength, 1))
{ }

void AtLineReader::feed(QByteArrayView bytes, const Sink &sink)
{
    for (const char c : bytes) {
        if (c == '\0')
            continue;
        if (isLineEnd(c)) {
            endLine(sink);
            continue;
        }
        if (m_discarding)
            continue;
        if (m_line.size() >= m_maxLineLength) {
            m_line.clear();
            m_discarding = true;
            ++m_overflows;
            sink(Event {EventKind::Overflow, {}});
            continue;
        }
        m_line.append(c);
        // Checked only on '>' so the common path stays a plain append.
        if (c == '>' && m_promptExpected && m_line.trimmed() == ">") {
            m_line.clear();
            m_promptExpected = false;
            sink(Event {EventKind::Prompt, {}});
        }
    }
}

QList<AtLineReader::Event> AtLineReader::feed(QByteArrayView bytes)
{
    QList<Event> events;
    feed(bytes, [&events](const Event &event) { events.append(event); });
    return events;
}

void AtLineReader::reset()
{
    m_line.clear();
    m_discarding = false;
}

void AtLineReader::setMaxLineLength(qsizetype maxLineLength)
{
    m_maxLineLength = std::max<qsizetype>(maxLineLength, 1);
}

void AtLineReader::endLine(const Sink &sink)
{
    m_discarding = false;
    if (m_line.isEmpty())
        return;
    QByteArray line = m_line.trimmed();
    m_line.clear();
    while (line.startsWith('>'))
        line = line.mid(1).trimmed();
    if (!line.isEmpty())
        sink(Event {EventKind::Line, std::move(line)});
}

} // namespace rapport::modem
