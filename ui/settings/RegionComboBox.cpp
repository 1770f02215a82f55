#include "ui/settings/RegionComboBox.h"

#include "app/phone/PhoneNumbers.h"

#include <QCollator>
#include <QCompleter>
#include <QLineEdit>
#include <QLocale>

#include <algorithm>

namespace rapport::ui {
namespace {

struct Country
{
    QString code;
    QString name;
};

const QList<Country> &countries()
{
    static const QList<Country> list = [] {
        QList<Country> found;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() != 2 || !app::PhoneNumbers::isSupportedRegion(code))
                continue;
            found.append({code, QLocale::territoryToString(territory)});
        }
        QCollator collator;
        std::sort(found.begin(), found.end(), [&collator](const Country &a, const Country &b) {
            return collator.compare(a.name, b.name) < 0;
        });
        return found;
    }();
    return list;
}

} // namespace

RegionComboBox::RegionComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    for (const Country &country : countries())
        addItem(country.name, country.code);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    lineEdit()->setPlaceholderText(tr("Type to search, e.g. Germany"));
    setMaxVisibleItems(15);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    const auto announce = [this] {
        const QString code = region();
        if (code == m_last)
            return;
        m_last = code;
        Q_EMIT regionChanged(code);
    };
    connect(this, &QComboBox::currentIndexChanged, this, announce);
    connect(this, &QComboBox::editTextChanged, this, announce);
}

QString RegionComboBox::region() const
{
    const QString typed = currentText().trimmed();
    const int index = findText(typed, Qt::MatchFixedString);
    return index >= 0 ? itemData(index).toString() : QString();
}

void RegionComboBox::setRegion(const QString &code)
{
    const int index = findData(code.toUpper());
    setCurrentIndex(index);
    if (index < 0)
        setEditText(QString());
}

QString RegionComboBox::nameOf(const QString &code)
{
    for (const Country &country : countries()) {
        if (country.code == code)
            return country.name;
    }
    return code;
}

QString RegionComboBox::systemRegion()
{
    const QString code = QLocale::territoryToCode(QLocale::system().territory());
    return app::PhoneNumbers::isSupportedRegion(code) ? code : QStringLiteral("US");
}

} // namespace rapport::ui
