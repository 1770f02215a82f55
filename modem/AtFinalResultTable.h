#pragma once

#include "modem/AtResponse.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <vector>

namespace rapport::modem {

// The lines that end a command. Starts with the V.250 / 27.007 / 27.005 codes plus the vendor
// variants seen in the wild (Huawei's "COMMAND NOT SUPPORT"); a vendor profile extends or trims it
// at run time.
class AtFinalResultTable final
{
public:
    struct Match
    {
        AtResponse::Status status = AtResponse::Status::Error;
        int code = -1; // CME/CMS number, -1 when none
    };

    AtFinalResultTable();

    // A final result that is the whole line ("NO CARRIER"). status must be one the modem can
    // give (Ok, Error, CmeError, CmsError, OtherError); returns false otherwise. Adding an existing
    // line replaces its status.
    bool addFinal(QByteArray line, AtResponse::Status status);
    // A final result that starts with prefix and carries a code, numeric or text
    // ("+CME ERROR: 10", "+CME ERROR: SIM not inserted").
    bool addFinalWithCode(QByteArray prefix, AtResponse::Status status);
    // For vendors that send a code unsolicited that elsewhere ends a command.
    bool remove(QByteArrayView lineOrPrefix);

    [[nodiscard]] std::optional<Match> match(QByteArrayView line) const;

    // Text error reports (AT+CMEE=2, or modems that ignore CMEE) mapped back to their numbers:
    // 27.007 §9.2 for CME, 27.005 §3.2.5 for CMS. Case, spaces and punctuation are ignored.
    // -1 when the spec has no number for the text.
    [[nodiscard]] static int cmeCodeForText(QByteArrayView text);
    [[nodiscard]] static int cmsCodeForText(QByteArrayView text);
    // The spec's wording for a code (what AT+CMEE=2 prints), empty when the spec has none.
    [[nodiscard]] static QByteArray cmeTextForCode(int code);
    [[nodiscard]] static QByteArray cmsTextForCode(int code);

private:
    struct Entry
    {
        QByteArray text;
        AtResponse::Status status;
        bool withCode;
    };

    bool add(QByteArray text, AtResponse::Status status, bool withCode);

    std::vector<Entry> m_entries;
};

} // namespace rapport::modem
