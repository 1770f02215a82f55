#include "ui/modems/AddModemDialog.h"

#include "app/desktop/PortScanner.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
constexpr int kPathRole = Qt::UserRole;
constexpr int kUsableRole = Qt::UserRole + 1;
} // namespace

AddModemDialog::AddModemDialog(Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_scanner(std::make_unique<app::PortScanner>(clock))
    , m_useDetected(new QRadioButton(tr("A modem found on this computer:"), this))
    , m_ports(new QListWidget(this))
    , m_scanStatus(new QLabel(this))
    , m_rescan(new QPushButton(tr("Look again"), this))
    , m_useTyped(new QRadioButton(tr("This port:"), this))
    , m_path(new QLineEdit(this))
    , m_useDemo(new QRadioButton(tr("The demo modem (messages do not leave this computer)"), this))
    , m_pin(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add a modem"));
    setObjectName(QStringLiteral("addModemDialog"));

    auto *intro = new QLabel(tr("Plug the USB modem in with its SIM card, then choose it below. "
                                "Rapport tries each port to find the one that answers."),
        this);
    intro->setWordWrap(true);

    m_ports->setObjectName(QStringLiteral("ports"));
    m_ports->setAccessibleName(tr("Ports found"));
    m_ports->setWordWrap(true);
    m_ports->setMinimumHeight(140);
    m_scanStatus->setWordWrap(true);
    m_rescan->setAccessibleName(tr("Look for modems again"));
    m_path->setObjectName(QStringLiteral("portPath"));
    m_path->setAccessibleName(tr("Port path"));
    m_path->setPlaceholderText(QStringLiteral("/dev/ttyUSB2"));
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setAccessibleName(tr("SIM PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_pin));
    m_pin->setPlaceholderText(tr("Only if the SIM asks for one"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_useDetected->setChecked(true);

    auto *group = new QButtonGroup(this);
    group->addButton(m_useDetected);
    group->addButton(m_useTyped);
    group->addButton(m_useDemo);

    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(m_scanStatus, 1);
    scanRow->addWidget(m_rescan);

    auto *pinForm = new QFormLayout;
    pinForm->addRow(tr("SIM PIN:"), m_pin);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_useDetected);
    layout->addWidget(m_ports, 1);
    layout->addLayout(scanRow);
    layout->addWidget(m_useTyped);
    layout->addWidget(m_path);
    layout->addWidget(m_useDemo);
    layout->addLayout(pinForm);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddModemDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddModemDialog::reject);
    connect(m_rescan, &QPushButton::clicked, this, &AddModemDialog::scan);
    connect(m_scanner.get(), &app::PortScanner::finished, this, &AddModemDialog::showPorts);
    connect(m_ports, &QListWidget::currentRowChanged, this, [this] {
        m_useDetected->setChecked(true);
        updateButtons();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_useTyped->setChecked(true);
        updateButtons();
    });
    connect(group, &QButtonGroup::buttonToggled, this, &AddModemDialog::updateButtons);
    resize(560, 520);
    updateButtons();
}

AddModemDialog::~AddModemDialog() = default;

void AddModemDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_scannedOnce)
        scan();
}

void AddModemDialog::scan()
{
    m_scannedOnce = true;
    m_ports->clear();
    m_rescan->setEnabled(false);
    m_scanStatus->setText(tr("Looking for modems…"));
    m_scanner->scan();
}

bool AddModemDialog::isScanning() const
{
    return m_scanner->isScanning();
}

void AddModemDialog::showPorts(const QList<app::PortCandidate> &ports)
{
    m_rescan->setEnabled(true);
    m_ports->clear();
    int best = -1;
    for (const app::PortCandidate &port : ports) {
        QString text = port.path;
        if (!port.modemName.isEmpty())
            text += QStringLiteral(" — ") + port.modemName;
        else if (!port.description.isEmpty())
            text += QStringLiteral(" — ") + port.description;
        if (port.recommended)
            text += u' ' + tr("(recommended)");
        if (!port.problem.isEmpty())
            text += u'\n' + port.problem + u' ' + port.fix;
        auto *item = new QListWidgetItem(text, m_ports);
        item->setData(kPathRole, port.path);
        item->setData(kUsableRole, port.answered);
        if (!port.answered)
            item->setForeground(m_ports->palette().brush(QPalette::PlaceholderText));
        if (port.recommended && best < 0)
            best = m_ports->count() - 1;
    }
    if (ports.isEmpty()) {
        m_scanStatus->setText(tr("No serial ports found. Check that the modem is plugged in; "
                                 "some need a moment after plugging in. You can also type the "
                                 "port below or use the demo modem."));
    } else {
        int answering = 0;
        for (const auto &port : ports)
            answering += port.answered ? 1 : 0;
        m_scanStatus->setText(answering > 0
                ? tr("%n port(s) answered.", nullptr, answering)
                : tr("No port answered. Check the problems shown under each port."));
    }
    if (best >= 0)
        m_ports->setCurrentRow(best);
    updateButtons();
}

ModemChoice AddModemDialog::choice() const
{
    ModemChoice choice;
    choice.pin = m_pin->text();
    if (m_useDemo->isChecked()) {
        choice.demo = true;
    } else if (m_useTyped->isChecked()) {
        choice.port = m_path->text().trimmed();
    } else if (const QListWidgetItem *item = m_ports->currentItem()) {
        choice.port = item->data(kPathRole).toString();
    }
    return choice;
}

void AddModemDialog::updateButtons()
{
    m_error->hide();
    const ModemChoice chosen = choice();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen.demo || !chosen.port.isEmpty());
    m_pin->setEnabled(!chosen.demo);
}

void AddModemDialog::accept()
{
    const ModemChoice chosen = choice();
    if (!chosen.demo) {
        if (chosen.port.isEmpty()) {
            m_error->setText(tr("Choose a port from the list or type one."));
            m_error->show();
            return;
        }
        if (m_useTyped->isChecked() && !QFileInfo::exists(chosen.port)) {
            m_error->setText(tr("There is no port %1. Check the spelling (for example "
                                "/dev/ttyUSB2), or plug the modem in and choose it from the list.")
                                 .arg(chosen.port));
            m_error->show();
            return;
        }
        if (!chosen.pin.isEmpty() && chosen.pin.size() < 4) {
            m_error->setText(tr("A SIM PIN has 4 to 8 digits."));
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace rapport::ui
