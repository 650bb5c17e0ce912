#include "responsetreemodel.h"
#include "localtime.h"

#include "visibletext.h"

#include <QTextDocument>

#include "jsonpointer.h"

#include <QColor>

#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>
#include <optional>

namespace AssertDesk::Ui {

using Contract::TypedValue;

// A row: an attribute, an element of a list attribute, or one key of an object value.
struct ResponseTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    const TypedValue *value = nullptr; // attribute or list element
    std::optional<TypedValue> owned;   // a list element typed on demand
    QString key;                       // for a key of an object value
    QJsonValue keyValue;
    QString pointer;
    mutable std::vector<std::unique_ptr<Node>> children;
    mutable bool built = false;
};

namespace {

bool hasObjectChildren(const TypedValue *v)
{
    return v && v->kind != TypedValue::Kind::List && v->kind != TypedValue::Kind::Null && v->value.isObject()
        && !v->value.toObject().isEmpty();
}

QString plainText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isNull())
        return QStringLiteral("null");
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}

// What was sent for a field, unwrapped from an envelope, when it can be compared as a scalar.
QJsonValue sentScalar(const QJsonObject &sent, const QString &name)
{
    QJsonValue v = sent.value(name);
    const QJsonObject o = v.toObject();
    if (v.isObject() && o.contains(QLatin1String("value")) && o.contains(QLatin1String("value_type")))
        v = o.value(QLatin1String("value"));
    return v.isString() || v.isBool() || v.isDouble() ? v : QJsonValue(QJsonValue::Undefined);
}

} // namespace

ResponseTreeModel::ResponseTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

ResponseTreeModel::~ResponseTreeModel() = default;

void ResponseTreeModel::setResponse(std::shared_ptr<const Contract::AssertResponse> response,
                                    const QJsonObject &sentAttributes)
{
    beginResetModel();
    m_response = std::move(response);
    m_sent = sentAttributes;
    m_root = std::make_unique<Node>();
    if (m_response) {
        // Fields with a value first: they are what a person came to read; empty ones follow.
        std::vector<const TypedValue *> ordered;
        for (const TypedValue &t : m_response->attributes())
            ordered.push_back(&t);
        std::stable_partition(ordered.begin(), ordered.end(), [](const TypedValue *t) {
            return t->kind != TypedValue::Kind::Null && !(t->kind == TypedValue::Kind::List && t->count() == 0);
        });
        for (const TypedValue *tp : ordered) {
            const TypedValue &t = *tp;
            auto n = std::make_unique<Node>();
            n->parent = m_root.get();
            n->row = int(m_root->children.size());
            n->value = &t;
            n->pointer = t.pointer;
            m_root->children.push_back(std::move(n));
        }
    }
    m_root->built = true;
    endResetModel();
}

void ResponseTreeModel::clear()
{
    setResponse(nullptr, {});
}

QStringList ResponseTreeModel::changedFields() const
{
    QStringList out;
    for (const auto &n : m_root->children)
        if (data(createIndex(n->row, ValueColumn, n.get()), ChangedRole).toBool())
            out << n->value->name;
    return out;
}

ResponseTreeModel::Node *ResponseTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

int ResponseTreeModel::childTotal(const Node *node)
{
    if (!node->value)
        return 0;
    if (node->value->kind == TypedValue::Kind::List)
        return int(node->value->count());
    return hasObjectChildren(node->value) ? int(node->value->value.toObject().size()) : 0;
}

void ResponseTreeModel::ensureChildren(Node *node, int upTo) const
{
    if (node == m_root.get() || !node->value)
        return;
    const TypedValue *v = node->value;
    if (v->kind == TypedValue::Kind::List) {
        for (int i = int(node->children.size()); i < upTo && i < v->count(); ++i) {
            auto n = std::make_unique<Node>();
            n->parent = node;
            n->row = i;
            n->owned = v->item(i);
            if (m_response && m_response->exactNumbers().contains(n->owned->pointer))
                n->owned->literal = QString::fromLatin1(m_response->exactNumbers().value(n->owned->pointer));
            n->value = &*n->owned;
            n->pointer = n->owned->pointer;
            node->children.push_back(std::move(n));
        }
        return;
    }
    if (node->built)
        return;
    node->built = true;
    const QJsonObject o = v->value.toObject();
    int row = 0;
    for (auto it = o.begin(); it != o.end(); ++it) {
        auto n = std::make_unique<Node>();
        n->parent = node;
        n->row = row++;
        n->key = it.key();
        n->keyValue = it.value();
        n->pointer = Contract::JsonPointer::append(v->pointer, it.key());
        node->children.push_back(std::move(n));
    }
}

