#pragma once

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace Accrue {

class Session;

// The first-run assistant on an empty book: the company (name, address,
// currency, tax country, terms) and the first customer, or the demo data
// instead. Finishing applies it all in one transaction (BookSetup); what is
// refused is shown on the page, which stays.
class FirstRunWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { Welcome, Company, FirstCustomer };

    explicit FirstRunWizard(Session &session, QWidget *parent = nullptr);

    bool validateCurrentPage() override;
    int nextId() const override;
    // For tests: the field with this object name, and the choice of demo.
    QLineEdit *field(const QString &name) const;
    QComboBox *currency() const { return m_currency; }
    void chooseDemo(bool demo);
    QString problem() const;
    bool demoLoaded() const { return m_demoLoaded; }

private:
    QWizardPage *createWelcome();
    QWizardPage *createCompany();
    QWizardPage *createCustomer();
    QLineEdit *lineEdit(QWidget *parent, const char *name);
    bool finish();
    void showProblem(const QString &text);

    Session &m_session;
    QRadioButton *m_setUp = nullptr;
    QRadioButton *m_demo = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QComboBox *m_currency = nullptr;
    QSpinBox *m_terms = nullptr;
    QLabel *m_problem = nullptr;
    bool m_demoLoaded = false;
};

} // namespace Accrue
