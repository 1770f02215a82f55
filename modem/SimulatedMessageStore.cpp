#include "modem/SimulatedMessageStore.h"

#include <algorithm>

namespace rapport::modem {

SimulatedMessageStore::SimulatedMessageStore()
{
    // A SIM holds 10–50 messages (MODEM-NOTES.md); 20 makes "full" easy to reach in a demo.
    m_order = {QByteArrayLiteral("SM"), QByteArrayLiteral("ME"), QByteArrayLiteral("SR")};
    setCapacity(QByteArrayLiteral("SM"), 20);
    setCapacity(QByteArrayLiteral("ME"), 50);
    setCapacity(QByteArrayLiteral("SR"), 20);
}

void SimulatedMessageStore::setCapacity(const QByteArray &storage, int slots)
{
    if (!m_order.contains(storage))
        m_order.append(storage);
    Memory &memory = m_memories[storage];
    // Keep every stored message: trim only empty slots from the end.
    while (memory.slots.size() > std::max(slots, 0) && !memory.slots.constLast())
        memory.slots.removeLast();
    while (memory.slots.size() < slots)
        memory.slots.append(std::nullopt);
}

int SimulatedMessageStore::capacity(const QByteArray &storage) const
{
    const auto it = m_memories.constFind(storage);
    return it == m_memories.cend() ? 0 : int(it->slots.size());
}

int SimulatedMessageStore::used(const QByteArray &storage) const
{
    const auto it = m_memories.constFind(storage);
    if (it == m_memories.cend())
        return 0;
    return int(std::count_if(it->slots.cbegin(), it->slots.cend(),
        [](const std::optional<Message> &slot) { return slot.has_value(); }));
}

bool SimulatedMessageStore::isFull(const QByteArray &storage) const
{
    return used(storage) >= capacity(storage);
}

bool SimulatedMessageStore::isValidIndex(const QByteArray &storage, int index) const
{
    const int slot = slotOf(index);
    return slot >= 0 && slot < capacity(storage);
}

std::optional<int> SimulatedMessageStore::add(const QByteArray &storage, Message message)
{
    const auto it = m_memories.find(storage);
    if (it == m_memories.end())
        return std::nullopt;
    for (qsizetype slot = 0; slot < it->slots.size(); ++slot) {
        if (!it->slots.at(slot)) {
            it->slots[slot] = std::move(message);
            return int(slot) + m_indexBase;
        }
    }
    return std::nullopt;
}

SimulatedMessageStore::Message *SimulatedMessageStore::at(const QByteArray &storage, int index)
{
    const auto it = m_memories.find(storage);
    if (it == m_memories.end() || !isValidIndex(storage, index))
        return nullptr;
    std::optional<Message> &slot = it->slots[slotOf(index)];
    return slot ? &*slot : nullptr;
}

QList<SimulatedMessageStore::Listed> SimulatedMessageStore::list(
    const QByteArray &storage, std::optional<int> status) const
{
    QList<Listed> listed;
    const auto it = m_memories.constFind(storage);
    if (it == m_memories.cend())
        return listed;
    for (qsizetype slot = 0; slot < it->slots.size(); ++slot) {
        const std::optional<Message> &message = it->slots.at(slot);
        if (message && (!status || message->status == *status))
            listed.append(Listed {int(slot) + m_indexBase, *message});
    }
    return listed;
}

int SimulatedMessageStore::remove(const QByteArray &storage, int index, DeleteFlag flag)
{
    const auto it = m_memories.find(storage);
    if (it == m_memories.end())
        return 0;
    if (flag == DeleteFlag::Index) {
        if (!isValidIndex(storage, index) || !it->slots.at(slotOf(index)))
            return 0;
        it->slots[slotOf(index)].reset();
        return 1;
    }
    const auto doomed = [flag](int status) {
        switch (flag) {
        case DeleteFlag::Read:
            return status == ReceivedRead;
        case DeleteFlag::ReadAndSent:
            return status == ReceivedRead || status == StoredSent;
        case DeleteFlag::AllButUnread:
            return status != ReceivedUnread;
        case DeleteFlag::All:
            return true;
        case DeleteFlag::Index:
            break;
        }
        return false;
    };
    int removed = 0;
    for (std::optional<Message> &slot : it->slots) {
        if (slot && doomed(slot->status)) {
            slot.reset();
            ++removed;
        }
    }
    return removed;
}

void SimulatedMessageStore::clear()
{
    for (Memory &memory : m_memories) {
        for (std::optional<Message> &slot : memory.slots)
            slot.reset();
    }
}

} // namespace rapport::modem
