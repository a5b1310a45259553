#include "common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <vector>

namespace Accrue {

namespace {

// Looks a text up by itself, whatever context it is asked in: the fallback
// for texts whose run-time context is not the one lupdate filed them under
// (a file's tr() helper naming one class, called from another's member).
class AnyContextTranslator final : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *disambiguation,
                      int n) const override
    {
        return QTranslator::translate("Accrue.any", source, disambiguation, n);
    }
};

// Translators installed by install(), removed again by the next call.
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

void uninstallAll()
{
    for (const auto &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();
}

} // namespace

QStringList Translations::languages()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
             QStringLiteral("es") };
}

QString Translations::nativeName(const QString &language)
{
    // QLocale's own names carry regions ("español de España", "American English").
    if (language == u"en")
        return QStringLiteral("English");
    if (language == u"de")
        return QStringLiteral("Deutsch");
    if (language == u"fr")
        return QStringLiteral("Français");
    if (language == u"es")
        return QStringLiteral("Español");
    return QLocale(language).nativeLanguageName();
}

QString Translations::resolve(const QString &preference, const QLocale &system)
{
    if (languages().contains(preference))
        return preference;
    for (const QString &uiLanguage : system.uiLanguages()) {
        const QString code = uiLanguage.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (languages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

std::unique_ptr<QTranslator> Translations::load(const QString &language)
{
    if (language == u"en" || !languages().contains(language))
        return nullptr;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/accrue_") + language))
        return nullptr;
    return translator;
}

QString Translations::install(const QString &preference)
{
    uninstallAll();
    const QString language = resolve(preference);
    // The system's own language keeps the system's formats (English in
    // Britain stays day-first); another takes that language's.
    if (!preference.isEmpty())
        QLocale::setDefault(QLocale::system().language() == QLocale(language).language()
                                ? QLocale::system()
                                : QLocale(language));
    // Installed first, asked last: the exact context wins where it matches.
    auto anyContext = std::make_unique<AnyContextTranslator>();
    if (language != u"en" && anyContext->load(QStringLiteral(":/i18n/accrue_any_") + language)) {
        QCoreApplication::installTranslator(anyContext.get());
        installed().push_back(std::move(anyContext));
    }
    if (auto accrue = load(language)) {
        QCoreApplication::installTranslator(accrue.get());
        installed().push_back(std::move(accrue));
    }
    // Qt's own words (standard buttons, file dialogs), where the system has them.
    auto qt = std::make_unique<QTranslator>();
    if (language != u"en"
        && qt->load(QStringLiteral("qtbase_") + language,
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    return language;
}

} // namespace Accrue
