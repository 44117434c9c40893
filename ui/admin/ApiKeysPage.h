#pragma once

#include "services/ApiKeyService.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class Database;
class MessageLabel;
class NewApiKeyDialog;
class QCheckBox;
class QPushButton;
class QStandardItemModel;
class QTableView;

// The API keys administration screen: a sortable table of the keys (name, prefix, scopes, rate
// limit, status, expiry, last use, creator), "Show revoked keys", "New API key…" (NewApiKeyDialog,
// then the key is revealed once) and "Revoke…" (after a confirmation). Everything goes through
// ApiKeyService, which checks the permissions; the buttons are only disabled for a role that may
// not use them.
//
// Test seams: the confirmation and the one-time reveal are replaceable callbacks, and the
// new-key dialog is opened without blocking (openNewKeyDialog() returns it).
class ApiKeysPage : public QWidget
{
    Q_OBJECT

public:
    // Asked before a revocation: true to go ahead. The default asks with a message box, or
    // refuses when the application runs unattended (COLLECTDESK_NONINTERACTIVE=1).
    using ConfirmFunction = std::function<bool(const QString& title, const QString& question)>;
    // Shows a newly created key once. The default opens SecretRevealDialog (not when unattended).
    using RevealFunction = std::function<void(const ApiKeyService::CreatedKey& key)>;

    enum Column
    {
        NameColumn,
        PrefixColumn,
        ScopesColumn,
        RateLimitColumn,
        StatusColumn,
        ExpiresColumn,
        LastUsedColumn,
        CreatedByColumn,
        CreatedColumn,
        ColumnCount
    };

    // `database` must outlive the page.
    ApiKeysPage(const Database& database, AccessContextPtr context, QWidget* parent = nullptr);
    ~ApiKeysPage() override;

    // Reloads the list (keeps the selection when the key is still listed).
    void refresh();

    void setConfirmFunction(ConfirmFunction confirm);
    void setRevealFunction(RevealFunction reveal);

    // The id of the selected key; 0 when none is selected.
    qint64 selectedKeyId() const;
    // Selects the row of key `id`; false when it is not listed.
    bool selectKey(qint64 id);

public slots:
    // Opens the new-key dialog (window-modal, without blocking) and returns it; nullptr when the
    // role may not create keys.
    NewApiKeyDialog* openNewKeyDialog();
    // Revokes the selected key after the confirmation.
    void revokeSelected();

signals:
    // A key was created or revoked.
    void keysChanged();

private:
    void newKeyAccepted(NewApiKeyDialog* dialog);
    void updateButtons();
    bool defaultConfirm(const QString& title, const QString& question);
    void defaultReveal(const ApiKeyService::CreatedKey& key);

    AccessContextPtr m_context;
    ApiKeyService m_service;
    ConfirmFunction m_confirm;
    RevealFunction m_reveal;

    MessageLabel* m_messageLabel = nullptr;
    QCheckBox* m_showRevokedCheck = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_revokeButton = nullptr;
    QTableView* m_view = nullptr;
    QStandardItemModel* m_model = nullptr;
    QPointer<NewApiKeyDialog> m_dialog;
    bool m_listFailed = false; // the message line shows why the list could not be read
};
