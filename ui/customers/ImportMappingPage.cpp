#include "ui/customers/ImportMappingPage.h"

#include "app/customers/CustomerRepository.h"
#include "ui/customers/ImportWizard.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

using Kind = app::ImportTarget::Kind;

// A few values of a column, to recognise it by.
QString examples(const app::ImportTable &table, int column)
{
    QStringList values;
    for (const app::ImportRow &row : table.rows) {
        const QString value = row.cell(column).simplified();
        if (!value.isEmpty() && !values.contains(value))
            values << value;
        if (values.size() == 3)
            break;
    }
    return values.join(QStringLiteral(", "));
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_columns(new QTableWidget(this))
    , m_problems(new QLabel(this))
    , m_wordingLabel(new QLabel(this))
    , m_wording(new QPlainTextEdit(this))
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Say what each column of the file holds. Columns set to “Do not import” are "
                   "left out."));
    m_columns->setObjectName(QStringLiteral("importColumns"));
    m_columns->setAccessibleName(tr("Columns of the file"));
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("Examples"), tr("Import as")});
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_problems->setObjectName(QStringLiteral("mappingProblems"));
    m_problems->setWordWrap(true);
    m_wordingLabel->setText(tr("&What were these customers told when they agreed to texts? "
                               "(for example the words on the paper form)"));
    m_wordingLabel->setWordWrap(true);
    m_wordingLabel->setBuddy(m_wording);
    m_wording->setObjectName(QStringLiteral("consentWording"));
    m_wording->setAccessibleName(tr("Consent wording"));
    m_wording->setTabChangesFocus(true);
    m_wording->setFixedHeight(fontMetrics().height() * 3 + 12);
    connect(m_wording, &QPlainTextEdit::textChanged, this, [this] {
        m_wizard->setConsentWording(m_wording->toPlainText().trimmed());
        Q_EMIT completeChanged();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_columns, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_wordingLabel);
    layout->addWidget(m_wording);
}

void ImportMappingPage::initializePage()
{
    const app::ImportTable &table = m_wizard->table();
    const QHash<QString, qint64> fields = m_wizard->customFieldIds();
    m_wizard->mapping() = app::ImportMapping::guess(table.columns, fields);
    m_columns->setRowCount(int(table.columns.size()));
    for (int column = 0; column < table.columns.size(); ++column) {
        auto *name = new QTableWidgetItem(table.columns.at(column));
        m_columns->setItem(column, 0, name);
        auto *sample = new QTableWidgetItem(examples(table, column));
        sample->setToolTip(sample->text());
        m_columns->setItem(column, 1, sample);
        auto *box = new QComboBox(m_columns);
        box->setAccessibleName(tr("Import column “%1” as").arg(table.columns.at(column)));
        for (const Kind kind : app::ImportTarget::allKinds()) {
            if (kind != Kind::CustomField)
                box->addItem(
                    app::ImportTarget::displayName(kind), QVariantList {int(kind), qint64(0)});
        }
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            box->addItem(tr("Custom field: %1").arg(it.key()),
                QVariantList {int(Kind::CustomField), it.value()});
        const app::ImportTarget guessed = m_wizard->mapping().target(column);
        for (int i = 0; i < box->count(); ++i) {
            const QVariantList choice = box->itemData(i).toList();
            if (choice.at(0).toInt() == int(guessed.kind)
                && choice.at(1).toLongLong() == guessed.customFieldId)
                box->setCurrentIndex(i);
        }
        connect(box, &QComboBox::currentIndexChanged, this, &ImportMappingPage::targetChanged);
        m_columns->setCellWidget(column, 2, box);
    }
    targetChanged();
}

QComboBox *ImportMappingPage::targetBox(int column) const
{
    return qobject_cast<QComboBox *>(m_columns->cellWidget(column, 2));
}

void ImportMappingPage::targetChanged()
{
    app::ImportMapping &mapping = m_wizard->mapping();
    for (int column = 0; column < m_columns->rowCount(); ++column) {
        const QVariantList choice = targetBox(column)->currentData().toList();
        mapping.set(
            column, app::ImportTarget {Kind(choice.at(0).toInt()), choice.at(1).toLongLong()});
    }
    const QStringList problems = mapping.problems();
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_wordingLabel->setVisible(mapsConsent());
    m_wording->setVisible(mapsConsent());
    Q_EMIT completeChanged();
}

bool ImportMappingPage::mapsConsent() const
{
    const app::ImportMapping &mapping = m_wizard->mapping();
    return mapping.maps(Kind::ConsentService) || mapping.maps(Kind::ConsentMarketing)
        || mapping.maps(Kind::ConsentFeedback);
}

QString ImportMappingPage::problemsText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

bool ImportMappingPage::isComplete() const
{
    if (!m_wizard->mapping().problems().isEmpty())
        return false;
    return !mapsConsent() || !m_wizard->consentWording().isEmpty();
}

bool ImportMappingPage::validatePage()
{
    return isComplete();
}

} // namespace rapport::ui
