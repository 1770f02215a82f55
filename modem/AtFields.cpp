#include "modem/AtFields.h"

namespace rapport::modem {

QByteArrayView AtFields::parameters(QByteArrayView line)
{
    // A prefix is "+NAME:" or "^NAME:" at the start; a quoted string never starts a prefix.
    if (!line.isEmpty() && (line.front() == '+' || line.front() == '^')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            line = line.sliced(colon + 1);
    }
    return line.trimmed();
}

QList<QByteArray> AtFields::split(QByteArrayView line)
{
    const QByteArrayView params = parameters(line);
    QList<QByteArray> fields;
    if (params.isEmpty())
        return fields;
    QByteArray current;
    bool quoted = false;
    int depth = 0;
    bool wasQuoted = false;
    for (const char c : params) {
        if (quoted) {
            if (c == '"')
                quoted = false;
            else
                current += c;
            continue;
        }
        if (c == '"' && depth == 0) {
            quoted = true;
            wasQuoted = true;
            continue;
        }
        if (c == '(')
            ++depth;
        else if (c == ')' && depth > 0)
            --depth;
        if (c == ',' && depth == 0) {
            fields << (wasQuoted ? current : current.trimmed());
            current.clear();
            wasQuoted = false;
            continue;
        }
        current += c;
    }
    fields << (wasQuoted ? current : current.trimmed());
    return fields;
}

std::optional<int> AtFields::toInt(const QByteArray &field)
{
    bool ok = false;
    const int value = field.trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

QList<int> AtFields::rangeValues(QByteArrayView group)
{
    QByteArray text = group.trimmed().toByteArray();
    if (text.startsWith('('))
        text.remove(0, 1);
    if (text.endsWith(')'))
        text.chop(1);
    QList<int> values;
    const QList<QByteArray> parts = text.split(',');
    for (const QByteArray &part : parts) {
        const qsizetype dash = part.indexOf('-');
        if (dash > 0) {
            const auto from = toInt(part.left(dash));
            const auto to = toInt(part.mid(dash + 1));
            // Bounded so a garbled "0-2147483647" cannot allocate gigabytes.
            if (from && to && *from <= *to && *to - *from <= 255) {
                for (int v = *from; v <= *to; ++v)
                    values << v;
            }
        } else if (const auto value = toInt(part)) {
            values << *value;
        }
    }
    return values;
}

} // namespace rapport::modem
