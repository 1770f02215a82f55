#include "modem/AtFinalResultTable.h"

#include <algorithm>
#include <cctype>

namespace rapport::modem {
namespace {

using Status = AtResponse::Status;

struct CodeText
{
    int code;
    const char *text;
};

// 3GPP TS 27.007 §9.2.1 (general) and §9.2.2 (GPRS) verbose texts.
constexpr CodeText CmeTexts[] = {
    {0, "phone failure"},
    {1, "no connection to phone"},
    {2, "phone-adaptor link reserved"},
    {3, "operation not allowed"},
    {4, "operation not supported"},
    {5, "PH-SIM PIN required"},
    {6, "PH-FSIM PIN required"},
    {7, "PH-FSIM PUK required"},
    {10, "SIM not inserted"},
    {11, "SIM PIN required"},
    {12, "SIM PUK required"},
    {13, "SIM failure"},
    {14, "SIM busy"},
    {15, "SIM wrong"},
    {16, "incorrect password"},
    {17, "SIM PIN2 required"},
    {18, "SIM PUK2 required"},
    {20, "memory full"},
    {21, "invalid index"},
    {22, "not found"},
    {23, "memory failure"},
    {24, "text string too long"},
    {25, "invalid characters in text string"},
    {26, "dial string too long"},
    {27, "invalid characters in dial string"},
    {30, "no network service"},
    {31, "network timeout"},
    {32, "network not allowed - emergency calls only"},
    {40, "network personalization PIN required"},
    {41, "network personalization PUK required"},
    {42, "network subset personalization PIN required"},
    {43, "network subset personalization PUK required"},
    {44, "service provider personalization PIN required"},
    {45, "service provider personalization PUK required"},
    {46, "corporate personalization PIN required"},
    {47, "corporate personalization PUK required"},
    {48, "hidden key required"},
    {49, "EAP method not supported"},
    {50, "incorrect parameters"},
    {51, "command implemented but currently disabled"},
    {52, "command aborted by user"},
    {53, "not attached to network due to MT functionality restrictions"},
    {54, "modem not allowed - MT restricted to emergency calls only"},
    {55, "operation not allowed because of MT functionality restrictions"},
    {56, "fixed dial number only allowed - called number is not a fixed dial number"},
    {57, "temporarily out of service due to other MT usage"},
    {58, "language/alphabet not supported"},
    {59, "unexpected data value"},
    {60, "system failure"},
    {61, "data missing"},
    {62, "call barred"},
    {63, "message waiting indication subscription failure"},
    {100, "unknown"},
    {100, "unknown error"}, // the wording most firmwares actually print
    {103, "illegal MS"},
    {106, "illegal ME"},
    {107, "GPRS services not allowed"},
    {108, "GPRS services and non-GPRS services not allowed"},
    {111, "PLMN not allowed"},
    {112, "location area not allowed"},
    {113, "roaming not allowed in this location area"},
    {132, "service option not supported"},
    {133, "requested service option not subscribed"},
    {134, "service option temporarily out of order"},
    {148, "unspecified GPRS error"},
    {149, "PDP authentication failure"},
    {150, "invalid mobile class"},
};

// 3GPP TS 27.005 §3.2.5 meanings. The spec only defines numbers for +CMS ERROR; a few firmwares
// print these meanings instead.
constexpr CodeText CmsTexts[] = {
    {300, "ME failure"},
    {301, "SMS service of ME reserved"},
    {302, "operation not allowed"},
    {303, "operation not supported"},
    {304, "invalid PDU mode parameter"},
    {305, "invalid text mode parameter"},
    {310, "SIM not inserted"},
    {311, "SIM PIN required"},
    {312, "PH-SIM PIN required"},
    {313, "SIM failure"},
    {314, "SIM busy"},
    {315, "SIM wrong"},
    {316, "SIM PUK required"},
    {317, "SIM PIN2 required"},
    {318, "SIM PUK2 required"},
    {320, "memory failure"},
    {321, "invalid memory index"},
    {322, "memory full"},
    {330, "SMSC address unknown"},
    {331, "no network service"},
    {332, "network timeout"},
    {340, "no +CNMA acknowledgement expected"},
    {500, "unknown error"},
};

// Firmwares differ in case, spacing and punctuation ("PH-SIM PIN required", "PH SIM PIN
// Required"): compare letters and digits only.
QByteArray normalized(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u))
            out.append(static_cast<char>(std::tolower(u)));
    }
    return out;
}

