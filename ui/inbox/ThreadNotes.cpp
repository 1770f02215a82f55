#include "ui/inbox/ThreadNotes.h"

#include "app/staff/Actor.h"
#include "app/threads/ThreadRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

ThreadNotes::ThreadNotes(
    app::ThreadRepository &threads, std::function<app::Actor()> actor, QWidget *parent)
    : QWidget(parent)
    , m_threads(threads)
    , m_actor(std::move(actor))
    , m_list(new QListWidget(this))
    , m_input(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add note"), this))
    , m_problem(new QLabel(this))
{
    auto *title = new QLabel(tr("Internal notes"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *hint = new QLabel(tr("Only staff see these; they are never texted."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_list->setAccessibleName(tr("Internal notes"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setMinimumHeight(60);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 10);
    m_input->setPlaceholderText(tr("Write a note for the team…"));
    m_input->setAccessibleName(tr("New internal note"));
    m_add->setAccessibleName(tr("Add the internal note"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_input, 1);
    row->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 12, 10);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_list);
    layout->addLayout(row);
    layout->addWidget(m_problem);

    connect(m_add, &QPushButton::clicked, this, &ThreadNotes::addNote);
    connect(m_input, &QLineEdit::returnPressed, this, &ThreadNotes::addNote);
    setThread(0);
}

ThreadNotes::~ThreadNotes() = default;

void ThreadNotes::setThread(qint64 threadId)
{
    m_threadId = threadId;
    m_input->clear();
    setEnabled(threadId != 0);
    refresh();
}

void ThreadNotes::refresh()
{
    m_list->clear();
    if (m_threadId == 0)
        return;
    const auto notes = m_threads.notes(m_threadId);
    if (!notes) {
        m_problem->setText(notes.error().describe());
        m_problem->show();
        return;
    }
    m_problem->hide();
    const QLocale locale;
    for (const app::ThreadNote &note : *notes) {
        const QString who = note.staffName.isEmpty() ? tr("Rapport") : note.staffName;
        m_list->addItem(
            tr("%1 — %2, %3")
                .arg(note.body, who,
                    locale.toString(note.createdAt.toLocalTime(), QLocale::ShortFormat)));
    }
    m_list->scrollToBottom();
}

QStringList ThreadNotes::notes() const
{
    QStringList all;
    for (int row = 0; row < m_list->count(); ++row)
        all << m_list->item(row)->text();
    return all;
}

void ThreadNotes::addNote()
{
    const QString text = m_input->text().trimmed();
    if (m_threadId == 0 || text.isEmpty())
        return;
    const auto added
        = m_threads.addNote(m_threadId, m_actor ? m_actor() : app::Actor::system(), text);
    if (!added) {
        m_problem->setText(tr("The note was not saved: %1").arg(added.error().describe()));
        m_problem->show();
        return;
    }
    m_input->clear();
    refresh(); // threadChanged will also arrive; reading twice is cheap
}

} // namespace rapport::ui
