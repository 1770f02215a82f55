#include "ui/settings/SettingsSection.h"

#include "app/staff/Permissions.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

QString roleName(app::StaffRole role)
{
    switch (role) {
    case app::StaffRole::Staff:
        return SettingsSection::tr("staff");
    case app::StaffRole::Manager:
        return SettingsSection::tr("manager");
    case app::StaffRole::Owner:
        return SettingsSection::tr("owner");
    }
    return {};
}

} // namespace

SettingsSection::SettingsSection(
    const QString &key, const QString &title, const QString &summary, QWidget *parent)
    : QWidget(parent)
    , m_key(key)
    , m_title(title)
    , m_lockNote(new QFrame(this))
    , m_lockText(new QLabel(m_lockNote))
    , m_switchUser(new QPushButton(tr("Switch user\u2026"), m_lockNote))
    , m_content(new QWidget(this))
    , m_contentLayout(new QVBoxLayout(m_content))
    , m_status(new QLabel(this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(key + QStringLiteral("Section"));
    setAccessibleName(title);

    auto *heading = new QLabel(title, this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *about = new QLabel(summary, this);
    about->setWordWrap(true);
    about->setObjectName(QStringLiteral("sectionSummary"));

    // Why the controls are greyed out, and the way out, above the controls themselves.
    m_lockNote->setObjectName(QStringLiteral("lockNote"));
    m_lockNote->setFrameShape(QFrame::StyledPanel);
    m_lockNote->setAutoFillBackground(true);
    m_lockNote->setBackgroundRole(QPalette::AlternateBase);
    auto *lockIcon = new QLabel(m_lockNote);
    lockIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(24, 24));
    m_lockText->setWordWrap(true);
    m_lockText->setObjectName(QStringLiteral("lockText"));
    m_switchUser->setObjectName(QStringLiteral("switchUser"));
    m_switchUser->setAccessibleName(tr("Switch user"));
    auto *lockLayout = new QHBoxLayout(m_lockNote);
    lockLayout->addWidget(lockIcon, 0, Qt::AlignTop);
    lockLayout->addWidget(m_lockText, 1);
    lockLayout->addWidget(m_switchUser, 0, Qt::AlignVCenter);
    m_lockNote->hide();
    connect(m_switchUser, &QPushButton::clicked, this, &SettingsSection::switchUserRequested);

    m_contentLayout->setContentsMargins(0, 0, 12, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    scroll->setAccessibleName(title);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    m_status->setObjectName(QStringLiteral("sectionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Status of %1").arg(title));
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setAccessibleName(tr("Revert %1").arg(title));
    m_revert->setToolTip(tr("Put back the values that are saved"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save %1").arg(title));
    m_save->setToolTip(tr("Save the changes in this section (Ctrl+S)"));
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_revert, 0, Qt::AlignBottom);
    footer->addWidget(m_save, 0, Qt::AlignBottom);
    connect(m_revert, &QPushButton::clicked, this, &SettingsSection::reload);
    connect(m_save, &QPushButton::clicked, this, &SettingsSection::saveChanges);
    auto *shortcut = new QShortcut(QKeySequence::Save, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] {
        if (m_save->isVisible() && m_save->isEnabled())
            saveChanges();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->addWidget(heading);
    layout->addWidget(about);
    layout->addSpacing(4);
    layout->addWidget(m_lockNote);
    layout->addWidget(scroll, 1);
    layout->addWidget(line);
    layout->addLayout(footer);
    refreshFooter();
}

SettingsSection::~SettingsSection() = default;

void SettingsSection::reload()
{
    m_loading = true;
    load();
    m_loading = false;
    setDirty(false);
    showStatus({}, false);
    refreshFooter();
}

bool SettingsSection::saveChanges()
{
    if (!m_editable)
        return false;
    if (const QStringList found = problems(); !found.isEmpty()) {
        refreshFooter();
        return false;
    }
    const auto done = save();
    if (!done) {
        showStatus(done.error(), true);
        return false;
    }
    reload();
    showStatus(savedText(), false);
    Q_EMIT saved();
    return true;
}

void SettingsSection::setActor(const app::Actor &actor)
{
    m_actor = actor;
    updateLock();
}

QString SettingsSection::statusText() const
{
    return m_status->text();
}

QString SettingsSection::lockedReason() const
{
    return m_lockNote->isHidden() ? QString() : m_lockText->text();
}

QString SettingsSection::refusal(const app::Actor &actor) const
{
    if (app::Permissions::allows(actor.role, app::Permission::Settings))
        return {};
    return app::PermissionError {app::Permission::Settings, actor.role}.describe();
}

QString SettingsSection::notice(const app::Actor &actor) const
{
    return refusal(actor);
}

void SettingsSection::applyEditable(bool editable)
{
    m_content->setEnabled(editable);
}

QString SettingsSection::savedText() const
{
    return tr("Saved.");
}

void SettingsSection::edited()
{
    if (m_loading)
        return;
    setDirty(true);
    showStatus({}, false);
    refreshFooter();
}

void SettingsSection::refreshFooter()
{
    const QStringList found = m_editable ? problems() : QStringList();
    if (!found.isEmpty()) {
        QStringList lines;
        for (const QString &problem : found)
            lines.append(QStringLiteral("\u2022 ") + problem);
        m_status->setText(lines.join(u'\n'));
        m_statusIsProblem = true;
    } else if (m_statusIsProblem || m_status->text().isEmpty()) {
        m_status->setText(m_dirty ? tr("Changes not saved yet.") : QString());
        m_statusIsProblem = false;
    }
    m_save->setEnabled(m_editable && m_dirty && found.isEmpty());
    m_revert->setEnabled(m_dirty);
}

void SettingsSection::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    Q_EMIT dirtyChanged(dirty);
}

void SettingsSection::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_statusIsProblem = problem;
    m_save->setEnabled(m_editable && m_dirty && !problem);
}

void SettingsSection::setSaveButtonsVisible(bool visible)
{
    m_save->setVisible(visible);
    m_revert->setVisible(visible);
}

void SettingsSection::updateLock()
{
    m_editable = refusal(m_actor).isEmpty();
    const QString why = notice(m_actor);
    if (!why.isEmpty()) {
        const QString who = m_actor.staffId != 0
            ? tr("You are signed in as %1 (%2).").arg(m_actor.name, roleName(m_actor.role))
            : tr("Nobody is signed in.");
        m_lockText->setText(who + u' ' + why);
    }
    m_lockNote->setVisible(!why.isEmpty());
    applyEditable(m_editable);
    refreshFooter();
}

} // namespace rapport::ui
