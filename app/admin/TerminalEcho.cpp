#include "TerminalEcho.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

bool TerminalEcho::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

TerminalEcho::TerminalEcho()
{
    if (!stdinIsTerminal())
        return;
#ifdef Q_OS_WIN
    HANDLE handle = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (GetConsoleMode(handle, &mode)) {
        m_saved = mode;
        m_changed = SetConsoleMode(handle, mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
    }
#else
    termios settings {};
    if (tcgetattr(STDIN_FILENO, &settings) == 0) {
        m_saved = settings.c_lflag;
        settings.c_lflag &= ~tcflag_t(ECHO);
        m_changed = tcsetattr(STDIN_FILENO, TCSANOW, &settings) == 0;
    }
#endif
}

TerminalEcho::~TerminalEcho()
{
    if (!m_changed)
        return;
#ifdef Q_OS_WIN
    SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), DWORD(m_saved));
#else
    termios settings {};
    if (tcgetattr(STDIN_FILENO, &settings) == 0) {
        settings.c_lflag = tcflag_t(m_saved);
        tcsetattr(STDIN_FILENO, TCSANOW, &settings);
    }
#endif
}
