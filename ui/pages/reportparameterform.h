#pragma once

#include "pages/reportpresets.h"
#include "reports/period.h"

#include <QWidget>
#include <map>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLineEdit;

namespace Accrue {

class Session;
enum class ReportParameter;
struct ReportDefinition;

// The Reports page's form: which report, and the parameters it takes (the
// others are hidden). Periods are picked by name or typed as dates; the
// Generate button asks the page to run what the form describes.
class ReportParameterForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportParameterForm(Session &session, QWidget *parent = nullptr);

    ReportRequest request() const;
    // Shows a request; its dates, if any, make the period Custom. Emits no
    // reportChanged(): the caller decides whether to run it.
    void setRequest(const ReportRequest &request);
    const ReportDefinition &definition() const;
    QString reportTitle() const;

signals:
    void generateRequested();
    // The user chose another report; the form already shows its parameters.
    void reportChanged();

private:
    void fillChoices();
    void createLayout();
    void addPeriodOptions(QHBoxLayout *row);
    void addNarrowingOptions(QHBoxLayout *row);
    void addParameter(QHBoxLayout *row, ReportParameter parameter, const QString &label,
                      QList<QWidget *> widgets);
    void updateParameterWidgets();
    void applyPeriod(Period::Kind kind);
    void applyDefaultPeriod();
    Period::Kind periodKind() const;

    Session &m_session;
    QComboBox *m_report;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QDateEdit *m_asOf;
    QLineEdit *m_customer;
    QComboBox *m_module;
    QComboBox *m_plan;
    QComboBox *m_currency;
    QComboBox *m_reportingCurrency;
    QComboBox *m_status;
    QComboBox *m_split;
    QLineEdit *m_account;
    QLineEdit *m_invoice;
    std::map<ReportParameter, QList<QWidget *>> m_parameterWidgets;
};

} // namespace Accrue
