#pragma once

#include "app/messaging/SmsChannel.h"

#include <QList>

#include <functional>

namespace rapport::test::property {

// One scripted SIM for the property test: always ready, every text it is handed goes out at
// once (one partSent per part, then Sent, from inside send(), which the Dispatcher allows), and
// the test hands it received PDUs as the modem would.
class SimChannel final : public app::SmsChannel
{
    Q_OBJECT
public:
    // Called inside send(), before the answer: the test records and judges the text there.
    // Returns how many parts the text went in.
    using OnSend = std::function<int(SimChannel &, quint64 handle, const modem::OutgoingSms &)>;

    SimChannel(QString id, OnSend onSend)
        : m_id(std::move(id))
        , m_onSend(std::move(onSend))
    { }

    QString id() const override { return m_id; }
    bool isReady() const override { return true; }
    void send(quint64 handle, const modem::OutgoingSms &sms) override
    {
        const int parts = std::max(1, m_onSend(*this, handle, sms));
        QList<int> references;
        for (int part = 0; part < parts; ++part) {
            m_reference = (m_reference + 1) % 256;
            references.append(m_reference);
            Q_EMIT partSent(handle, part, parts, m_reference);
        }
        modem::SendOutcome outcome;
        outcome.id = handle;
        outcome.result = modem::SendOutcome::Result::Sent;
        outcome.messageReferences = references;
        outcome.partCount = parts;
        Q_EMIT sendFinished(handle, outcome);
    }
    void confirmStored(const modem::MessageLocation &) override { }

    // A PDU the modem hands over (SMS-DELIVER).
    void deliver(const modem::InboundPdu &pdu) { Q_EMIT received(pdu); }

private:
    QString m_id;
    OnSend m_onSend;
    int m_reference = 0;
};

} // namespace rapport::test::property
