#pragma once

#include "app/messaging/SmsChannel.h"

#include <QList>

namespace rapport::test {

// A modem the test drives by hand: it records what it was asked to send and answers only when
// told, with parts, references and outcomes of the test's choosing.
class FakeSmsChannel final : public app::SmsChannel
{
    Q_OBJECT
public:
    struct Send
    {
        quint64 handle = 0;
        modem::OutgoingSms sms;
        bool finished = false;
    };

    explicit FakeSmsChannel(QString id, bool ready = true, QObject *parent = nullptr)
        : app::SmsChannel(parent)
        , m_id(std::move(id))
        , m_ready(ready)
    { }

    QString id() const override { return m_id; }
    bool isReady() const override { return m_ready; }
    void send(quint64 handle, const modem::OutgoingSms &sms) override
    {
        sends.append(Send {handle, sms, false});
    }
    void confirmStored(const modem::MessageLocation &location) override { confirmed << location; }

    void setReady(bool ready)
    {
        if (m_ready == ready)
            return;
        m_ready = ready;
        Q_EMIT readyChanged(ready);
    }

    // Sends not answered yet.
    [[nodiscard]] int inFlight() const
    {
        return int(
            std::count_if(sends.cbegin(), sends.cend(), [](const Send &s) { return !s.finished; }));
    }
    [[nodiscard]] Send &last() { return sends.last(); }

    // The oldest unanswered send went out: one partSent per reference, then Sent.
    void succeed(QList<int> references = {1})
    {
        Send &send = open();
        for (int i = 0; i < references.size(); ++i)
            Q_EMIT partSent(send.handle, i, int(references.size()), references.at(i));
        modem::SendOutcome outcome;
        outcome.id = send.handle;
        outcome.result = modem::SendOutcome::Result::Sent;
        outcome.messageReferences = references;
        outcome.partCount = int(references.size());
        finish(send, outcome);
    }

    // The oldest unanswered send ended otherwise.
    void failWith(modem::SendOutcome::Result result, bool temporary, int cmsCode = 500,
        modem::AtResponse::Status status = modem::AtResponse::Status::CmsError)
    {
        Send &send = open();
        modem::SendOutcome outcome;
        outcome.id = send.handle;
        outcome.result = result;
        outcome.temporary = temporary;
        outcome.errorCode = cmsCode;
        outcome.status = status;
        outcome.detail = QStringLiteral("+CMS ERROR: %1").arg(cmsCode);
        finish(send, outcome);
    }

    QList<Send> sends;
    QList<modem::MessageLocation> confirmed;

private:
    Send &open()
    {
        for (Send &send : sends) {
            if (!send.finished)
                return send;
        }
        qFatal("FakeSmsChannel: no send to answer");
    }
    void finish(Send &send, const modem::SendOutcome &outcome)
    {
        send.finished = true;
        const quint64 handle = send.handle;
        Q_EMIT sendFinished(handle, outcome);
    }

    QString m_id;
    bool m_ready = true;
};

} // namespace rapport::test
