#include "profiledialog.h"

#include "notelabel.h"
#include "profileservice.h"
#include "question.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

using Profiles::Profile;

ProfileDialog::ProfileDialog(Session::ProfileService *profiles, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_production(new QCheckBox(tr("&Production: ask before every send"), this))
    , m_timeout(new QSpinBox(this))
    , m_error(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Profiles"));
    auto *layout = new QHBoxLayout(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    layout->addWidget(m_list, 1);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setAccessibleName(tr("Profile name"));
    m_url->setObjectName(QStringLiteral("profileUrl"));
    m_url->setAccessibleName(tr("API base URL"));
    m_url->setPlaceholderText(QStringLiteral("https://api.reevo.ai/api/v2"));
    m_production->setObjectName(QStringLiteral("profileProduction"));
    m_timeout->setObjectName(QStringLiteral("profileTimeout"));
    m_timeout->setAccessibleName(tr("Timeout in seconds"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Base &URL:"), m_url);
    form->addRow(QString(), m_production);
    form->addRow(tr("&Timeout:"), m_timeout);
    right->addLayout(form);
    m_error->setObjectName(QStringLiteral("profileError"));
    m_error->setWordWrap(true);
    paintNote(m_error, QColor(), QColor(0xd9, 0x30, 0x25), false, 0);
    right->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Ne&w"), this);
    m_save->setObjectName(QStringLiteral("profileSave"));
    m_remove->setObjectName(QStringLiteral("profileRemove"));
    add->setObjectName(QStringLiteral("profileNew"));
    buttons->addWidget(add);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    right->addLayout(buttons);
    right->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    right->addWidget(close);
    layout->addLayout(right, 2);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileDialog::showProfile);
    connect(add, &QPushButton::clicked, this, &ProfileDialog::addNew);
    connect(m_save, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &ProfileDialog::remove);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload(current);
}

QString ProfileDialog::errorText() const
{
    return m_error->text();
}

QString ProfileDialog::selectedProfile() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

void ProfileDialog::reload(const QString &select)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Profile &p : m_profiles->profiles()) {
        auto *item = new QListWidgetItem(p.production ? tr("%1 (production)").arg(p.name) : p.name, m_list);
        item->setData(Qt::UserRole, p.name);
        if (p.name == select)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem())
        m_list->setCurrentRow(0);
    showProfile();
}

void ProfileDialog::showProfile()
{
    m_error->clear();
    const auto p = m_profiles->profile(selectedProfile());
    if (!p)
        return;
    m_name->setText(p->name);
    m_name->setReadOnly(p->builtIn); // built-in profiles keep their names
    m_url->setText(p->isSandbox() ? tr("(built in, started on demand)") : p->baseUrl.toString());
    m_url->setEnabled(!p->isSandbox());
    m_production->setChecked(p->production);
    m_timeout->setValue(p->timeoutSeconds);
    m_remove->setEnabled(!p->builtIn);
}

void ProfileDialog::addNew()
{
    const QSignalBlocker block(m_list);
    m_list->setCurrentRow(-1);
    m_name->clear();
    m_name->setReadOnly(false);
    m_url->clear();
    m_url->setEnabled(true);
    m_production->setChecked(false);
    m_timeout->setValue(30);
    m_remove->setEnabled(false);
    m_error->clear();
    m_name->setFocus();
}

Profile ProfileDialog::edited() const
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.baseUrl = m_url->isEnabled() ? QUrl(m_url->text().trimmed(), QUrl::StrictMode) : QUrl();
    p.production = m_production->isChecked();
    p.timeoutSeconds = m_timeout->value();
    return p;
}

void ProfileDialog::save()
{
    const QString previous = selectedProfile();
    const Profile p = edited();
    QString error;
    if (previous.isEmpty() || previous == p.name) {
        const bool ok = previous.isEmpty() ? m_profiles->add(p, &error) : m_profiles->update(p, &error);
        if (ok)
            saved(p.name);
        else
            m_error->setText(error);
        return;
    }
    // A rename waits for the keychain to move the key; Save waits with it.
    m_save->setEnabled(false);
    m_profiles->rename(previous, p, this, [this, name = p.name](bool ok, const QString &message) {
        m_save->setEnabled(true);
        if (ok)
            saved(name);
        m_error->setText(message);
    });
}

void ProfileDialog::saved(const QString &name)
{
    reload(name);
    Q_EMIT profilesChanged();
}

void ProfileDialog::remove()
{
    const QString name = selectedProfile();
    if (!Question::ask(this, tr("Remove profile?"),
                       tr("Remove profile %1 and its API key from the keychain?").arg(name), tr("&Remove")))
        return;
    QString error;
    const bool removed
        = m_profiles->remove(name, &error, this, [this](const QString &keyLeft) { m_error->setText(keyLeft); });
    if (!removed) {
        m_error->setText(error);
        return;
    }
    reload({});
    Q_EMIT profilesChanged();
}

} // namespace AssertDesk::Ui
