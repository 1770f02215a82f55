#include "ui/customers/ImportWizard.h"

#include "app/customers/CustomerRepository.h"
#include "ui/customers/ImportFilePage.h"
#include "ui/customers/ImportMappingPage.h"
#include "ui/customers/ImportPreviewPage.h"
#include "ui/customers/ImportRunPage.h"

#include <QAbstractButton>

namespace rapport::ui {

ImportWizard::ImportWizard(Services services, CustomerDialogs dialogs, QWidget *parent)
    : QWizard(parent)
    , m_services(std::move(services))
    , m_dialogs(std::move(dialogs))
    , m_filePage(new ImportFilePage(this))
    , m_mappingPage(new ImportMappingPage(this))
    , m_previewPage(new ImportPreviewPage(this))
    , m_runPage(new ImportRunPage(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import customers"));
    setAccessibleName(windowTitle());
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, m_filePage);
    setPage(MappingPage, m_mappingPage);
    setPage(PreviewPage, m_previewPage);
    setPage(RunPage, m_runPage);
    setButtonText(QWizard::NextButton, tr("&Next"));
    setButtonText(QWizard::BackButton, tr("&Back"));
    setButtonText(QWizard::FinishButton, tr("&Done"));
    for (const auto which : {QWizard::NextButton, QWizard::BackButton, QWizard::FinishButton,
             QWizard::CancelButton, QWizard::CommitButton}) {
        if (QAbstractButton *b = button(which))
            b->setAccessibleName(b->text().remove(u'&'));
    }
    setMinimumSize(fontMetrics().averageCharWidth() * 140, fontMetrics().height() * 36);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setTable(const QString &path, app::ImportTable table)
{
    m_path = path;
    m_table = std::move(table);
}

QHash<QString, qint64> ImportWizard::customFieldIds() const
{
    QHash<QString, qint64> ids;
    for (const app::CustomField &field : m_services.customers.customFields().valueOr({}))
        ids.insert(field.name, field.id);
    return ids;
}

void ImportWizard::reject()
{
    if (m_runPage->isRunning()) {
        m_runPage->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace rapport::ui
