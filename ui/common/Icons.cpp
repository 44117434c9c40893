#include "Icons.h"

QIcon Icons::application()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/collectdesk-%1.png").arg(size), QSize(size, size));
    return icon;
}

QIcon Icons::group(TableGroup group)
{
    QString name;
    switch (group) {
    case TableGroup::Authentication:
        name = QStringLiteral("authentication");
        break;
    case TableGroup::Customers:
        name = QStringLiteral("customers");
        break;
    case TableGroup::Workflow:
        name = QStringLiteral("workflow");
        break;
    case TableGroup::Communication:
        name = QStringLiteral("communication");
        break;
    case TableGroup::Compliance:
        name = QStringLiteral("compliance");
        break;
    case TableGroup::Analytics:
        name = QStringLiteral("analytics");
        break;
    }
    QIcon icon;
    if (name.isEmpty())
        return icon;
    icon.addFile(QStringLiteral(":/icons/group-%1.png").arg(name), QSize(16, 16));
    icon.addFile(QStringLiteral(":/icons/group-%1@2x.png").arg(name), QSize(32, 32));
    return icon;
}
