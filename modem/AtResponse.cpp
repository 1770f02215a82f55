#include "modem/AtResponse.h"

namespace rapport::modem {

bool AtResponse::modemAnswered() const
{
    switch (status) {
    case Status::Ok:
    case Status::Error:
    case Status::CmeError:
    case Status::CmsError:
    case Status::OtherError:
        return true;
    case Status::Timeout:
    case Status::NoPrompt:
    case Status::Cancelled:
    case Status::ChannelClosed:
        break;
    }
    return false;
}

QByteArray AtResponse::errorText() const
{
    switch (status) {
    case Status::CmeError:
    case Status::CmsError: {
        const qsizetype colon = finalLine.indexOf(':');
        return colon < 0 ? QByteArray() : finalLine.mid(colon + 1).trimmed();
    }
    case Status::Error:
    case Status::OtherError:
        return finalLine;
    case Status::Ok:
    case Status::Timeout:
    case Status::NoPrompt:
    case Status::Cancelled:
    case Status::ChannelClosed:
        break;
    }
    return {};
}

QList<QByteArray> AtResponse::values(QByteArrayView prefix) const
{
    QList<QByteArray> found;
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            found.append(line.mid(prefix.size()).trimmed());
    }
    return found;
}

QLatin1String AtResponse::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QLatin1String("ok");
    case Status::Error:
        return QLatin1String("error");
    case Status::CmeError:
        return QLatin1String("cme-error");
    case Status::CmsError:
        return QLatin1String("cms-error");
    case Status::OtherError:
        return QLatin1String("other-error");
    case Status::Timeout:
        return QLatin1String("timeout");
    case Status::NoPrompt:
        return QLatin1String("no-prompt");
    case Status::Cancelled:
        return QLatin1String("cancelled");
    case Status::ChannelClosed:
        return QLatin1String("channel-closed");
    }
    return QLatin1String("unknown");
}

} // namespace rapport::modem
