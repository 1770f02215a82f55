#pragma once

#include <QString>

#include <functional>

namespace rapport {
class Clock;
} // namespace rapport

namespace rapport::app {
class AppointmentBook;
class ConsentLedger;
class CustomerRepository;
class Database;
class MessagingService;
class StaffDirectory;
class TemplateRepository;
class ThreadRepository;
struct Actor;
} // namespace rapport::app

namespace rapport::ui {

// What the inbox works with, all owned elsewhere (app::Workspace in the application, the test's
// rig in tests) and outliving the page. From a Workspace `ws`:
//   InboxServices {ws.database(), ws.clock(), ws.threads(), ws.messaging(), ws.customers(),
//       ws.consent(), ws.templates(), ws.staff(), [&ws] { return ws.actor(); },
//       ws.region(), BusinessProfile::load(ws.settings()).name, ws.appointments()}
struct InboxServices
{
    app::Database &database;
    Clock &clock;
    app::ThreadRepository &threads;
    app::MessagingService &messaging; // outbox, policy, events
    app::CustomerRepository &customers;
    app::ConsentLedger &consent;
    app::TemplateRepository &templates;
    app::StaffDirectory &staff;
    std::function<app::Actor()> actor; // who is signed in now; every action is taken as them
    QString region; // the business's ISO 3166 region (BusinessProfile::region)
    QString businessName; // for merge-field previews ({business})
    app::AppointmentBook &appointments; // the side panel's next appointment, booking
};

} // namespace rapport::ui
