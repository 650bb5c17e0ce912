#include "phonehint.h"

#include "notelabel.h"

#include "phonenumbers.h"

#include <QLabel>

namespace AssertDesk::Ui {

using Contract::PhoneNumbers;

PhoneHint::Text PhoneHint::of(const QString &typed, const QString &sent, const QString &region)
{
    const QString t = typed.trimmed();
    if (t.isEmpty())
        return {};
    const PhoneNumbers::Reading reading = PhoneNumbers::read(t, region);
    const bool national = !t.startsWith(QLatin1Char('+'));
    if (reading.verdict == PhoneNumbers::Verdict::Unchecked)
        return {tr("sent as typed: phone numbers cannot be checked here"), true};
    if (!reading.isValid()) {
        const QString where = reading.region == QLatin1String("ZZ") ? tr("no region is set; start with +")
                                                                    : tr("region %1").arg(reading.region);
        return {national ? tr("cannot be a valid number (%1)").arg(where) : tr("cannot be a valid number"), true};
    }
    if (!reading.extension.isEmpty())
        return {tr("sent as typed: E.164 has no room for the extension %1").arg(reading.extension), false};
    if (sent != reading.e164)
        return {tr("sent as written; edit it here to send %1").arg(reading.e164), false};
    if (typed == reading.e164)
        return {};
    return {national ? tr("will send %1 (read in region %2)").arg(reading.e164, reading.region)
                     : tr("will send %1").arg(reading.e164),
            false};
}

void PhoneHint::show(QLabel *label, const Text &hint)
{
    label->setText(hint.text);
    label->setVisible(!hint.text.isEmpty());
    // Dark red on a problem, as the form's other notes; the normal text colour otherwise, which
    // reads in any palette (a greyed hint would not, for many eyes).
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : QPalette();
    if (hint.problem)
        palette.setColor(QPalette::WindowText, readableColour(QColor(0xa5, 0x0e, 0x0e)));
    label->setPalette(palette);
}

QLabel *PhoneHint::makeLabel(const QString &fieldName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("phoneHint_") + fieldName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace AssertDesk::Ui