QModelIndex ResponseTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    Node *p = nodeFor(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children.at(row).get());
}

QModelIndex ResponseTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *n = static_cast<Node *>(child.internalPointer());
    if (!n->parent || n->parent == m_root.get())
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int ResponseTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    Node *n = nodeFor(parent);
    if (n != m_root.get() && n->value && n->value->kind != TypedValue::Kind::List)
        ensureChildren(n, 0);
    return int(n->children.size());
}

int ResponseTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ResponseTreeModel::hasChildren(const QModelIndex &parent) const
{
    Node *n = nodeFor(parent);
    return n == m_root.get() ? !n->children.empty() : childTotal(n) > 0;
}

bool ResponseTreeModel::canFetchMore(const QModelIndex &parent) const
{
    Node *n = nodeFor(parent);
    return n != m_root.get() && n->value && n->value->kind == TypedValue::Kind::List
        && int(n->children.size()) < childTotal(n);
}

void ResponseTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *n = nodeFor(parent);
    const int have = int(n->children.size());
    const int upTo = qMin(childTotal(n), have + kPageSize);
    if (upTo <= have)
        return;
    beginInsertRows(parent, have, upTo - 1);
    ensureChildren(n, upTo);
    endInsertRows();
}

QVariant ResponseTreeModel::data(const QModelIndex &index, int role) const
{
    const QVariant v = cellData(index, role);
    if (v.typeId() != QMetaType::QString)
        return v;
    if (role == Qt::DisplayRole)
        return Contract::visibleText(v.toString());
    if (role == Qt::ToolTipRole) {
        const QString text = Contract::visibleText(v.toString(), true);
        if (!Qt::mightBeRichText(text))
            return text;
        return QString(QStringLiteral("<qt>") + text.toHtmlEscaped() + QStringLiteral("</qt>"));
    }
    return v;
}

QVariant ResponseTreeModel::cellData(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = static_cast<Node *>(index.internalPointer());
    if (role == PointerRole)
        return n->pointer;
    if (!n->value) { // a key of an object value
        if (role == CopyRole)
            return plainText(n->keyValue);
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case FieldColumn: return n->key;
        case ValueColumn: return plainText(n->keyValue);
        default: return {};
        }
    }
    const TypedValue *v = n->value;
    const bool topLevel = n->parent == m_root.get();
    bool changed = false;
    QJsonValue sent;
    if (topLevel && v->kind != TypedValue::Kind::List) {
        sent = sentScalar(m_sent, v->name);
        if (!sent.isUndefined()) {
            const QJsonValue stored
                = v->kind == TypedValue::Kind::Stage ? v->value.toObject().value(QLatin1String("api_name")) : v->value;
            changed = stored != sent;
        }
    }
    switch (role) {
    case ChangedRole: return changed;
    case CopyRole: return v->kind == TypedValue::Kind::Timestamp ? v->value.toString() : v->display();
    case Qt::DisplayRole:
        switch (index.column()) {
        case FieldColumn: return v->name;
        case ValueColumn:
            if (v->kind == TypedValue::Kind::Timestamp && v->timestamp().isValid())
                return LocalTime::text(v->timestamp());
            return v->display();
        case TypeColumn: {
            QString type = v->valueType.isEmpty() ? tr("(no type)") : v->valueType;
            if (v->kind == TypedValue::Kind::List)
                type = v->valueType.isEmpty() ? tr("list") : tr("list of %1").arg(type);
            return v->note.isEmpty() ? type : type + QStringLiteral(" — ") + v->note;
        }
        default: return {};
        }
    case Qt::ToolTipRole:
        if (changed)
            return tr("You sent %1; the server stored %2.").arg(plainText(sent), v->display());
        if (v->kind == TypedValue::Kind::Timestamp && v->timestamp().isValid())
            return LocalTime::utc(v->timestamp());
        return v->display();
    case Qt::DecorationRole:
        if (index.column() == ValueColumn && !v->stageColor().isEmpty() && QColor::isValidColorName(v->stageColor()))
            return QColor::fromString(v->stageColor());
        return {};
    case Qt::FontRole:
        if (v->isPrimary() || changed) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole: return changed ? QVariant(QColor(255, 236, 179)) : QVariant();
    case Qt::ForegroundRole: return changed ? QVariant(QColor(Qt::black)) : QVariant();
    default: return {};
    }
}

QVariant ResponseTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn: return tr("Field");
    case ValueColumn: return tr("Value");
    case TypeColumn: return tr("Type");
    default: return {};
    }
}

} // namespace AssertDesk::Ui
