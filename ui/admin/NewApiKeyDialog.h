#pragma once

#include "services/ApiKeyService.h"

#include <QDialog>
#include <QList>
#include <optional>

class MessageLabel;
class QCheckBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Asks for a new API key's name, scopes, rate limit and optional expiry, checks them inline
// (ApiKeyService::validate; Create stays disabled while they are invalid) and creates the key
// through the service. A refusal (e.g. a name already in use) is shown in the dialog, which stays
// open; on success the dialog is accepted and createdKey() holds the key, raw secret included,
// until the caller takes it with takeCreatedKey().
class NewApiKeyDialog : public QDialog
{
    Q_OBJECT

public:
    // `service` must outlive the dialog.
    explicit NewApiKeyDialog(ApiKeyService& service, QWidget* parent = nullptr);

    // The key created when the dialog was accepted; std::nullopt before, or once taken.
    const std::optional<ApiKeyService::CreatedKey>& createdKey() const { return m_created; }
    // Hands over the created key and forgets it here.
    std::optional<ApiKeyService::CreatedKey> takeCreatedKey();

    // The object name of a scope's check box, e.g. "scope_customers_read" for "customers:read".
    static QString scopeObjectName(const QString& scope);

private slots:
    void validate();
    void create();

private:
    QStringList selectedScopes() const;
    std::optional<QDateTime> expiresAtUtc() const;

    ApiKeyService& m_service;
    MessageLabel* m_messageLabel = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QList<QCheckBox*> m_scopeBoxes;
    QSpinBox* m_rateLimitSpin = nullptr;
    QCheckBox* m_expiresCheck = nullptr;
    QDateTimeEdit* m_expiresEdit = nullptr;
    QPushButton* m_createButton = nullptr;
    bool m_edited = false; // show problems as errors only once the user has changed something
    std::optional<ApiKeyService::CreatedKey> m_created;
};
