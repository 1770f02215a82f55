#include "ui/settings/SwitchUserDialog.h"

#include "app/staff/StaffDirectory.h"
#include "ui/settings/StaffListModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int HasPinRole = Qt::UserRole + 2;

// The two refusals people meet here, worded with the counts written out; the rest as the staff
// list words them.
QString problemText(const app::StaffError &error)
{
    switch (error.code) {
    case app::StaffError::WrongPin:
        if (error.attemptsLeft == 1)
            return SwitchUserDialog::tr("That PIN is not right. After one more wrong try, "
                                        "switching user pauses for a minute.");
        return SwitchUserDialog::tr("That PIN is not right. Check it and try again; after %1 "
                                    "more wrong tries, switching user pauses for a minute.")
            .arg(error.attemptsLeft);
    case app::StaffError::LockedOut:
        if (error.secondsLeft <= 1)
            return SwitchUserDialog::tr("Too many wrong PINs in a row. Wait a moment and try "
                                        "again, or ask the owner to set a new PIN.");
        return SwitchUserDialog::tr("Too many wrong PINs in a row. Wait %1 seconds and try "
                                    "again, or ask the owner to set a new PIN.")
            .arg(error.secondsLeft);
    default:
        return error.describe();
    }
}

} // namespace

SwitchUserDialog::SwitchUserDialog(app::StaffDirectory &staff, qint64 currentId, QWidget *parent)
    : QDialog(parent)
    , m_staff(staff)
    , m_members(new QListWidget(this))
    , m_pinLabel(new QLabel(tr("&PIN:"), this))
    , m_pin(new QLineEdit(this))
    , m_pinNote(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Switch user"));
    setObjectName(QStringLiteral("SwitchUserDialog"));
    auto *question = new QLabel(tr("Who is working at this computer now?"), this);
    question->setWordWrap(true);
    auto *listLabel = new QLabel(tr("&Staff:"), this);
    listLabel->setBuddy(m_members);
    m_members->setObjectName(QStringLiteral("members"));
    m_members->setAccessibleName(tr("Staff"));
    const auto listed = staff.list();
    if (listed) {
        for (const app::StaffMember &member : *listed) {
            auto *item = new QListWidgetItem(
                tr("%1 (%2)").arg(member.name, StaffListModel::roleName(member.role)), m_members);
            item->setData(IdRole, member.id);
            item->setData(HasPinRole, member.hasPin);
            if (member.id == currentId)
                m_members->setCurrentItem(item);
        }
    }
    if (!m_members->currentItem() && m_members->count() > 0)
        m_members->setCurrentRow(0);

    m_pinLabel->setBuddy(m_pin);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setAccessibleName(tr("PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), this));
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    m_pinNote->setWordWrap(true);
    m_pinNote->setForegroundRole(QPalette::PlaceholderText);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("S&witch"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("switchButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(listLabel);
    layout->addWidget(m_members, 1);
    layout->addWidget(m_pinLabel);
    layout->addWidget(m_pin);
    layout->addWidget(m_pinNote);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_members, &QListWidget::currentRowChanged, this, &SwitchUserDialog::memberChosen);
    connect(m_members, &QListWidget::itemActivated, this, [this] {
        if (m_pin->isEnabled())
            m_pin->setFocus();
        else
            accept();
    });
    connect(m_pin, &QLineEdit::textEdited, m_message, &QLabel::hide);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SwitchUserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SwitchUserDialog::reject);
    memberChosen();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 52, 0)));
}

SwitchUserDialog::~SwitchUserDialog() = default;

QString SwitchUserDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SwitchUserDialog::memberChosen()
{
    const QListWidgetItem *item = m_members->currentItem();
    const bool hasPin = item && item->data(HasPinRole).toBool();
    m_pin->clear();
    m_pin->setEnabled(hasPin);
    m_pinLabel->setEnabled(hasPin);
    m_pinNote->setText(!item ? tr("Nobody is on the staff list yet.")
            : hasPin         ? QString()
                             : tr("This person switches user without a PIN."));
    m_pinNote->setVisible(!m_pinNote->text().isEmpty());
    m_message->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(item != nullptr);
    if (hasPin)
        m_pin->setFocus();
}

void SwitchUserDialog::accept()
{
    const QListWidgetItem *item = m_members->currentItem();
    if (!item)
        return;
    const auto verified = m_staff.verifyPin(item->data(IdRole).toLongLong(), m_pin->text());
    if (!verified) {
        m_message->setText(problemText(verified.error()));
        m_message->show();
        m_pin->selectAll();
        m_pin->setFocus();
        return;
    }
    m_chosen = *verified;
    Q_EMIT switched(m_chosen);
    QDialog::accept();
}

} // namespace rapport::ui
