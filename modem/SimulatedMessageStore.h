#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>

#include <optional>

namespace rapport::modem {

// The modem's message memories (27.005 §3.1: "SM" SIM, "ME" phone, "SR" status reports), each a
// fixed number of slots filled lowest free first, with the 27.005 PDU-mode slot status. Indices
// are external ones: from 1, or from 0 on Huawei.
class SimulatedMessageStore final
{
public:
    // 27.005 §3.1 <stat> in PDU mode.
    enum Status { ReceivedUnread = 0, ReceivedRead = 1, StoredUnsent = 2, StoredSent = 3 };

    struct Message
    {
        int status = ReceivedUnread;
        QByteArray pdu; // service-centre field and TPDU, binary
        int tpduLength = 0;
    };

    struct Listed
    {
        int index = 0;
        Message message;
    };

    // CMGD <delflag> (27.005 §3.5.4).
    enum class DeleteFlag { Index = 0, Read = 1, ReadAndSent = 2, AllButUnread = 3, All = 4 };

    SimulatedMessageStore();

    // Storages in the order AT+CPMS=? lists them.
    [[nodiscard]] QList<QByteArray> storages() const { return m_order; }
    [[nodiscard]] bool has(const QByteArray &storage) const { return m_memories.contains(storage); }
    // Capacity never drops below what is stored: a SIM cannot lose messages by being resized.
    void setCapacity(const QByteArray &storage, int slots);
    [[nodiscard]] int capacity(const QByteArray &storage) const;
    [[nodiscard]] int used(const QByteArray &storage) const;
    [[nodiscard]] bool isFull(const QByteArray &storage) const;

    void setIndexBase(int base) { m_indexBase = base; }
    [[nodiscard]] int indexBase() const { return m_indexBase; }
    // Whether the index names a slot of the storage, used or not.
    [[nodiscard]] bool isValidIndex(const QByteArray &storage, int index) const;

    // The external index, or nullopt when the storage is full or unknown.
    std::optional<int> add(const QByteArray &storage, Message message);
    // nullptr for an empty slot or an invalid index.
    [[nodiscard]] Message *at(const QByteArray &storage, int index);
    [[nodiscard]] QList<Listed> list(const QByteArray &storage, std::optional<int> status) const;
    // Slots freed. With DeleteFlag::Index only `index` is deleted; the others ignore it.
    int remove(const QByteArray &storage, int index, DeleteFlag flag = DeleteFlag::Index);
    void clear();

private:
    struct Memory
    {
        QList<std::optional<Message>> slots;
    };

    [[nodiscard]] int slotOf(int index) const { return index - m_indexBase; }

    QMap<QByteArray, Memory> m_memories;
    QList<QByteArray> m_order;
    int m_indexBase = 1;
};

} // namespace rapport::modem
