#pragma once

#include <QString>

#include <optional>

namespace rapport::app {

// What a member of staff may do grows with the role: staff answer and record consent, managers
// also export, erase, merge and change settings, owners also manage the team.
enum class StaffRole { Staff, Manager, Owner };

// The words stored in the database ("staff", "manager", "owner").
QString staffRoleKey(StaffRole role);
std::optional<StaffRole> staffRoleFromKey(const QString &key);

} // namespace rapport::app
