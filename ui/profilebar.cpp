#include "profilebar.h"

#include "profilefallback.h"
#include "profilestore.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QToolButton>

namespace AssertDesk::Ui {

using Profiles::Profile;
using Profiles::ProfileStore;

namespace {

QString rememberedKey()
{
    return QStringLiteral("ui/profile");
}

} // namespace

// A plain row rather than a QToolBar, whose overflow button decodes a style icon in its
// constructor, before the first paint.
ProfileBar::ProfileBar(ProfileStore *profiles, QWidget *parent)
    : QWidget(parent)
    , m_store(profiles)
    , m_layout(new QHBoxLayout(this))
    , m_profiles(new QComboBox(this))
{
    setObjectName(QStringLiteral("profileToolbar"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Profile:"), this);
    m_profiles->setObjectName(QStringLiteral("profileSwitcher"));
    m_profiles->setAccessibleName(tr("Profile"));
    m_profiles->setMinimumContentsLength(16);
    label->setBuddy(m_profiles);
    m_layout->addWidget(label);
    m_layout->addWidget(m_profiles);
    m_layout->addStretch(1);
    connect(m_profiles, &QComboBox::currentIndexChanged, this, &ProfileBar::currentChanged);
}

void ProfileBar::addButton(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    m_layout->insertWidget(m_layout->count() - 1, button); // before the stretch
}

void ProfileBar::reload()
{
    {
        const QSignalBlocker block(m_profiles);
        const QString shown = m_profiles->currentData().toString();
        m_profiles->clear();
        if (m_store) {
            for (const Profile &p : m_store->profiles())
                m_profiles->addItem(p.production ? p.name + tr(" (production)") : p.name, p.name);
            const QString wanted = shown.isEmpty() ? QSettings().value(rememberedKey()).toString() : shown;
            m_profiles->setCurrentIndex(
                std::max(0, m_profiles->findData(Session::ProfileFallback::choose(*m_store, wanted))));
        }
    }
    Q_EMIT currentChanged();
}

void ProfileBar::select(const QString &name)
{
    {
        const QSignalBlocker block(m_profiles);
        const int i = m_profiles->findData(name);
        if (i >= 0)
            m_profiles->setCurrentIndex(i);
    }
    Q_EMIT currentChanged();
}

Profile ProfileBar::current() const
{
    if (m_store)
        if (const auto p = m_store->profile(m_profiles->currentData().toString()))
            return *p;
    Profile sandbox;
    sandbox.name = ProfileStore::sandboxName();
    sandbox.builtIn = true;
    return sandbox;
}

void ProfileBar::rememberCurrent() const
{
    QSettings().setValue(rememberedKey(), m_profiles->currentData().toString());
}

} // namespace AssertDesk::Ui
