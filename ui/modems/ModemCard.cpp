#include "ui/modems/ModemCard.h"

#include "ui/modems/ModemStatusText.h"
#include "ui/modems/SignalBars.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace rapport::ui {

using app::ModemView;

ModemCard::ModemCard(const ModemView &modem, QWidget *parent)
    : QFrame(parent)
    , m_id(modem.id)
    , m_title(new QLabel(this))
    , m_demoNote(new QLabel(this))
    , m_phase(new QLabel(this))
    , m_bars(new SignalBars(this))
    , m_signal(new QLabel(this))
    , m_today(new QProgressBar(this))
    , m_problemBox(new QFrame(this))
    , m_problem(new QLabel(m_problemBox))
    , m_retry(new QPushButton(tr("Try again"), m_problemBox))
    , m_pin(new QPushButton(tr("Enter PIN…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_wireLog(new QCheckBox(tr("Show the modem's log"), this))
{
    setObjectName(QStringLiteral("modemCard"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Modem"));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoNote->setText(tr("Demo modem — messages do not leave this computer. Simulated customers "
                           "answer some of them."));
    m_demoNote->setWordWrap(true);
    m_demoNote->setForegroundRole(QPalette::PlaceholderText);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_bars);
    header->addWidget(m_phase);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *signalRow = new QHBoxLayout;
    signalRow->addWidget(m_signal);
    signalRow->addStretch();
    m_signal->setObjectName(QStringLiteral("signal"));
    form->addRow(tr("Signal:"), signalRow);
    m_operator = addRow(form, tr("Operator:"), QStringLiteral("operator"));
    m_network = addRow(form, tr("Network:"), QStringLiteral("network"));
    m_sim = addRow(form, tr("SIM card:"), QStringLiteral("sim"));
    m_today->setObjectName(QStringLiteral("sentToday"));
    m_today->setAccessibleName(tr("Texts sent today against the SIM's daily limit"));
    m_today->setTextVisible(true);
    form->addRow(tr("Sent today:"), m_today);
    m_queue = addRow(form, tr("Waiting to send:"), QStringLiteral("queue"));
    m_storage = addRow(form, tr("SIM storage:"), QStringLiteral("storage"));
    m_device = addRow(form, tr("Device:"), QStringLiteral("device"));

    m_problemBox->setObjectName(QStringLiteral("problem"));
    m_problemBox->setFrameShape(QFrame::StyledPanel);
    m_problemBox->setAutoFillBackground(true);
    m_problemBox->setBackgroundRole(QPalette::AlternateBase);
    auto *problemLayout = new QHBoxLayout(m_problemBox);
    auto *icon = new QLabel(m_problemBox);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setAccessibleName(tr("Problem"));
    m_retry->setAccessibleName(tr("Try the modem again"));
    problemLayout->addWidget(icon);
    problemLayout->addWidget(m_problem, 1);
    problemLayout->addWidget(m_retry, 0, Qt::AlignTop);

    auto *actions = new QHBoxLayout;
    m_wireLog->setToolTip(tr("Shows every command sent to the modem and its answers, for "
                             "troubleshooting. It may show phone numbers and message text."));
    m_wireLog->setAccessibleName(tr("Show the modem's log"));
    m_pin->setAccessibleName(tr("Enter the SIM's PIN"));
    m_remove->setAccessibleName(tr("Remove this modem"));
    actions->addWidget(m_wireLog);
    actions->addStretch();
    actions->addWidget(m_pin);
    actions->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_demoNote);
    layout->addWidget(m_problemBox);
    layout->addLayout(form);
    layout->addLayout(actions);

    connect(m_retry, &QPushButton::clicked, this, [this] { Q_EMIT retryRequested(m_id); });
    connect(m_remove, &QPushButton::clicked, this, [this] { Q_EMIT removeRequested(m_id); });
    connect(m_pin, &QPushButton::clicked, this, [this] { Q_EMIT pinRequested(m_id); });
    connect(
        m_wireLog, &QCheckBox::toggled, this, [this](bool on) { Q_EMIT wireLogToggled(m_id, on); });
    show(modem);
}

QLabel *ModemCard::addRow(QFormLayout *form, const QString &label, const QString &name)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

void ModemCard::show(const ModemView &modem)
{
    const QLocale locale;
    const QString unknown = tr("Not known yet");
    m_title->setText(modem.label);
    setAccessibleName(tr("Modem %1").arg(modem.label));
    m_demoNote->setVisible(modem.isDemo);
    m_phase->setText(ModemStatusText::phase(modem));
    m_bars->setBars(modem.signalBars);
    m_signal->setText(modem.signalBars < 0
            ? unknown
            : tr("%1 of 5 bars (%2 dBm)").arg(modem.signalBars).arg(modem.signalDbm));
    m_operator->setText(modem.operatorName.isEmpty() ? unknown : modem.operatorName);
    m_network->setText(modem.registration);
    m_sim->setText(modem.simState);
    m_today->setRange(0, std::max(1, modem.dailyCap));
    m_today->setValue(std::min(modem.sentToday, std::max(1, modem.dailyCap)));
    m_today->setFormat(ModemStatusText::sentToday(modem));
    m_queue->setText(tr("%n text(s)", nullptr, modem.queueLength));
    m_storage->setText(modem.storageTotal > 0
            ? tr("%1 of %2 places used").arg(modem.storageUsed).arg(modem.storageTotal)
            : unknown);
    QStringList device;
    if (!modem.manufacturer.isEmpty() || !modem.model.isEmpty())
        device << QStringList {modem.manufacturer, modem.model}.join(u' ').simplified();
    if (!modem.port.isEmpty())
        device << tr("port %1").arg(modem.port);
    if (!modem.imei.isEmpty())
        device << tr("IMEI %1").arg(modem.imei);
    m_device->setText(device.isEmpty() ? unknown : device.join(QStringLiteral(", ")));

    const bool trouble = !modem.problem.isEmpty();
    m_problemBox->setVisible(trouble);
    if (trouble) {
        QString text = QStringLiteral("<b>%1</b> %2")
                           .arg(modem.problem.toHtmlEscaped(), modem.fix.toHtmlEscaped());
        if (modem.problemAt.isValid())
            text += QStringLiteral("<br><small>%1</small>")
                        .arg(tr("Since %1")
                                 .arg(locale.toString(
                                     modem.problemAt.toLocalTime(), QLocale::ShortFormat)));
        m_problem->setText(text);
    }
    m_retry->setVisible(trouble && modem.phase != ModemView::Phase::NeedsPin);
    m_pin->setVisible(modem.phase == ModemView::Phase::NeedsPin);
}

void ModemCard::setWireLogChecked(bool checked)
{
    const QSignalBlocker blocker(m_wireLog);
    m_wireLog->setChecked(checked);
}

} // namespace rapport::ui
