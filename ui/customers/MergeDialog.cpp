#include "ui/customers/MergeDialog.h"

#include "app/customers/CustomerRepository.h"
#include "app/phone/PhoneNumbers.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

QString describeRecord(const app::Customer &c)
{
    const QString name = c.displayName().isEmpty() ? MergeDialog::tr("No name") : c.displayName();
    if (c.phoneE164.isEmpty())
        return name;
    return MergeDialog::tr("%1 · %2").arg(name, app::PhoneNumbers::formatNational(c.phoneE164));
}

} // namespace

MergeDialog::MergeDialog(app::CustomerRepository &customers, app::AuditLog &audit,
    std::function<app::Actor()> actor, const app::Customer &current, QWidget *parent)
    : QDialog(parent)
    , m_customers(customers)
    , m_audit(audit)
    , m_actor(std::move(actor))
    , m_current(current)
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_keepCurrent(new QRadioButton(this))
    , m_keepOther(new QRadioButton(tr("Keep the &other record"), this))
    , m_refusal(new QLabel(this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge customers"));
    setAccessibleName(windowTitle());
    auto *intro
        = new QLabel(tr("Find the other record of %1, for example one made with an old number or a "
                        "misspelt name.")
                         .arg(describeRecord(current)),
            this);
    intro->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("mergeSearch"));
    m_search->setPlaceholderText(tr("Search by name or number…"));
    m_search->setAccessibleName(tr("Search for the other record"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("mergeResults"));
    m_results->setAccessibleName(tr("Matching customers"));
    m_keepCurrent->setText(tr("&Keep %1").arg(describeRecord(current)));
    m_keepCurrent->setObjectName(QStringLiteral("keepCurrent"));
    m_keepCurrent->setAccessibleName(tr("Keep this record"));
    m_keepCurrent->setChecked(true);
    m_keepOther->setObjectName(QStringLiteral("keepOther"));
    m_keepOther->setAccessibleName(tr("Keep the other record"));
    auto *explain = new QLabel(tr("Visits, tags, consent history and notes move to the record "
                                  "you keep, and its empty fields are filled from the other. "
                                  "The other record is then removed; this cannot be undone."),
        this);
    explain->setWordWrap(true);
    explain->setForegroundRole(QPalette::PlaceholderText);
    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_refusal->setWordWrap(true);
    m_refusal->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setAccessibleName(tr("Merge"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_merge, &QPushButton::clicked, this, [this] {
        if (merge())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &MergeDialog::search);
    connect(m_results, &QListWidget::currentRowChanged, this, &MergeDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_keepCurrent);
    layout->addWidget(m_keepOther);
    layout->addWidget(explain);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);
    setMinimumSize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 24);
    updateState();
}

void MergeDialog::search(const QString &text)
{
    m_results->clear();
    if (text.trimmed().isEmpty()) {
        updateState();
        return;
    }
    for (const app::Customer &c : m_customers.search(text, 50).valueOr({})) {
        if (c.id == m_current.id)
            continue;
        auto *item = new QListWidgetItem(describeRecord(c), m_results);
        item->setData(Qt::UserRole, c.id);
    }
    updateState();
}

bool MergeDialog::chooseOther(qint64 customerId)
{
    for (int row = 0; row < m_results->count(); ++row) {
        if (m_results->item(row)->data(Qt::UserRole).toLongLong() == customerId) {
            m_results->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void MergeDialog::setKeepCurrent(bool keepCurrent)
{
    (keepCurrent ? m_keepCurrent : m_keepOther)->setChecked(true);
}

qint64 MergeDialog::otherId() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void MergeDialog::updateState()
{
    const bool chosen = otherId() > 0;
    m_merge->setEnabled(chosen);
    m_keepOther->setEnabled(chosen);
    m_keepOther->setText(chosen
            ? tr("Keep the &other record, %1").arg(m_results->currentItem()->text())
            : tr("Keep the &other record"));
}

bool MergeDialog::merge()
{
    const qint64 other = otherId();
    if (other <= 0)
        return false;
    const bool keepCurrent = m_keepCurrent->isChecked();
    const qint64 keep = keepCurrent ? m_current.id : other;
    const qint64 gone = keepCurrent ? other : m_current.id;
    auto result = m_customers.merge(m_actor(), m_audit, keep, gone);
    if (!result) {
        m_refusal->setText(result.error().describe());
        m_refusal->show();
        return false;
    }
    Q_EMIT merged(keep);
    return true;
}

} // namespace rapport::ui
