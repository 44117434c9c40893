#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

QTranslator* installTranslator(QCoreApplication& application, const QLocale& locale, const QString& name,
                               const QString& folder)
{
    auto* translator = new QTranslator(&application);
    if (translator->load(locale, name, QStringLiteral("_"), folder) && QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

QList<QTranslator*> TranslationLoader::install(QCoreApplication& application, const QLocale& locale)
{
    const QString embedded = QStringLiteral(":/i18n");
    QList<QTranslator*> installed;
    if (QTranslator* qt = installTranslator(application, locale, QStringLiteral("qtbase"),
                                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installed.append(qt);
    QTranslator* own = installTranslator(application, locale, QStringLiteral("collectdesk"), embedded);
    if (!own) // untranslated language: English, whose file holds the plural forms ("1 row", "2 rows")
        own = installTranslator(application, QLocale(QLocale::English), QStringLiteral("collectdesk"), embedded);
    if (own)
        installed.append(own);
    return installed;
}
