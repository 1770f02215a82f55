#include "ui/settings/TemplateListModel.h"

namespace rapport::ui {

TemplateListModel::TemplateListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void TemplateListModel::setTemplates(const QList<app::StoredTemplate> &templates)
{
    beginResetModel();
    m_templates = templates;
    endResetModel();
}

int TemplateListModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_templates.size(); ++row) {
        if (m_templates.at(row).id == id)
            return int(row);
    }
    return -1;
}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const app::StoredTemplate &stored = m_templates.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString what = app::messagePurposeName(stored.purpose);
        if (stored.isSavedReply)
            what = tr("%1, quick reply").arg(what);
        return QStringLiteral("%1 \u2014 %2").arg(stored.name, what);
    }
    case Qt::ToolTipRole:
        return stored.body;
    case IdRole:
        return stored.id;
    case BodyRole:
        return stored.body;
    default:
        return {};
    }
}

} // namespace rapport::ui