template<std::size_t N>
int codeForText(const CodeText (&table)[N], QByteArrayView text)
{
    const QByteArray wanted = normalized(text);
    if (wanted.isEmpty())
        return -1;
    for (const CodeText &entry : table) {
        if (normalized(entry.text) == wanted)
            return entry.code;
    }
    return -1;
}

// "+CME ERROR: 10" → 10; at most 9 digits so the number always fits an int.
int parseNumber(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > 9)
        return -1;
    int value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

bool isModemStatus(Status status)
{
    return status == Status::Ok || status == Status::Error || status == Status::CmeError
        || status == Status::CmsError || status == Status::OtherError;
}

} // namespace

AtFinalResultTable::AtFinalResultTable()
{
    addFinal(QByteArrayLiteral("OK"), Status::Ok);
    addFinal(QByteArrayLiteral("ERROR"), Status::Error);
    addFinalWithCode(QByteArrayLiteral("+CME ERROR:"), Status::CmeError);
    addFinalWithCode(QByteArrayLiteral("+CMS ERROR:"), Status::CmsError);
    addFinal(QByteArrayLiteral("NO CARRIER"), Status::OtherError);
    addFinal(QByteArrayLiteral("NO DIALTONE"), Status::OtherError);
    addFinal(QByteArrayLiteral("BUSY"), Status::OtherError);
    addFinal(QByteArrayLiteral("NO ANSWER"), Status::OtherError);
    // Huawei E1752 and relatives answer unknown commands with this instead of ERROR.
    addFinal(QByteArrayLiteral("COMMAND NOT SUPPORT"), Status::OtherError);
    addFinal(QByteArrayLiteral("TOO MANY PARAMETERS"), Status::OtherError);
}

bool AtFinalResultTable::addFinal(QByteArray line, AtResponse::Status status)
{
    return add(std::move(line), status, false);
}

bool AtFinalResultTable::addFinalWithCode(QByteArray prefix, AtResponse::Status status)
{
    return add(std::move(prefix), status, true);
}

bool AtFinalResultTable::add(QByteArray text, AtResponse::Status status, bool withCode)
{
    text = text.trimmed();
    if (text.isEmpty() || !isModemStatus(status))
        return false;
    remove(text);
    m_entries.push_back(Entry {std::move(text), status, withCode});
    return true;
}

bool AtFinalResultTable::remove(QByteArrayView lineOrPrefix)
{
    const auto before = m_entries.size();
    const QByteArrayView key = lineOrPrefix.trimmed();
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                        [key](const Entry &entry) { return entry.text == key; }),
        m_entries.end());
    return m_entries.size() != before;
}

std::optional<AtFinalResultTable::Match> AtFinalResultTable::match(QByteArrayView line) const
{
    line = line.trimmed();
    for (const Entry &entry : m_entries) {
        if (!entry.withCode) {
            if (line == entry.text)
                return Match {entry.status, -1};
            continue;
        }
        if (!line.startsWith(entry.text))
            continue;
        const QByteArrayView rest = line.sliced(entry.text.size()).trimmed();
        int code = parseNumber(rest);
        if (code < 0 && entry.status == Status::CmeError)
            code = cmeCodeForText(rest);
        else if (code < 0 && entry.status == Status::CmsError)
            code = cmsCodeForText(rest);
        return Match {entry.status, code};
    }
    return std::nullopt;
}

int AtFinalResultTable::cmeCodeForText(QByteArrayView text)
{
    return codeForText(CmeTexts, text);
}

int AtFinalResultTable::cmsCodeForText(QByteArrayView text)
{
    return codeForText(CmsTexts, text);
}

QByteArray AtFinalResultTable::cmeTextForCode(int code)
{
    for (const CodeText &entry : CmeTexts) {
        if (entry.code == code)
            return QByteArray(entry.text);
    }
    return QByteArray();
}

QByteArray AtFinalResultTable::cmsTextForCode(int code)
{
    for (const CodeText &entry : CmsTexts) {
        if (entry.code == code)
            return QByteArray(entry.text);
    }
    return QByteArray();
}

} // namespace rapport::modem
