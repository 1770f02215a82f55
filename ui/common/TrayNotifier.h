#pragma once

#include <QObject>
#include <QSystemTrayIcon>

#include <functional>

class QAction;
class QMenu;

namespace rapport::app {
class MessagingEvents;
class ThreadRepository;
struct ThreadSummary;
} // namespace rapport::app

namespace rapport::ui {

// The tray icon with the unread count, and a desktop notification (and, when switched on, a
// sound) when a customer's text arrives. Clicking either brings the window to that thread.
class TrayNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)
public:
    // Remembered in the user's settings.
    static inline const QString NotifyKey = QStringLiteral("notifications/enabled");
    static inline const QString SoundKey = QStringLiteral("notifications/sound");

    TrayNotifier(
        app::ThreadRepository &threads, app::MessagingEvents &events, QObject *parent = nullptr);
    ~TrayNotifier() override;

    // Shows the tray icon where the desktop has a tray.
    void show();
    [[nodiscard]] int unreadCount() const { return m_unread; }
    // The last notification, for tests and the accessibility log.
    [[nodiscard]] QString lastTitle() const { return m_lastTitle; }
    [[nodiscard]] QString lastMessage() const { return m_lastMessage; }
    [[nodiscard]] QSystemTrayIcon &trayIcon() { return m_tray; }

    // The icon with the count drawn on it (also used for the window icon's badge).
    static QIcon badged(const QIcon &base, int count);

public Q_SLOTS:
    void refreshUnread();

Q_SIGNALS:
    void unreadChanged(int count);
    void openRequested(qint64 threadId); // 0: just show the window
    void quitRequested();

private:
    void onMessageAdded(qint64 threadId, qint64 messageId);

    app::ThreadRepository &m_threads;
    QSystemTrayIcon m_tray;
    QMenu *m_menu;
    QIcon m_baseIcon;
    int m_unread = -1;
    qint64 m_lastThread = 0;
    qint64 m_lastNotified = 0; // the newest message already announced
    QString m_lastTitle;
    QString m_lastMessage;
};

} // namespace rapport::ui
