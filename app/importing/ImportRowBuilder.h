#pragma once

#include "app/consent/ConsentTypes.h"
#include "app/customers/CustomField.h"
#include "app/customers/Customer.h"
#include "app/customers/Visit.h"
#include "app/importing/ImportMapping.h"
#include "app/importing/ImportTable.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

namespace rapport::app {

// One import row turned into what the customer book takes: the customer as typed (the number
// still as in the file), at most one visit, the consent answers, and a warning for every value
// that had to be left out.
struct BuiltImportRow
{
    Customer customer;
    std::optional<Visit> visit;
    QList<QPair<ConsentPurpose, ConsentAction>> consent;
    QStringList warnings;

    [[nodiscard]] bool hasNameOrNumber() const
    {
        return !customer.firstName.isEmpty() || !customer.lastName.isEmpty()
            || !customer.phoneE164.isEmpty();
    }
};

class ImportRowBuilder final
{
public:
    ImportRowBuilder(const ImportMapping &mapping, QStringList columns, QString region,
        const QList<CustomField> &fields);

    [[nodiscard]] BuiltImportRow build(const ImportRow &row) const;
    // The number as the row gives it, not yet parsed: the first of several, without a "tel:"
    // scheme, URI parameters or an extension.
    [[nodiscard]] QString typedNumber(const ImportRow &row) const;

private:
    [[nodiscard]] QString cell(const ImportRow &row, ImportTarget::Kind kind) const;
    [[nodiscard]] QStringList cells(const ImportRow &row, ImportTarget::Kind kind) const;
    void readNames(const ImportRow &row, BuiltImportRow &built) const;
    void readDates(const ImportRow &row, BuiltImportRow &built) const;
    void readProfile(const ImportRow &row, BuiltImportRow &built) const;
    void readCustomFields(const ImportRow &row, BuiltImportRow &built) const;
    void readVisit(const ImportRow &row, BuiltImportRow &built) const;
    void readConsent(const ImportRow &row, BuiltImportRow &built) const;

    const ImportMapping &m_mapping;
    QStringList m_columns;
    QString m_region;
    QHash<qint64, CustomField> m_fields;
};

} // namespace rapport::app
