#include "ui/customers/CustomerTableModel.h"

#include "ui/common/Money.h"

#include "app/phone/PhoneNumbers.h"

#include <QFont>
#include <QLocale>

namespace rapport::ui {
namespace {

QString consentText(app::ConsentStatus status)
{
    switch (status) {
    case app::ConsentStatus::OptedIn:
        return CustomerTableModel::tr("Opted in");
    case app::ConsentStatus::OptedOut:
        return CustomerTableModel::tr("Opted out");
    case app::ConsentStatus::Unknown:
        break;
    }
    return CustomerTableModel::tr("Not asked");
}

QString birthdayText(const app::CustomerListRow &row)
{
    if (row.birthdayDay == 0 || row.birthdayMonth == 0)
        return {};
    const QLocale locale;
    if (row.birthdayYear) {
        const QDate date(*row.birthdayYear, row.birthdayMonth, row.birthdayDay);
        if (date.isValid())
            return locale.toString(date, QLocale::ShortFormat);
    }
    // 2000 is a leap year, so 29 February has a date to format.
    return locale.toString(QDate(2000, row.birthdayMonth, row.birthdayDay),
        CustomerTableModel::tr("d MMM", "date format: a birthday without its year"));
}

} // namespace

CustomerTableModel::CustomerTableModel(
    app::CustomerListQuery &query, std::function<QDate()> today, QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(query)
    , m_today(
          today ? std::move(today) : std::function<QDate()>([] { return QDate::currentDate(); }))
{
    reload();
}

CustomerTableModel::~CustomerTableModel() = default;

QString CustomerTableModel::columnTitle(Column column)
{
    switch (column) {
    case Name:
        return tr("Name");
    case Mobile:
        return tr("Mobile");
    case Email:
        return tr("Email");
    case Tags:
        return tr("Tags");
    case Visits:
        return tr("Visits");
    case LastVisit:
        return tr("Last visit");
    case TotalSpend:
        return tr("Spent");
    case Marketing:
        return tr("Offers");
    case Service:
        return tr("Reminders");
    case Birthday:
        return tr("Birthday");
    case CustomerSince:
        return tr("Added");
    case ColumnCount:
        break;
    }
    return {};
}

void CustomerTableModel::setFilter(const app::CustomerFilter &filter)
{
    m_filter = filter;
    beginResetModel();
    reload();
    endResetModel();
    Q_EMIT countChanged(m_count);
}

void CustomerTableModel::refresh()
{
    setFilter(m_filter);
}

void CustomerTableModel::reload()
{
    m_blocks.clear();
    m_recent.clear();
    m_error.clear();
    m_count = 0;
    auto predicate = m_query.predicate(m_filter, m_today());
    if (!predicate) {
        m_error = predicate.error();
        m_predicate = {QStringLiteral("0 = 1"), {}};
        Q_EMIT loadFailed(m_error);
        return;
    }
    m_predicate = *predicate;
    auto counted = m_query.count(m_predicate);
    if (!counted) {
        m_error = counted.error();
        Q_EMIT loadFailed(m_error);
        return;
    }
    m_count = int(std::min<qint64>(*counted, std::numeric_limits<int>::max()));
    if (m_count > 0)
        loadBlock(0);
}

bool CustomerTableModel::loadBlock(int block) const
{
    auto rows = m_query.page(m_predicate, block * BlockSize, BlockSize);
    if (!rows) {
        m_error = rows.error();
        return false;
    }
    QList<Line> lines;
    lines.reserve(rows->size());
    for (app::CustomerListRow &row : *rows) {
        const QString national = row.phoneE164.isEmpty()
            ? QString()
            : app::PhoneNumbers::formatNational(row.phoneE164);
        lines.append(Line {std::move(row), national});
    }
    m_blocks.insert(block, std::move(lines));
    m_recent.removeOne(block);
    m_recent.append(block);
    while (m_recent.size() > MaxCachedBlocks)
        m_blocks.remove(m_recent.takeFirst());
    return true;
}

const CustomerTableModel::Line *CustomerTableModel::line(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int block = row / BlockSize;
    auto found = m_blocks.constFind(block);
    if (found == m_blocks.constEnd()) {
        if (!loadBlock(block))
            return nullptr;
        found = m_blocks.constFind(block);
    } else if (m_recent.constLast() != block) {
        m_recent.removeOne(block);
        m_recent.append(block);
    }
    const int offset = row % BlockSize;
    // Rows added or removed since the count can leave a block short; the next refresh settles it.
    return offset < found->size() ? &found->at(offset) : nullptr;
}

qint64 CustomerTableModel::customerId(int row) const
{
    const Line *found = line(row);
    return found ? found->row.id : 0;
}

int CustomerTableModel::rowOfLoaded(qint64 customerId) const
{
    for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).row.id == customerId)
                return it.key() * BlockSize + i;
        }
    }
    return -1;
}

std::optional<app::CustomerListRow> CustomerTableModel::rowAt(int row) const
{
    const Line *found = line(row);
    if (!found)
        return std::nullopt;
    return found->row;
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::display(const Line &line, int column) const
{
    const app::CustomerListRow &row = line.row;
    const QLocale locale;
    switch (column) {
    case Name:
        return row.displayName().isEmpty() ? tr("No name") : row.displayName();
    case Mobile:
        return line.national;
    case Email:
        return row.email;
    case Tags:
        return row.tags.join(QStringLiteral(", "));
    case Visits:
        return locale.toString(row.visitCount);
    case LastVisit:
        return row.lastVisit.isValid() ? locale.toString(row.lastVisit, QLocale::ShortFormat)
                                       : QString();
    case TotalSpend:
        return row.spendCents == 0 ? QString() : locale.toString(row.spendCents / 100.0, 'f', 2);
    case Marketing:
        return consentText(row.marketing);
    case Service:
        return consentText(row.service);
    case Birthday:
        return birthdayText(row);
    case CustomerSince:
        return row.createdAt.isValid()
            ? locale.toString(row.createdAt.toLocalTime().date(), QLocale::ShortFormat)
            : QString();
    default:
        return {};
    }
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line *found = line(index.row());
    if (!found)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(*found, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Mobile)
            return found->row.phoneE164;
        if (index.column() == Tags || index.column() == Email)
            return display(*found, index.column());
        return {};
    case Qt::FontRole:
        if (index.column() == Name && found->row.displayName().isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Visits || index.column() == TotalSpend)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CustomerIdRole:
        return found->row.id;
    case PhoneE164Role:
        return found->row.phoneE164;
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == TotalSpend && role == Qt::DisplayRole) {
        // The amounts are bare numbers, as in a spreadsheet; the heading names the currency.
        const QString currency = Money::symbol(m_query.region());
        if (!currency.isEmpty())
            return tr("Spent (%1)").arg(currency);
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return columnTitle(Column(section));
    if (role == Qt::ToolTipRole) {
        if (section == Marketing)
            return tr("Whether the customer agreed to get news and offers by text");
        if (section == Service)
            return tr("Whether the customer agreed to get appointment reminders by text");
    }
    return {};
}

} // namespace rapport::ui
