#include "requestform.h"

#include "editors/fieldeditor.h"
#include "jsonpointer.h"
#include "wrappinglabel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace AssertDesk::Ui {

namespace {

constexpr int rowsPerPass = 4;

} // namespace

RequestForm::RequestForm(const Contract::FieldCatalogue &catalogue, const QStringList &stages, QWidget *parent)
    : QWidget(parent)
    , m_specs(catalogue.writableFields())
    , m_stages(stages)
    , m_matchKey(new QComboBox(this))
    , m_matchValue(new QLineEdit(this))
    , m_matchProblem(new WrappingLabel(this))
    , m_keptNote(new WrappingLabel(this))
{
    setObjectName(QStringLiteral("requestForm"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Request form"));
    auto *content = new QWidget(scroll);
    auto *grid = new QGridLayout(content);
    grid->setColumnStretch(1, 1);
    int line = buildMatch(catalogue, content, grid, 0);
    connectMatch();
    addNullShortcut();
    line = buildAttributesHeading(content, grid, line);
    // Every field owns three grid lines (the row, the editor when stacked, its problem) from the
    // start, so rows built later land in catalogue order; empty lines take no space.
    m_grid = grid;
    m_firstRowLine = line;
    line += 3 * int(m_specs.size());
    m_keptNote->setParent(content);
    m_keptNote->setObjectName(QStringLiteral("keptNote"));
    m_keptNote->setWordWrap(true);
    m_keptNote->hide();
    grid->addWidget(m_keptNote, line++, 0, 1, 3);
    grid->setRowStretch(line, 1);
    m_lastInTabChain = m_matchValue;
    m_builder = new QTimer(this);
    m_builder->setInterval(0);
    connect(m_builder, &QTimer::timeout, this, [this] { ensureRows(builtRowCount() + rowsPerPass); });
    ensureRows(rowsBuiltAtOnce);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    scroll->viewport()->installEventFilter(this);
}

RequestForm::~RequestForm()
{
    // Deleting the rows moves the focus out of a table cell still being edited, which commits it;
    // by then the rows' bookkeeping is gone.
    for (const Row &row : std::as_const(m_rows))
        disconnect(row.editor, nullptr, this, nullptr);
}

int RequestForm::buildMatch(const Contract::FieldCatalogue &catalogue, QWidget *content, QGridLayout *grid, int line)
{
    auto *matchLabel = new QLabel(tr("&Match on"), content);
    matchLabel->setBuddy(m_matchKey);
    for (const QString &key : catalogue.matchKeys())
        m_matchKey->addItem(key, key);
    m_matchKey->setObjectName(QStringLiteral("matchKey"));
    m_matchKey->setAccessibleName(tr("Match key"));
    m_matchKey->setToolTip(tr("The field the server finds the contact by: a contact with this value is updated, "
                              "otherwise a new one is created."));
    m_matchValue->setObjectName(QStringLiteral("matchValue"));
    setFocusProxy(m_matchValue);
    m_matchValue->setAccessibleName(tr("Match email"));
    m_matchValue->setPlaceholderText(tr("email address"));
    auto *matchRow = new QHBoxLayout;
    matchRow->addWidget(m_matchKey);
    matchRow->addWidget(m_matchValue, 1);
    grid->addWidget(matchLabel, line, 0);
    grid->addLayout(matchRow, line++, 1, 1, 2);
    m_matchProblem->setParent(content);
    m_matchProblem->setObjectName(QStringLiteral("problem_match"));
    m_matchProblem->setWordWrap(true);
    m_matchProblem->hide();
    grid->addWidget(m_matchProblem, line++, 1, 1, 2);
    return line;
}

// Ctrl+Shift+N ticks (or unticks) null on the row that has the focus.
void RequestForm::addNullShortcut()
{
    auto *toggleNull = new QAction(tr("Send null for this field"), this);
    toggleNull->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    toggleNull->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(toggleNull);
    connect(toggleNull, &QAction::triggered, this, [this] {
        QWidget *focus = QApplication::focusWidget();
        for (const Row &row : std::as_const(m_rows)) {
            if (focus && (focus == row.set || row.editor->isAncestorOf(focus)) && row.null->isEnabled()) {
                row.null->toggle();
                return;
            }
        }
    });
}

// Editing the match by hand replaces a match block kept from the JSON tab.
void RequestForm::connectMatch()
{
    const auto matchEdited = [this] {
        m_matchEdited = true;
        updateKeptNote();
        Q_EMIT edited();
    };
    connect(m_matchKey, &QComboBox::activated, this, matchEdited);
    // textChanged, not textEdited: a screen reader or voice control sets the text through the
    // accessibility interface, which emits only textChanged; the form's own writes are m_filling.
    connect(m_matchValue, &QLineEdit::textChanged, this, [this, matchEdited] {
        if (!m_filling)
            matchEdited();
    });
}

int RequestForm::buildAttributesHeading(QWidget *content, QGridLayout *grid, int line)
{
    // Plain text in two labels: a rich-text label lays out a whole text document, several times.
    auto *heading = new QLabel(tr("Attributes"), content);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setTextFormat(Qt::PlainText);
    auto *hint = new WrappingLabel(content);
    hint->setTextFormat(Qt::PlainText);
    hint->setText(tr("tick a field to send it; tick null to clear it"));
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(heading);
    headingRow->addWidget(hint, 1);
    grid->addLayout(headingRow, line++, 0, 1, 3);
    return line;
}

void RequestForm::buildRemainingRows()
{
    if (builtRowCount() < rowCount())
        m_builder->start();
}

void RequestForm::ensureRows(int count)
{
    count = std::min(count, rowCount());
    if (builtRowCount() >= count)
        return;
    while (builtRowCount() < count)
        addRow(m_specs.at(builtRowCount()));
    if (builtRowCount() == rowCount())
        m_builder->stop();
    updateStacking();
}

void RequestForm::placeRow(const Row &row, int index)
{
    const int line = m_firstRowLine + 3 * index;
    for (QWidget *w : {static_cast<QWidget *>(row.set), static_cast<QWidget *>(row.editor),
                       static_cast<QWidget *>(row.null), static_cast<QWidget *>(row.problem)})
        m_grid->removeWidget(w);
    if (m_stacked) {
        m_grid->addWidget(row.set, line, 0, 1, 2, Qt::AlignLeft);
        m_grid->addWidget(row.null, line, 2, Qt::AlignRight);
        m_grid->addWidget(row.editor, line + 1, 0, 1, 3);
        m_grid->addWidget(row.problem, line + 2, 0, 1, 3);
    } else {
        m_grid->addWidget(row.set, line, 0, Qt::AlignTop);
        m_grid->addWidget(row.editor, line, 1);
        m_grid->addWidget(row.null, line, 2, Qt::AlignTop);
        m_grid->addWidget(row.problem, line + 1, 1, 1, 2);
    }
}

// Side by side needs the widest box, the widest editor and null in one line; a narrower pane
// (1024 px wide, or German names) stacks the rows rather than cut them off at the right.
void RequestForm::updateStacking()
{
    if (!m_scroll || m_rows.isEmpty())
        return;
    int boxes = 0;
    int editors = 0;
    int nulls = 0;
    for (const Row &row : std::as_const(m_rows)) {
        boxes = std::max(boxes, row.set->sizeHint().width());
        editors = std::max(editors, row.editor->minimumSizeHint().width());
        nulls = std::max(nulls, row.null->sizeHint().width());
    }
    const QMargins margins = m_grid->contentsMargins();
    const int sideBySide = margins.left() + margins.right() + boxes + editors + nulls + 2 * m_grid->horizontalSpacing();
    const bool stacked = m_scroll->viewport()->width() < sideBySide;
    if (stacked == m_stacked)
        return;
    m_stacked = stacked;
    for (int i = 0; i < m_rows.size(); ++i)
        placeRow(m_rows.at(i), i);
}

bool RequestForm::eventFilter(QObject *watched, QEvent *event)
{
    if (m_scroll && watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        updateStacking();
    return QWidget::eventFilter(watched, event);
}

int RequestForm::indexOf(const QString &field) const
{
    for (int i = 0; i < rowCount(); ++i)
        if (m_specs.at(i).name == field)
            return i;
    return -1;
}

void RequestForm::addRow(const Contract::FieldSpec &spec)
{
    QWidget *content = m_grid->parentWidget();
    Row row;
    row.spec = spec;
    row.set = new QCheckBox(spec.label, content);
    row.set->setObjectName(QStringLiteral("set_") + spec.name);
    row.set->setAccessibleName(tr("Send %1").arg(spec.label));
    row.set->setToolTip(tr("Send %1 (API name %2). Unticked: not sent, so left as it is.").arg(spec.label, spec.name));
    row.editor = FieldEditor::create(spec, m_stages, content);
    row.editor->setPhoneRegion(m_phoneRegion);
    row.null = new QCheckBox(tr("null"), content);
    row.null->setObjectName(QStringLiteral("null_") + spec.name);
    row.null->setAccessibleName(tr("Clear %1 (send null)").arg(spec.label));
    // Two Tab stops a row (the box that sends it, the editor): null is rare, so it is a click or
    // Ctrl+Shift+N from the row, not a third stop on every row.
    row.null->setFocusPolicy(Qt::ClickFocus);
    row.null->setToolTip(tr("Send null: clear %1 on the contact (Ctrl+Shift+N from the row)").arg(spec.label));
    row.problem = new WrappingLabel(content);
    row.problem->setObjectName(QStringLiteral("problem_") + spec.name);
    row.problem->setWordWrap(true);
    row.problem->hide();
    placeRow(row, builtRowCount());
    if (m_readOnly) {
        row.set->setEnabled(false);
        row.null->setEnabled(false);
        row.editor->setEnabled(false);
    }
    // Tab goes through the rows in order, also through rows built after the rest of the window.
    // setTabOrder ignores widgets that take no focus, like the editor's frame, so its parts are
    // placed one by one.
    QList<QWidget *> tabChain {row.set};
    for (QWidget *w = row.editor->nextInFocusChain(); row.editor->isAncestorOf(w); w = w->nextInFocusChain())
        if (w->focusPolicy() != Qt::NoFocus)
            tabChain << w;
    for (QWidget *w : std::as_const(tabChain)) {
        QWidget::setTabOrder(m_lastInTabChain, w);
        m_lastInTabChain = w;
    }
    if (content->isVisible()) { // a row added to a form on screen shows at once
        row.set->show();
        row.editor->show();
        row.null->show();
    }

    QCheckBox *set = row.set;
    QCheckBox *null = row.null;
    const QString name = spec.name;
    // Typing into a field means sending it.
    connect(row.editor, &FieldEditor::edited, this, [this, set, null, name] {
        if (m_filling)
            return;
        set->setChecked(true);
        null->setChecked(false);
        m_kept.remove(name);
        Q_EMIT edited();
    });
    connect(set, &QCheckBox::toggled, this, [this, null, name](bool on) {
        if (!on)
            null->setChecked(false);
        if (!m_filling) {
            m_kept.remove(name);
            updateKeptNote();
            Q_EMIT edited();
        }
    });
    connect(null, &QCheckBox::toggled, this, [this, set](bool on) {
        if (on)
            set->setChecked(true);
        if (!m_filling)
            Q_EMIT edited();
    });
    m_rows << row;
}

QJsonObject RequestForm::body() const
{
    QJsonObject attributes = m_kept;
    for (const Row &row : m_rows) {
        if (!row.set->isChecked())
            continue;
        attributes.insert(row.spec.name, row.null->isChecked() ? QJsonValue(QJsonValue::Null) : row.editor->value());
    }
    QJsonObject body = m_extras;
    if (m_matchEdited)
        body.insert(QStringLiteral("match"),
                    QJsonObject {{m_matchKey->currentData().toString(), m_matchValue->text()}});
    else if (!m_givenMatch.isUndefined())
        body.insert(QStringLiteral("match"), m_givenMatch);
    if (m_givenAttributes.isObject() || !attributes.isEmpty())
        body.insert(QStringLiteral("attributes"), attributes);
    else if (!m_givenAttributes.isUndefined())
        body.insert(QStringLiteral("attributes"), m_givenAttributes);
    return body;
}

void RequestForm::setBody(const QJsonObject &body)
{
    m_filling = true;
    m_extras = body;
    m_extras.remove(QStringLiteral("match"));
    m_extras.remove(QStringLiteral("attributes"));
    showMatch(body.value(QLatin1String("match")));
    m_givenAttributes = body.value(QLatin1String("attributes"));
    fillRows(m_givenAttributes.toObject());
    updateKeptNote();
    m_filling = false;
}

// The two match widgets show a match on one known key with a text value; any other match block is
// kept as written until the user edits the match.
void RequestForm::showMatch(const QJsonValue &match)
{
    m_givenMatch = match;
    m_matchEdited = false;
    const QJsonObject o = match.toObject();
    const int keyIndex = o.size() == 1 ? m_matchKey->findData(o.begin().key()) : -1;
    if (keyIndex >= 0 && o.begin().value().isString()) {
        m_matchKey->setCurrentIndex(keyIndex);
        m_matchValue->setText(o.begin().value().toString());
    } else {
        m_matchValue->clear();
    }
}

bool RequestForm::matchShown() const
{
    if (m_matchEdited || m_givenMatch.isUndefined())
        return true;
    const QJsonObject o = m_givenMatch.toObject();
    return o.size() == 1 && m_matchKey->findData(o.begin().key()) >= 0 && o.begin().value().isString();
}

void RequestForm::fillRows(const QJsonObject &attributes)
{
    m_kept = {};
    int needed = 0;
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        needed = std::max(needed, indexOf(it.key()) + 1);
    ensureRows(needed);
    for (Row &row : m_rows) {
        const QJsonValue v = attributes.value(row.spec.name);
        row.editor->clear();
        if (v.isUndefined()) {
            row.set->setChecked(false);
            row.null->setChecked(false);
        } else if (v.isNull()) {
            row.set->setChecked(true);
            row.null->setChecked(true);
        } else if (row.editor->setValue(v)) {
            row.set->setChecked(true);
            row.null->setChecked(false);
        } else {
            row.set->setChecked(false);
            row.null->setChecked(false);
            m_kept.insert(row.spec.name, v);
        }
    }
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        if (indexOf(it.key()) < 0)
            m_kept.insert(it.key(), it.value());
    }
}

void RequestForm::updateKeptNote()
{
    QStringList notes;
    if (!m_kept.isEmpty())
        notes << tr("Kept from the JSON and sent as written: %1.").arg(m_kept.keys().join(QLatin1String(", ")));
    if (!matchShown())
        notes << tr("The match block is kept as written in the JSON tab.");
    if (!m_givenAttributes.isUndefined() && !m_givenAttributes.isObject())
        notes << tr("The attributes block is not an object; it is kept as written until a field is set.");
    if (!m_extras.isEmpty())
        notes << tr("Other blocks kept from the JSON: %1.").arg(m_extras.keys().join(QLatin1String(", ")));
    m_keptNote->setText(notes.join(QLatin1Char(' ')));
    m_keptNote->setVisible(!notes.isEmpty());
}

void RequestForm::setProblem(QLabel *label, QWidget *field, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    // An editor of several parts names in "keyHint" the keys that reach its other parts; a
    // problem is read first, the hint is kept.
    const QString hint = field->property("keyHint").toString();
    field->setToolTip(text.isEmpty() ? hint : text);
    QStringList description {text, hint};
    description.removeAll(QString());
    field->setAccessibleDescription(description.join(QLatin1Char('\n')));
    if (field->property("problem").toBool() == !text.isEmpty())
        return;
    field->setProperty("problem", !text.isEmpty());
    // A red frame on the field at fault, in any palette.
    field->setStyleSheet(text.isEmpty() ? QString() : QStringLiteral("border: 1px solid #d93025;"));
}

void RequestForm::showProblems(const Contract::ValidationProblems &problems)
{
    QHash<QString, QStringList> byField;
    QStringList matchProblems;
    for (const Contract::ValidationProblem &p : problems) {
        const QStringList tokens = Contract::JsonPointer::split(p.pointer);
        const QString text = (p.isError() ? tr("Error: ") : tr("Warning: ")) + p.message;
        if (tokens.value(0) == QLatin1String("match"))
            matchProblems << text;
        else if (tokens.value(0) == QLatin1String("attributes") && tokens.size() >= 2) {
            byField[tokens.at(1)] << text;
            ensureRows(indexOf(tokens.at(1)) + 1);
        }
    }
    setProblem(m_matchProblem, m_matchValue, matchProblems.join(QLatin1Char('\n')));
    for (Row &row : m_rows)
        setProblem(row.problem, row.editor->focusTarget(), byField.value(row.spec.name).join(QLatin1Char('\n')));
}

bool RequestForm::focusPointer(const QString &pointer)
{
    const QStringList tokens = Contract::JsonPointer::split(pointer);
    if (tokens.value(0) == QLatin1String("match")) {
        m_matchValue->setFocus(Qt::OtherFocusReason);
        return true;
    }
    if (tokens.value(0) == QLatin1String("attributes"))
        ensureRows(indexOf(tokens.value(1)) + 1);
    for (Row &row : m_rows) {
        if (tokens.value(0) == QLatin1String("attributes") && tokens.value(1) == row.spec.name) {
            row.editor->focusTarget()->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

void RequestForm::setPhoneRegion(const QString &region)
{
    if (region == m_phoneRegion)
        return;
    const QJsonObject before = body();
    m_phoneRegion = region;
    for (Row &row : m_rows)
        row.editor->setPhoneRegion(region);
    if (!m_filling && body() != before)
        Q_EMIT edited();
}

void RequestForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_matchKey->setEnabled(!readOnly);
    m_matchValue->setReadOnly(readOnly);
    for (Row &row : m_rows) {
        row.set->setEnabled(!readOnly);
        row.null->setEnabled(!readOnly);
        row.editor->setEnabled(!readOnly);
    }
}

void RequestForm::setReviewLook(bool review)
{
    QWidget *content = m_grid->parentWidget();
    QPalette look = content->parentWidget() ? content->parentWidget()->palette() : QPalette();
    if (review)
        for (const QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
            look.setColor(QPalette::Disabled, role, look.color(QPalette::Active, role));
    content->setPalette(look);
}

} // namespace AssertDesk::Ui
