#include "ui/modems/ModemPage.h"

#include "app/desktop/ModemHub.h"
#include "ui/modems/ModemCard.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {

constexpr int kCardsPage = 0;
constexpr int kEmptyPage = 1;

QWidget *emptyState(ModemPage *page)
{
    auto *widget = new QWidget(page);
    auto *layout = new QVBoxLayout(widget);
    auto *title = new QLabel(ModemPage::tr("No modem yet"), widget);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    auto *body = new QLabel(ModemPage::tr("Rapport sends and receives every text through a USB "
                                          "GSM modem with a SIM card, plugged into this computer. "
                                          "Add yours, or try Rapport with the demo modem: its "
                                          "messages do not leave this computer."),
        widget);
    body->setWordWrap(true);
    auto *add = new QPushButton(ModemPage::tr("Add a modem…"), widget);
    add->setObjectName(QStringLiteral("emptyAdd"));
    auto *demo = new QPushButton(ModemPage::tr("Use the demo modem"), widget);
    demo->setObjectName(QStringLiteral("emptyDemo"));
    QObject::connect(add, &QPushButton::clicked, page, &ModemPage::addModem);
    QObject::connect(demo, &QPushButton::clicked, page, &ModemPage::useDemoModem);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(demo);
    buttons->addStretch();
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(body);
    layout->addLayout(buttons);
    layout->addStretch(2);
    layout->setContentsMargins(48, 24, 48, 24);
    return widget;
}

} // namespace

