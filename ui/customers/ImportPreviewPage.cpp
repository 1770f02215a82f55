#include "ui/customers/ImportPreviewPage.h"

#include "app/importing/CustomerImporter.h"
#include "ui/customers/ImportResultsModel.h"
#include "ui/customers/ImportWizard.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport::ui {

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_results(new ImportResultsModel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    setTitle(tr("Check before importing"));
    setSubTitle(tr("This is what the import will do with the first rows of the file. Nothing "
                   "has been saved yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("previewResults"));
    m_table->setAccessibleName(tr("Preview of the import"));
    m_table->setModel(m_results);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void ImportPreviewPage::initializePage()
{
    const ImportWizard::Services &services = m_wizard->services();
    app::CustomerImporter importer(services.database, services.audit);
    app::ImportOptions options;
    options.region = services.region;
    options.sourceName = QFileInfo(m_wizard->path()).fileName();
    options.consentWording = m_wizard->consentWording();
    options.dryRun = true;
    options.rowLimit = ImportWizard::PreviewRows;
    auto report = importer.run(services.actor(), m_wizard->table(), m_wizard->mapping(), options);
    if (!report) {
        m_ok = false;
        m_summary->setText(report.error().describe());
        m_results->setResults({}, {}, {});
        Q_EMIT completeChanged();
        return;
    }
    m_ok = true;
    const QLocale locale;
    const int total = int(m_wizard->table().rows.size());
    const QString scope = total > report->total()
        ? tr("The first %1 of %2 rows:")
              .arg(locale.toString(report->total()), locale.toString(total))
        : tr("All %n row(s):", nullptr, total);
    m_summary->setText(QStringList {scope, tr("%n new customer(s),", nullptr, report->imported),
        tr("%n merged with customers you already have,", nullptr, report->merged),
        tr("%n skipped.", nullptr, report->skipped)}
                           .join(u' '));
    m_results->setResults(m_wizard->table(), m_wizard->mapping(), *report);
    for (const int column : {ImportResultsModel::Line, ImportResultsModel::Name,
             ImportResultsModel::Number, ImportResultsModel::Outcome})
        m_table->resizeColumnToContents(column);
    Q_EMIT completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    return m_ok;
}

QString ImportPreviewPage::summaryText() const
{
    return m_summary->text();
}

} // namespace rapport::ui
