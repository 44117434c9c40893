#pragma once

#include <QString>

// The client_info recorded with each session and audit entry: application, version, operating
// system and computer name, so an administrator can tell a user's sessions apart.
class ClientInfo
{
public:
    static QString describe();
};
