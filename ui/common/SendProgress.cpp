#include "ui/common/SendProgress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace rapport::ui {

SendProgress::SendProgress(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("sendProgress"));
    m_bar->setAccessibleName(tr("Texts sent of this batch"));
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(160);
    m_bar->setMaximumHeight(fontMetrics().height());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    hide();
}

void SendProgress::setWaiting(int waiting)
{
    waiting = std::max(0, waiting);
    if (waiting == 0) {
        m_total = 0;
        m_waiting = 0;
        hide();
        return;
    }
    if (m_total == 0)
        m_total = waiting; // a new batch
    else if (waiting > m_waiting)
        m_total += waiting - m_waiting; // more joined the batch
    m_waiting = waiting;
    m_bar->setRange(0, m_total);
    m_bar->setValue(batchDone());
    m_label->setText(text());
    setVisible(m_total > 1); // a single text is not a batch
}

QString SendProgress::text() const
{
    return tr("Sending texts: %1 of %2").arg(batchDone()).arg(m_total);
}

} // namespace rapport::ui
