#pragma once

#include "app/importing/ImportTable.h"
#include "app/importing/VCardProperty.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>

namespace rapport::app {

// One card being read: collects its properties and turns them into a row of VCardReader's
// columns, with the card's problems. See VCardReader.h for what goes into which column.
class VCardContact final
{
public:
    explicit VCardContact(int line)
        : m_line(line)
    { }

    [[nodiscard]] bool isVersion21() const { return m_version == QLatin1String("2.1"); }
    // A line of the card that is not a property (see RowProblem::LineNotUnderstood).
    void warnLine(int line);
    void add(const VCardProperty &p);
    ImportRow finish(bool closed);

private:
    struct Telephone
    {
        QString number;
        int kind = 1; // 0 mobile, 1 other, 2 fax or pager: nobody texts those
        int preference = 101;
        qsizetype order = 0;
    };

    RowProblem problem(RowProblem::Code code, int line, const QString &value = {}) const;
    QString textOf(const VCardProperty &p);
    void addTelephone(const VCardProperty &p);
    void setDate(QString &target, const VCardProperty &p, RowProblem::Code malformed);

    int m_line;
    QString m_version;
    QString m_firstName;
    QString m_lastName;
    QString m_formattedName;
    QList<Telephone> m_phones;
    QList<std::pair<int, QString>> m_emails; // preference, address
    QList<std::pair<int, QString>> m_languages;
    QString m_timeZone;
    QString m_birthday;
    QString m_anniversary;
    QStringList m_notes;
    QStringList m_tags;
    QMap<QString, QString> m_labels; // group -> X-ABLabel
    QList<VCardProperty> m_labelledDates; // Apple's X-ABDATE, labelled through their group
    QList<RowProblem> m_problems;
};

} // namespace rapport::app
