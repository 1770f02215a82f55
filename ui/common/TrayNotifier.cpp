#include "ui/common/TrayNotifier.h"

#include "app/messaging/MessagingEvents.h"
#include "app/threads/ThreadRepository.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSettings>

namespace rapport::ui {

TrayNotifier::TrayNotifier(
    app::ThreadRepository &threads, app::MessagingEvents &events, QObject *parent)
    : QObject(parent)
    , m_threads(threads)
    , m_menu(new QMenu)
    , m_baseIcon(QStringLiteral(":/icons/rapport.svg"))
{
    m_tray.setIcon(m_baseIcon);
    QAction *open = m_menu->addAction(tr("Open Rapport"));
    connect(open, &QAction::triggered, this, [this] { Q_EMIT openRequested(0); });
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit"));
    connect(quit, &QAction::triggered, this, &TrayNotifier::quitRequested);
    m_tray.setContextMenu(m_menu);
    connect(&m_tray, &QSystemTrayIcon::activated, this, [this](auto reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested(0);
    });
    connect(&m_tray, &QSystemTrayIcon::messageClicked, this,
        [this] { Q_EMIT openRequested(m_lastThread); });
    connect(&events, &app::MessagingEvents::messageAdded, this, &TrayNotifier::onMessageAdded);
    connect(&events, &app::MessagingEvents::threadChanged, this, &TrayNotifier::refreshUnread);
    refreshUnread();
}

TrayNotifier::~TrayNotifier()
{
    delete m_menu;
}

void TrayNotifier::show()
{
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray.show();
}

QIcon TrayNotifier::badged(const QIcon &base, int count)
{
    if (count <= 0)
        return base;
    QIcon icon;
    for (const int size : {16, 22, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull())
            pixmap = QPixmap(size, size);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
        QFont font = QApplication::font();
        font.setBold(true);
        font.setPixelSize(std::max(7, size * 9 / 20));
        painter.setFont(font);
        const int diameter
            = std::max(size * 11 / 20, QFontMetrics(font).horizontalAdvance(text) + 4);
        const QRect badge(size - diameter, 0, diameter, size * 11 / 20);
        // The badge keeps the platform's highlight colours so it reads in light and dark themes.
        const QPalette palette = QApplication::palette();
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette.color(QPalette::Highlight));
        painter.drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        painter.setPen(palette.color(QPalette::HighlightedText));
        painter.drawText(badge, Qt::AlignCenter, text);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void TrayNotifier::refreshUnread()
{
    const auto total = m_threads.unreadTotal();
    if (!total)
        return;
    const int count = int(*total);
    if (count == m_unread)
        return;
    m_unread = count;
    m_tray.setIcon(badged(m_baseIcon, count));
    m_tray.setToolTip(count > 0 ? tr("Rapport — %n unread text(s)", nullptr, count)
                                : tr("Rapport — no unread texts"));
    Q_EMIT unreadChanged(count);
}

void TrayNotifier::onMessageAdded(qint64 threadId, qint64 messageId)
{
    refreshUnread();
    if (messageId <= m_lastNotified)
        return;
    const auto thread = m_threads.find(threadId);
    if (!thread || !*thread)
        return;
    const app::ThreadSummary &summary = **thread;
    // Only a customer's text is news; our own sends and the automatic answers are not.
    if (!summary.lastMessageIncoming)
        return;
    m_lastNotified = messageId;
    const QSettings settings;
    if (!settings.value(NotifyKey, true).toBool())
        return;
    m_lastThread = threadId;
    m_lastTitle = tr("Text from %1").arg(summary.displayName);
    m_lastMessage = summary.preview.isEmpty() ? tr("(a message without text)") : summary.preview;
    if (m_tray.isVisible())
        m_tray.showMessage(m_lastTitle, m_lastMessage, QSystemTrayIcon::Information, 8000);
    if (settings.value(SoundKey, false).toBool())
        QApplication::beep();
}

} // namespace rapport::ui
