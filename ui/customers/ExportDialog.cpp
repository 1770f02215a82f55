#include "ui/customers/ExportDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rapport::ui {

ExportDialog::ExportDialog(app::Database &database, app::AuditLog &audit,
    std::function<app::Actor()> actor, CustomerDialogs dialogs,
    const QList<app::CustomField> &fields, Scope scope, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_audit(audit)
    , m_actor(std::move(actor))
    , m_dialogs(std::move(dialogs))
    , m_scope(std::move(scope))
    , m_all(new QRadioButton(this))
    , m_shown(new QRadioButton(this))
    , m_columns(new QListWidget(this))
    , m_path(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export customers"));
    setAccessibleName(windowTitle());
    const QLocale locale;
    m_all->setText(tr("&All customers (%1)").arg(locale.toString(m_scope.allCount)));
    m_all->setObjectName(QStringLiteral("exportAll"));
    m_all->setAccessibleName(tr("Export all customers"));
    m_shown->setText(m_scope.shownDescription.isEmpty()
            ? tr("The customers &shown now (%1)").arg(locale.toString(m_scope.shownCount))
            : tr("The customers &shown now: %1 (%2)")
                  .arg(m_scope.shownDescription, locale.toString(m_scope.shownCount)));
    m_shown->setObjectName(QStringLiteral("exportShown"));
    m_shown->setAccessibleName(tr("Export the customers shown now"));
    m_shown->setEnabled(!m_scope.shownDescription.isEmpty());
    m_all->setChecked(true);

    // Every column the exporter knows, the importer's defaults ticked.
    const QList<app::ExportColumn> defaults = app::ExportColumn::defaults(fields);
    for (const QString &key : app::ExportColumn::keys()) {
        if (auto column = app::ExportColumn::fromKey(key, fields))
            m_available.append(*column);
    }
    for (const app::CustomField &field : fields)
        m_available.append({app::ExportColumn::Kind::CustomField, field.id, field.name});
    for (const app::ExportColumn &column : std::as_const(m_available)) {
        auto *item = new QListWidgetItem(column.header, m_columns);
        const bool ticked = std::any_of(defaults.cbegin(), defaults.cend(), [&](const auto &d) {
            return d.kind == column.kind && d.customFieldId == column.customFieldId;
        });
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    }
    m_columns->setObjectName(QStringLiteral("exportColumns"));
    m_columns->setAccessibleName(tr("Columns to export"));

    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(tr("File to write"));
    m_path->setText(QDir::home().filePath(tr("customers.csv")));
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setAccessibleName(tr("Choose the file to write"));
    connect(choose, &QPushButton::clicked, this, &ExportDialog::choosePath);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);

    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("The file holds the customers' personal data: keep it safe and delete "
                         "it when you no longer need it."));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAccessibleName(tr("Export"));
    m_export->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAccessibleName(tr("Cancel"));
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::runExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::reject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *scopeBox = new QWidget(this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    scopeLayout->addWidget(m_all);
    scopeLayout->addWidget(m_shown);
    form->addRow(tr("Customers:"), scopeBox);
    auto *columnsLabel = new QLabel(tr("C&olumns:"), this);
    columnsLabel->setBuddy(m_columns);
    form->addRow(columnsLabel, m_columns);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumSize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 30);
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::setExportShown(bool shown)
{
    (shown && m_shown->isEnabled() ? m_shown : m_all)->setChecked(true);
}

QList<app::ExportColumn> ExportDialog::columns() const
{
    QList<app::ExportColumn> chosen;
    for (int row = 0; row < m_columns->count(); ++row) {
        if (m_columns->item(row)->checkState() == Qt::Checked)
            chosen.append(m_available.at(row));
    }
    return chosen;
}

void ExportDialog::choosePath()
{
    const QString path = m_dialogs.saveFile(
        this, tr("Export customers to"), m_path->text(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::reject()
{
    // Closing while the export runs cancels it (no file is written); the dialog stays open to
    // say so.
    if (m_running) {
        m_cancelled = true;
        return;
    }
    QDialog::reject();
}

bool ExportDialog::runExport()
{
    if (m_running)
        return false;
    QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose the file to write first."));
        m_status->setForegroundRole(QPalette::WindowText);
        return false;
    }
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QLatin1String(".csv");
    m_running = true;
    m_cancelled = false;
    m_export->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_status->setForegroundRole(QPalette::WindowText);
    m_status->setText(tr("Exporting…"));
    const bool shown = m_shown->isChecked();
    app::CustomerExporter exporter(m_database, m_audit);
    // Each page of the export hands control back to the event loop, so the window repaints and
    // Cancel can be clicked.
    auto result
        = exporter.exportCsv(m_actor(), path, columns(), shown ? m_scope.shown.sql : QString(),
            shown ? m_scope.shown.values : QVariantList(), [this](qint64 done, qint64 total) {
                m_progress->setMaximum(int(std::max<qint64>(total, 1)));
                m_progress->setValue(int(done));
                QCoreApplication::processEvents();
                return !m_cancelled;
            });
    m_running = false;
    m_export->setEnabled(true);
    if (!result) {
        m_progress->hide();
        m_status->setText(result.error().describe());
        return false;
    }
    m_progress->setValue(m_progress->maximum());
    m_status->setText(tr("%n customer(s) exported to %1.", nullptr, int(*result))
                          .arg(QDir::toNativeSeparators(path)));
    m_cancel->setText(tr("&Close"));
    m_cancel->setAccessibleName(tr("Close"));
    Q_EMIT exported(path, *result);
    return true;
}

} // namespace rapport::ui
