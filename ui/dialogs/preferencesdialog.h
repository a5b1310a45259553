#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace Accrue {

// This user's own choices on this computer (the book's are in Company
// Settings): the language of the window and its appearance.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // True when the language changed: the window must be built again in it.
    bool languageChanged() const { return m_languageChanged; }

    void accept() override;

private:
    QComboBox *m_language;
    QComboBox *m_appearance;
    QLabel *m_note;
    bool m_languageChanged = false;
};

} // namespace Accrue
