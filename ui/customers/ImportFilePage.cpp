#include "ui/customers/ImportFilePage.h"

#include "app/importing/CsvReader.h"
#include "app/importing/VCardReader.h"
#include "ui/customers/ImportWizard.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace rapport::ui {
namespace {

using ReadResult = Result<app::ImportTable, app::ImportFileProblem>;

QString delimiterName(QChar delimiter)
{
    if (delimiter == u';')
        return ImportFilePage::tr("semicolons");
    if (delimiter == u'\t')
        return ImportFilePage::tr("tabs");
    if (delimiter == u',')
        return ImportFilePage::tr("commas");
    return {};
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV file from a spreadsheet or till, or contacts saved as a vCard (.vcf) "
                   "file. Nothing is saved until the last step."));
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setAccessibleName(tr("File to import"));
    m_path->setPlaceholderText(tr("Choose a file…"));
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("chooseImportFile"));
    choose->setAccessibleName(tr("Choose the file to import"));
    connect(choose, &QPushButton::clicked, this, &ImportFilePage::choose);
    connect(
        m_path, &QLineEdit::returnPressed, this, [this] { readFile(m_path->text().trimmed()); });
    m_status->setObjectName(QStringLiteral("importFileStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(choose);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addStretch(1);
}

ImportFilePage::~ImportFilePage()
{
    if (m_reader) {
        // The reading thread holds no reference to this page; let it finish on its own.
        m_reader->disconnect(this);
        connect(m_reader, &QThread::finished, m_reader, &QObject::deleteLater);
    }
}

void ImportFilePage::choose()
{
    const QString path = m_wizard->dialogs().openFile(this, tr("Import customers from"),
        tr("Customer files (*.csv *.txt *.tsv *.vcf);;All files (*)"));
    if (!path.isEmpty())
        readFile(path);
}

void ImportFilePage::readFile(const QString &path)
{
    if (m_reader || path.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(path));
    m_ready = false;
    Q_EMIT completeChanged();
    m_status->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    auto result = std::make_shared<std::optional<ReadResult>>();
    const bool vcard = path.endsWith(QLatin1String(".vcf"), Qt::CaseInsensitive);
    m_reader = QThread::create([path, vcard, result] {
        result->emplace(vcard ? app::VCardReader::readFile(path) : app::CsvReader::readFile(path));
    });
    connect(m_reader, &QThread::finished, this, [this, path, result] {
        m_reader->deleteLater();
        m_reader = nullptr;
        const ReadResult &read = **result;
        if (!read) {
            app::ImportFileProblem problem = read.error();
            problem.fileName = QFileInfo(path).fileName();
            m_status->setText(problem.describe());
            Q_EMIT completeChanged();
            return;
        }
        const app::ImportTable &table = *read;
        const QLocale locale;
        QString text = tr("%1: %n row(s) with %2 columns, %3", nullptr, int(table.rows.size()))
                           .arg(QFileInfo(path).fileName(), locale.toString(table.columns.size()),
                               table.encoding);
        if (!table.delimiter.isNull())
            text += tr(", separated by %1").arg(delimiterName(table.delimiter));
        text += u'.';
        if (const qsizetype refused = table.refusedRowCount(); refused > 0)
            text += u' '
                + tr("%n row(s) cannot be read and will be skipped; the last step lists them.",
                    nullptr, int(refused));
        m_status->setText(text);
        m_wizard->setTable(path, table);
        m_ready = true;
        Q_EMIT completeChanged();
    });
    m_reader->start();
}

QString ImportFilePage::statusText() const
{
    return m_status->text();
}

bool ImportFilePage::isComplete() const
{
    return m_ready && !m_reader;
}

} // namespace rapport::ui
