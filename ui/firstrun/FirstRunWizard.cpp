#include "ui/firstrun/FirstRunWizard.h"

#include "app/desktop/ModemHub.h"
#include "app/desktop/Workspace.h"
#include "ui/firstrun/SetupBusinessPage.h"
#include "ui/firstrun/SetupHoursPage.h"
#include "ui/firstrun/SetupModemPage.h"
#include "ui/firstrun/SetupOwnerPage.h"
#include "ui/firstrun/SetupRegionPage.h"
#include "ui/firstrun/SetupTestPage.h"

#include <QAbstractButton>

namespace rapport::ui {

FirstRunWizard::FirstRunWizard(app::Workspace &workspace, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_businessPage(new SetupBusinessPage(this))
    , m_regionPage(new SetupRegionPage(this))
    , m_hoursPage(new SetupHoursPage(*m_regionPage, this))
    , m_ownerPage(new SetupOwnerPage(*m_regionPage, this))
    , m_modemPage(new SetupModemPage(workspace.modems(), workspace.clock(), this))
    , m_testPage(new SetupTestPage(*this, this))
{
    setObjectName(QStringLiteral("FirstRunWizard"));
    setWindowTitle(tr("Set up Rapport"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoDefaultButton, false);
    setPage(Business, m_businessPage);
    setPage(Region, m_regionPage);
    setPage(Hours, m_hoursPage);
    setPage(Owner, m_ownerPage);
    setPage(Modem, m_modemPage);
    setPage(TestMessage, m_testPage);
    setStartId(Business);
    // Roomy enough for the largest page (the hours), so the window does not jump between pages.
    resize(sizeHint().expandedTo(
        QSize(fontMetrics().averageCharWidth() * 100, fontMetrics().lineSpacing() * 34)));
    for (const auto &[which, name] :
        {std::pair {QWizard::NextButton, tr("Next")}, std::pair {QWizard::BackButton, tr("Back")},
            std::pair {QWizard::FinishButton, tr("Finish")},
            std::pair {QWizard::CancelButton, tr("Cancel")}})
        button(which)->setAccessibleName(name);
}

FirstRunWizard::~FirstRunWizard() = default;

app::FirstRunChoices FirstRunWizard::choices() const
{
    app::FirstRunChoices choices;
    choices.profile
        = {m_businessPage->businessName(), m_regionPage->region(), m_regionPage->zone()};
    choices.policy = m_hoursPage->policy();
    choices.ownerName = m_ownerPage->ownerName();
    choices.ownerPin = m_ownerPage->pin();
    choices.ownerMobileE164 = m_ownerPage->mobileE164();
    return choices;
}

QString FirstRunWizard::region() const
{
    return m_regionPage->region();
}

QString FirstRunWizard::businessName() const
{
    return m_businessPage->businessName();
}

QString FirstRunWizard::ownerMobileE164() const
{
    return m_ownerPage->mobileE164();
}

QString FirstRunWizard::modemId() const
{
    return m_modemPage->modemId();
}

bool FirstRunWizard::commit(QString *error)
{
    if (m_committed)
        return true;
    const auto owner = app::FirstRunSetup::apply(m_workspace.database(), m_workspace.settings(),
        m_workspace.audit(), m_workspace.staff(), choices());
    if (!owner) {
        if (error)
            *error = tr("Your setup could not be saved: %1").arg(owner.error());
        return false;
    }
    m_committed = true;
    m_owner = *owner;
    // The modem tried on the way is kept, recorded in the owner's name.
    if (!m_modemPage->modemId().isEmpty())
        m_workspace.modems().rememberModems(m_owner);
    m_workspace.setActor(m_owner);
    m_workspace.reloadSettings();
    // Stored: there is no going back to change it here (Settings can) and nothing to cancel.
    button(QWizard::BackButton)->setEnabled(false);
    button(QWizard::CancelButton)->setEnabled(false);
    setOption(QWizard::DisabledBackButtonOnLastPage);
    return true;
}

void FirstRunWizard::accept()
{
    QString error;
    if (!commit(&error)) {
        // Stay open and say why; the choices are still on the pages.
        m_testPage->showProblem(error);
        return;
    }
    Q_EMIT setupFinished(m_owner);
    QWizard::accept();
}

void FirstRunWizard::reject()
{
    if (m_committed)
        return; // everything is stored: Finish is the way out
    m_modemPage->removeConnected();
    QWizard::reject();
}

} // namespace rapport::ui