ModemPage::ModemPage(
    app::ModemHub &hub, Clock &clock, std::function<app::Actor()> actor, QWidget *parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_stack(new QStackedWidget(this))
    , m_cardLayout(new QVBoxLayout)
    , m_logTitle(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("modemPage"));
    m_addRunner = [this](QWidget *parentWidget) -> std::optional<ModemChoice> {
        AddModemDialog dialog(m_clock, parentWidget);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.choice();
    };
    m_pinAsker = [](QWidget *parentWidget, const app::ModemView &modem) -> std::optional<QString> {
        bool ok = false;
        const QString label = modem.pinAttemptsLeft > 0
            ? tr("The SIM card in %1 asks for its PIN (%n attempt(s) left before it locks).",
                nullptr, modem.pinAttemptsLeft)
                  .arg(modem.label)
            : tr("The SIM card in %1 asks for its PIN.").arg(modem.label);
        const QString pin = QInputDialog::getText(
            parentWidget, tr("SIM PIN"), label, QLineEdit::Password, QString(), &ok);
        return ok && !pin.isEmpty() ? std::optional<QString>(pin) : std::nullopt;
    };
    m_removeConfirmer = [](QWidget *parentWidget, const app::ModemView &modem) {
        return QMessageBox::question(parentWidget, tr("Remove modem"),
                   tr("Stop using %1? Texts waiting to be sent stay in the outbox and go out "
                      "through another modem, or when you add one again.")
                       .arg(modem.label))
            == QMessageBox::Yes;
    };

    auto *title = new QLabel(tr("Modems"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    auto *add = new QPushButton(tr("Add a modem…"), this);
    m_headerAdd = add;
    add->setObjectName(QStringLiteral("addModem"));
    add->setAccessibleName(tr("Add a modem"));
    connect(add, &QPushButton::clicked, this, &ModemPage::addModem);
    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(add);

    auto *cards = new QWidget;
    auto *cardsOuter = new QVBoxLayout(cards);
    cardsOuter->addLayout(m_cardLayout);
    cardsOuter->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Modems"));
    scroll->setWidget(cards);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(scroll);
    m_stack->addWidget(emptyState(this));

    auto *logPanel = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logPanel);
    logLayout->setContentsMargins(0, 0, 0, 0);
    m_log->setObjectName(QStringLiteral("wireLog"));
    m_log->setAccessibleName(tr("Modem log"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(500);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    logLayout->addWidget(m_logTitle);
    logLayout->addWidget(m_log);
    logPanel->hide();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("modemSplitter"));
    splitter->addWidget(m_stack);
    splitter->addWidget(logPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    connect(&m_hub, &app::ModemHub::modemAdded, this, &ModemPage::rebuild);
    connect(&m_hub, &app::ModemHub::modemRemoved, this, &ModemPage::rebuild);
    connect(&m_hub, &app::ModemHub::modemChanged, this, &ModemPage::refresh);
    connect(&m_hub, &app::ModemHub::pinRequired, this, [this](const QString &id) {
        // Asked only while the page is in front; otherwise the card's button and the status bar
        // say the PIN is needed.
        if (isVisible())
            askPin(id);
    });
    connect(&m_hub, &app::ModemHub::wireLine, this, [this](const QString &id, const QString &line) {
        if (id == m_logModem)
            m_log->appendPlainText(line);
    });
    rebuild();
}

ModemPage::~ModemPage() = default;

void ModemPage::rebuild()
{
    qDeleteAll(m_cards);
    m_cards.clear();
    const QList<app::ModemView> modems = m_hub.modems();
    for (const app::ModemView &modem : modems) {
        auto *card = new ModemCard(modem, this);
        card->setWireLogChecked(m_hub.isWireLogEnabled(modem.id));
        connect(card, &ModemCard::retryRequested, &m_hub, &app::ModemHub::retry);
        connect(card, &ModemCard::removeRequested, this, &ModemPage::remove);
        connect(card, &ModemCard::pinRequested, this, &ModemPage::askPin);
        connect(card, &ModemCard::wireLogToggled, this, &ModemPage::toggleWireLog);
        m_cardLayout->addWidget(card);
        m_cards.insert(modem.id, card);
    }
    m_stack->setCurrentIndex(modems.isEmpty() ? kEmptyPage : kCardsPage);
    // The empty state has its own buttons.
    m_headerAdd->setVisible(!modems.isEmpty());
    if (!m_logModem.isEmpty() && !m_cards.contains(m_logModem))
        toggleWireLog(m_logModem, false);
}

void ModemPage::refresh(const QString &id)
{
    ModemCard *card = m_cards.value(id);
    const auto modem = m_hub.modem(id);
    if (card && modem)
        card->show(*modem);
}

void ModemPage::addModem()
{
    const auto choice = m_addRunner(this);
    if (!choice)
        return;
    if (choice->demo)
        m_hub.addDemo(m_actor());
    else
        m_hub.addPort(m_actor(), choice->port, choice->pin);
}

void ModemPage::useDemoModem()
{
    m_hub.addDemo(m_actor());
}

void ModemPage::askPin(const QString &id)
{
    const auto modem = m_hub.modem(id);
    if (!modem || modem->phase != app::ModemView::Phase::NeedsPin)
        return;
    if (const auto pin = m_pinAsker(this, *modem))
        m_hub.providePin(id, *pin);
}

void ModemPage::remove(const QString &id)
{
    const auto modem = m_hub.modem(id);
    if (modem && m_removeConfirmer(this, *modem))
        m_hub.remove(m_actor(), id);
}

void ModemPage::toggleWireLog(const QString &id, bool on)
{
    // One log at a time: switching another modem's on switches the previous one's off.
    if (on && !m_logModem.isEmpty() && m_logModem != id) {
        m_hub.setWireLogEnabled(m_logModem, false);
        if (ModemCard *previous = m_cards.value(m_logModem))
            previous->setWireLogChecked(false);
    }
    m_hub.setWireLogEnabled(id, on);
    m_logModem = on ? id : QString();
    m_log->clear();
    QWidget *panel = m_log->parentWidget();
    panel->setVisible(on);
    if (on) {
        const auto modem = m_hub.modem(id);
        m_logTitle->setText(tr("What Rapport and %1 said to each other (newest last). It may show "
                               "phone numbers and message text; it is not saved.")
                                .arg(modem ? modem->label : id));
        m_logTitle->setWordWrap(true);
        m_log->setPlainText(m_hub.wireLog(id).join(u'\n'));
        m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
    }
}

} // namespace rapport::ui
