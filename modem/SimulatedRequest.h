#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace rapport::modem {

// One command line the host typed, taken apart the V.250 way: "AT+CPMS="SM","ME"" is the
// extended command +CPMS, a set with the arguments SM and ME; "ATE0" is the basic command E
// with 0. One command per line: the host never chains them with ';'.
struct SimulatedRequest
{
    enum class Kind {
        Action, // AT+CGMI, ATZ, ATE0 (a basic command's digits are its parameters)
        Query, // AT+CPIN?
        Test, // AT+CNMI=?
        Set, // AT+CMGF=0
    };

    QByteArray name; // upper case: "+CPMS", "^CURC", "E", "Z"; empty for a bare "AT"
    Kind kind = Kind::Action;
    QByteArray parameters; // as typed, after '=' (or after a basic command's letter)
    QList<QByteArray> arguments; // split at commas outside quotes, trimmed, unquoted

    // The argument as a number; nullopt when it is missing, empty or not a number.
    [[nodiscard]] std::optional<int> number(qsizetype index) const;
    // The argument upper-cased, or fallback when missing.
    [[nodiscard]] QByteArray word(qsizetype index, const QByteArray &fallback = {}) const;

    // nullopt when the line does not start with "AT" (any case): modems ignore such lines.
    [[nodiscard]] static std::optional<SimulatedRequest> parse(QByteArrayView line);
};

} // namespace rapport::modem
