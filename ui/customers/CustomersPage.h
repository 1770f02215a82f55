#pragma once

#include "app/customers/Customer.h"
#include "app/customers/CustomerListQuery.h"
#include "app/segments/BuiltInSegments.h"
#include "app/staff/Actor.h"
#include "app/staff/Permissions.h"
#include "ui/customers/CustomerDialogs.h"
#include "ui/customers/CustomerTableModel.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace rapport::app {
class AuditLog;
class ConsentLedger;
class CustomerRepository;
class Database;
class SegmentRepository;
} // namespace rapport::app

namespace rapport::ui {

class CustomerDetailsPanel;
class SegmentListModel;

// The Customers page: the segment sidebar with counts, the paged customer table with a search
// field and a column chooser, the chosen customer's details (consent, visits), and the actions
// on customers: add and edit, record consent at the counter, add a visit, merge, import, export,
// and a person's data export and erasure. Actions a role may not take are refused with a
// sentence saying who may (the core refuses them too).
//
// Built from the services it uses, so tests need no Workspace. With a Workspace `ws`:
//   CustomersPage::Services {ws.database(), ws.customers(), ws.consent(), ws.segments(),
//       ws.audit(), [&ws] { return ws.actor(); }, ws.region(), businessNameGetter, todayGetter}
class CustomersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersPage)
public:
    struct Services
    {
        app::Database &database;
        app::CustomerRepository &customers;
        app::ConsentLedger &consent;
        app::SegmentRepository &segments;
        app::AuditLog &audit;
        std::function<app::Actor()> actor; // who is signed in now
        QString region; // the business's (ISO 3166), for numbers without a country code
        std::function<QString()> businessName = {}; // named in consent wording; may be empty
        std::function<QDate()> today = {}; // the business's local date; default: the system's
        app::BuiltInThresholds thresholds = {}; // as the segment repository was made with
    };
    // Debounce of the search field: a filter runs this long after the last keystroke.
    static constexpr int SearchDelayMs = 150;

    explicit CustomersPage(Services services, CustomerDialogs dialogs = CustomerDialogs::standard(),
        QWidget *parent = nullptr);
    ~CustomersPage() override;

    // Reads the list, the counts and the shown customer again (after changes made elsewhere).
    void refresh();
    // After the business's region changed in the settings.
    void setRegion(const QString &region);

    // Column widths, order and visibility, the splitter and the chosen segment, for QSettings.
    [[nodiscard]] QByteArray saveState() const;
    bool restoreState(const QByteArray &state);
    void setColumnVisible(CustomerTableModel::Column column, bool visible);
    [[nodiscard]] bool isColumnVisible(CustomerTableModel::Column column) const;

    // Filters at once, without the typing delay.
    void setSearchText(const QString &text);
    // Shows the segment whose SegmentListModel::KeyRole is `key` ("all", "new", "saved:3").
    bool selectSegment(const QString &key);
    // Selects the customer in the list when loaded there, and shows their details.
    void showCustomer(qint64 customerId);
    [[nodiscard]] qint64 currentCustomerId() const;

    // The actions, as the buttons start them; each opens its dialog through the seam.
    void addCustomer();
    void editCustomer(qint64 customerId);
    void recordConsent(qint64 customerId);
    void addVisit(qint64 customerId);
    void mergeCustomer(qint64 customerId);
    void importCustomers();
    void exportCustomers();
    void exportPerson(qint64 customerId);
    void erasePerson(qint64 customerId);

    [[nodiscard]] CustomerTableModel *model() const { return m_model; }
    [[nodiscard]] SegmentListModel *segmentModel() const { return m_segmentModel; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] CustomerDetailsPanel *details() const { return m_details; }
    [[nodiscard]] bool isShowingEmptyState() const;

Q_SIGNALS:
    // After consent was recorded at the counter with a confirmation: text `text` to `e164`.
    // The main window hands it to the outbox.
    void confirmationTextRequested(qint64 customerId, const QString &e164, const QString &text);
    // Customers were added, changed, merged, imported or erased.
    void customersChanged();

private:
    // The customer, or nothing after saying why: not found, or no number (which person export
    // and erasure are keyed on).
    std::optional<app::Customer> customerWithNumber(qint64 customerId);
    void buildLayout();
    void buildColumnMenu();
    void applyFilter();
    void segmentChosen();
    void currentRowChanged();
    void countChanged(qint64 count);
    void changed(qint64 selectCustomerId);
    // Checks the actor's permission; when refused, says who may and returns false.
    bool allowed(app::Permission permission);
    void fail(const QString &text);
    [[nodiscard]] QString filterDescription() const;

    Services m_services;
    CustomerDialogs m_dialogs;
    app::CustomerListQuery m_query;
    CustomerTableModel *m_model;
    SegmentListModel *m_segmentModel;

    QStackedWidget *m_pages = nullptr; // the list, or the empty state
    QLineEdit *m_search = nullptr;
    QLabel *m_countLabel = nullptr;
    QToolButton *m_columnsButton = nullptr;
    QMenu *m_columnMenu = nullptr;
    QListView *m_segments = nullptr;
    QStackedWidget *m_listStack = nullptr; // the table, or "nothing matches"
    QLabel *m_noMatches = nullptr;
    QTableView *m_table = nullptr;
    CustomerDetailsPanel *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace rapport::ui
