#include "app/consent/ConsentTypes.h"

#include "app/common/StoredKeys.h"

#include <QCoreApplication>

namespace rapport::app {
namespace {

constexpr std::array<ConsentAction, 2> allActions {ConsentAction::OptIn, ConsentAction::OptOut};
constexpr std::array<ConsentSource, 5> allSources {ConsentSource::InPerson,
    ConsentSource::PaperForm, ConsentSource::Keyword, ConsentSource::Import, ConsentSource::Web};

} // namespace

QString consentPurposeKey(ConsentPurpose purpose)
{
    switch (purpose) {
    case ConsentPurpose::Service:
        return QStringLiteral("service");
    case ConsentPurpose::Marketing:
        return QStringLiteral("marketing");
    case ConsentPurpose::Feedback:
        return QStringLiteral("feedback");
    }
    return QStringLiteral("service");
}

QString consentActionKey(ConsentAction action)
{
    switch (action) {
    case ConsentAction::OptIn:
        return QStringLiteral("opt_in");
    case ConsentAction::OptOut:
        return QStringLiteral("opt_out");
    }
    return QStringLiteral("opt_out");
}

QString consentSourceKey(ConsentSource source)
{
    switch (source) {
    case ConsentSource::InPerson:
        return QStringLiteral("in_person");
    case ConsentSource::PaperForm:
        return QStringLiteral("paper_form");
    case ConsentSource::Keyword:
        return QStringLiteral("keyword");
    case ConsentSource::Import:
        return QStringLiteral("import");
    case ConsentSource::Web:
        return QStringLiteral("web");
    }
    return QStringLiteral("in_person");
}

std::optional<ConsentPurpose> consentPurposeFromKey(const QString &key)
{
    return enumFromKey(key, allConsentPurposes, &consentPurposeKey);
}

std::optional<ConsentAction> consentActionFromKey(const QString &key)
{
    return enumFromKey(key, allActions, &consentActionKey);
}

std::optional<ConsentSource> consentSourceFromKey(const QString &key)
{
    return enumFromKey(key, allSources, &consentSourceKey);
}

QString consentPurposeName(ConsentPurpose purpose)
{
    switch (purpose) {
    case ConsentPurpose::Service:
        return QCoreApplication::translate("Consent", "Service reminders");
    case ConsentPurpose::Marketing:
        return QCoreApplication::translate("Consent", "Marketing");
    case ConsentPurpose::Feedback:
        return QCoreApplication::translate("Consent", "Feedback requests");
    }
    return {};
}

QString consentActionName(ConsentAction action)
{
    switch (action) {
    case ConsentAction::OptIn:
        return QCoreApplication::translate("Consent", "Opted in");
    case ConsentAction::OptOut:
        return QCoreApplication::translate("Consent", "Opted out");
    }
    return {};
}

QString consentSourceName(ConsentSource source)
{
    switch (source) {
    case ConsentSource::InPerson:
        return QCoreApplication::translate("Consent", "In person");
    case ConsentSource::PaperForm:
        return QCoreApplication::translate("Consent", "Paper form");
    case ConsentSource::Keyword:
        return QCoreApplication::translate("Consent", "Text message keyword");
    case ConsentSource::Import:
        return QCoreApplication::translate("Consent", "Imported");
    case ConsentSource::Web:
        return QCoreApplication::translate("Consent", "Web form");
    }
    return {};
}

} // namespace rapport::app
