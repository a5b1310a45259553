#include "billing/receiptservice.h"

#include "billing/session.h"
#include "common/error.h"
#include "storage/customerrepository.h"
#include "storage/paymentrepository.h"
#include "storage/receiptrepository.h"

#include <QCoreApplication>

namespace Accrue {

ReceiptService::ReceiptService(Session &session)
    : m_session(session)
{
}

std::vector<ReceiptListRow> ReceiptService::list(qint64 customerId, int limit)
{
    return ReceiptRepository(m_session.db()).list(customerId, limit);
}

Receipt ReceiptService::find(const QString &number)
{
    auto receipt = ReceiptRepository(m_session.db()).findByNumber(number.trimmed());
    if (!receipt)
        throw Error(
            QCoreApplication::translate("Accrue::ReceiptService", "No receipt %1").arg(number));
    return *receipt;
}

std::optional<Receipt> ReceiptService::byId(qint64 id)
{
    return ReceiptRepository(m_session.db()).find(id);
}

std::optional<Receipt> ReceiptService::forPayment(qint64 paymentId)
{
    return ReceiptRepository(m_session.db()).findByPayment(paymentId);
}

ReceiptDocumentData ReceiptService::documentData(const QString &number)
{
    ReceiptDocumentData data;
    data.receipt = find(number);
    Database &db = m_session.db();
    data.payment = *PaymentRepository(db).find(data.receipt.paymentId);
    data.customer = *CustomerRepository(db).find(data.payment.customerId);
    data.company = m_session.reference().company();
    return data;
}

} // namespace Accrue
