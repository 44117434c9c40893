#pragma once

#include <QDialog>
#include <functional>

class MessageLabel;
class QComboBox;
class QLineEdit;
class QPushButton;

// Asks for a new opt-out: channel (email, SMS, voice, letter or all), source and an optional
// reason. "Record" hands the input to the submit function (the tab's call into OptOutService);
// when that fails the dialog stays open with the reason in its message line, otherwise it closes
// accepted.
class OptOutDialog : public QDialog
{
    Q_OBJECT

public:
    using SubmitFunction =
        std::function<bool(const QString& channel, const QString& source, const QString& reason, QString* error)>;

    OptOutDialog(SubmitFunction submit, QWidget* parent = nullptr);

    QString channel() const;
    QString source() const;
    QString reason() const;

private:
    void submit();

    SubmitFunction m_submit;
    QComboBox* m_channelCombo = nullptr;
    QComboBox* m_sourceCombo = nullptr;
    QLineEdit* m_reasonEdit = nullptr;
    MessageLabel* m_messageLabel = nullptr;
    QPushButton* m_recordButton = nullptr;
};
