#include "app/templates/TemplatePreview.h"

#include "app/customers/CustomerRepository.h"
#include "app/templates/MergeFields.h"
#include "app/templates/MessageTemplate.h"

namespace rapport::app {

TemplatePreviewer::TemplatePreviewer(
    Database &database, QString region, QString businessName, QLocale locale)
    : m_database(database)
    , m_region(std::move(region))
    , m_businessName(std::move(businessName))
    , m_locale(std::move(locale))
{ }

Result<TemplatePreview, TemplateError> TemplatePreviewer::preview(
    const QString &templateText, qint64 customerId, const QHash<QString, QString> &context) const
{
    const auto storageFailure = [](const CustomerError &error) {
        TemplateError failure;
        failure.code = TemplateError::Code::StorageFailed;
        failure.detail = error.describe();
        return failure;
    };
    CustomerRepository customers(m_database, m_region);
    const auto fields = customers.customFields();
    if (!fields)
        return fail(storageFailure(fields.error()));
    Customer customer;
    if (customerId != 0) {
        auto found = customers.findById(customerId);
        if (!found)
            return fail(storageFailure(found.error()));
        customer = std::move(*found);
    }
    QHash<QString, QString> values
        = MergeFields::values(customer, *fields, m_businessName, m_locale);
    for (auto it = context.begin(); it != context.end(); ++it)
        values.insert(it.key(), it.value());

    TemplatePreview result;
    const auto parsed = MessageTemplate::parse(templateText, MergeFields::names(*fields));
    if (!parsed) {
        result.text = templateText;
        result.problem = parsed.error();
    } else {
        result.text = parsed->preview(values);
        if (const auto rendered = parsed->render(values); !rendered)
            result.problem = rendered.error();
    }
    result.count = countText(result.text);
    return result;
}

} // namespace rapport::app
