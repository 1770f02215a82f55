#pragma once

#include "app/threads/ConversationQuery.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

#include <functional>

namespace rapport::app {
class Database;
class MessagingEvents;
} // namespace rapport::app

namespace rapport::ui {

// One conversation, oldest at the top: opening a thread loads only its newest page (a thread of
// ten thousand messages opens as fast as one of ten), and the view asks for older pages with
// fetchOlder() when the reader scrolls to the top. Kept current from MessagingEvents: a new
// message is inserted, a changed one updated in place.
//
// Older pages are deliberately not canFetchMore/fetchMore: item views call fetchMore whenever
// the *last* row is visible — always, in a conversation scrolled to its newest message — which
// would read the whole thread on open.
class ConversationModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationModel)
public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        IncomingRole,
        KindRole, // "text", "flash", "mms_notification", …
        StateRole, // int(app::MessageState)
        StateTextRole, // a few words: "Delivered", "Held until Mon 09:00", "Not sent"
        StateDetailRole, // the sentence behind them (reason, until when), empty when none
        TimeTextRole, // the local time it was written
        DayLabelRole, // "Today", "Tuesday 12 November 2025" above the first message of a day
        TagRole, // "automation: Birthday", "campaign", "auto-reply"; empty for people's texts
        BadgeRole, // "Flash message", "MMS notification"; empty for plain texts
        CanRetryRole,
        CanCancelRole,
        RevisionRole, // changes whenever anything shown changes (the delegate's size cache)
    };

    ConversationModel(app::Database &database, app::MessagingEvents &events,
        std::function<QDateTime()> now, QObject *parent = nullptr);
    ~ConversationModel() override;

    // Shows `threadId`'s newest page (0: nothing).
    void setThread(qint64 threadId);
    [[nodiscard]] qint64 threadId() const { return m_threadId; }
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }

    // Older messages exist above the first row.
    [[nodiscard]] bool hasOlder() const { return m_hasOlder; }
    // Prepends the next older page; returns how many rows came.
    int fetchOlder();
    // Reads one message again (the events do this).
    void refreshMessage(qint64 messageId);

    [[nodiscard]] int rowOf(qint64 messageId) const;
    [[nodiscard]] const app::ConversationMessage *messageAt(int row) const;
    // The modem the customer last wrote through, so a reply leaves from the same SIM.
    [[nodiscard]] QString lastIncomingModemId() const;
    [[nodiscard]] QString loadError() const { return m_loadError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Words, shared with tests and the page.
    [[nodiscard]] static QString dayLabel(const QDate &day, const QDate &today);
    [[nodiscard]] static QString momentText(const QDateTime &at, const QDateTime &now);
    [[nodiscard]] static QString tagText(const app::ConversationMessage &message);
    [[nodiscard]] static QString badgeText(const QString &kind);
    [[nodiscard]] static QString stateText(
        const app::ConversationMessage &message, const QDateTime &now);
    [[nodiscard]] static QString stateDetail(
        const app::ConversationMessage &message, const QDateTime &now);

Q_SIGNALS:
    void loadErrorChanged(const QString &error);

private:
    struct Row
    {
        app::ConversationMessage message;
        int revision = 0;
    };

    void setLoadError(const QString &error);
    void onMessageAdded(qint64 threadId, qint64 messageId);
    [[nodiscard]] QDate localDay(int row) const;
    void touch(int row); // new revision + dataChanged

    app::ConversationQuery m_query;
    std::function<QDateTime()> m_now;
    QList<Row> m_rows;
    qint64 m_threadId = 0;
    int m_pageSize = 50;
    int m_nextRevision = 1;
    bool m_hasOlder = false;
    QString m_loadError;
};

} // namespace rapport::ui
