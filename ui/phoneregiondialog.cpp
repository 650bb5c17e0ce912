#include "phoneregiondialog.h"

#include "phonenumbers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace AssertDesk::Ui {

using Contract::PhoneNumbers;

namespace {

QString regionName(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

} // namespace

PhoneRegionDialog::PhoneRegionDialog(const QString &chosen, QWidget *parent)
    : QDialog(parent)
    , m_regions(new QComboBox(this))
{
    setObjectName(QStringLiteral("phoneRegionDialog"));
    setWindowTitle(tr("Phone number region"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Read a phone number written without + and a country code as a number of:"), this);
    label->setWordWrap(true);
    label->setBuddy(m_regions);
    m_regions->setObjectName(QStringLiteral("phoneRegion"));
    m_regions->setAccessibleName(tr("Phone number region"));
    const QString system = PhoneNumbers::systemRegion();
    m_regions->addItem(system.isEmpty() ? tr("The system's region (none is set)")
                                        : tr("The system's region (%1, %2)").arg(regionName(system), system),
                       QString());
    QList<QPair<QString, QString>> regions; // name, code: listed by name, as a person looks for it
    for (const QString &code : PhoneNumbers::knownRegions())
        regions.append({regionName(code), code});
    std::sort(regions.begin(), regions.end());
    for (const auto &[name, code] : std::as_const(regions))
        m_regions->addItem(tr("%1 (%2)").arg(name, code), code);
    m_regions->setCurrentIndex(std::max(0, m_regions->findData(chosen.trimmed().toUpper())));
    auto *note = new QLabel(tr("A number typed in the form is sent in international form (+14155551234) as "
                               "read in this region; the line under the field shows what will be sent."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(label);
    layout->addWidget(m_regions);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString PhoneRegionDialog::chosen() const
{
    return m_regions->currentData().toString();
}

} // namespace AssertDesk::Ui
