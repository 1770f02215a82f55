#pragma once

#include <QListView>

namespace rapport::ui {

class BubbleDelegate;
class ConversationModel;

// The list of bubbles: opens at the newest message, keeps following new messages while the
// reader is at the bottom, and asks the model for the older page when the reader scrolls to the
// top — keeping the message they were reading where it was.
class ConversationListView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationListView)
public:
    explicit ConversationListView(QWidget *parent = nullptr);
    ~ConversationListView() override;

    void setConversationModel(ConversationModel *model);
    [[nodiscard]] BubbleDelegate *bubbles() const { return m_delegate; }

    // Lays out now and shows the newest message (after a thread was opened).
    void showNewest();
    // Loads the older page (as scrolling to the top does); returns the rows that came.
    int loadOlder();
    // Loads older pages until `messageId` is there, then centres and selects it (a search
    // hit). False when the conversation does not hold it.
    bool showMessage(qint64 messageId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;

private:
    void onScrolled(int value);
    void fillViewport();

    ConversationModel *m_model = nullptr;
    BubbleDelegate *m_delegate;
    bool m_loadingOlder = false;
};

} // namespace rapport::ui
