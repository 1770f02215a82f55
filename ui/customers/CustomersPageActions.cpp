// The actions of the customers page: each checks the role, opens its dialog through the seam and
// reads the list again when something changed.
#include "app/audit/AuditLog.h"
#include "app/customers/CustomerRepository.h"
#include "app/phone/PhoneNumbers.h"
#include "app/rights/PersonRights.h"
#include "ui/customers/AddVisitDialog.h"
#include "ui/customers/ConsentDialog.h"
#include "ui/customers/CustomerDetailsPanel.h"
#include "ui/customers/CustomerEditor.h"
#include "ui/customers/CustomersPage.h"
#include "ui/customers/ExportDialog.h"
#include "ui/customers/ImportWizard.h"
#include "ui/customers/MergeDialog.h"
#include "ui/customers/SegmentListModel.h"

#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QListView>

namespace rapport::ui {
namespace {

template<typename Dialog>
Dialog *prepared(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    return dialog;
}

QString noNumber()
{
    return CustomersPage::tr("Export and erasure find a person by their mobile number, and this "
                             "customer has none. Add their number first.");
}

} // namespace

bool CustomersPage::allowed(app::Permission permission)
{
    auto checked = app::Permissions::check(m_services.actor(), permission, &m_services.audit);
    if (checked)
        return true;
    m_dialogs.inform(this, tr("Not allowed"), checked.error().describe());
    return false;
}

void CustomersPage::fail(const QString &text)
{
    m_dialogs.inform(this, tr("Customers"), text);
}

void CustomersPage::changed(qint64 selectCustomerId)
{
    refresh();
    showCustomer(selectCustomerId);
    Q_EMIT customersChanged();
}

void CustomersPage::addCustomer()
{
    editCustomer(0);
}

void CustomersPage::editCustomer(qint64 customerId)
{
    app::Customer customer;
    if (customerId > 0) {
        auto found = m_services.customers.findById(customerId);
        if (!found) {
            fail(found.error().describe());
            return;
        }
        customer = *found;
    }
    auto *editor
        = prepared(new CustomerEditor(m_services.customers, m_services.region, customer, this));
    connect(editor, &CustomerEditor::saved, this, [this](qint64 id, bool withConsent) {
        changed(id);
        if (withConsent)
            recordConsent(id);
    });
    m_dialogs.show(editor);
}

void CustomersPage::recordConsent(qint64 customerId)
{
    if (customerId <= 0 || !allowed(app::Permission::RecordConsent))
        return;
    auto found = m_services.customers.findById(customerId);
    if (!found) {
        fail(found.error().describe());
        return;
    }
    auto *dialog = prepared(new ConsentDialog(
        m_services.consent, m_services.actor, m_services.businessName(), *found, this));
    connect(dialog, &ConsentDialog::recorded, this, [this](qint64 id) { changed(id); });
    connect(dialog, &ConsentDialog::confirmationTextRequested, this,
        &CustomersPage::confirmationTextRequested);
    m_dialogs.show(dialog);
}

void CustomersPage::addVisit(qint64 customerId)
{
    if (customerId <= 0)
        return;
    auto *dialog
        = prepared(new AddVisitDialog(m_services.customers, customerId, m_services.today(), this));
    connect(dialog, &AddVisitDialog::saved, this, [this](qint64 id) { changed(id); });
    m_dialogs.show(dialog);
}

void CustomersPage::mergeCustomer(qint64 customerId)
{
    if (customerId <= 0 || !allowed(app::Permission::Merge))
        return;
    auto found = m_services.customers.findById(customerId);
    if (!found) {
        fail(found.error().describe());
        return;
    }
    auto *dialog = prepared(
        new MergeDialog(m_services.customers, m_services.audit, m_services.actor, *found, this));
    connect(dialog, &MergeDialog::merged, this, [this](qint64 keptId) { changed(keptId); });
    m_dialogs.show(dialog);
}

void CustomersPage::importCustomers()
{
    if (!allowed(app::Permission::Import))
        return;
    auto *wizard
        = prepared(new ImportWizard({m_services.database, m_services.audit, m_services.customers,
                                        m_services.actor, m_services.region},
            m_dialogs, this));
    connect(wizard, &ImportWizard::imported, this, [this] { changed(currentCustomerId()); });
    m_dialogs.show(wizard);
}

void CustomersPage::exportCustomers()
{
    if (!allowed(app::Permission::Export))
        return;
    ExportDialog::Scope scope;
    scope.allCount
        = m_segmentModel->data(m_segmentModel->index(0), SegmentListModel::CountRole).toLongLong();
    scope.shown = m_model->predicate();
    scope.shownCount = m_model->rowCount();
    scope.shownDescription = m_model->filter().isEmpty() ? QString() : filterDescription();
    auto *dialog = prepared(new ExportDialog(m_services.database, m_services.audit,
        m_services.actor, m_dialogs, m_services.customers.customFields().valueOr({}), scope, this));
    dialog->setExportShown(!m_model->filter().isEmpty());
    m_dialogs.show(dialog);
}

std::optional<app::Customer> CustomersPage::customerWithNumber(qint64 customerId)
{
    auto found = m_services.customers.findById(customerId);
    if (!found) {
        fail(found.error().describe());
        return std::nullopt;
    }
    if (found->phoneE164.isEmpty()) {
        fail(noNumber());
        return std::nullopt;
    }
    return *found;
}

void CustomersPage::exportPerson(qint64 customerId)
{
    if (customerId <= 0 || !allowed(app::Permission::Export))
        return;
    const auto found = customerWithNumber(customerId);
    if (!found)
        return;
    const app::Customer &customer = *found;
    const QString folder
        = m_dialogs.chooseFolder(this, tr("Folder for the data of %1").arg(customer.displayName()));
    if (folder.isEmpty())
        return;
    app::PersonRights rights(m_services.database, m_services.audit, m_services.region);
    auto files = rights.exportTo(m_services.actor(), customer.phoneE164, folder);
    if (!files) {
        fail(files.error().describe());
        return;
    }
    QStringList names;
    for (const QString &file : std::as_const(*files))
        names << QFileInfo(file).fileName();
    m_dialogs.inform(this, tr("Data exported"),
        tr("Everything Rapport holds about %1 was written to %2: %3. Give the files to them "
           "securely and delete your copy afterwards.")
            .arg(customer.displayName(), QDir::toNativeSeparators(folder),
                names.join(QStringLiteral(", "))));
}

void CustomersPage::erasePerson(qint64 customerId)
{
    if (customerId <= 0 || !allowed(app::Permission::Erase))
        return;
    const auto found = customerWithNumber(customerId);
    if (!found)
        return;
    const app::Customer &customer = *found;
    const QString name = customer.displayName().isEmpty()
        ? app::PhoneNumbers::formatNational(customer.phoneE164)
        : customer.displayName();
    Confirmation question;
    question.title = tr("Erase %1").arg(name);
    question.text = tr("Erase %1 and everything about them?").arg(name);
    question.details = tr("Their record, visits, consent history and all texts with them are "
                          "deleted for good. Their number stays on the do-not-text list as a "
                          "code, so a later import cannot add them back by mistake. Backups "
                          "made before today still hold their data until you delete them.");
    question.acceptLabel = tr("Erase");
    question.destructive = true;
    m_dialogs.confirm(this, question, [this, customer, name](bool yes) {
        if (!yes)
            return;
        app::PersonRights rights(m_services.database, m_services.audit, m_services.region);
        auto erased = rights.erase(m_services.actor(), customer.phoneE164);
        if (!erased) {
            fail(erased.error().describe());
            return;
        }
        changed(0);
        m_dialogs.inform(this, tr("Erased"),
            tr("%1 was erased: %2, %3 and %4 in %5.")
                .arg(name, tr("%n visit(s)", nullptr, erased->visits),
                    tr("%n consent record(s)", nullptr, erased->consentEvents),
                    tr("%n text(s)", nullptr, erased->messages),
                    tr("%n conversation(s)", nullptr, erased->threads)));
    });
}

} // namespace rapport::ui
