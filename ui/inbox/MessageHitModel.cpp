#include "ui/inbox/MessageHitModel.h"

#include "app/threads/ThreadRepository.h"
#include "ui/inbox/ThreadListModel.h"

namespace rapport::ui {

MessageHitModel::MessageHitModel(
    app::ThreadRepository &threads, std::function<QDateTime()> now, QObject *parent)
    : QAbstractListModel(parent)
    , m_threads(threads)
    , m_now(std::move(now))
{ }

void MessageHitModel::setSearch(const QString &text)
{
    const QString search = text.simplified();
    beginResetModel();
    m_search = search;
    m_hits.clear();
    m_names.clear();
    m_loadError.clear();
    m_capped = false;
    if (search.size() >= MinimumLetters) {
        // One more than shown tells whether the list was cut.
        auto found = m_threads.search(search, Limit + 1);
        if (!found) {
            m_loadError = tr("Messages cannot be searched: %1").arg(found.error().detail);
        } else {
            m_hits = *found;
            m_capped = m_hits.size() > Limit;
            if (m_capped)
                m_hits.resize(Limit);
            for (const app::SearchHit &hit : std::as_const(m_hits)) {
                if (m_names.contains(hit.threadId))
                    continue;
                const auto thread = m_threads.find(hit.threadId);
                m_names.insert(hit.threadId,
                    thread && *thread ? (*thread)->displayName : tr("Unknown sender"));
            }
        }
    }
    endResetModel();
}

qint64 MessageHitModel::threadIdAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).threadId : 0;
}

qint64 MessageHitModel::messageIdAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).messageId : 0;
}

int MessageHitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString MessageHitModel::plainSnippet(const QString &snippet)
{
    QString plain = snippet;
    plain.remove(app::SearchHit::markStart).remove(app::SearchHit::markEnd);
    return plain.simplified();
}

QVariant MessageHitModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const app::SearchHit &hit = m_hits.at(index.row());
    const QString name = m_names.value(hit.threadId);
    switch (role) {
    case Qt::DisplayRole:
        return name;
    case Qt::ToolTipRole:
        return plainSnippet(hit.snippet);
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3")
            .arg(
                name, ThreadListModel::timeText(hit.createdAt, m_now()), plainSnippet(hit.snippet));
    case ThreadListModel::ThreadIdRole:
        return hit.threadId;
    case MessageIdRole:
        return hit.messageId;
    case ThreadListModel::PreviewRole:
        return plainSnippet(hit.snippet);
    case ThreadListModel::TimeTextRole:
        return ThreadListModel::timeText(hit.createdAt, m_now());
    case ThreadListModel::UnreadCountRole:
        return 0;
    case ThreadListModel::IsOpenRole:
        return true;
    default:
        return {};
    }
}

} // namespace rapport::ui
