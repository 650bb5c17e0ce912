#pragma once

#include "fieldeditor.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableWidget;

namespace AssertDesk::Ui {

// Text, email, phone, URL, number, and any JSON for schema fields without an editor of their own.
class LineFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineFieldEditor)

public:
    LineFieldEditor(const Contract::FieldSpec &field, QWidget *parent);
    QJsonValue value() const override;
    bool setValue(const QJsonValue &value) override;
    void clear() override;
    QWidget *focusTarget() override;

private:
    Contract::WriteShape m_shape;
    QLineEdit *m_edit;
};

class BooleanFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BooleanFieldEditor)

public:
    BooleanFieldEditor(const Contract::FieldSpec &field, QWidget *parent);
    QJsonValue value() const override;
    bool setValue(const QJsonValue &value) override;
    void clear() override;
    QWidget *focusTarget() override;

private:
    QComboBox *m_combo;
};

class StageFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageFieldEditor)

public:
    StageFieldEditor(const Contract::FieldSpec &field, const QStringList &stages, QWidget *parent);
    QJsonValue value() const override;
    bool setValue(const QJsonValue &value) override;
    void clear() override;
    QWidget *focusTarget() override;

private:
    QComboBox *m_combo;
};

class AddressFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressFieldEditor)

public:
    AddressFieldEditor(const Contract::FieldSpec &field, QWidget *parent);
    QJsonValue value() const override;
    bool setValue(const QJsonValue &value) override;
    void clear() override;
    QWidget *focusTarget() override;

private:
    QList<QLineEdit *> m_parts;
};

// A UUID, {"related_record_id": UUID} or {"related_record_match": {"email": ...}}.
class ReferenceFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceFieldEditor)

public:
    ReferenceFieldEditor(const Contract::FieldSpec &field, QWidget *parent);
    QJsonValue value() const override;
    bool setValue(const QJsonValue &value) override;
    void clear() override;
    QWidget *focusTarget() override;

private:
    QComboBox *m_form;
    QLineEdit *m_edit;
};

// contact_emails or contact_phone_numbers: rows with a primary mark and labels.
class ContactListFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactListFieldEditor)

public:
    ContactListFieldEditor(const Contract::FieldSpec &field, QWidget *parent);
    QJsonValue value() const override;
    bool setValue(const QJsonValue &value) override;
    void clear() override;
    QWidget *focusTarget() override;

private:
    void addRow(const QString &value, bool primary, const QString &labels);
    QString m_key; // "email" or "phone_number"
    QTableWidget *m_table;
};

} // namespace AssertDesk::Ui
