// libFuzzer target for the AT line reader (README.md in this folder says how to run it).
//
// Input: byte 0 picks the maximum line length, byte 1 the chunk size, byte 2 the pattern of
// chunks fed with a prompt expected; the rest is the modem's byte stream. Any crash, sanitizer
// report or broken invariant (abort) is a finding.
//
//   cmake --preset fuzz && cmake --build --preset fuzz --target fuzz_atlinereader
//   build/fuzz/bin/fuzz_atlinereader -max_len=2048 <copy of corpus/atlinereader>
#include "modem/AtLineReader.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using rapport::modem::AtLineReader;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void checkEvent(const AtLineReader &reader, const AtLineReader::Event &event)
{
    if (event.kind != AtLineReader::EventKind::Line) {
        check(event.line.isEmpty());
        return;
    }
    const QByteArray &line = event.line;
    check(!line.isEmpty());
    check(line.size() <= reader.maxLineLength());
    check(line == line.trimmed());
    check(!line.startsWith('>'));
    for (const char c : line)
        check(c != '\r' && c != '\n' && c != '\0' && c != '\x1a' && c != '\x1b');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    AtLineReader reader(1 + data[0]);
    const qsizetype chunk = 1 + data[1] % 32;
    const unsigned armedPattern = data[2];
    const QByteArrayView stream(reinterpret_cast<const char *>(data) + 3, qsizetype(size) - 3);

    unsigned chunkIndex = 0;
    for (qsizetype offset = 0; offset < stream.size(); offset += chunk, ++chunkIndex) {
        reader.setPromptExpected(((armedPattern >> (chunkIndex % 8)) & 1U) != 0);
        const QByteArrayView piece = stream.sliced(offset, std::min(chunk, stream.size() - offset));
        reader.feed(
            piece, [&reader](const AtLineReader::Event &event) { checkEvent(reader, event); });
        check(reader.pendingSize() <= reader.maxLineLength());
    }
    return 0;
}
