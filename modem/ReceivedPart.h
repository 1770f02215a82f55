#pragma once

#include "modem/SmsTpdu.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace rapport::modem {

// Where a received part was read from. A part delivered directly (+CMT) has no slot to delete; a
// stored one (+CMTI, or a storage sweep with +CMGL) does, and the caller deletes that slot only
// after the reassembler has reported the part persisted (or a duplicate).
struct PartOrigin
{
    QString storage; // "SM", "ME", "MT" …; empty: delivered directly
    std::optional<int> index; // the slot in that storage (Huawei numbers from 0)

    [[nodiscard]] bool isDirect() const { return storage.isEmpty(); }
    [[nodiscard]] static PartOrigin direct() { return {}; }
    [[nodiscard]] static PartOrigin stored(QString storage, int index)
    {
        return {std::move(storage), index};
    }

    friend bool operator==(const PartOrigin &, const PartOrigin &) = default;
};

// One received SMS-DELIVER on its way into the reassembler and its store.
struct ReceivedPart
{
    SmsDeliver deliver;
    PartOrigin origin;
    // When the application read it. Invalid: the reassembler uses its clock's now().
    QDateTime receivedAt;
    // The application's id for this part's database row; opaque here, and unique per part read.
    QByteArray partKey;

    friend bool operator==(const ReceivedPart &, const ReceivedPart &) = default;
};

} // namespace rapport::modem
