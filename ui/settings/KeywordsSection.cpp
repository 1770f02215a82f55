#include "ui/settings/KeywordsSection.h"

#include "app/settings/InboundSettings.h"
#include "ui/settings/SettingsForm.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace rapport::ui {
namespace {

QString listed(const QStringList &words)
{
    return words.join(QStringLiteral(", "));
}

} // namespace

KeywordsSection::KeywordsSection(const SettingsServices &services, QWidget *parent)
    : SettingsSection(QStringLiteral("keywords"), tr("Keywords"),
        tr("Words a customer can text on their own to opt out, opt back in, get help, or ask a "
           "common question. Case and punctuation do not matter: \u201cStop.\u201d is STOP."),
        parent)
    , m_services(services)
    , m_optOut(new QLineEdit(this))
    , m_optIn(new QLineEdit(this))
    , m_help(new QLineEdit(this))
    , m_questions(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("&Add a keyword"), this))
    , m_remove(new QPushButton(tr("Re&move keyword"), this))
{
    const app::KeywordConfig builtIn = app::KeywordConfig::defaults();
    auto *formBox = new QWidget(this);
    formBox->setMaximumWidth(fontMetrics().averageCharWidth() * 110);
    QFormLayout *form = SettingsForm::makeForm(formBox);
    m_optOut->setObjectName(QStringLiteral("extraOptOut"));
    m_optOut->setPlaceholderText(tr("Your own words, separated by commas, e.g. BAJA"));
    SettingsForm::addRow(form, tr("&Opt-out words:"), m_optOut,
        tr("Always understood: %1. Rapport confirms once and sends nothing more.")
            .arg(listed(builtIn.optOut)),
        tr("More opt-out words"));
    m_optIn->setObjectName(QStringLiteral("extraOptIn"));
    m_optIn->setPlaceholderText(tr("Your own words, separated by commas, e.g. ALTA"));
    SettingsForm::addRow(form, tr("Opt-&in words:"), m_optIn,
        tr("Always understood: %1, and %2 when it does not answer a question.")
            .arg(listed(builtIn.optIn), listed(builtIn.optInUnlessAnswer)),
        tr("More opt-in words"));
    m_help->setObjectName(QStringLiteral("extraHelp"));
    m_help->setPlaceholderText(tr("Your own words, separated by commas, e.g. AYUDA"));
    SettingsForm::addRow(form, tr("&Help words:"), m_help,
        tr("Always understood: %1. The answer is set under Automatic replies.")
            .arg(listed(builtIn.help)),
        tr("More help words"));
    contentLayout()->addWidget(formBox);
    contentLayout()->addSpacing(16);

    contentLayout()->addWidget(SettingsForm::heading(tr("Questions customers ask"), this));
    contentLayout()->addWidget(SettingsForm::hint(
        tr("A text that is just the keyword gets the answer at once, day or night. The answer may "
           "use {business}."),
        this));
    m_questions->setObjectName(QStringLiteral("questions"));
    m_questions->setAccessibleName(tr("Question keywords and their answers"));
    m_questions->setHorizontalHeaderLabels({tr("Keyword"), tr("Answer")});
    m_questions->verticalHeader()->hide();
    m_questions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_questions->horizontalHeader()->setStretchLastSection(true);
    m_questions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_questions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_questions->setWordWrap(true);
    m_questions->setMinimumHeight(fontMetrics().height() * 9);
    contentLayout()->addWidget(m_questions);
    m_add->setObjectName(QStringLiteral("addQuestion"));
    m_add->setAccessibleName(tr("Add a question keyword"));
    m_remove->setAccessibleName(tr("Remove the chosen question keyword"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    contentLayout()->addLayout(buttons);
    contentLayout()->addStretch(1);

    for (QLineEdit *edit : {m_optOut, m_optIn, m_help})
        connect(edit, &QLineEdit::textChanged, this, &KeywordsSection::edited);
    connect(m_questions, &QTableWidget::itemChanged, this, &KeywordsSection::edited);
    connect(m_add, &QPushButton::clicked, this, &KeywordsSection::addQuestion);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const int row = m_questions->currentRow(); row >= 0) {
            m_questions->removeRow(row);
            edited();
        }
    });
    connect(m_questions, &QTableWidget::currentCellChanged, this,
        [this](int row) { m_remove->setEnabled(row >= 0); });
    reload();
}

KeywordsSection::~KeywordsSection() = default;

void KeywordsSection::load()
{
    const app::InboundRouterConfig config = app::InboundRouterConfig::load(m_services.settings);
    const app::KeywordConfig builtIn = app::KeywordConfig::defaults();
    m_optOut->setText(listed(app::InboundSettings::extras(config.keywords.optOut, builtIn.optOut)));
    m_optIn->setText(listed(app::InboundSettings::extras(config.keywords.optIn, builtIn.optIn)));
    m_help->setText(listed(app::InboundSettings::extras(config.keywords.help, builtIn.help)));
    const QSignalBlocker blocker(m_questions);
    m_questions->setRowCount(0);
    for (auto it = config.faq.cbegin(); it != config.faq.cend(); ++it) {
        const int row = m_questions->rowCount();
        m_questions->insertRow(row);
        m_questions->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_questions->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    m_remove->setEnabled(false);
}

app::InboundRouterConfig KeywordsSection::withEdits(app::InboundRouterConfig config) const
{
    const app::KeywordConfig builtIn = app::KeywordConfig::defaults();
    using app::InboundSettings;
    config.keywords.optOut = InboundSettings::withExtras(
        builtIn.optOut, InboundSettings::splitWords(m_optOut->text()));
    config.keywords.optIn
        = InboundSettings::withExtras(builtIn.optIn, InboundSettings::splitWords(m_optIn->text()));
    config.keywords.help
        = InboundSettings::withExtras(builtIn.help, InboundSettings::splitWords(m_help->text()));
    config.faq.clear();
    for (int row = 0; row < m_questions->rowCount(); ++row) {
        const QTableWidgetItem *word = m_questions->item(row, 0);
        const QTableWidgetItem *answer = m_questions->item(row, 1);
        config.faq.insert(word ? word->text().trimmed() : QString(),
            answer ? answer->text().trimmed() : QString());
    }
    return config;
}

QStringList KeywordsSection::problems() const
{
    QStringList found;
    const app::InboundRouterConfig config
        = withEdits(app::InboundRouterConfig::load(m_services.settings));
    if (config.faq.size() < m_questions->rowCount())
        found.append(tr("Questions: two rows have the same keyword. Keep one."));
    // Only what this section edits: the replies section answers for its own texts.
    return found + app::InboundSettings::keywordProblems(config);
}

Result<void, QString> KeywordsSection::save()
{
    return app::InboundSettings::save(m_services.database, m_services.settings, m_services.audit,
        actor(), withEdits(app::InboundRouterConfig::load(m_services.settings)));
}

void KeywordsSection::addQuestion()
{
    const int row = m_questions->rowCount();
    {
        const QSignalBlocker blocker(m_questions);
        m_questions->insertRow(row);
        // An example the first time, so the shape of a row is clear; blank after that.
        const bool first = row == 0;
        m_questions->setItem(row, 0, new QTableWidgetItem(first ? tr("HOURS") : QString()));
        m_questions->setItem(row, 1,
            new QTableWidgetItem(first
                    ? tr("{business}: We are open Monday to Friday, 9:00 to 18:00.")
                    : QString()));
    }
    m_questions->setCurrentCell(row, 0);
    m_questions->setFocus();
    m_questions->editItem(m_questions->item(row, 0));
    edited();
}

} // namespace rapport::ui
