#include "ScreenshotShop.h"

#include "app/demo/DemoDataGenerator.h"
#include "app/desktop/ModemHub.h"
#include "app/desktop/Workspace.h"
#include "app/settings/SettingsStore.h"
#include "app/staff/StaffDirectory.h"
#include "modem/Clock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

using namespace rapport;

ScreenshotShop::ScreenshotShop() = default;
ScreenshotShop::~ScreenshotShop() = default;

QString ScreenshotShop::open()
{
    auto opened
        = app::Workspace::open(m_folder.filePath(QStringLiteral("rapport.db")), Clock::system());
    if (!opened)
        return opened.error();
    m_workspace = std::move(*opened);
    app::Workspace &workspace = *m_workspace;

    app::DemoOptions demo;
    demo.customers = 400;
    demo.messages = 3000;
    demo.region = QStringLiteral("GB");
    demo.zone = QTimeZone("Europe/London");
    demo.businessName = QStringLiteral("Harbour Optics");
    const auto generated = app::DemoDataGenerator::generate(workspace.database(), demo);
    if (!generated)
        return generated.error().describe();

    const app::Actor setup = app::Actor::commandLine();
    app::SettingsStore &settings = workspace.settings();
    for (const auto &[key, value] : {std::pair {app::BusinessProfile::NameKey, demo.businessName},
             std::pair {app::BusinessProfile::RegionKey, demo.region},
             std::pair {app::BusinessProfile::ZoneKey, QStringLiteral("Europe/London")}}) {
        if (!settings.setValue(setup, workspace.audit(), key, value))
            return QStringLiteral("cannot store %1").arg(key);
    }
    workspace.reloadSettings();
    // Signed in as the shop's owner, as after the first-run wizard.
    const auto members = workspace.staff().list();
    if (!members || members->isEmpty())
        return QStringLiteral("the demo shop has no staff");
    app::StaffMember owner = members->first();
    for (const app::StaffMember &member : *members) {
        if (member.role == app::StaffRole::Owner) {
            owner = member;
            break;
        }
    }
    workspace.setActor(app::Actor::staffMember(owner.id, owner.role, owner.name));

    workspace.modems().addDemo(workspace.actor());
    if (const auto started = workspace.startMessaging(); !started)
        return started.error();
    // Pictures of a working shop: wait until the demo modem reports its signal.
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        const auto modem = workspace.modems().modem(QStringLiteral("demo"));
        if (modem && modem->canSend() && modem->signalBars >= 0)
            return QString();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return QStringLiteral("the demo modem did not come up within 15 s");
}
