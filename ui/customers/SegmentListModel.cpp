#include "ui/customers/SegmentListModel.h"

#include "app/customers/CustomerListQuery.h"

#include <QHash>
#include <QLocale>

namespace rapport::ui {

SegmentListModel::SegmentListModel(app::SegmentRepository &segments, app::CustomerListQuery &query,
    std::function<QDate()> today, app::BuiltInThresholds thresholds, QObject *parent)
    : QAbstractListModel(parent)
    , m_segments(segments)
    , m_query(query)
    , m_today(
          today ? std::move(today) : std::function<QDate()>([] { return QDate::currentDate(); }))
    , m_thresholds(thresholds)
{
    m_entries = load();
}

QList<SegmentListModel::Entry> SegmentListModel::load()
{
    m_error.clear();
    QList<Entry> entries;
    const auto everyone = m_query.count(m_query.textPredicate({}));
    entries.append({QStringLiteral("all"), tr("All customers"), tr("Every customer in the book"),
        everyone.valueOr(0), std::nullopt});
    if (!everyone)
        m_error = everyone.error();
    const QDate today = m_today();
    auto counts = m_segments.counts(today);
    auto saved = m_segments.list();
    if (!counts || !saved) {
        m_error = !counts ? counts.error().describe() : saved.error().describe();
        Q_EMIT loadFailed(m_error);
        return entries;
    }
    QHash<qint64, app::Segment> savedById;
    for (const app::Segment &segment : std::as_const(*saved))
        savedById.insert(segment.id, segment);
    for (const app::SegmentCount &line : std::as_const(*counts)) {
        Entry entry;
        entry.name = line.name;
        entry.count = line.count;
        if (line.builtIn) {
            entry.key = app::BuiltInSegments::key(*line.builtIn);
            entry.description = app::BuiltInSegments::description(*line.builtIn, m_thresholds);
            entry.rule = app::BuiltInSegments::rule(*line.builtIn, m_thresholds);
        } else {
            entry.key = QStringLiteral("saved:%1").arg(line.segmentId);
            const app::Segment segment = savedById.value(line.segmentId);
            if (segment.ruleError) {
                entry.description = segment.ruleError->describe();
            } else {
                entry.description = tr("Saved segment");
                entry.rule = segment.rule;
            }
        }
        entries.append(entry);
    }
    return entries;
}

void SegmentListModel::refresh()
{
    beginResetModel();
    m_entries = load();
    endResetModel();
}

std::optional<app::SegmentRule> SegmentListModel::ruleAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    return m_entries.at(row).rule;
}

int SegmentListModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).key == key)
            return row;
    }
    return -1;
}

int SegmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant SegmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.name;
    case Qt::AccessibleTextRole:
        if (entry.count < 0)
            return tr("%1, cannot be counted").arg(entry.name);
        return tr("%1, %n customer(s)", nullptr, int(entry.count)).arg(entry.name);
    case Qt::ToolTipRole:
        return entry.description;
    case CountRole:
        return entry.count;
    case KeyRole:
        return entry.key;
    default:
        return {};
    }
}

} // namespace rapport::ui
