#pragma once

#include "app/importing/ImportTable.h"
#include "app/importing/TextDecoding.h"
#include "modem/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace rapport::app {

// Reads vCard files (2.1 as phones still export it, 3.0 RFC 2426, 4.0 RFC 6350), any number of
// cards per file, into an ImportTable with fixed columns, one row per card. A broken card is
// reported on its row and the cards after it are read.
//
// What each column holds:
//   first_name, last_name  N's given and family names; FN alone goes to first_name
//   phone          the number to text: a cell/mobile TEL first, then the preferred one, then the
//                  first (fax and pager last); "tel:" URIs lose the scheme and any ;ext=
//   other_phones   the remaining TEL values in file order, separated by ", "
//   email          the preferred EMAIL, else the first
//   birthday       BDAY as "YYYY-MM-DD" or "--MM-DD" (see VCardDate)
//   anniversary    ANNIVERSARY (4.0), X-ANNIVERSARY, or Apple's X-ABDATE labelled Anniversary;
//                  same forms as birthday, so it may lack a year
//   notes          every NOTE, one per line
//   tags           CATEGORIES of all lines, de-duplicated, separated by ", "
//   language       the preferred LANG
//   time_zone      TZ as written (an IANA name, or an offset such as -05:00 for the importer
//                  to judge)
// Values are unescaped; vCard 2.1 quoted-printable values are decoded in their CHARSET. PHOTO,
// ADR, ORG and the rest are ignored.
class VCardReader final
{
public:
    enum Column {
        FirstName,
        LastName,
        Phone,
        OtherPhones,
        Email,
        Birthday,
        Anniversary,
        Notes,
        Tags,
        Language,
        TimeZone,
        ColumnCount
    };

    static QStringList columns();

    static Result<ImportTable, ImportFileProblem> readFile(
        const QString &path, qint64 maxBytes = TextDecoding::DefaultMaxFileBytes);
    static Result<ImportTable, ImportFileProblem> read(QByteArrayView bytes);
    static Result<ImportTable, ImportFileProblem> parse(const DecodedText &text);
};

} // namespace rapport::app
