#include "SignInFlow.h"

#include "ClientInfo.h"
#include "ConnectionProfileStore.h"
#include "FirstAdminDialog.h"
#include "LoginDialog.h"
#include "common/UserMessage.h"
#include "db/Database.h"
#include "db/Migrator.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QTimer>

namespace {
// Each switch of connection starts over on the new database; a bound keeps a mistake from looping.
constexpr int MaxRounds = 20;
} // namespace

SignInFlow::SignInFlow(const Database& database, const ConnectionProfile& profile, QWidget* dialogParent,
                       const AuthService::Policy& policy)
    : m_givenDatabase(database), m_givenProfile(profile), m_dialogParent(dialogParent), m_policy(policy),
      m_database(&database), m_profile(profile), m_auth(std::make_unique<AuthService>(database, policy))
{
}

SignInFlow::~SignInFlow() = default;

const Database& SignInFlow::database() const
{
    return *m_database;
}

std::unique_ptr<Database> SignInFlow::takeOpenedDatabase()
{
    return std::move(m_openedDatabase);
}

void SignInFlow::fail(const QString& summary, const QString& details)
{
    m_errorMessage = details.isEmpty() ? summary : summary + QLatin1Char(' ') + details;
    UserMessage::critical(m_dialogParent, summary, details);
}

bool SignInFlow::canShowDialogs() const
{
    return m_dialogHook || UserMessage::isInteractive();
}

int SignInFlow::execDialog(QDialog& dialog, const std::function<void()>& whenShown)
{
    if (whenShown || m_dialogHook) {
        // One callback, in order: the hook must not run inside the keychain probe's wait.
        QTimer::singleShot(0, &dialog, [this, &dialog, whenShown] {
            if (whenShown)
                whenShown();
            if (m_dialogHook)
                m_dialogHook(dialog);
        });
    }
    return dialog.exec();
}

std::optional<SessionTicket> SignInFlow::run()
{
    m_errorMessage.clear();
    m_resumed = false;
    for (int round = 0; round < MaxRounds; ++round) {
        QString error;
        const std::optional<bool> noUsers = m_auth->hasNoUsers(&error);
        if (!noUsers) {
            fail(tr("The user accounts cannot be read."), error);
            return std::nullopt;
        }
        if (*noUsers)
            return runFirstAdministrator();
        if (std::optional<SessionTicket> resumed = resumeRemembered())
            return resumed;
        bool switched = false;
        std::optional<SessionTicket> ticket = runLogin(&switched);
        if (!switched)
            return ticket;
    }
    return std::nullopt;
}

std::optional<SessionTicket> SignInFlow::runFirstAdministrator()
{
    if (!canShowDialogs()) {
        fail(tr("This database has no users yet, and CollectDesk runs unattended: it cannot ask for the first "
                "administrator."),
             tr("Create one with collectdesk-admin, or start CollectDesk normally."));
        return std::nullopt;
    }
    FirstAdminDialog dialog(*m_auth, m_dialogParent);
    if (execDialog(dialog) != QDialog::Accepted || !dialog.ticket())
        return std::nullopt;
    signedIn(*dialog.ticket());
    return dialog.ticket();
}

std::optional<SessionTicket> SignInFlow::resumeRemembered()
{
    ConnectionProfileStore store;
    const QString email = store.rememberedEmail(m_profile.name());
    if (email.isEmpty())
        return std::nullopt;
    const KeychainStore keychain(m_keychainTimeoutMs);
    const QString key = KeychainStore::sessionKey(m_profile.name(), email);
    const KeychainStore::Result stored = keychain.read(key);
    if (stored.status == KeychainStore::Status::NotFound) {
        m_keychain = KeychainStore::Availability{KeychainStore::Availability::State::Available, QString()};
        store.setRememberedEmail(m_profile.name(), QString());
        return std::nullopt;
    }
    if (!stored.ok()) {
        // Keep the entry: the keychain may answer next time.
        if (stored.status == KeychainStore::Status::Unavailable)
            m_keychain = KeychainStore::Availability{KeychainStore::Availability::State::Unavailable, stored.message};
        m_notice = tr("Your remembered session could not be read from the keychain. %1").arg(stored.message);
        return std::nullopt;
    }
    m_keychain = KeychainStore::Availability{KeychainStore::Availability::State::Available, QString()};

    const AuthService::SignInResult result = m_auth->resume(stored.secret, ClientInfo::describe());
    if (result.outcome == AuthService::Outcome::SignedIn) {
        m_resumed = true;
        signedIn(result.ticket);
        return result.ticket;
    }
    if (result.outcome == AuthService::Outcome::Error) {
        m_notice = result.message; // a database problem: the token may still be good
        return std::nullopt;
    }
    // Expired, revoked, or the user was deactivated: the token is of no use any more.
    keychain.remove(key);
    store.setRememberedEmail(m_profile.name(), QString());
    m_notice = result.outcome == AuthService::Outcome::Inactive && !result.message.isEmpty()
                   ? result.message
                   : tr("Your remembered session has ended. Please sign in again.");
    return std::nullopt;
}

