#pragma once

#include <QLabel>

// The message line of the sign-in dialogs: word-wrapped, hidden while empty, styled as an error
// or as information, and exposed to assistive technology as an alert whose name is its visible
// text (an Alert event is sent each time a message is shown, so screen readers announce it).
class MessageLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Error,
        Info
    };

    explicit MessageLabel(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind = Kind::Error);
    void clearMessage();
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Error;
};
