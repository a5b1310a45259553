#pragma once

#include "dunning/dunningschedule.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Accrue {

class Session;

// The Dunning tab of the settings: the reminder steps in order of their
// day, and the chosen step's day, action, e-mail template and late fee.
// Problems (an unknown placeholder, two steps on one day) show under the
// fields as they are typed; nothing is saved until there are none.
class DunningSettingsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit DunningSettingsPane(Session &session, QWidget *parent = nullptr);

    DunningSchedule collect() const { return m_schedule; }
    QStringList problems() const { return m_schedule.problems(); }
    bool isModified() const;
    // Saves the schedule when it changed; throws Error.
    void save();
    // For tests and the buttons: the step shown in the fields.
    void selectStep(int row);
    void addStep();
    void removeStep();
    void restoreDefaults();

    QLineEdit *subjectEdit() const { return m_subject; }
    QLabel *problemsLabel() const { return m_problems; }

private:
    void showStep(int row);
    void storeStep();
    void refreshList();
    void showProblems();

    Session &m_session;
    DunningSchedule m_loaded;
    DunningSchedule m_schedule;
    int m_row = -1;
    bool m_loading = false; // fields being filled from a step: no store back
    QListWidget *m_list;
    QLineEdit *m_key;
    QLineEdit *m_name;
    QSpinBox *m_day;
    QComboBox *m_action;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QComboBox *m_fee;
    QLineEdit *m_feeAmount;
    QSpinBox *m_feeBp;
    QLabel *m_problems;
    QPushButton *m_remove;
};

} // namespace Accrue
