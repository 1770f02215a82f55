#include "ui/customers/ImportRunPage.h"

#include "app/importing/CustomerImporter.h"
#include "ui/customers/ImportResultsModel.h"
#include "ui/customers/ImportWizard.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport::ui {

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_results(new ImportResultsModel(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel import"), this))
    , m_onlyProblems(new QCheckBox(tr("Show only rows that need &attention"), this))
    , m_table(new QTableView(this))
    , m_saveErrors(new QPushButton(tr("&Save the skipped rows…"), this))
    , m_saved(new QLabel(this))
{
    setTitle(tr("Importing"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_cancel->setAccessibleName(tr("Cancel import"));
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
    m_onlyProblems->setObjectName(QStringLiteral("onlyProblems"));
    m_onlyProblems->setAccessibleName(tr("Show only rows that need attention"));
    connect(m_onlyProblems, &QCheckBox::toggled, m_results, &ImportResultsModel::setOnlyProblems);
    m_table->setObjectName(QStringLiteral("importResults"));
    m_table->setAccessibleName(tr("What became of each row"));
    m_table->setModel(m_results);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    m_saveErrors->setObjectName(QStringLiteral("saveErrors"));
    m_saveErrors->setAccessibleName(tr("Save the skipped rows as a file"));
    m_saveErrors->setToolTip(tr("A CSV file with the skipped rows and a Problem column: correct "
                                "it and import it again."));
    connect(m_saveErrors, &QPushButton::clicked, this, &ImportRunPage::saveErrorsFile);
    m_saved->setObjectName(QStringLiteral("savedErrors"));
    m_saved->setWordWrap(true);
    m_saved->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveErrors);
    saveRow->addWidget(m_saved, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_onlyProblems);
    layout->addWidget(m_table, 1);
    layout->addLayout(saveRow);
}

void ImportRunPage::initializePage()
{
    m_finished = false;
    m_succeeded = false;
    m_cancelled = false;
    m_summary->setText(tr("Importing %1…").arg(QFileInfo(m_wizard->path()).fileName()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_onlyProblems->hide();
    m_table->hide();
    m_saveErrors->hide();
    m_saved->clear();
    // After the page is on screen, so the progress bar is seen from the first row.
    QMetaObject::invokeMethod(this, &ImportRunPage::run, Qt::QueuedConnection);
}

void ImportRunPage::run()
{
    const ImportWizard::Services &services = m_wizard->services();
    app::CustomerImporter importer(services.database, services.audit);
    app::ImportOptions options;
    options.region = services.region;
    options.sourceName = QFileInfo(m_wizard->path()).fileName();
    options.consentWording = m_wizard->consentWording();
    m_running = true;
    auto report = importer.run(services.actor(), m_wizard->table(), m_wizard->mapping(), options,
        [this](int done, int total) {
            m_progress->setMaximum(std::max(total, 1));
            m_progress->setValue(done);
            QCoreApplication::processEvents();
            return !m_cancelled;
        });
    m_running = false;
    m_finished = true;
    m_progress->hide();
    m_cancel->hide();
    if (!report) {
        setTitle(report.error().code == app::ImportError::Code::Cancelled
                ? tr("Import cancelled")
                : tr("The import did not happen"));
        m_summary->setText(report.error().describe());
        Q_EMIT completeChanged();
        return;
    }
    m_succeeded = true;
    setTitle(tr("Import finished"));
    QStringList parts {tr("%n customer(s) added,", nullptr, report->imported),
        tr("%n merged with customers you already had,", nullptr, report->merged),
        tr("%n row(s) skipped.", nullptr, report->skipped)};
    if (report->visits > 0)
        parts << tr("%n visit(s) recorded.", nullptr, report->visits);
    if (report->consentEvents > 0)
        parts << tr("%n consent decision(s) recorded.", nullptr, report->consentEvents);
    if (report->skipped > 0)
        parts << tr("Save the skipped rows to correct them and import them again.");
    m_summary->setText(parts.join(u' '));
    m_results->setResults(m_wizard->table(), m_wizard->mapping(), *report);
    m_onlyProblems->setChecked(report->skipped > 0 || report->warnings > 0);
    m_results->setOnlyProblems(m_onlyProblems->isChecked());
    m_onlyProblems->show();
    m_table->show();
    for (const int column : {ImportResultsModel::Line, ImportResultsModel::Name,
             ImportResultsModel::Number, ImportResultsModel::Outcome})
        m_table->resizeColumnToContents(column);
    m_saveErrors->setVisible(report->skipped > 0);
    Q_EMIT completeChanged();
    Q_EMIT m_wizard->imported(*report);
}

QString ImportRunPage::saveErrorsFile()
{
    const QFileInfo source(m_wizard->path());
    const QString suggested
        = source.dir().filePath(tr("%1 - skipped rows.csv").arg(source.completeBaseName()));
    const QString path = m_wizard->dialogs().saveFile(
        this, tr("Save the skipped rows"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return {};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(app::CustomerImporter::errorsFile(m_wizard->table(), m_results->report())) < 0
        || !file.commit()) {
        m_saved->setText(tr("The file could not be written (%1). Choose another folder.")
                             .arg(file.errorString()));
        return {};
    }
    m_saved->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return path;
}

bool ImportRunPage::isComplete() const
{
    return m_finished;
}

QString ImportRunPage::summaryText() const
{
    return m_summary->text();
}

} // namespace rapport::ui
