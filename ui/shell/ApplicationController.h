#pragma once

#include "StartupController.h"

#include <QCoreApplication>

// The desktop app from launch to exit: StartupController opens and prepares the database, then
// in a loop SignInFlow signs a user in (first administrator, remembered session or login
// dialog) and a SignedInSession runs the main window for them. Signing out goes back to the
// sign-in dialog; closing the window or cancelling the sign-in ends the app.
class ApplicationController
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationController)

public:
    // Returns the process exit status: 0 after a normal close or a cancelled sign-in, 1 when the
    // database could not be prepared or the sign-in failed on an error.
    int run(const StartupController::Options& options);
};
