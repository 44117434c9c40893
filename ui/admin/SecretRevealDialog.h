#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QLineEdit;
class QPushButton;

// Shows a secret exactly once (a password reset token, a new API key): the caller's title and
// explanation, the secret in a read-only field, a Copy button that puts it on the clipboard and
// a plain statement that it cannot be shown again. Holds nothing after it is destroyed.
class SecretRevealDialog : public QDialog
{
    Q_OBJECT

public:
    SecretRevealDialog(const QString& title, const QString& explanation, const QString& secret,
                       QWidget* parent = nullptr);

    QString secret() const { return m_secret; }

public slots:
    // Puts the secret on the clipboard and says so in the dialog.
    void copySecret();

private:
    QString m_secret;
    QLineEdit* m_secretEdit = nullptr;
    QLabel* m_statusLabel = nullptr;
    QPushButton* m_copyButton = nullptr;
};
