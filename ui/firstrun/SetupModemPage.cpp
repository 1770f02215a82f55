#include "ui/firstrun/SetupModemPage.h"

#include "app/desktop/ModemHub.h"
#include "app/staff/Actor.h"
#include "ui/settings/SettingsForm.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

constexpr int PathRole = Qt::UserRole + 1;

QString portLine(const app::PortCandidate &port)
{
    QString name = port.modemName.isEmpty() ? port.description : port.modemName;
    QString line = name.isEmpty() ? port.path : SetupModemPage::tr("%1 on %2").arg(name, port.path);
    if (port.recommended)
        line += SetupModemPage::tr(" \u2014 recommended");
    else if (!port.problem.isEmpty())
        line += QStringLiteral(" \u2014 ") + port.problem;
    return line;
}

} // namespace

SetupModemPage::SetupModemPage(app::ModemHub &hub, Clock &clock, QWidget *parent)
    : QWizardPage(parent)
    , m_hub(hub)
    , m_scanner(clock)
    , m_choices(new QButtonGroup(this))
    , m_detected(new QRadioButton(tr("A modem &found on this computer:"), this))
    , m_typed(new QRadioButton(tr("&Another port:"), this))
    , m_demo(new QRadioButton(tr("&Demo modem \u2014 messages do not leave this computer"), this))
    , m_later(new QRadioButton(tr("Set up the modem &later"), this))
    , m_portList(new QListWidget(this))
    , m_portDetails(SettingsForm::hint(QString(), this))
    , m_rescan(new QPushButton(tr("Look a&gain"), this))
    , m_scanning(new QProgressBar(this))
    , m_path(new QLineEdit(this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_status(new QLabel(this))
    , m_pin(new QLineEdit(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
{
    setObjectName(QStringLiteral("modemPage"));
    setTitle(tr("Your modem"));
    setSubTitle(tr("Plug in the USB modem with its SIM card. Rapport looks for it on this "
                   "computer's ports. Try the demo modem to look around first."));
    const QList<std::pair<QRadioButton *, const char *>> named {{m_detected, "detectedChoice"},
        {m_typed, "typedChoice"}, {m_demo, "demoChoice"}, {m_later, "laterChoice"}};
    int id = 0;
    for (const auto &[button, name] : named) {
        button->setObjectName(QString::fromLatin1(name));
        QString accessible = button->text();
        accessible.remove(u'&');
        button->setAccessibleName(accessible);
        m_choices->addButton(button, id++);
    }
    m_portList->setObjectName(QStringLiteral("ports"));
    m_portList->setAccessibleName(tr("Ports found on this computer"));
    m_portList->setMaximumHeight(fontMetrics().height() * 6);
    m_portDetails->setObjectName(QStringLiteral("portDetails"));
    m_rescan->setAccessibleName(tr("Look for modems again"));
    m_scanning->setRange(0, 0);
    m_scanning->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_scanning->setAccessibleName(tr("Looking for modems"));
    m_path->setObjectName(QStringLiteral("portPath"));
    m_path->setAccessibleName(tr("Port"));
    m_path->setPlaceholderText(QStringLiteral("/dev/ttyUSB2"));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setAccessibleName(tr("Connect to the modem"));
    m_status->setObjectName(QStringLiteral("modemStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Modem status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pin->setObjectName(QStringLiteral("simPin"));
    m_pin->setAccessibleName(tr("SIM PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{4,8}")), this));
    m_pin->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setAccessibleName(tr("Unlock the SIM card"));

    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(m_detected);
    scanRow->addStretch(1);
    scanRow->addWidget(m_scanning);
    scanRow->addWidget(m_rescan);
    auto *typedRow = new QHBoxLayout;
    typedRow->addWidget(m_typed);
    typedRow->addWidget(m_path, 1);
    auto *pinRow = new QHBoxLayout;
    auto *pinLabel = new QLabel(tr("SIM &PIN:"), this);
    pinLabel->setBuddy(m_pin);
    pinRow->addWidget(pinLabel);
    pinRow->addWidget(m_pin);
    pinRow->addWidget(m_unlock);
    pinRow->addStretch(1);
    auto *pinBox = new QWidget(this);
    pinBox->setObjectName(QStringLiteral("pinBox"));
    pinBox->setLayout(pinRow);
    pinRow->setContentsMargins(0, 0, 0, 0);
    pinBox->hide();
    auto *connectRow = new QHBoxLayout;
    connectRow->addWidget(m_connect);
    connectRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(scanRow);
    layout->addWidget(m_portList);
    layout->addWidget(m_portDetails);
    layout->addLayout(typedRow);
    layout->addWidget(m_demo);
    layout->addWidget(m_later);
    layout->addSpacing(8);
    layout->addLayout(connectRow);
    layout->addWidget(m_status);
    layout->addWidget(pinBox);
    layout->addStretch(1);

    connect(&m_scanner, &app::PortScanner::finished, this, &SetupModemPage::showPorts);
    connect(m_rescan, &QPushButton::clicked, this, &SetupModemPage::scan);
    connect(m_choices, &QButtonGroup::idClicked, this, &SetupModemPage::choiceChanged);
    connect(m_portList, &QListWidget::currentRowChanged, this, [this] {
        m_detected->setChecked(true);
        showPortDetails();
        choiceChanged();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_typed->setChecked(true);
        choiceChanged();
    });
    connect(m_connect, &QPushButton::clicked, this, &SetupModemPage::connectChosen);
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        if (m_modemId.isEmpty() || !m_pin->hasAcceptableInput())
            return;
        m_hub.providePin(m_modemId, m_pin->text());
        m_pin->clear();
    });
    connect(m_pin, &QLineEdit::returnPressed, m_unlock, &QPushButton::click);
    connect(&m_hub, &app::ModemHub::modemChanged, this, [this](const QString &changed) {
        if (changed == m_modemId)
            showModem();
    });
    m_demo->setChecked(true);
    choiceChanged();
}

SetupModemPage::~SetupModemPage() = default;

void SetupModemPage::initializePage()
{
    if (!m_scanned)
        scan();
}

void SetupModemPage::scan()
{
    if (m_scanner.isScanning())
        return;
    m_scanned = true;
    m_scanning->show();
    m_rescan->setEnabled(false);
    m_portDetails->setText(tr("Looking for modems\u2026"));
    m_scanner.scan();
}

void SetupModemPage::showPorts(const QList<app::PortCandidate> &ports)
{
    m_ports = ports;
    m_scanning->hide();
    m_rescan->setEnabled(true);
    const QSignalBlocker blocker(m_portList);
    m_portList->clear();
    int recommended = -1;
    for (const app::PortCandidate &port : ports) {
        auto *item = new QListWidgetItem(portLine(port), m_portList);
        item->setData(PathRole, port.path);
        if (port.recommended && recommended < 0)
            recommended = m_portList->count() - 1;
    }
    m_detected->setEnabled(!ports.isEmpty());
    m_portList->setEnabled(!ports.isEmpty());
    if (recommended >= 0) {
        m_portList->setCurrentRow(recommended);
        if (m_modemId.isEmpty())
            m_detected->setChecked(true);
    }
    showPortDetails();
    choiceChanged();
}

void SetupModemPage::showPortDetails()
{
    if (m_ports.isEmpty()) {
        m_portDetails->setText(m_scanner.isScanning()
                ? tr("Looking for modems\u2026")
                : tr("No modem found. Plug it in, wait a few seconds and click Look again, or "
                     "type its port below."));
        return;
    }
    const int row = m_portList->currentRow();
    if (row < 0 || row >= m_ports.size()) {
        m_portDetails->clear();
        return;
    }
    const app::PortCandidate &port = m_ports.at(row);
    m_portDetails->setText(port.problem.isEmpty()
            ? (port.answered ? tr("A modem answered on this port.") : QString())
            : port.problem + u' ' + port.fix);
}

SetupModemPage::Choice SetupModemPage::choice() const
{
    switch (m_choices->checkedId()) {
    case 0:
        return Choice::Detected;
    case 1:
        return Choice::Typed;
    case 2:
        return Choice::Demo;
    default:
        return Choice::Later;
    }
}

QString SetupModemPage::pathChosen() const
{
    if (choice() == Choice::Typed)
        return m_path->text().trimmed();
    const QListWidgetItem *item = m_portList->currentItem();
    return choice() == Choice::Detected && item ? item->data(PathRole).toString() : QString();
}

void SetupModemPage::choiceChanged()
{
    const Choice chosen = choice();
    const QString wanted = chosen == Choice::Demo ? QStringLiteral("demo") : pathChosen();
    // A different choice than the modem connected: that one goes.
    if (!m_modemId.isEmpty() && m_modemId != wanted)
        removeConnected();
    m_connect->setVisible(chosen != Choice::Later);
    m_connect->setEnabled(chosen == Choice::Demo || !pathChosen().isEmpty());
    if (m_modemId.isEmpty())
        m_status->setText(chosen == Choice::Later
                ? tr("You can add the modem later on the Modem page. Until then Rapport keeps "
                     "texts in its outbox.")
                : QString());
    Q_EMIT completeChanged();
}

void SetupModemPage::connectChosen()
{
    const Choice chosen = choice();
    if (chosen == Choice::Later)
        return;
    removeConnected();
    // Tried, not recorded: the wizard records it with the rest of the setup (a cancelled
    // wizard leaves no modem list and no audit lines behind).
    constexpr auto trial = app::ModemHub::Persist::No;
    m_modemId = chosen == Choice::Demo
        ? m_hub.addDemo(app::Actor::system(), trial)
        : m_hub.addPort(app::Actor::system(), pathChosen(), QString(), trial);
    showModem();
}

void SetupModemPage::removeConnected()
{
    if (m_modemId.isEmpty())
        return;
    m_hub.remove(
        app::Actor::system(), std::exchange(m_modemId, QString()), app::ModemHub::Persist::No);
    findChild<QWidget *>(QStringLiteral("pinBox"))->hide();
    m_status->clear();
    Q_EMIT completeChanged();
}

void SetupModemPage::showModem()
{
    const std::optional<app::ModemView> view = m_hub.modem(m_modemId);
    auto *pinBox = findChild<QWidget *>(QStringLiteral("pinBox"));
    if (!view) {
        pinBox->hide();
        Q_EMIT completeChanged();
        return;
    }
    QString text;
    switch (view->phase) {
    case app::ModemView::Phase::Connecting:
        text = tr("Connecting to %1\u2026").arg(view->label);
        break;
    case app::ModemView::Phase::NeedsPin:
        if (view->pinAttemptsLeft == 1)
            text = tr("The SIM card asks for its PIN. One try is left before it locks: type it "
                      "carefully.");
        else if (view->pinAttemptsLeft > 1)
            text = tr("The SIM card asks for its PIN (%1 tries left before it locks).")
                       .arg(view->pinAttemptsLeft);
        else
            text = tr("The SIM card asks for its PIN.");
        break;
    case app::ModemView::Phase::Ready:
        if (view->isDemo)
            text = tr("Ready.");
        else if (view->operatorName.isEmpty())
            text = tr("Ready: %1 can send and receive texts.").arg(view->label);
        else
            text = tr("Ready: %1 can send and receive texts (%2).")
                       .arg(view->label, view->operatorName);
        break;
    case app::ModemView::Phase::Problem:
    case app::ModemView::Phase::Away:
        text = view->problem.isEmpty() ? tr("The modem does not answer yet.")
                                       : view->problem + u' ' + view->fix;
        break;
    }
    if (view->isDemo && view->phase != app::ModemView::Phase::Problem)
        text += u' ' + tr("Demo modem \u2014 messages do not leave this computer.");
    m_status->setText(text);
    pinBox->setVisible(view->phase == app::ModemView::Phase::NeedsPin);
    if (pinBox->isVisible())
        m_pin->setFocus();
    Q_EMIT completeChanged();
}

bool SetupModemPage::isComplete() const
{
    if (choice() == Choice::Later)
        return true;
    const std::optional<app::ModemView> view
        = m_modemId.isEmpty() ? std::nullopt : m_hub.modem(m_modemId);
    return view && view->phase == app::ModemView::Phase::Ready;
}

} // namespace rapport::ui
