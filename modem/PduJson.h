#pragma once

#include "modem/SmsSegmenter.h"
#include "modem/SmsTpdu.h"

#include <QJsonObject>

namespace rapport::modem {

// Every decoded field as JSON, for `rapportctl modem decode --json` and for cross-checks with other
// SMS tools. Field names follow 3GPP TS 23.040 (tp_mti, tp_pid, tp_dcs …) so output can be compared
// with a specification table.
class PduJson final
{
public:
    static QJsonObject toJson(const DecodedPdu &pdu);
    static QJsonObject toJson(const SmsAddress &address);
    static QJsonObject toJson(const UserData &userData, const DataCodingScheme &dcs);
    static QJsonObject toJson(const DataCodingScheme &dcs);
    static QJsonObject toJson(const SegmentedText &segmented);
};

} // namespace rapport::modem
