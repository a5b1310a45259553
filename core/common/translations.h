#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <memory>

class QTranslator;

namespace Accrue {

// The languages Accrue ships (its .qm files are embedded under :/i18n) and
// the one place that loads them, for the GUI, the CLI and the tests alike.
class Translations final
{
public:
    // "en", "de", "fr", "es": English is the source language.
    static QStringList languages();
    // The language's own name ("Deutsch"), for a language menu.
    static QString nativeName(const QString &language);
    // The language a preference means: itself when Accrue has it; for an empty
    // preference ("the system's"), the first of the system's UI languages
    // Accrue has; English otherwise.
    static QString resolve(const QString &preference, const QLocale &system = QLocale::system());
    // Installs Accrue's and Qt's own translations for `preference` into the
    // application, replacing those installed before. An explicit language also
    // becomes the default QLocale, so money and dates follow the words; the
    // system's choice keeps the system's formats. Returns the language used.
    static QString install(const QString &preference);
    // Accrue's translator for one language, for a document in a customer's
    // language; null for English or a language Accrue lacks.
    static std::unique_ptr<QTranslator> load(const QString &language);
};

} // namespace Accrue
