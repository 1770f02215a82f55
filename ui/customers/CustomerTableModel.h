#pragma once

#include "app/customers/CustomerListQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace rapport::ui {

// The customer list as a table, paged: rowCount() is the number of customers the filter
// matches (one count query), and rows are read from the database in blocks of BlockSize as the
// view asks for them, keeping the most recently used blocks only. A filter change costs a count
// and the first block, whatever the size of the customer book.
class CustomerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerTableModel)
public:
    enum Column {
        Name,
        Mobile,
        Email,
        Tags,
        Visits,
        LastVisit,
        TotalSpend,
        Marketing,
        Service,
        Birthday,
        CustomerSince,
        ColumnCount
    };
    enum Role {
        CustomerIdRole = Qt::UserRole + 1, // qint64
        PhoneE164Role, // QString
    };
    static constexpr int BlockSize = 100;
    static constexpr int MaxCachedBlocks = 40;

    // `today` anchors the relative dates of segment rules (the business's local date).
    CustomerTableModel(
        app::CustomerListQuery &query, std::function<QDate()> today, QObject *parent = nullptr);
    ~CustomerTableModel() override;

    // Counts and reads the first block at once, so a view shows the first page immediately.
    void setFilter(const app::CustomerFilter &filter);
    [[nodiscard]] const app::CustomerFilter &filter() const { return m_filter; }
    // What the list shows now, as SQL over `customers c` (for an export of the shown rows).
    [[nodiscard]] const app::CustomerPredicate &predicate() const { return m_predicate; }
    // Re-reads everything (after an edit, import or erase), keeping the filter.
    void refresh();

    [[nodiscard]] qint64 customerId(int row) const;
    // The first row showing this customer, or -1 when it is not among the loaded blocks.
    [[nodiscard]] int rowOfLoaded(qint64 customerId) const;
    [[nodiscard]] std::optional<app::CustomerListRow> rowAt(int row) const;
    // Why the last query failed; empty when it did not.
    [[nodiscard]] QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString columnTitle(Column column);

Q_SIGNALS:
    // After each setFilter() / refresh(): how many customers the list holds now.
    void countChanged(qint64 count);
    // A query failed; the list shows what it had. `detail` is the database's message.
    void loadFailed(const QString &detail);

private:
    struct Line
    {
        app::CustomerListRow row;
        QString national; // the number as shown, formatted once per load
    };
    const Line *line(int row) const;
    bool loadBlock(int block) const;
    void reload();
    QVariant display(const Line &line, int column) const;

    app::CustomerListQuery &m_query;
    std::function<QDate()> m_today;
    app::CustomerFilter m_filter;
    app::CustomerPredicate m_predicate {QStringLiteral("1 = 1"), {}};
    int m_count = 0;
    // Loaded blocks by block number, and their use order (most recent last).
    mutable QHash<int, QList<Line>> m_blocks;
    mutable QList<int> m_recent;
    mutable QString m_error;
};

} // namespace rapport::ui
