#pragma once

#include <QCoreApplication>
#include <QString>

// The inline check of a new password and its confirmation, shared by the first-administrator and
// reset dialogs: the strength rule is UserDirectory's, so the form and the service never disagree.
class NewPasswordCheck
{
    Q_DECLARE_TR_FUNCTIONS(NewPasswordCheck)

public:
    struct Verdict
    {
        bool acceptable = false;
        QString hint; // translated: what is still missing, or that all is well
    };

    static Verdict check(const QString& password, const QString& confirmation);
};
