#include "modem/SimulatedRequest.h"

#include <cctype>

namespace rapport::modem {
namespace {

bool isNameChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

bool isExtendedPrefix(char c)
{
    return c == '+' || c == '^' || c == '$' || c == '*' || c == '%' || c == '&';
}

QList<QByteArray> splitArguments(QByteArrayView text)
{
    QList<QByteArray> arguments;
    if (text.trimmed().isEmpty())
        return arguments;
    QByteArray current;
    bool quoted = false;
    for (const char c : text) {
        if (c == '"') {
            quoted = !quoted;
            continue;
        }
        if (c == ',' && !quoted) {
            arguments.append(current.trimmed());
            current.clear();
            continue;
        }
        current.append(c);
    }
    arguments.append(current.trimmed());
    return arguments;
}

} // namespace

std::optional<int> SimulatedRequest::number(qsizetype index) const
{
    if (index < 0 || index >= arguments.size() || arguments.at(index).isEmpty())
        return std::nullopt;
    bool ok = false;
    const int value = arguments.at(index).toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

QByteArray SimulatedRequest::word(qsizetype index, const QByteArray &fallback) const
{
    if (index < 0 || index >= arguments.size())
        return fallback;
    return arguments.at(index).toUpper();
}

std::optional<SimulatedRequest> SimulatedRequest::parse(QByteArrayView line)
{
    line = line.trimmed();
    if (line.size() < 2 || std::toupper(static_cast<unsigned char>(line.at(0))) != 'A'
        || std::toupper(static_cast<unsigned char>(line.at(1))) != 'T')
        return std::nullopt;
    QByteArrayView rest = line.sliced(2);
    SimulatedRequest request;
    if (rest.isEmpty())
        return request;

    qsizetype nameEnd = 1;
    if (isExtendedPrefix(rest.at(0))) {
        while (nameEnd < rest.size() && isNameChar(rest.at(nameEnd)))
            ++nameEnd;
    }
    request.name = rest.first(nameEnd).toByteArray().toUpper();
    rest = rest.sliced(nameEnd);

    if (rest == "?") {
        request.kind = Kind::Query;
    } else if (rest == "=?") {
        request.kind = Kind::Test;
    } else if (rest.startsWith('=')) {
        request.kind = Kind::Set;
        request.parameters = rest.sliced(1).toByteArray();
    } else {
        request.kind = Kind::Action;
        request.parameters = rest.toByteArray();
    }
    request.arguments = splitArguments(request.parameters);
    return request;
}

} // namespace rapport::modem
