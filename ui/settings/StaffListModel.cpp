#include "ui/settings/StaffListModel.h"

#include <QGuiApplication>
#include <QPalette>

namespace rapport::ui {

StaffListModel::StaffListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void StaffListModel::setMembers(const QList<app::StaffMember> &members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

int StaffListModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_members.size(); ++row) {
        if (m_members.at(row).id == id)
            return int(row);
    }
    return -1;
}

QString StaffListModel::roleName(app::StaffRole role)
{
    switch (role) {
    case app::StaffRole::Staff:
        return tr("Staff");
    case app::StaffRole::Manager:
        return tr("Manager");
    case app::StaffRole::Owner:
        return tr("Owner");
    }
    return {};
}

int StaffListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

QVariant StaffListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const app::StaffMember &member = m_members.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString details = roleName(member.role);
        if (member.hasPin)
            details += tr(", PIN");
        if (!member.active)
            details = tr("former staff");
        return QStringLiteral("%1 \u2014 %2").arg(member.name, details);
    }
    case Qt::AccessibleTextRole:
        return member.active ? tr("%1, %2").arg(member.name, roleName(member.role))
                             : tr("%1, former staff").arg(member.name);
    case Qt::ForegroundRole:
        if (!member.active)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case IdRole:
        return member.id;
    case ActiveRole:
        return member.active;
    case RoleRole:
        return int(member.role);
    case HasPinRole:
        return member.hasPin;
    default:
        return {};
    }
}

} // namespace rapport::ui
