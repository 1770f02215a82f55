#pragma once

#include "app/policy/LegalRule.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>
#include <QStringList>

namespace rapport::ui {

// The legal quiet hours and limits per jurisdiction (PolicyConfig::legalRules) as an editable
// table: where ("US", "US-FL"), the hours texts may go, Sundays and public holidays, an extra
// marketing limit, and where the rule comes from.
class LegalRulesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LegalRulesModel)
public:
    enum Column { Where, From, Until, NoSundays, NoHolidays, LimitCount, LimitDays, Source };
    static constexpr int ColumnCount = Source + 1;

    explicit LegalRulesModel(QObject *parent = nullptr);

    void setRules(const QMap<QString, app::LegalRule> &rules);
    // Codes written as typed, upper-case; a code given twice keeps its last row.
    [[nodiscard]] QMap<QString, app::LegalRule> rules() const;
    // Codes that appear on more than one row.
    [[nodiscard]] QStringList duplicateCodes() const;
    // A new row for `code` with 08:00–21:00; returns its row.
    int addRule(const QString &code);
    void removeRule(int row);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        QString code;
        app::LegalRule rule;
    };
    QList<Row> m_rows;
};

} // namespace rapport::ui
