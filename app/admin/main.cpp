#include "AdminCli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CollectDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CollectDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COLLECTDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    AdminCli cli(out, err, in);
    return cli.run(app.arguments().mid(1));
}
