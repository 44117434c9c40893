#include "NewPasswordCheck.h"

#include "services/UserDirectory.h"

NewPasswordCheck::Verdict NewPasswordCheck::check(const QString& password, const QString& confirmation)
{
    if (password.isEmpty())
        return {false, tr("Use at least 12 characters; a few unrelated words make a good password.")};
    const QString problem = UserDirectory::validatePassword(password);
    if (!problem.isEmpty())
        return {false, problem};
    if (confirmation.isEmpty())
        return {false, tr("Type the password again to confirm it.")};
    if (confirmation != password)
        return {false, tr("The two passwords do not match.")};
    return {true, tr("The passwords match.")};
}
