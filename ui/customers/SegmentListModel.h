#pragma once

#include "app/segments/SegmentRepository.h"

#include <QAbstractListModel>
#include <QList>

#include <functional>
#include <optional>

namespace rapport::app {
class CustomerListQuery;
}

namespace rapport::ui {

// The segment sidebar: "All customers" first, then the built-in segments, then the saved ones,
// each with how many customers it holds. Counting happens in the database (SegmentRepository)
// the first time a count is asked for (the sidebar is painted): at 100,000 customers it takes
// about 0.2 s, which should not stand between start-up and the inbox. refresh() lists and
// counts again (after an import, an edit, a new day).
class SegmentListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentListModel)
public:
    enum Role {
        CountRole = Qt::UserRole + 1, // qint64, -1 when the saved rule cannot be read
        KeyRole, // "all", a built-in's key ("new") or "saved:<id>"
    };

    // `thresholds` must be the ones the segment repository was made with, so a built-in's
    // members (listed through its rule) agree with its count.
    SegmentListModel(app::SegmentRepository &segments, app::CustomerListQuery &query,
        std::function<QDate()> today, app::BuiltInThresholds thresholds = {},
        QObject *parent = nullptr);

    void refresh();

    // The rule behind a row; nullopt for "All customers" (and for a damaged saved rule).
    [[nodiscard]] std::optional<app::SegmentRule> ruleAt(int row) const;
    // The row whose KeyRole is `key`, or -1.
    [[nodiscard]] int rowOfKey(const QString &key) const;
    [[nodiscard]] QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString &detail);

private:
    struct Entry
    {
        QString key;
        QString name;
        QString description;
        qint64 count = 0;
        std::optional<app::SegmentRule> rule;
    };
    // Sentinel for a count not taken yet; -1 stays "the saved rule cannot be read".
    static constexpr qint64 NotCounted = -2;
    QList<Entry> load();
    void countWhereNeeded();

    app::SegmentRepository &m_segments;
    app::CustomerListQuery &m_query;
    std::function<QDate()> m_today;
    app::BuiltInThresholds m_thresholds;
    QList<Entry> m_entries;
    bool m_counted = false;
    QString m_error;
};

} // namespace rapport::ui