std::optional<SessionTicket> SignInFlow::runLogin(bool* switched)
{
    *switched = false;
    if (!canShowDialogs()) {
        fail(tr("Signing in needs the login dialog, but CollectDesk runs unattended."));
        return std::nullopt;
    }
    ConnectionProfileStore store;
    LoginDialog dialog(*m_auth, *m_database, m_profile, m_dialogParent);
    dialog.setKeychainTimeout(m_keychainTimeoutMs);
    dialog.setEmail(store.lastEmail(m_profile.name()));
    if (!m_notice.isEmpty())
        dialog.showMessage(m_notice, MessageLabel::Kind::Info);
    m_notice.clear();
    std::function<void()> probe;
    if (m_keychain) {
        dialog.setKeychainAvailability(*m_keychain);
    } else {
        // Show the dialog first: a keychain that does not answer costs its timeout, not a blank screen.
        KeychainStore::Availability checking;
        checking.reason = tr("Checking the keychain…");
        dialog.setKeychainAvailability(checking);
        probe = [this, &dialog] {
            m_keychain = KeychainStore::probe(m_keychainTimeoutMs);
            dialog.setKeychainAvailability(*m_keychain);
        };
    }
    QObject::connect(&dialog, &LoginDialog::profileChanged, &dialog,
                     [this, &dialog](const ConnectionProfile& profile) { switchConnection(dialog, profile); });

    const int result = execDialog(dialog, probe);
    if (result == SwitchedConnection) {
        *switched = true;
        return std::nullopt;
    }
    if (result != QDialog::Accepted || !dialog.ticket())
        return std::nullopt;
    const SessionTicket ticket = *dialog.ticket();
    if (dialog.rememberRequested())
        rememberSession(ticket);
    signedIn(ticket);
    return ticket;
}

void SignInFlow::switchConnection(LoginDialog& dialog, const ConnectionProfile& profile)
{
    std::unique_ptr<Database> opened;
    if (profile.name() != m_givenProfile.name() || profile.url() != m_givenProfile.url()) {
        QString error;
        opened = openProfile(profile, &error);
        if (!opened) {
            dialog.rejectProfileChange(tr("Cannot connect to %1: %2").arg(profile.displayName(), error));
            return;
        }
    }
    const Database& database = opened ? *opened : m_givenDatabase;
    auto auth = std::make_unique<AuthService>(database, m_policy);

    ConnectionProfileStore store;
    // A database without users, or a remembered session there, starts the flow over.
    const std::optional<bool> noUsers = auth->hasNoUsers();
    const bool restart = (noUsers && *noUsers) || !store.rememberedEmail(profile.name()).isEmpty();
    if (!restart) {
        dialog.setBackend(*auth, database, profile);
        dialog.setEmail(store.lastEmail(profile.name()));
    }
    // The dialog no longer refers to the old service and database: they can go.
    m_auth = std::move(auth);
    m_openedDatabase = std::move(opened);
    m_database = &database;
    m_profile = profile;
    if (restart)
        dialog.done(SwitchedConnection);
}

std::unique_ptr<Database> SignInFlow::openProfile(const ConnectionProfile& profile, QString* error) const
{
    DatabaseUrl url = DatabaseUrl::parse(profile.url(), error);
    if (!url.isValid())
        return nullptr;
    const bool server = url.engine() == DatabaseUrl::Engine::Postgres;
    if (server && url.password().isEmpty() && (!m_keychain || m_keychain->isAvailable())) {
        const KeychainStore::Result stored =
            KeychainStore(m_keychainTimeoutMs).read(KeychainStore::databasePasswordKey(profile.name()));
        if (stored.ok())
            url.setPassword(stored.secret);
    }
    std::unique_ptr<Database> database = Database::open(url, error);
    if (!database && server && url.password().isEmpty() && UserMessage::isInteractive()) {
        // No stored password: ask once, and keep it only for this connection.
        bool ok = false;
        const QString password = QInputDialog::getText(
            m_dialogParent, tr("Database Password"),
            tr("Password for %1 (it is not stored; save it in Connections to keep it in the keychain):")
                .arg(url.redacted()),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return nullptr;
        url.setPassword(password);
        database = Database::open(url, error);
    }
    if (!database)
        return nullptr;

    Migrator migrator(*database);
    QString message;
    if (migrator.isNewerThanApp(&message)) {
        if (error)
            *error = tr("This database needs a newer version of CollectDesk. %1").arg(message);
        return nullptr;
    }
    if (!migrator.migrate(&message)) {
        if (error)
            *error = tr("The database schema cannot be brought up to date. %1").arg(message);
        return nullptr;
    }
    return database;
}

void SignInFlow::rememberSession(const SessionTicket& ticket)
{
    ConnectionProfileStore store;
    const KeychainStore keychain(m_keychainTimeoutMs);
    const QString previous = store.rememberedEmail(m_profile.name());
    if (!previous.isEmpty() && previous != ticket.user.email.toLower())
        keychain.remove(KeychainStore::sessionKey(m_profile.name(), previous)); // one remembered user per profile
    const KeychainStore::Result written =
        keychain.write(KeychainStore::sessionKey(m_profile.name(), ticket.user.email), ticket.rawToken);
    if (written.ok()) {
        store.setRememberedEmail(m_profile.name(), ticket.user.email);
        return;
    }
    store.setRememberedEmail(m_profile.name(), QString());
    UserMessage::warning(m_dialogParent, tr("You are signed in, but this computer cannot remember you."),
                         written.message);
}

void SignInFlow::signedIn(const SessionTicket& ticket)
{
    ConnectionProfileStore store;
    store.setLastEmail(m_profile.name(), ticket.user.email);
    if (!m_profile.isTransient())
        store.setLastProfileName(m_profile.name());
}

bool SignInFlow::signOut(const SessionTicket& ticket, QString* error)
{
    const bool revoked = m_auth->signOut(ticket, error);
    ConnectionProfileStore store;
    const QString email = ticket.user.email.trimmed().toLower();
    if (!email.isEmpty() && store.rememberedEmail(m_profile.name()) == email) {
        KeychainStore(m_keychainTimeoutMs).remove(KeychainStore::sessionKey(m_profile.name(), email));
        store.setRememberedEmail(m_profile.name(), QString());
    }
    return revoked;
}
