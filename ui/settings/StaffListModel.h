#pragma once

#include "app/staff/StaffMember.h"

#include <QAbstractListModel>
#include <QList>

namespace rapport::ui {

// The staff list (StaffDirectory::list) for a list view: name, role and whether they have a
// PIN; former staff greyed out. Filled by the owner of the model; does no I/O itself.
class StaffListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffListModel)
public:
    enum Role { IdRole = Qt::UserRole + 1, ActiveRole, RoleRole, HasPinRole };

    explicit StaffListModel(QObject *parent = nullptr);

    void setMembers(const QList<app::StaffMember> &members);
    [[nodiscard]] const QList<app::StaffMember> &members() const { return m_members; }
    [[nodiscard]] int rowOf(qint64 id) const;

    // "Owner", "Manager", "Staff" in the user's language.
    [[nodiscard]] static QString roleName(app::StaffRole role);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<app::StaffMember> m_members;
};

} // namespace rapport::ui
