#include "ui/settings/LegalRulesModel.h"

#include "app/policy/Jurisdiction.h"
#include "ui/settings/RegionComboBox.h"

#include <QLocale>
#include <QSet>
#include <QTime>

namespace rapport::ui {
namespace {

constexpr int DaySeconds = app::DailyWindow::DaySeconds;

QTime asTime(int secondOfDay)
{
    return secondOfDay >= DaySeconds ? QTime(0, 0) : QTime(0, 0).addSecs(secondOfDay);
}

} // namespace

LegalRulesModel::LegalRulesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void LegalRulesModel::setRules(const QMap<QString, app::LegalRule> &rules)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = rules.cbegin(); it != rules.cend(); ++it)
        m_rows.append({it.key(), it.value()});
    endResetModel();
}

QMap<QString, app::LegalRule> LegalRulesModel::rules() const
{
    QMap<QString, app::LegalRule> out;
    for (const Row &row : m_rows)
        out.insert(row.code, row.rule);
    return out;
}

QStringList LegalRulesModel::duplicateCodes() const
{
    QSet<QString> seen;
    QStringList twice;
    for (const Row &row : m_rows) {
        if (seen.contains(row.code) && !twice.contains(row.code))
            twice.append(row.code);
        seen.insert(row.code);
    }
    return twice;
}

int LegalRulesModel::addRule(const QString &code)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    app::LegalRule rule;
    rule.window = app::DailyWindow::fromHours(8, 0, 21, 0);
    m_rows.append({code.trimmed().toUpper(), rule});
    endInsertRows();
    return row;
}

void LegalRulesModel::removeRule(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int LegalRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LegalRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LegalRulesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const app::LegalRule &rule = row.rule;
    const bool display = role == Qt::DisplayRole;
    const bool edit = role == Qt::EditRole;
    switch (Column(index.column())) {
    case Where: {
        if (edit)
            return row.code;
        if (!display)
            return {};
        // "United States (US)", "United States, FL (US-FL)": the code for whoever knows it.
        const app::Jurisdiction where = app::Jurisdiction::fromCode(row.code);
        if (where.isEmpty())
            return row.code;
        const QString country = RegionComboBox::nameOf(where.country);
        return where.hasSubdivision()
            ? QStringLiteral("%1, %2 (%3)").arg(country, where.subdivision, row.code)
            : QStringLiteral("%1 (%2)").arg(country, row.code);
    }
    case From:
    case Until: {
        if (!display && !edit)
            return {};
        if (!rule.window)
            return display ? QVariant(index.column() == From ? tr("any hour") : QString())
                           : QVariant(QTime(index.column() == From ? 8 : 21, 0));
        const int seconds = index.column() == From ? rule.window->start : rule.window->end;
        if (display)
            return app::DailyWindow::formatTime(seconds);
        return asTime(seconds);
    }
    case NoSundays:
    case NoHolidays:
        if (role == Qt::CheckStateRole) {
            const bool on = index.column() == NoSundays ? rule.noSundays : rule.noPublicHolidays;
            return on ? Qt::Checked : Qt::Unchecked;
        }
        return {};
    case LimitCount:
        if (display) {
            if (!rule.marketingCap)
                return tr("none");
            return rule.marketingCap->count == 1 ? tr("1 text")
                                                 : tr("%1 texts").arg(rule.marketingCap->count);
        }
        if (edit)
            return rule.marketingCap ? rule.marketingCap->count : 0;
        return {};
    case LimitDays: {
        const int days = rule.marketingCap
            ? int(qMax<qint64>(1, rule.marketingCap->windowSeconds / 86400))
            : 1;
        if (edit)
            return days;
        if (display && rule.marketingCap)
            return days == 1 ? tr("a day") : tr("%1 days").arg(days);
        return {};
    }
    case Source:
        if (display || edit || role == Qt::ToolTipRole)
            return rule.source;
        return {};
    }
    return {};
}

bool LegalRulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    app::LegalRule &rule = m_rows[index.row()].rule;
    const auto column = Column(index.column());
    if (role == Qt::CheckStateRole && (column == NoSundays || column == NoHolidays)) {
        const bool on = Qt::CheckState(value.toInt()) == Qt::Checked;
        (column == NoSundays ? rule.noSundays : rule.noPublicHolidays) = on;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (column == Where) {
        m_rows[index.row()].code = value.toString().trimmed().toUpper();
    } else if (column == From || column == Until) {
        if (!rule.window)
            rule.window = app::DailyWindow::fromHours(8, 0, 21, 0);
        const int seconds = QTime(0, 0).secsTo(value.toTime());
        if (column == From)
            rule.window->start = seconds;
        else
            rule.window->end = seconds == 0 ? DaySeconds : seconds; // 00:00: until midnight
    } else if (column == LimitCount) {
        const int count = value.toInt();
        if (count <= 0)
            rule.marketingCap.reset();
        else if (rule.marketingCap)
            rule.marketingCap->count = count;
        else
            rule.marketingCap = app::FrequencyCap {count, 24 * 3600};
    } else if (column == LimitDays) {
        if (!rule.marketingCap)
            return false;
        rule.marketingCap->windowSeconds = qint64(qMax(1, value.toInt())) * 86400;
    } else if (column == Source) {
        rule.source = value.toString().trimmed();
    } else {
        return false;
    }
    // The limit's two columns show each other's state.
    const int last = column == LimitCount ? LimitDays : index.column();
    Q_EMIT dataChanged(index, index.siblingAtColumn(last));
    return true;
}

Qt::ItemFlags LegalRulesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    switch (Column(index.column())) {
    case NoSundays:
    case NoHolidays:
        return flags | Qt::ItemIsUserCheckable;
    case LimitDays:
        return m_rows.at(index.row()).rule.marketingCap ? flags | Qt::ItemIsEditable : flags;
    default:
        return flags | Qt::ItemIsEditable;
    }
}

QVariant LegalRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Where:
            return tr("Where");
        case From:
            return tr("From");
        case Until:
            return tr("Until");
        case NoSundays:
            return tr("No Sundays");
        case NoHolidays:
            return tr("No public holidays");
        case LimitCount:
            return tr("Marketing limit");
        case LimitDays:
            return tr("Per");
        case Source:
            return tr("Source");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Where:
            return tr("A country code such as US, or a country and state such as US-FL");
        case From:
        case Until:
            return tr("Customers there get texts only between these hours, their local time");
        case LimitCount:
            return tr("At most this many marketing texts per customer there (none: only your "
                      "own limit)");
        default:
            return {};
        }
    }
    return {};
}

} // namespace rapport::ui
