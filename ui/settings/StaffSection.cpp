#include "ui/settings/StaffSection.h"

#include "app/settings/StaffEditing.h"
#include "app/staff/Permissions.h"
#include "app/staff/StaffDirectory.h"
#include "ui/settings/SettingsForm.h"
#include "ui/settings/StaffListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace rapport::ui {

StaffSection::StaffSection(const SettingsServices &services, QWidget *parent)
    : SettingsSection(QStringLiteral("staff"), tr("Staff"),
        tr("Who works with Rapport and what they may do. Staff answer texts and record consent; "
           "managers also change settings, import and export; the owner also manages the team. "
           "A PIN keeps others from switching to someone's name."),
        parent)
    , m_services(services)
    , m_model(new StaffListModel(this))
    , m_list(new QListView(this))
    , m_showFormer(new QCheckBox(tr("Show &former staff"), this))
    , m_add(new QPushButton(tr("&Add a person"), this))
    , m_listHint(SettingsForm::hint(QString(), this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_roleHint(SettingsForm::hint(QString(), this))
    , m_pinState(new QLabel(this))
    , m_pin(new QLineEdit(this))
    , m_pinAgain(new QLineEdit(this))
    , m_removePin(new QCheckBox(tr("Remove the PIN (sign in without one)"), this))
    , m_former(new QCheckBox(tr("Former staff: can no longer sign in"), this))
{
    m_list->setObjectName(QStringLiteral("staffList"));
    m_list->setAccessibleName(tr("Staff"));
    m_list->setModel(m_model);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    m_list->setMaximumWidth(fontMetrics().averageCharWidth() * 42);
    m_showFormer->setAccessibleName(tr("Show former staff"));
    m_add->setObjectName(QStringLiteral("addPerson"));
    m_add->setAccessibleName(tr("Add a person to the staff list"));
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    listColumn->addWidget(m_showFormer);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    listColumn->addLayout(addRow);
    listColumn->addWidget(m_listHint);

    m_name->setObjectName(QStringLiteral("staffName"));
    m_role->setObjectName(QStringLiteral("staffRole"));
    for (const app::StaffRole role :
        {app::StaffRole::Staff, app::StaffRole::Manager, app::StaffRole::Owner})
        m_role->addItem(StaffListModel::roleName(role), int(role));
    m_pinState->setObjectName(QStringLiteral("pinState"));
    m_pinState->setWordWrap(true);
    const auto *digits
        = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), this);
    for (QLineEdit *pin : {m_pin, m_pinAgain}) {
        pin->setEchoMode(QLineEdit::Password);
        pin->setValidator(digits);
        pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
        pin->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    }
    m_pin->setObjectName(QStringLiteral("staffPin"));
    m_pinAgain->setObjectName(QStringLiteral("staffPinAgain"));
    m_removePin->setObjectName(QStringLiteral("removePin"));
    m_removePin->setAccessibleName(tr("Remove the PIN"));
    m_former->setObjectName(QStringLiteral("formerStaff"));
    m_former->setAccessibleName(tr("Former staff"));

    auto *formBox = new QWidget(this);
    QFormLayout *form = SettingsForm::makeForm(formBox);
    SettingsForm::addRow(form, tr("&Name:"), m_name, {}, tr("Name of the staff member"));
    auto *roleBox = new QWidget(formBox);
    auto *roleColumn = new QVBoxLayout(roleBox);
    roleColumn->setContentsMargins(0, 0, 0, 0);
    roleColumn->addWidget(m_role);
    roleColumn->addWidget(m_roleHint);
    SettingsForm::addRow(form, tr("&Role:"), roleBox, {}, tr("Role"));
    qobject_cast<QLabel *>(form->labelForField(roleBox))->setBuddy(m_role);
    m_role->setAccessibleName(tr("Role"));
    form->addRow(tr("PIN:"), m_pinState);
    SettingsForm::addRow(form, tr("New &PIN:"), m_pin,
        tr("4 to 8 digits, to switch user. Leave empty to keep things as they are."));
    SettingsForm::addRow(form, tr("Repeat the &new PIN:"), m_pinAgain);
    form->addRow(QString(), m_removePin);
    form->addRow(QString(), m_former);

    auto *split = new QHBoxLayout;
    split->addLayout(listColumn);
    split->addSpacing(12);
    split->addWidget(formBox, 1);
    contentLayout()->addLayout(split, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (!isLoading())
                showMember(current.row());
        });
    connect(m_showFormer, &QCheckBox::toggled, this, &StaffSection::reload);
    connect(m_add, &QPushButton::clicked, this, &StaffSection::startNew);
    connect(m_name, &QLineEdit::textChanged, this, &StaffSection::edited);
    connect(m_role, &QComboBox::currentIndexChanged, this, &StaffSection::edited);
    connect(m_pin, &QLineEdit::textChanged, this, &StaffSection::edited);
    connect(m_pinAgain, &QLineEdit::textChanged, this, &StaffSection::edited);
    connect(m_removePin, &QCheckBox::toggled, this, [this] {
        updateControls();
        edited();
    });
    connect(m_former, &QCheckBox::toggled, this, &StaffSection::edited);
    connect(this, &SettingsSection::dirtyChanged, this, &StaffSection::updateControls);
    reload();
}

