#include "keydialog.h"

#include "keyservice.h"
#include "notelabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace AssertDesk::Ui {

using Profiles::Profile;
using Session::KeyService;

KeyDialog::KeyDialog(const AppServices &services, const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_keys(services.keyService)
    , m_profile(profile)
    , m_saved(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_keyProblem(new QLabel(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save key"), this))
    , m_test(new QPushButton(tr("&Test key"), this))
    , m_forget(new QPushButton(tr("&Forget key"), this))
{
    setObjectName(QStringLiteral("keyDialog"));
    setWindowTitle(tr("API key for %1").arg(profile.name));
    setMinimumWidth(480); // room for a line of explanation under the field
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_saved->setObjectName(QStringLiteral("savedKey"));
    m_saved->setWordWrap(true); // "no key saved for this profile in this session…" runs long in German
    m_key->setObjectName(QStringLiteral("newKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("New API key"));
    m_key->setPlaceholderText(tr("paste the key here"));
    m_key->setContextMenuPolicy(Qt::NoContextMenu); // no "copy" of a secret
    form->addRow(tr("Saved:"), m_saved);
    form->addRow(tr("New &key:"), m_key);
    // Plain text: it describes what was pasted, never shows it.
    m_keyProblem->setObjectName(QStringLiteral("keyProblem"));
    m_keyProblem->setTextFormat(Qt::PlainText);
    m_keyProblem->setWordWrap(true);
    m_keyProblem->setAccessibleName(tr("Problem with the new key"));
    paintNote(m_keyProblem, {}, QColor(0xc5, 0x22, 0x1f), false, 0);
    m_keyProblem->hide();
    form->addRow(QString(), m_keyProblem);
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
    // Enter in the field saves the key typed, or (Save off: a key that cannot be saved) does
    // nothing. No other button may take Enter when it takes the focus: Forget was the first in
    // line, and Enter after typing a key forgot the saved one.
    m_save->setDefault(true);
    m_test->setAutoDefault(false);
    m_forget->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &KeyDialog::save);
    connect(m_test, &QPushButton::clicked, this, &KeyDialog::test);
    connect(m_forget, &QPushButton::clicked, this, &KeyDialog::forget);
    connect(m_key, &QLineEdit::textChanged, this, &KeyDialog::checkTyped);
    if (profile.isSandbox()) {
        showSaved(tr("The built-in sandbox uses a key made for this session; nothing to save."));
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

// A pasted key with a line break in it (copied across two lines, or with a header after it) is
// named at once, under the field, and can be neither saved nor tested.
void KeyDialog::checkTyped()
{
    const QString problem = Session::KeyService::problemWith(m_key->text());
    m_keyProblem->setText(problem);
    m_keyProblem->setVisible(!problem.isEmpty());
    // A wrapped label does not make its window taller by itself: it asks for its lines' height,
    // and the dialog grows to show them all.
    m_keyProblem->setMinimumHeight(problem.isEmpty() ? 0 : m_keyProblem->heightForWidth(m_key->width()));
    m_save->setEnabled(problem.isEmpty());
    m_test->setEnabled(problem.isEmpty());
}

// What is saved can take two lines (in German, or for a long profile name): the label asks for
// their height, as the dialog does not grow for a wrapped label by itself.
void KeyDialog::showSaved(const QString &text)
{
    m_saved->setText(text);
    // Before the dialog shows, its first layout sizes the label from the text.
    if (isVisible())
        m_saved->setMinimumHeight(m_saved->heightForWidth(m_saved->width()));
}

void KeyDialog::refresh()
{
    showSaved(tr("checking the keychain…"));
    m_keys->describe(m_profile, this, [this](const KeyService::Answer &a) {
        showSaved(a.text);
        m_forget->setEnabled(a.ok);
    });
}

void KeyDialog::save()
{
    const QString key = m_key->text().trimmed();
    if (key.isEmpty()) {
        setStatus(tr("Type or paste a key first."));
        return;
    }
    m_keys->save(m_profile, key, this, [this](const KeyService::Answer &a) {
        m_key->clear();
        setStatus(a.text);
        refresh();
    });
}

void KeyDialog::test()
{
    setStatus(tr("Testing…"));
    m_keys->test(m_profile, m_key->text(), this, [this](const KeyService::Answer &a) { setStatus(a.text); });
}

void KeyDialog::forget()
{
    m_keys->forget(m_profile, this, [this](const KeyService::Answer &a) {
        setStatus(a.text);
        refresh();
    });
}

} // namespace AssertDesk::Ui
