#include "app/inbound/InboundFingerprint.h"

#include "modem/SmsTpdu.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

namespace rapport::app {

QString inboundFingerprint(const modem::SmsDeliver &deliver)
{
    QByteArray material;
    {
        QDataStream stream(&material, QIODevice::WriteOnly);
        // A version tag: changing what goes in makes old and new fingerprints differ instead
        // of colliding.
        stream << QByteArrayLiteral("rapport.inbound.v1") << deliver.originator.typeOctet()
               << deliver.originator.value << deliver.serviceCentreTime.toMSecsSinceEpoch()
               << qint32(deliver.serviceCentreTime.offsetFromUtc())
               << deliver.protocolIdentifier.raw << deliver.dataCodingScheme.raw;
        const auto concatenation
            = deliver.userData.header ? deliver.userData.header->concatenation() : std::nullopt;
        if (concatenation) {
            stream << quint8(1) << quint8(concatenation->reference.width)
                   << concatenation->reference.value << concatenation->total
                   << concatenation->sequence;
        } else {
            stream << quint8(0);
        }
        QCryptographicHash data(QCryptographicHash::Sha256);
        if (deliver.userData.header)
            data.addData(deliver.userData.header->encode());
        data.addData(deliver.userData.units);
        stream << data.result();
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex());
}

QString undecodableFingerprint(QByteArrayView hex)
{
    const QByteArray octets = QByteArray::fromHex(hex.toByteArray().trimmed());
    return QStringLiteral("raw:")
        + QString::fromLatin1(QCryptographicHash::hash(octets, QCryptographicHash::Sha256).toHex());
}

} // namespace rapport::app
