#pragma once

#include <QString>

class QWidget;

// Tells the user about an error or a problem: a message box normally, a line on stderr when
// the application runs unattended (COLLECTDESK_NONINTERACTIVE=1, e.g. under
// QT_QPA_PLATFORM=offscreen in CI), where a modal dialog would block forever.
class UserMessage
{
public:
    static bool isInteractive();

    // `summary` is one sentence saying what failed; `details` the reason (a driver message, a path).
    static void critical(QWidget* parent, const QString& summary, const QString& details = {});
    static void warning(QWidget* parent, const QString& summary, const QString& details = {});
};
