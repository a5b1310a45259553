#include "dialogs/preferencesdialog.h"

#include "appearance.h"
#include "common/translations.h"
#include "startup.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Accrue {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_appearance(new QComboBox(this))
    , m_note(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("language"));
    const QString system = Translations::resolve(QString());
    m_language->addItem(tr("System default (%1)").arg(Translations::nativeName(system)), QString());
    for (const QString &code : Translations::languages())
        m_language->addItem(Translations::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Startup::savedLanguage())));

    m_appearance->setObjectName(QStringLiteral("appearance"));
    m_appearance->addItem(tr("System"), QStringLiteral("system"));
    m_appearance->addItem(tr("Light"), QStringLiteral("light"));
    m_appearance->addItem(tr("Dark"), QStringLiteral("dark"));
    m_appearance->setCurrentIndex(std::max(0, m_appearance->findData(Appearance::saved())));

    m_note->setWordWrap(true);
    m_note->setText(tr("Dates, numbers and money follow the language chosen here; with the "
                       "system default, they follow the system's regional settings. Documents "
                       "use each customer's own language where one is set."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Appearance:"), m_appearance);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::accept()
{
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != Startup::savedLanguage();
    Startup::saveLanguage(language);
    const QString appearance = m_appearance->currentData().toString();
    if (appearance != Appearance::saved()) {
        Appearance::save(appearance);
        Appearance::apply(appearance);
    }
    QDialog::accept();
}

} // namespace Accrue
