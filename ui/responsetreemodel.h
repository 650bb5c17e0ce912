#pragma once

#include "assertresponse.h"

#include <QAbstractItemModel>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace AssertDesk::Ui {

// The typed tree of a response: Field, Value, Type. Values read as a person reads them (local
// time with UTC in the tooltip, stage colours, the primary email marked); long lists load their
// rows a page at a time; fields the server stored differently from what was sent stand out.
class ResponseTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseTreeModel)

public:
    enum Column { FieldColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role { PointerRole = Qt::UserRole + 1, ChangedRole, CopyRole };
    static constexpr int kPageSize = 500;

    explicit ResponseTreeModel(QObject *parent = nullptr);
    ~ResponseTreeModel() override;

    // `sentAttributes`: the request's attributes, to mark what the server changed.
    void setResponse(std::shared_ptr<const Contract::AssertResponse> response, const QJsonObject &sentAttributes);
    void clear();
    QStringList changedFields() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Text the server wrote is shown, never obeyed: control characters and bidi overrides as
    // escapes, tooltips as escaped text (a tooltip would otherwise render HTML).
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant cellData(const QModelIndex &index, int role) const;
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    static int childTotal(const Node *node);
    void ensureChildren(Node *node, int upTo) const;

    std::shared_ptr<const Contract::AssertResponse> m_response;
    std::unique_ptr<Node> m_root;
    QJsonObject m_sent;
};

} // namespace AssertDesk::Ui
