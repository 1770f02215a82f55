#include "ui/settings/SettingsPage.h"

#include "ui/settings/BackupSection.h"
#include "ui/settings/BusinessSection.h"
#include "ui/settings/HoursSection.h"
#include "ui/settings/KeywordsSection.h"
#include "ui/settings/LanguageSection.h"
#include "ui/settings/LimitsSection.h"
#include "ui/settings/RepliesSection.h"
#include "ui/settings/SettingsDialogs.h"
#include "ui/settings/StaffSection.h"
#include "ui/settings/SwitchUserDialog.h"
#include "ui/settings/TemplatesSection.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace rapport::ui {

SettingsPage::SettingsPage(const SettingsServices &services, const app::Actor &actor,
    std::unique_ptr<SettingsDialogs> dialogs, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_dialogs(dialogs ? std::move(dialogs) : std::make_unique<NativeSettingsDialogs>())
    , m_actor(actor)
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("SettingsPage"));
    setAccessibleName(tr("Settings"));
    m_list->setObjectName(QStringLiteral("sections"));
    m_list->setAccessibleName(tr("Settings sections"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setBackgroundRole(QPalette::Window);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(3);

    auto *business = new BusinessSection(services, this);
    auto *staff = new StaffSection(services, this);
    auto *backup = new BackupSection(services, *m_dialogs, this);
    auto *templates = new TemplatesSection(services, *m_dialogs, this);
    for (SettingsSection *section : std::initializer_list<SettingsSection *> {business,
             new HoursSection(services, this), new LimitsSection(services, this),
             new KeywordsSection(services, this), new RepliesSection(services, this), templates,
             staff, new LanguageSection(this), backup})
        addSection(section);
    connect(staff, &StaffSection::staffChanged, this, &SettingsPage::staffChanged);
    connect(templates, &SettingsSection::saved, this, &SettingsPage::templatesChanged);
    connect(templates, &TemplatesSection::templateRemoved, this, &SettingsPage::templatesChanged);
    connect(backup, &BackupSection::restartRequested, this, &SettingsPage::restartRequested);

    int widest = 0;
    for (const SettingsSection *section : std::as_const(m_sections))
        widest = std::max(widest, m_list->fontMetrics().horizontalAdvance(section->title()));
    m_list->setFixedWidth(widest + 56);

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_list);
    layout->addWidget(separator);
    layout->addWidget(m_stack, 1);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_list->setCurrentRow(0);
    setActor(actor);
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::addSection(SettingsSection *section)
{
    auto *item = new QListWidgetItem(section->title(), m_list);
    item->setSizeHint(QSize(0, m_list->fontMetrics().height() * 2));
    m_sections.append(section);
    m_stack->addWidget(section);
    connect(section, &SettingsSection::dirtyChanged, this,
        [this, section](bool dirty) { markDirty(section, dirty); });
    connect(section, &SettingsSection::switchUserRequested, this, &SettingsPage::openSwitchUser);
    const QString key = section->key();
    if (key != QLatin1String("language") && key != QLatin1String("backup")
        && key != QLatin1String("staff") && key != QLatin1String("templates"))
        connect(section, &SettingsSection::saved, this, &SettingsPage::settingsChanged);
}

void SettingsPage::markDirty(SettingsSection *section, bool dirty)
{
    QListWidgetItem *item = m_list->item(int(m_sections.indexOf(section)));
    if (!item)
        return;
    // A dot after the name, like an unsaved document's title: this section has changes.
    item->setText(dirty ? section->title() + QStringLiteral("  \u2022") : section->title());
    item->setData(Qt::AccessibleTextRole,
        dirty ? tr("%1, changes not saved").arg(section->title()) : section->title());
    item->setToolTip(dirty ? tr("Changes not saved yet") : QString());
}

void SettingsPage::setActor(const app::Actor &actor)
{
    m_actor = actor;
    for (SettingsSection *section : std::as_const(m_sections))
        section->setActor(actor);
}

void SettingsPage::reloadUnchanged()
{
    for (SettingsSection *section : std::as_const(m_sections)) {
        if (!section->isDirty())
            section->reload();
    }
}

void SettingsPage::showSection(const QString &key)
{
    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        if (m_sections.at(i)->key() == key)
            m_list->setCurrentRow(int(i));
    }
}

SettingsSection *SettingsPage::section(const QString &key) const
{
    for (SettingsSection *section : m_sections) {
        if (section->key() == key)
            return section;
    }
    return nullptr;
}

bool SettingsPage::hasUnsavedChanges() const
{
    return std::any_of(m_sections.cbegin(), m_sections.cend(),
        [](const SettingsSection *section) { return section->isDirty(); });
}

void SettingsPage::openSwitchUser()
{
    SwitchUserDialog dialog(m_services.staff, m_actor.staffId, this);
    connect(&dialog, &SwitchUserDialog::switched, this, [this](const app::Actor &actor) {
        setActor(actor);
        Q_EMIT actorSwitched(actor);
    });
    dialog.exec();
}

} // namespace rapport::ui
