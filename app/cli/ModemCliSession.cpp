#include "app/cli/ModemCliSession.h"

#include "app/cli/CliWait.h"
#include "app/modem/PortProblemText.h"
#include "app/modem/SessionProblemText.h"
#include "modem/Clock.h"
#include "modem/ModemSession.h"
#include "modem/SerialLink.h"

namespace rapport::app {

using modem::ModemSession;

ModemCliSession::ModemCliSession(CliContext &context)
    : m_context(context)
{ }

ModemCliSession::~ModemCliSession()
{
    if (m_session)
        m_session->close();
}

std::optional<QString> ModemCliSession::takeOption(QStringList &arguments, const QString &name)
{
    const qsizetype at = arguments.indexOf(name);
    if (at < 0 || at + 1 >= arguments.size())
        return std::nullopt;
    const QString value = arguments.at(at + 1);
    arguments.remove(at, 2);
    return value;
}

ModemCliOptions ModemCliSession::takeModemOptions(QStringList &arguments)
{
    ModemCliOptions options;
    options.pin = takeOption(arguments, QStringLiteral("--pin")).value_or(QString());
    options.vendor = takeOption(arguments, QStringLiteral("--vendor")).value_or(QString());
    return options;
}

QStringList ModemCliSession::takeLiterals(QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--"));
    if (at < 0)
        return {};
    const QStringList literals = arguments.mid(at + 1);
    arguments = arguments.mid(0, at);
    return literals;
}

std::optional<QString> ModemCliSession::leftoverOption(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument.startsWith(QLatin1String("--")))
            return argument;
    }
    return std::nullopt;
}

ExitCode ModemCliSession::open(const ModemCliOptions &options, std::chrono::milliseconds timeout)
{
    std::optional<modem::Vendor> vendor;
    if (!options.vendor.isEmpty()) {
        vendor = modem::VendorProfile::vendorFromName(options.vendor);
        if (!vendor) {
            m_context.err << "rapportctl modem: unknown vendor '" << options.vendor
                          << "'. Use one of: generic, huawei, zte, simcom, quectel, sierra.\n";
            return ExitCode::Usage;
        }
    }
    m_link = std::make_unique<modem::SerialLink>();
    const auto opened = m_link->open(options.port);
    if (!opened) {
        const ProblemText text = PortProblemText::describe(opened.error());
        m_context.err << text.what << '\n' << text.fix << '\n';
        if (!text.details.isEmpty())
            m_context.err << "(" << text.details << ")\n";
        return ExitCode::Unavailable;
    }
    QObject::connect(m_link.get(), &modem::SerialLink::lost, m_link.get(),
        [this](const modem::PortError &error) {
            m_portLost = true;
            const ProblemText text = PortProblemText::describe(error);
            // The command ends here, so the app's "reconnects by itself" does not
            // apply: say what to do instead.
            m_context.err << text.what << ' '
                          << (error.kind == modem::PortErrorKind::Vanished
                                     ? QStringLiteral("Plug it back in and run the "
                                                      "command again.")
                                     : text.fix)
                          << '\n';
            m_context.err.flush();
            stopRunning(int(ExitCode::Unavailable));
        });
    m_session = std::make_unique<ModemSession>(m_link->device(), Clock::system());
    ModemSession::Settings settings;
    settings.forcedVendor = vendor;
    m_session->setSettings(settings);
    bool pinSent = false;
    int attempts = -1;
    QObject::connect(m_session.get(), &ModemSession::pinRequired, m_session.get(),
        [&attempts](int left) { attempts = left; });
    m_session->start();

    const auto settled = [this] {
        const auto state = m_session->state();
        return m_portLost || state == ModemSession::State::Ready
            || state == ModemSession::State::Stopped || state == ModemSession::State::Unresponsive
            || state == ModemSession::State::WaitingForPin;
    };
    for (;;) {
        if (!waitUntil(settled, timeout)) {
            m_context.err << "The modem did not finish starting within " << timeout.count() / 1000
                          << " s. Unplug it, wait ten seconds and plug it in again.\n";
            return ExitCode::Unavailable;
        }
        if (m_portLost)
            return ExitCode::Unavailable;
        if (m_session->state() != ModemSession::State::WaitingForPin)
            break;
        if (options.pin.isEmpty() || pinSent) {
            m_context.err << "The SIM card is locked with a PIN";
            if (attempts >= 0)
                m_context.err << " (" << attempts << " attempts left)";
            m_context.err << ". Run the command again with --pin NNNN. Rapport never tries a "
                             "PIN by itself.\n";
            return ExitCode::Unavailable;
        }
        pinSent = true;
        m_session->providePin(options.pin);
    }
    if (m_session->state() != ModemSession::State::Ready) {
        const ProblemText text
            = SessionProblemText::describe(m_session->failure(), m_session->failureDetail());
        m_context.err << text.what << '\n' << text.fix << '\n';
        if (!text.details.isEmpty())
            m_context.err << "(modem said: " << text.details << ")\n";
        return ExitCode::Unavailable;
    }
    return ExitCode::Success;
}

} // namespace rapport::app
