#include "dialogs/outboxdialog.h"

#include "billing/session.h"
#include "common/error.h"
#include "common/localdates.h"
#include "mail/mailsettings.h"
#include "mail/outboxservice.h"
#include "mailtasks.h"
#include "widgets/errorbox.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Accrue {

namespace {

QString stamp(const QDateTime &t)
{
    return t.isValid() ? LocalDates::shortDateTime(t.toLocalTime()) : QString();
}

} // namespace

OutboxDialog::OutboxDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_deliver(new QPushButton(tr("&Deliver Now"), this))
    , m_retry(new QPushButton(tr("Re&try"), this))
{
    setWindowTitle(tr("E-mail Outbox"));
    resize(900, 420);
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({ tr("Queued"), tr("Document"), tr("To"), tr("Subject"),
                                         tr("Status"), tr("Attempts"), tr("Next attempt / sent"),
                                         tr("Server's last answer") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_deliver, QDialogButtonBox::ActionRole);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retry"));
    m_retry->setToolTip(tr("Queue the chosen failed message again, its attempts reset"));
    m_retry->setEnabled(false);
    QPushButton *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, this, &OutboxDialog::reload);
    connect(m_deliver, &QPushButton::clicked, this, &OutboxDialog::deliverNow);
    connect(m_retry, &QPushButton::clicked, this, &OutboxDialog::retrySelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_retry->setEnabled(m_session.can(Permission::Billing) && row >= 0
                            && row < int(m_messages.size())
                            && m_messages[size_t(row)].status == QLatin1String("failed"));
    });
    m_deliver->setEnabled(m_session.can(Permission::Billing));
    reload();
}

void OutboxDialog::reload()
{
    std::vector<OutboxMessage> &messages = m_messages;
    OutboxService outbox(m_session);
    try {
        messages = outbox.list();
    } catch (const Error &e) {
        m_status->setText(e.userMessage());
        return;
    }
    m_table->setRowCount(int(messages.size()));
    for (int row = 0; row < int(messages.size()); ++row) {
        const OutboxMessage &m = messages[size_t(row)];
        const QString document = outbox.documentName(m);
        const QString status = m.status == QLatin1String("sent") ? tr("Sent")
            : m.status == QLatin1String("failed")                ? tr("Failed")
                                                                 : tr("Queued");
        const QString when = m.status == QLatin1String("sent") ? stamp(m.sentAt)
            : m.status == QLatin1String("queued")              ? stamp(m.nextAttemptAt)
                                                               : QString();
        const QString cells[] = { stamp(m.createdAt),
                                  document,
                                  m.recipients.join(QStringLiteral(", ")),
                                  m.subject,
                                  status,
                                  QString::number(m.attempts),
                                  when,
                                  m.lastError };
        for (int column = 0; column < 8; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

void OutboxDialog::retrySelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_messages.size()))
        return;
    const qint64 id = m_messages[size_t(row)].id;
    try {
        OutboxService(m_session).retry(id);
        m_status->setText(tr("Message queued again: Deliver Now sends it"));
    } catch (const Error &e) {
        showError(this, windowTitle(), e.userMessage());
    }
    reload();
}

void OutboxDialog::deliverNow()
{
    if (const auto password = MailTasks::readyToSend(this, m_session, windowTitle()))
        deliverNowWith(*password);
}

void OutboxDialog::deliverNowWith(const QString &password)
{
    const MailSettings settings = MailSettingsService(m_session).load();
    m_deliver->setEnabled(false);
    m_status->setText(tr("Delivering…"));
    MailTasks::deliver(
        this, m_session, settings, password,
        [this](const MailRun &run) {
            m_deliver->setEnabled(true);
            m_status->setText(MailTasks::summary(run));
            reload();
            emit delivered(run.delivery.sent, run.delivery.problems);
        },
        [this](const QString &error) {
            m_deliver->setEnabled(true);
            m_status->setText(error);
            emit delivered(0, { error });
        });
}

} // namespace Accrue