StaffSection::~StaffSection() = default;

bool StaffSection::managesStaff() const
{
    return app::Permissions::allows(actor().role, app::Permission::ManageStaff);
}

int StaffSection::activeOwners() const
{
    int owners = 0;
    for (const app::StaffMember &member : m_model->members())
        owners += member.active && member.role == app::StaffRole::Owner ? 1 : 0;
    return owners;
}

void StaffSection::load()
{
    const auto listed = m_services.staff.list(m_showFormer->isChecked());
    m_model->setMembers(listed ? *listed : QList<app::StaffMember>());
    if (!managesStaff())
        m_currentId = actor().staffId;
    int row = m_model->rowOf(m_currentId);
    if (row < 0 && m_model->rowCount() > 0 && managesStaff())
        row = 0;
    m_list->setCurrentIndex(m_model->index(row, 0));
    showMember(row);
    if (!listed)
        showStatus(listed.error().describe(), true);
}

void StaffSection::showMember(int row)
{
    const QSignalBlocker blockName(m_name);
    const QSignalBlocker blockRole(m_role);
    const QSignalBlocker blockPin(m_pin);
    const QSignalBlocker blockAgain(m_pinAgain);
    const QSignalBlocker blockRemove(m_removePin);
    const QSignalBlocker blockFormer(m_former);
    app::StaffMember shown;
    if (row >= 0 && row < m_model->rowCount())
        shown = m_model->members().at(row);
    m_currentId = shown.id;
    m_name->setText(shown.name);
    m_role->setCurrentIndex(m_role->findData(int(shown.role)));
    m_pin->clear();
    m_pinAgain->clear();
    m_removePin->setChecked(false);
    m_former->setChecked(shown.id != 0 && !shown.active);
    m_pinState->setText(shown.id == 0 ? tr("Give a PIN below, or leave it empty.")
            : shown.hasPin            ? tr("Has a PIN.")
                                      : tr("No PIN: switches user without one."));
    updateControls();
    if (!isLoading())
        refreshFooter();
}

void StaffSection::startNew()
{
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->setCurrentIndex({});
    }
    showMember(-1);
    m_name->setFocus();
    edited();
}

