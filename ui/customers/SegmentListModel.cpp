#include "ui/customers/SegmentListModel.h"

#include "app/customers/CustomerListQuery.h"

#include <QHash>
#include <QLocale>

namespace rapport::ui {

namespace {

QString savedKey(qint64 id)
{
    return QStringLiteral("saved:%1").arg(id);
}

} // namespace

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
    m_counted = false;
    QList<Entry> entries;
    const auto everyone = m_query.count(m_query.textPredicate({}));
    entries.append({QStringLiteral("all"), tr("All customers"), tr("Every customer in the book"),
        everyone.valueOr(0), std::nullopt});
    if (!everyone)
        m_error = everyone.error();
    for (const app::BuiltInSegment segment : app::BuiltInSegments::all()) {
        entries.append(
            {app::BuiltInSegments::key(segment), app::BuiltInSegments::displayName(segment),
                app::BuiltInSegments::description(segment, m_thresholds), NotCounted,
                app::BuiltInSegments::rule(segment, m_thresholds)});
    }
    auto saved = m_segments.list();
    if (!saved) {
        m_error = saved.error().describe();
        Q_EMIT loadFailed(m_error);
        return entries;
    }
    for (const app::Segment &segment : std::as_const(*saved)) {
        Entry entry;
        entry.key = savedKey(segment.id);
        entry.name = segment.name;
        if (segment.ruleError) {
            entry.description = segment.ruleError->describe();
            entry.count = -1;
        } else {
            entry.description = tr("Saved segment");
            entry.rule = segment.rule;
            entry.count = NotCounted;
        }
        entries.append(entry);
    }
    return entries;
}

void SegmentListModel::countWhereNeeded()
{
    if (m_counted)
        return;
    m_counted = true;
    auto counts = m_segments.counts(m_today());
    if (!counts) {
        m_error = counts.error().describe();
        Q_EMIT loadFailed(m_error);
        return;
    }
    QHash<QString, qint64> byKey;
    for (const app::SegmentCount &line : std::as_const(*counts)) {
        byKey.insert(
            line.builtIn ? app::BuiltInSegments::key(*line.builtIn) : savedKey(line.segmentId),
            line.count);
    }
    for (Entry &entry : m_entries) {
        if (entry.count == NotCounted)
            entry.count = byKey.value(entry.key, -1);
    }
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
    if ((role == CountRole || role == Qt::AccessibleTextRole)
        && m_entries.at(index.row()).count == NotCounted) {
        // Counted on first sight rather than at construction (see the class comment); the
        // values change before anyone has seen them, so no dataChanged is owed.
        const_cast<SegmentListModel *>(this)->countWhereNeeded();
    }
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
