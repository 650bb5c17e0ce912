#include "keydialog.h"
#include "futures.h"

#include "apiclient.h"
#include "apierror.h"
#include "keyvault.h"
#include "maskedkey.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

using namespace AssertDesk::Contract;
using namespace AssertDesk::Net;
using namespace AssertDesk::Secrets;
using namespace AssertDesk::Profiles;

KeyDialog::KeyDialog(const AppServices &services, const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_profile(profile)
    , m_saved(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save key"), this))
    , m_test(new QPushButton(tr("&Test key"), this))
    , m_forget(new QPushButton(tr("&Forget key"), this))
{
    setObjectName(QStringLiteral("keyDialog"));
    setWindowTitle(tr("API key for %1").arg(profile.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_saved->setObjectName(QStringLiteral("savedKey"));
    m_key->setObjectName(QStringLiteral("newKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("New API key"));
    m_key->setPlaceholderText(tr("paste the key here"));
    m_key->setContextMenuPolicy(Qt::NoContextMenu); // no "copy" of a secret
    form->addRow(tr("Saved:"), m_saved);
    form->addRow(tr("New &key:"), m_key);
    layout->addLayout(form);
    m_status->setObjectName(QStringLiteral("keyStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save->setObjectName(QStringLiteral("saveKey"));
    m_test->setObjectName(QStringLiteral("testKey"));
    m_forget->setObjectName(QStringLiteral("forgetKey"));
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->addButton(m_forget, QDialogButtonBox::DestructiveRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &KeyDialog::save);
    connect(m_test, &QPushButton::clicked, this, &KeyDialog::test);
    connect(m_forget, &QPushButton::clicked, this, &KeyDialog::forget);
    if (profile.isSandbox()) {
        m_saved->setText(tr("The built-in sandbox uses a key made for this session; nothing to save."));
        m_key->setEnabled(false);
        m_save->setEnabled(false);
        m_forget->setEnabled(false);
    } else {
        refresh();
    }
}

QString KeyDialog::statusText() const
{
    return m_status->text();
}

void KeyDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

void KeyDialog::refresh()
{
    m_saved->setText(tr("checking the keychain…"));
    // The keychain may answer after the dialog is closed; then there is nothing to update.
    m_services.keys->read(m_profile.name, [this, alive = QPointer<KeyDialog>(this)](const SecretResult &r) {
        if (!alive)
            return;
        m_saved->setText(r.ok()
                             ? tr("a key ending in %1")
                                   .arg(maskedKey(r.key).mid(4).isEmpty() ? tr("(short key)") : maskedKey(r.key).mid(4))
                             : r.message);
        m_forget->setEnabled(r.ok());
    });
}

void KeyDialog::save()
{
    const QString key = m_key->text().trimmed();
    if (key.isEmpty()) {
        setStatus(tr("Type or paste a key first."));
        return;
    }
    m_services.keys->write(
        m_profile.name, key, KeyVault::Fallback::AllowMemory,
        [this, alive = QPointer<KeyDialog>(this)](const SecretResult &r) {
            if (!alive)
                return;
            m_key->clear();
            setStatus(r.ok() ? (r.message.isEmpty() ? tr("Saved in the system keychain.") : r.message) : r.message);
            refresh();
        });
}

void KeyDialog::test()
{
    const QString typed = m_key->text().trimmed();
    const auto run = [this](const QUrl &url, const QString &key) {
        ApiCall::Options options;
        options.baseUrl = url;
        options.key = key;
        options.timeoutSeconds = m_profile.timeoutSeconds;
        ApiCall *call = m_services.client->testKey(options, this);
        connect(call, &ApiCall::finished, this, [this, call](const SendResult &r) {
            call->deleteLater();
            if (r.outcome == Outcome::Succeeded)
                setStatus(tr("The server accepted the key."));
            else if (r.outcome == Outcome::Rejected)
                setStatus(tr("The server refused the key: %1").arg(ApiError::parse(r.httpStatus, r.body).summary()));
            else
                setStatus(r.summary);
        });
        setStatus(tr("Testing…"));
        call->start();
    };
    if (m_profile.isSandbox()) {
        if (!m_services.sandbox) {
            setStatus(tr("This build has no built-in sandbox."));
            return;
        }
        History::whenReady(m_services.sandbox(), this, [this, run](const Session::SandboxEndpoint &sandbox) {
            if (sandbox.ok())
                run(sandbox.baseUrl, sandbox.key);
            else
                setStatus(sandbox.error);
        });
        return;
    }
    if (!typed.isEmpty()) {
        run(m_profile.baseUrl, typed);
        return;
    }
    m_services.keys->read(m_profile.name, [this, run, alive = QPointer<KeyDialog>(this)](const SecretResult &r) {
        if (!alive)
            return;
        if (r.ok())
            run(m_profile.baseUrl, r.key);
        else
            setStatus(r.message);
    });
}

void KeyDialog::forget()
{
    m_services.keys->remove(m_profile.name, [this, alive = QPointer<KeyDialog>(this)](const SecretResult &r) {
        if (!alive)
            return;
        setStatus(r.ok() ? tr("The key is forgotten.") : r.message);
        refresh();
    });
}

} // namespace AssertDesk::Ui