void StaffSection::updateControls()
{
    const bool manage = managesStaff();
    const int row = m_model->rowOf(m_currentId);
    const bool isNew = m_currentId == 0;
    const bool self = !isNew && m_currentId == actor().staffId;
    const bool hasPin = row >= 0 && m_model->members().at(row).hasPin;
    const bool lastOwner = row >= 0 && m_model->members().at(row).role == app::StaffRole::Owner
        && m_model->members().at(row).active && activeOwners() <= 1;
    const bool dirty = isDirty();

    m_list->setEnabled(manage && !dirty);
    m_showFormer->setEnabled(manage && !dirty);
    m_add->setEnabled(manage && !dirty);
    m_name->setEnabled(manage && (isNew || row >= 0));
    m_role->setEnabled(manage && !lastOwner && (isNew || row >= 0));
    const bool pinEditable = (manage || self) && (isNew || row >= 0) && !m_removePin->isChecked();
    m_pin->setEnabled(pinEditable);
    m_pinAgain->setEnabled(pinEditable);
    m_removePin->setEnabled((manage || self) && hasPin);
    m_former->setEnabled(manage && !isNew && !lastOwner);
    m_roleHint->setText(lastOwner
            ? tr("The only owner: make someone else an owner before changing this role.")
            : QString());
    m_roleHint->setVisible(lastOwner);
    m_listHint->setText(
        dirty && manage ? tr("Save or revert these changes to pick someone else.") : QString());
}

QStringList StaffSection::problems() const
{
    QStringList found;
    if (m_currentId == 0 && !isDirty())
        return found;
    if (m_name->text().trimmed().isEmpty())
        found.append(tr("Name: type the name this person is known by."));
    const QString pin = m_pin->text();
    if (!pin.isEmpty() && !app::StaffDirectory::isWellFormedPin(pin))
        found.append(tr("New PIN: a PIN is 4 to 8 digits."));
    else if (pin != m_pinAgain->text())
        found.append(tr("New PIN: the two PINs are not the same. Type it again in both fields."));
    return found;
}

Result<void, QString> StaffSection::save()
{
    m_savedText = tr("Saved.");
    const QString name = m_name->text().trimmed();
    const auto role = app::StaffRole(m_role->currentData().toInt());
    if (m_currentId == 0) {
        const auto added = m_services.staff.add(actor(), name, role, m_pin->text());
        if (!added)
            return fail(added.error().describe());
        m_currentId = *added;
        m_savedText = tr("%1 is on the staff list.").arg(name);
        Q_EMIT staffChanged();
        return {};
    }
    const int row = m_model->rowOf(m_currentId);
    if (row < 0) {
        app::StaffError gone;
        gone.code = app::StaffError::NotFound;
        return fail(gone.describe());
    }
    const app::StaffMember &before = m_model->members().at(row);
    app::StaffChanges changes;
    if (name != before.name)
        changes.name = name;
    if (role != before.role)
        changes.role = role;
    if (m_removePin->isChecked())
        changes.pin = QString();
    else if (!m_pin->text().isEmpty())
        changes.pin = m_pin->text();
    if (m_former->isChecked() == before.active)
        changes.active = !m_former->isChecked();
    if (changes.isEmpty())
        return {};
    if (auto applied = app::StaffEditing::apply(
            m_services.database, m_services.staff, actor(), m_currentId, changes);
        !applied)
        return applied;
    if (changes.pin && !changes.name && !changes.role && !changes.active)
        m_savedText = changes.pin->isEmpty() ? tr("PIN removed.") : tr("PIN changed.");
    Q_EMIT staffChanged();
    return {};
}

QString StaffSection::refusal(const app::Actor &) const
{
    // Everyone may change their own PIN; what else they may do is settled per control.
    return {};
}

QString StaffSection::notice(const app::Actor &actor) const
{
    if (app::Permissions::allows(actor.role, app::Permission::ManageStaff))
        return {};
    return app::PermissionError {app::Permission::ManageStaff, actor.role}.describe() + u' '
        + (actor.staffId != 0 ? tr("You can change your own PIN below.") : QString());
}

void StaffSection::applyEditable(bool)
{
    // Who may change what depends on the person (updateControls); a new person signing in
    // sees their own record.
    if (!isDirty())
        reload();
    updateControls();
}

QString StaffSection::savedText() const
{
    return m_savedText.isEmpty() ? tr("Saved.") : m_savedText;
}

} // namespace rapport::ui
