// CollectDesk desktop application: parses the command line and hands over to the shell.
#include "common/Icons.h"
#include "db/Database.h"
#include "shell/ApplicationController.h"
#include "shell/TranslationLoader.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CollectDesk"));
    QApplication::setApplicationName(QStringLiteral("CollectDesk"));
    QApplication::setApplicationVersion(QStringLiteral(COLLECTDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("collectdesk"));
    QApplication::setWindowIcon(Icons::application());
    TranslationLoader::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "CollectDesk back office"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("main", "Database URL: sqlite:/path/file.db or postgresql://user@host:5432/db."),
        QCoreApplication::translate("main", "url"), Database::defaultSqliteUrl());
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QCoreApplication::translate("main", "Fill an empty database with demo data."));
    parser.addOption(databaseOption);
    parser.addOption(demoOption);
    parser.process(app);

    return ApplicationController().run({parser.value(databaseOption), parser.isSet(demoOption)});
}
