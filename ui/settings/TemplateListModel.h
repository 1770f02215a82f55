#pragma once

#include "app/templates/TemplateRepository.h"

#include <QAbstractListModel>
#include <QList>

namespace rapport::ui {

// The templates (TemplateRepository::list) for a list view: name, and what they are for.
// Filled by the owner of the model; does no I/O itself.
class TemplateListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateListModel)
public:
    enum Role { IdRole = Qt::UserRole + 1, BodyRole };

    explicit TemplateListModel(QObject *parent = nullptr);

    void setTemplates(const QList<app::StoredTemplate> &templates);
    [[nodiscard]] const QList<app::StoredTemplate> &templates() const { return m_templates; }
    [[nodiscard]] int rowOf(qint64 id) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<app::StoredTemplate> m_templates;
};

} // namespace rapport::ui
