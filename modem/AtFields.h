#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace rapport::modem {

// Splits the parameter part of an AT reply ("0,,23", "\"SM\",3,20", "(0-2),(0,1)") into fields.
// Quoted fields keep commas and lose their quotes; parenthesised groups stay whole ("(0-2)").
// Tolerant on purpose: modems differ in spaces, quoting and empty fields.
class AtFields final
{
public:
    // `line` may still carry its "+XXX:" prefix, which is skipped.
    static QList<QByteArray> split(QByteArrayView line);
    static std::optional<int> toInt(const QByteArray &field);
    // Integers listed in a range group such as "(0-2)", "(0,1,3)" or "0-3".
    static QList<int> rangeValues(QByteArrayView group);
    // The part after "+PREFIX:" (or the line itself when it has no prefix), trimmed.
    static QByteArrayView parameters(QByteArrayView line);
};

} // namespace rapport::modem
