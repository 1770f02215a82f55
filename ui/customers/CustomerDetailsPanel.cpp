#include "ui/customers/CustomerDetailsPanel.h"

#include "app/consent/ConsentLedger.h"
#include "app/customers/CustomerRepository.h"
#include "app/phone/PhoneNumbers.h"
#include "ui/customers/VisitListModel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

QString purposeName(app::ConsentPurpose purpose)
{
    switch (purpose) {
    case app::ConsentPurpose::Marketing:
        return CustomerDetailsPanel::tr("News and offers");
    case app::ConsentPurpose::Service:
        return CustomerDetailsPanel::tr("Appointment reminders");
    case app::ConsentPurpose::Feedback:
        return CustomerDetailsPanel::tr("Feedback requests");
    }
    return {};
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

CustomerDetailsPanel::CustomerDetailsPanel(
    app::CustomerRepository &customers, app::ConsentLedger &consent, QWidget *parent)
    : QWidget(parent)
    , m_customers(customers)
    , m_consent(consent)
    , m_visits(new VisitListModel(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("customerDetails"));
    setAccessibleName(tr("Customer details"));

    auto *hint = new QLabel(tr("Choose a customer in the list to see their details, consent and "
                               "visits."),
        this);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(hint);

    auto *page = new QWidget(this);
    m_name = new QLabel(page);
    m_name->setObjectName(QStringLiteral("detailsName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel(page);
    m_facts->setObjectName(QStringLiteral("detailsFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_consentText = new QLabel(page);
    m_consentText->setObjectName(QStringLiteral("detailsConsent"));
    m_consentText->setWordWrap(true);
    m_visitSummary = new QLabel(page);
    m_visitSummary->setObjectName(QStringLiteral("detailsVisits"));
    m_visitSummary->setWordWrap(true);

    m_visitTable = new QTableView(page);
    m_visitTable->setObjectName(QStringLiteral("visitHistory"));
    m_visitTable->setAccessibleName(tr("Visit history"));
    m_visitTable->setModel(m_visits);
    m_visitTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_visitTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_visitTable->verticalHeader()->hide();
    m_visitTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_visitTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_visitTable->setWordWrap(false);
    m_visitTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_visitTable->horizontalHeader()->setStretchLastSection(true);
    m_visitTable->horizontalHeader()->setSectionResizeMode(
        VisitListModel::Date, QHeaderView::ResizeToContents);
    m_visitTable->horizontalHeader()->setSectionResizeMode(
        VisitListModel::Amount, QHeaderView::ResizeToContents);
    m_visitTable->setTabKeyNavigation(false);

    auto *edit = button(tr("&Edit…"), tr("Edit customer"), QStringLiteral("edit"));
    auto *consentButton
        = button(tr("Record &consent…"), tr("Record consent"), QStringLiteral("recordConsent"));
    auto *addVisit = button(tr("Add &visit…"), tr("Add a visit"), QStringLiteral("addVisit"));
    auto *merge = button(tr("&Merge…"), tr("Merge with another customer"), QStringLiteral("merge"));
    m_export = button(
        tr("Export their &data…"), tr("Export this person's data"), QStringLiteral("exportPerson"));
    m_erase = button(tr("E&rase…"), tr("Erase this person"), QStringLiteral("erasePerson"));
    connect(edit, &QPushButton::clicked, this, &CustomerDetailsPanel::editRequested);
    connect(consentButton, &QPushButton::clicked, this, &CustomerDetailsPanel::consentRequested);
    connect(addVisit, &QPushButton::clicked, this, &CustomerDetailsPanel::addVisitRequested);
    connect(merge, &QPushButton::clicked, this, &CustomerDetailsPanel::mergeRequested);
    connect(m_export, &QPushButton::clicked, this, &CustomerDetailsPanel::exportRequested);
    connect(m_erase, &QPushButton::clicked, this, &CustomerDetailsPanel::eraseRequested);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_name);
    layout->addWidget(m_facts);
    auto *topButtons = new QGridLayout;
    topButtons->addWidget(edit, 0, 0);
    topButtons->addWidget(consentButton, 0, 1);
    layout->addLayout(topButtons);
    layout->addSpacing(8);
    layout->addWidget(heading(tr("Consent"), page));
    layout->addWidget(m_consentText);
    layout->addSpacing(8);
    layout->addWidget(heading(tr("Visits"), page));
    layout->addWidget(m_visitSummary);
    layout->addWidget(m_visitTable, 1);
    layout->addWidget(addVisit, 0, Qt::AlignLeft);
    layout->addSpacing(8);
    layout->addWidget(heading(tr("Record and data"), page));
    auto *bottomButtons = new QGridLayout;
    bottomButtons->addWidget(merge, 0, 0);
    bottomButtons->addWidget(m_export, 0, 1);
    bottomButtons->addWidget(m_erase, 1, 0);
    layout->addLayout(bottomButtons);
    layout->addStretch(0); // takes the room of a hidden visit table
    m_stack->addWidget(page);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 12, 12, 12);
    outer->addWidget(m_stack);
    showCustomer(0);
}

QPushButton *CustomerDetailsPanel::button(
    const QString &text, const QString &name, const QString &objectName)
{
    auto *b = new QPushButton(text, this);
    b->setAccessibleName(name);
    b->setObjectName(objectName);
    return b;
}

void CustomerDetailsPanel::showCustomer(qint64 customerId)
{
    auto found = customerId > 0 ? m_customers.findById(customerId)
                                : Result<app::Customer, app::CustomerError>(app::Customer {});
    if (customerId <= 0 || !found) {
        m_customer = {};
        m_visits->setVisits({});
        m_stack->setCurrentIndex(0);
        return;
    }
    m_customer = *found;
    m_stack->setCurrentIndex(1);
    m_name->setText(m_customer.displayName().isEmpty() ? tr("No name") : m_customer.displayName());
    QStringList facts;
    facts << (m_customer.phoneE164.isEmpty()
            ? tr("No mobile number")
            : app::PhoneNumbers::formatNational(m_customer.phoneE164));
    if (!m_customer.email.isEmpty())
        facts << m_customer.email;
    if (m_customer.hasBirthday()) {
        const QDate date(m_customer.birthdayYear.value_or(2000), m_customer.birthdayMonth,
            m_customer.birthdayDay);
        facts << tr("Birthday %1")
                     .arg(QLocale().toString(date,
                         // Date formats (QDate::toString) differ by language: "31. Dezember".
                         m_customer.birthdayYear
                             ? tr("d MMMM yyyy", "date format: a birthday with its year")
                             : tr("d MMMM", "date format: a birthday without its year")));
    }
    if (!m_customer.tags.isEmpty())
        facts << tr("Tags: %1").arg(m_customer.tags.join(QStringLiteral(", ")));
    if (!m_customer.notes.isEmpty())
        facts << m_customer.notes;
    QStringList escaped;
    for (const QString &fact : std::as_const(facts))
        escaped << fact.toHtmlEscaped();
    m_facts->setText(escaped.join(QStringLiteral("<br>")));
    fillConsent();
    m_visits->setVisits(m_customers.visits(m_customer.id).valueOr({}));
    const int count = m_visits->rowCount();
    m_visitTable->setVisible(count > 0);
    m_visitSummary->setText(count == 0
            ? tr("No visits recorded yet.")
            : tr("%n visit(s), %1 spent in all.", nullptr, count)
                  .arg(QLocale().toString(m_visits->totalCents() / 100.0, 'f', 2)));
    const bool hasNumber = !m_customer.phoneE164.isEmpty();
    const QString needsNumber
        = tr("Export and erasure find a person by their mobile number, and this customer has "
             "none. Add it first.");
    m_export->setEnabled(hasNumber);
    m_erase->setEnabled(hasNumber);
    m_export->setToolTip(hasNumber ? QString() : needsNumber);
    m_erase->setToolTip(hasNumber ? QString() : needsNumber);
}

void CustomerDetailsPanel::fillConsent()
{
    auto state = m_consent.current(m_customer.id);
    QStringList lines;
    for (const app::ConsentPurpose purpose : {app::ConsentPurpose::Marketing,
             app::ConsentPurpose::Service, app::ConsentPurpose::Feedback}) {
        QString status = tr("not asked");
        if (state) {
            const app::ConsentDecision &decision = state->of(purpose);
            const QString when
                = QLocale().toString(decision.at.toLocalTime().date(), QLocale::ShortFormat);
            if (decision.status == app::ConsentStatus::OptedIn)
                status
                    = tr("opted in on %1 (%2)").arg(when, app::consentSourceName(decision.source));
            else if (decision.status == app::ConsentStatus::OptedOut)
                status
                    = tr("opted out on %1 (%2)").arg(when, app::consentSourceName(decision.source));
        }
        lines << tr("%1: %2").arg(purposeName(purpose), status).toHtmlEscaped();
    }
    m_consentText->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace rapport::ui
