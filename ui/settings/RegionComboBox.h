#pragma once

#include <QComboBox>

namespace rapport::ui {

// The countries Rapport can read phone numbers of, by name (QLocale's), searchable by typing
// any part of the name. Holds ISO 3166 codes ("GB").
class RegionComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionComboBox)
public:
    explicit RegionComboBox(QWidget *parent = nullptr);

    // The chosen country's code; empty while the typed text names none.
    [[nodiscard]] QString region() const;
    void setRegion(const QString &code);
    // "United Kingdom" for "GB"; the code itself when unknown.
    [[nodiscard]] static QString nameOf(const QString &code);
    // The territory of the system's locale, when Rapport knows its numbers; else "US".
    [[nodiscard]] static QString systemRegion();

Q_SIGNALS:
    void regionChanged(const QString &code);

private:
    QString m_last;
};

} // namespace rapport::ui
