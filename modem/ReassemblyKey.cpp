#include "modem/ReassemblyKey.h"

#include "modem/SmsTpdu.h"

namespace rapport::modem {

std::optional<ReassemblyKey> ReassemblyKey::of(const SmsDeliver &deliver)
{
    if (!deliver.userData.header)
        return std::nullopt;
    // concatenation() already drops elements with a sequence outside 1–total (TS 23.040
    // §9.2.3.24.1: the receiver ignores them), so such a part is a plain message.
    const std::optional<Concatenation> concatenation = deliver.userData.header->concatenation();
    if (!concatenation || concatenation->total <= 1)
        return std::nullopt;
    return ReassemblyKey {deliver.originator, concatenation->reference.width,
        concatenation->reference.value, concatenation->total};
}

} // namespace rapport::modem
