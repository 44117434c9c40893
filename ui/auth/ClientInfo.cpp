#include "ClientInfo.h"

#include <QCoreApplication>
#include <QSysInfo>

QString ClientInfo::describe()
{
    const QString version = QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(COLLECTDESK_VERSION)
                                                                             : QCoreApplication::applicationVersion();
    return QStringLiteral("CollectDesk %1 desktop (%2; %3)")
        .arg(version, QSysInfo::prettyProductName(), QSysInfo::machineHostName())
        .left(250);
}
