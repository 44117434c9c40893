#include "ApplicationController.h"

#include "SignedInSession.h"
#include "auth/ConnectionProfileStore.h"
#include "auth/SignInFlow.h"
#include "db/Database.h"

#include <QApplication>

int ApplicationController::run(const StartupController::Options& options)
{
    StartupController startup;
    std::unique_ptr<Database> database = startup.start(options);
    if (!database)
        return 1;

    for (;;) {
        std::unique_ptr<Database> previous; // outlives the flow that may still point at it
        SignInFlow flow(*database, ConnectionProfileStore().profileForUrl(database->url().redacted()));
        const std::optional<SessionTicket> ticket = flow.run();
        if (!ticket)
            return flow.errorMessage().isEmpty() ? 0 : 1;
        if (std::unique_ptr<Database> opened = flow.takeOpenedDatabase()) {
            previous = std::move(database); // the user switched connections in the login dialog
            database = std::move(opened);
        }

        SignedInSession session(flow, *ticket);
        session.start();
        const int status = QApplication::exec();
        if (!session.signedOut())
            return status;
    }
}
