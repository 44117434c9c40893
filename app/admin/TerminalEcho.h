#pragma once

// Turns terminal echo off while a password is typed, and back on when destroyed.
// Does nothing when standard input is not a terminal (a pipe or a file).
class TerminalEcho
{
public:
    TerminalEcho();
    ~TerminalEcho();
    TerminalEcho(const TerminalEcho&) = delete;
    TerminalEcho& operator=(const TerminalEcho&) = delete;

    static bool stdinIsTerminal();

private:
    bool m_changed = false;
    unsigned long m_saved = 0;
};
