#pragma once

#include "app/threads/ThreadRecords.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

#include <functional>

namespace rapport::app {
class MessagingEvents;
class ThreadRepository;
} // namespace rapport::app

namespace rapport::ui {

// The inbox's thread list: ThreadRepository::list page by page (canFetchMore / fetchMore with a
// keyset cursor), kept current from MessagingEvents one thread at a time — a changed thread is
// updated in place, moved to its new place, inserted or removed; the list is reset only when
// the filter changes. Filtering and order are app::ThreadFilterMatch's, the SQL's twins.
class ThreadListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadListModel)
public:
    enum Role {
        ThreadIdRole = Qt::UserRole + 1,
        CustomerIdRole,
        PhoneRole, // E.164
        PreviewRole, // the last message's first line, or what it was ("Picture message (MMS)")
        TimeTextRole, // "10:42", "Tue", "12/11/2025"
        UnreadCountRole,
        AssigneeRole, // the assignee's name, empty when unassigned
        IsOpenRole,
        LastIncomingRole,
    };

    // `now` gives the clock's time (for "today"); `region` is the business's.
    ThreadListModel(app::ThreadRepository &threads, app::MessagingEvents &events, QString region,
        std::function<QDateTime()> now, QObject *parent = nullptr);
    ~ThreadListModel() override;

    // Reloads the first page for this filter (paging fields are the model's own).
    void setFilter(const app::ThreadFilter &filter);
    // The business moved (Settings): searches by number are read for this region.
    void setRegion(const QString &region) { m_region = region; }
    [[nodiscard]] const app::ThreadFilter &filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    // Asks the repository again for one thread (the events do this; so may the page after
    // acting on a thread).
    void refreshThread(qint64 threadId);

    [[nodiscard]] int rowOf(qint64 threadId) const;
    [[nodiscard]] const app::ThreadSummary *summaryAt(int row) const;
    // Why the last read failed, for the page to show; empty when it worked.
    [[nodiscard]] QString loadError() const { return m_loadError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Words for a thread's time and preview, shared with the delegate's accessibility text.
    [[nodiscard]] static QString timeText(const QDateTime &at, const QDateTime &now);
    [[nodiscard]] static QString previewText(const app::ThreadSummary &thread);

Q_SIGNALS:
    void loadErrorChanged(const QString &error);

private:
    void setLoadError(const QString &error);
    void placeThread(const app::ThreadSummary &thread);

    app::ThreadRepository &m_threads;
    QString m_region;
    std::function<QDateTime()> m_now;
    app::ThreadFilter m_filter;
    QList<app::ThreadSummary> m_rows;
    int m_pageSize = 50;
    bool m_hasMore = false;
    bool m_resetting = false;
    bool m_fetching = false;
    QString m_loadError;
};

} // namespace rapport::ui
