#pragma once

#include <QList>
#include <QLocale>

class QCoreApplication;
class QTranslator;

// Installs the translators for a locale: Qt's own strings (qtbase_<lang> from Qt's
// translations folder) and CollectDesk's (collectdesk_<lang>, embedded under :/i18n).
// A language without a translation falls back to English (collectdesk_en holds the plural forms).
class TranslationLoader
{
public:
    // The translators are children of the application and live as long as it does.
    static QList<QTranslator*> install(QCoreApplication& application, const QLocale& locale = QLocale::system());
};
