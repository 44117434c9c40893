#pragma once

#include "services/CustomerHold.h"

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

// Asks for the reason of setting or releasing one hold, and says what the action does (setting a
// hold cancels the customer's pending tasks and pauses its active campaigns). The OK button stays
// disabled until a reason is typed.
class CustomerFormHoldDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Set,
        Release
    };

    CustomerFormHoldDialog(CustomerHoldKind kind, Mode mode, QWidget* parent = nullptr);

    QString reason() const;
    void setReason(const QString& reason);

private:
    void updateOk();

    QPlainTextEdit* m_reasonEdit = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
