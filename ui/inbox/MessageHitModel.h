#pragma once

#include "app/threads/ThreadRecords.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>

namespace rapport::app {
class ThreadRepository;
} // namespace rapport::app

namespace rapport::ui {

// The inbox search's second half: messages whose words match what was typed (the thread
// list matches names and numbers). Answers ThreadListModel's roles, so ThreadDelegate draws a
// hit like a conversation: who, when, and the matching passage where the preview would be.
class MessageHitModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageHitModel)
public:
    static constexpr int MessageIdRole = Qt::UserRole + 50;
    // Fewer letters than this match too much to be useful: no search.
    static constexpr int MinimumLetters = 2;

    MessageHitModel(
        app::ThreadRepository &threads, std::function<QDateTime()> now, QObject *parent = nullptr);

    // Searches the message bodies; an empty or too short text empties the list.
    void setSearch(const QString &text);
    [[nodiscard]] QString search() const { return m_search; }
    [[nodiscard]] QString loadError() const { return m_loadError; }
    // Hits are capped: true when there may be more than shown.
    [[nodiscard]] bool isCapped() const { return m_capped; }
    [[nodiscard]] qint64 threadIdAt(int row) const;
    [[nodiscard]] qint64 messageIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The snippet as plain text: the match markers dropped.
    [[nodiscard]] static QString plainSnippet(const QString &snippet);

private:
    static constexpr int Limit = 100;

    app::ThreadRepository &m_threads;
    std::function<QDateTime()> m_now;
    QString m_search;
    QList<app::SearchHit> m_hits;
    QHash<qint64, QString> m_names; // thread id → who, looked up once per search
    QString m_loadError;
    bool m_capped = false;
};

} // namespace rapport::ui
