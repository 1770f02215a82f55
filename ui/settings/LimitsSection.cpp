#include "ui/settings/LimitsSection.h"

#include "app/policy/PolicyConfigStore.h"
#include "app/settings/BusinessSettings.h"
#include "ui/settings/LegalRulesModel.h"
#include "ui/settings/SettingsForm.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

namespace rapport::ui {

LimitsSection::LimitsSection(const SettingsServices &services, QWidget *parent)
    : SettingsSection(QStringLiteral("limits"), tr("Quiet hours and limits"),
        tr("How often one customer may get marketing texts, how those texts name you and say "
           "how to opt out, and the hours the law allows where your customers live."),
        parent)
    , m_services(services)
    , m_capCount(new QSpinBox(this))
    , m_capDays(new QSpinBox(this))
    , m_identify(new QCheckBox(tr("Start marketing texts with the &business name"), this))
    , m_optOutLine(new QLineEdit(this))
    , m_rules(new LegalRulesModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add a place"), this))
    , m_remove(new QPushButton(tr("Re&move place"), this))
{
    contentLayout()->addWidget(SettingsForm::heading(tr("Your marketing limit"), this));
    m_capCount->setRange(1, 100);
    m_capCount->setObjectName(QStringLiteral("capCount"));
    m_capCount->setAccessibleName(tr("Most marketing texts per customer"));
    m_capDays->setRange(1, 366);
    m_capDays->setObjectName(QStringLiteral("capDays"));
    m_capDays->setAccessibleName(tr("Days the limit counts over"));
    auto *capRow = new QHBoxLayout;
    auto *capLead = new QLabel(tr("At &most"), this);
    capLead->setBuddy(m_capCount);
    capRow->addWidget(capLead);
    capRow->addWidget(m_capCount);
    capRow->addWidget(new QLabel(tr("marketing texts to one customer every"), this));
    capRow->addWidget(m_capDays);
    capRow->addWidget(new QLabel(tr("days"), this));
    capRow->addStretch(1);
    contentLayout()->addLayout(capRow);
    contentLayout()->addWidget(SettingsForm::hint(
        tr("Reminders and replies do not count against it. Texts over the limit wait until the "
           "customer may get one again."),
        this));
    contentLayout()->addSpacing(8);

    m_identify->setObjectName(QStringLiteral("identifySender"));
    m_identify->setAccessibleName(tr("Start marketing texts with the business name"));
    contentLayout()->addWidget(m_identify);
    auto *lineBox = new QWidget(this);
    lineBox->setMaximumWidth(fontMetrics().averageCharWidth() * 100);
    QFormLayout *form = SettingsForm::makeForm(lineBox);
    m_optOutLine->setObjectName(QStringLiteral("optOutLine"));
    SettingsForm::addRow(form, tr("&Opt-out line:"), m_optOutLine,
        tr("Added at the end of every marketing text that does not already say how to opt "
           "out."));
    contentLayout()->addWidget(lineBox);
    contentLayout()->addSpacing(16);

    contentLayout()->addWidget(
        SettingsForm::heading(tr("Legal hours where your customers live"), this));
    contentLayout()->addWidget(SettingsForm::hint(
        tr("Customers in these places get texts only inside both your sending hours and these "
           "hours, in their own local time. Where a place has no row, only your sending hours "
           "apply. This is not legal advice: check the rules where your customers live."),
        this));
    m_table->setObjectName(QStringLiteral("legalRules"));
    m_table->setAccessibleName(tr("Legal hours and limits by place"));
    m_table->setModel(m_rules);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_table->setMinimumHeight(fontMetrics().height() * 9);
    contentLayout()->addWidget(m_table);
    m_add->setObjectName(QStringLiteral("addPlace"));
    m_add->setAccessibleName(tr("Add a place with legal hours"));
    m_remove->setAccessibleName(tr("Remove the chosen place"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    contentLayout()->addLayout(buttons);
    contentLayout()->addStretch(1);

    connect(m_capCount, &QSpinBox::valueChanged, this, &LimitsSection::edited);
    connect(m_capDays, &QSpinBox::valueChanged, this, &LimitsSection::edited);
    connect(m_identify, &QCheckBox::toggled, this, &LimitsSection::edited);
    connect(m_optOutLine, &QLineEdit::textChanged, this, &LimitsSection::edited);
    connect(m_rules, &QAbstractItemModel::dataChanged, this, &LimitsSection::edited);
    connect(m_rules, &QAbstractItemModel::rowsInserted, this, &LimitsSection::edited);
    connect(m_rules, &QAbstractItemModel::rowsRemoved, this, &LimitsSection::edited);
    connect(m_add, &QPushButton::clicked, this, &LimitsSection::addRule);
    connect(m_remove, &QPushButton::clicked, this,
        [this] { m_rules->removeRule(m_table->currentIndex().row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { m_remove->setEnabled(current.isValid()); });
    reload();
}

LimitsSection::~LimitsSection() = default;

void LimitsSection::load()
{
    const auto stored = app::PolicyConfigStore(m_services.settings).load();
    const app::PolicyConfig config = stored ? *stored : app::PolicyConfig::defaults();
    m_capCount->setValue(config.marketingCap.count);
    m_capDays->setValue(int(qMax<qint64>(1, config.marketingCap.windowSeconds / 86400)));
    m_identify->setChecked(config.identifySender);
    m_optOutLine->setText(config.optOutLine);
    m_rules->setRules(config.legalRules);
    m_remove->setEnabled(false);
    if (!stored)
        showStatus(stored.error().describe(), true);
}

app::PolicyConfig LimitsSection::withEdits(app::PolicyConfig config) const
{
    config.marketingCap
        = app::FrequencyCap {m_capCount->value(), qint64(m_capDays->value()) * 86400};
    config.identifySender = m_identify->isChecked();
    config.optOutLine = m_optOutLine->text().trimmed();
    config.legalRules = m_rules->rules();
    return config;
}

QStringList LimitsSection::problems() const
{
    QStringList found
        = withEdits(app::PolicyConfigStore(m_services.settings).loadOrDefaults()).problems();
    for (const QString &code : m_rules->duplicateCodes())
        found.append(tr("Legal hours: %1 has more than one row. Keep one.").arg(code));
    return found;
}

Result<void, QString> LimitsSection::save()
{
    return app::BusinessSettings::savePolicy(m_services.settings, m_services.audit, actor(),
        withEdits(app::PolicyConfigStore(m_services.settings).loadOrDefaults()));
}

void LimitsSection::addRule()
{
    const int row = m_rules->addRule({});
    const QModelIndex where = m_rules->index(row, LegalRulesModel::Where);
    m_table->setCurrentIndex(where);
    m_table->setFocus();
    m_table->edit(where);
}

} // namespace rapport::ui
