#include "editors/fieldeditor.h"
#include "fieldcatalogue.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace AssertDesk;

namespace {

const QStringList stages {QStringLiteral("new"), QStringLiteral("working"), QStringLiteral("qualified")};
const QString ownerId = QStringLiteral("a11ce000-0000-4000-8000-000000000002");

// The editor the request form builds for a built-in field.
std::unique_ptr<Ui::FieldEditor> editorFor(const QString &fieldName)
{
    const Contract::FieldCatalogue catalogue = Contract::FieldCatalogue::builtIn();
    const Contract::FieldSpec *field = catalogue.field(fieldName);
    if (!field)
        return nullptr;
    return std::unique_ptr<Ui::FieldEditor>(Ui::FieldEditor::create(*field, stages, nullptr));
}

// JSON text, so a failed comparison shows both values.
QByteArray text(const QJsonValue &value)
{
    const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return json.mid(1, json.size() - 2);
}

QJsonObject contactRow(const QString &key, const QString &value, bool primary, const QStringList &labels)
{
    return {{key, value},
            {QStringLiteral("is_primary"), primary},
            {QStringLiteral("labels"), QJsonArray::fromStringList(labels)}};
}

QJsonObject emailRow(const QString &email, bool primary, const QStringList &labels)
{
    return contactRow(QStringLiteral("email"), email, primary, labels);
}

QJsonObject phoneRow(const QString &phone, bool primary, const QStringList &labels)
{
    return contactRow(QStringLiteral("phone_number"), phone, primary, labels);
}

QJsonObject fullAddress()
{
    return {{QStringLiteral("street_one"), QStringLiteral("1 Market St")},
            {QStringLiteral("street_two"), QStringLiteral("Suite 300")},
            {QStringLiteral("city"), QStringLiteral("San Francisco")},
            {QStringLiteral("state"), QStringLiteral("CA")},
            {QStringLiteral("country"), QStringLiteral("US")},
            {QStringLiteral("zip_code"), QStringLiteral("94105")}};
}

QJsonObject byRelatedId(const QString &id)
{
    return {{QStringLiteral("related_record_id"), id}};
}

QJsonObject byRelatedEmail(const QJsonValue &email)
{
    return {{QStringLiteral("related_record_match"), QJsonObject {{QStringLiteral("email"), email}}}};
}

} // namespace

// What a user fills into a form row comes out in the request as it went in, a cleared row is
// empty again, and a value a row cannot show is refused (the form then keeps it as JSON).
class TestFieldEditors final : public QObject
{
    Q_OBJECT

private:
    static void addValuesTheWidgetsWouldWriteOtherwise()
    {
        QTest::newRow("address, a part set to null")
            << QStringLiteral("address")
            << QJsonValue(QJsonObject {{QStringLiteral("city"), QJsonValue::Null},
                                       {QStringLiteral("zip_code"), QStringLiteral("94105")}});
        QTest::newRow("address, an empty part")
            << QStringLiteral("address")
            << QJsonValue(QJsonObject {{QStringLiteral("street_two"), QString()},
                                       {QStringLiteral("city"), QStringLiteral("Berlin")}});
        const QString ada = QStringLiteral("ada@example.com");
        QTest::newRow("emails, labels not in capitals")
            << QStringLiteral("contact_emails")
            << QJsonValue(QJsonArray {emailRow(ada, true, {QStringLiteral("work"), QStringLiteral("Personal")})});
        QTest::newRow("emails, labels with spaces or a comma")
            << QStringLiteral("contact_emails")
            << QJsonValue(QJsonArray {emailRow(ada, true, {QStringLiteral(" WORK "), QStringLiteral("WORK,MOBILE")})});
        QTest::newRow("emails, labels that are not text")
            << QStringLiteral("contact_emails")
            << QJsonValue(
                   QJsonArray {QJsonObject {{QStringLiteral("email"), ada},
                                            {QStringLiteral("is_primary"), true},
                                            {QStringLiteral("labels"), QJsonArray {1, QJsonValue::Null, QString()}}}});
        QTest::newRow("emails, labels as text")
            << QStringLiteral("contact_emails")
            << QJsonValue(QJsonArray {QJsonObject {{QStringLiteral("email"), ada},
                                                   {QStringLiteral("is_primary"), true},
                                                   {QStringLiteral("labels"), QStringLiteral("WORK")}}});
        QTest::newRow("emails, is_primary not a boolean")
            << QStringLiteral("contact_emails")
            << QJsonValue(QJsonArray {QJsonObject {{QStringLiteral("email"), ada},
                                                   {QStringLiteral("is_primary"), QStringLiteral("yes")},
                                                   {QStringLiteral("labels"), QJsonArray {}}},
                                      QJsonObject {{QStringLiteral("email"), QStringLiteral("b@example.com")},
                                                   {QStringLiteral("is_primary"), 0}}});
        QTest::newRow("emails, a row without is_primary or labels")
            << QStringLiteral("contact_emails")
            << QJsonValue(QJsonArray {QJsonObject {{QStringLiteral("email"), ada}}});
        QTest::newRow("phones, without is_primary, labels not in capitals")
            << QStringLiteral("contact_phone_numbers")
            << QJsonValue(QJsonArray {QJsonObject {{QStringLiteral("phone_number"), QStringLiteral("+14155551234")},
                                                   {QStringLiteral("labels"), QJsonArray {QStringLiteral("mobile")}}}});
        QJsonObject matchWithName = byRelatedEmail(QStringLiteral("owner@example.com"));
        QJsonObject match = matchWithName.value(QStringLiteral("related_record_match")).toObject();
        match.insert(QStringLiteral("name"), QStringLiteral("Sales"));
        matchWithName.insert(QStringLiteral("related_record_match"), match);
        QTest::newRow("reference, related_record_match with more than an email")
            << QStringLiteral("owner_team_id") << QJsonValue(matchWithName);
    }

private Q_SLOTS:
    void eachFieldGetsTheEditorForItsShape_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("editorClass");
        QTest::newRow("text") << QStringLiteral("first_name") << QByteArray("AssertDesk::Ui::LineFieldEditor");
        QTest::newRow("email") << QStringLiteral("primary_email") << QByteArray("AssertDesk::Ui::LineFieldEditor");
        QTest::newRow("phone") << QStringLiteral("primary_phone_number")
                               << QByteArray("AssertDesk::Ui::LineFieldEditor");
        QTest::newRow("url") << QStringLiteral("linkedin_url") << QByteArray("AssertDesk::Ui::LineFieldEditor");
        QTest::newRow("boolean") << QStringLiteral("sms_consent") << QByteArray("AssertDesk::Ui::BooleanFieldEditor");
        QTest::newRow("stage") << QStringLiteral("stage") << QByteArray("AssertDesk::Ui::StageFieldEditor");
        QTest::newRow("address") << QStringLiteral("address") << QByteArray("AssertDesk::Ui::AddressFieldEditor");
        QTest::newRow("user") << QStringLiteral("owner_user_id") << QByteArray("AssertDesk::Ui::ReferenceFieldEditor");
        QTest::newRow("team") << QStringLiteral("owner_team_id") << QByteArray("AssertDesk::Ui::ReferenceFieldEditor");
        QTest::newRow("emails") << QStringLiteral("contact_emails")
                                << QByteArray("AssertDesk::Ui::ContactListFieldEditor");
        QTest::newRow("phones") << QStringLiteral("contact_phone_numbers")
                                << QByteArray("AssertDesk::Ui::ContactListFieldEditor");
    }

    void eachFieldGetsTheEditorForItsShape()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, editorClass);
        const auto editor = editorFor(field);
        QVERIFY2(editor, qPrintable(field + QStringLiteral(" is not in the built-in catalogue")));
        QCOMPARE(QByteArray(editor->metaObject()->className()), editorClass);
    }

    // A value comes back exactly as written, also one the editor's widgets would write otherwise:
    // an empty or null address part, labels not in capitals or not a list of words, an is_primary
    // that is not a boolean, a row without is_primary or labels, more than an email in
    // related_record_match (the validator says what is wrong with those; the form keeps them).
    void valuesComeBackAsTheyWentIn_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("text") << QStringLiteral("first_name") << QJsonValue(QStringLiteral("Ada"));
        QTest::newRow("text, spaces and accents")
            << QStringLiteral("last_name") << QJsonValue(QStringLiteral(" Lovelace-Byron  Zoë 名前 "));
        QTest::newRow("text, empty") << QStringLiteral("title") << QJsonValue(QString());
        QTest::newRow("email") << QStringLiteral("primary_email") << QJsonValue(QStringLiteral("ada@example.com"));
        QTest::newRow("phone") << QStringLiteral("primary_phone_number") << QJsonValue(QStringLiteral("+14155551234"));
        QTest::newRow("url") << QStringLiteral("linkedin_url")
                             << QJsonValue(QStringLiteral("https://www.linkedin.com/in/ada"));
        QTest::newRow("boolean true") << QStringLiteral("sms_consent") << QJsonValue(true);
        QTest::newRow("boolean false") << QStringLiteral("sms_consent") << QJsonValue(false);
        QTest::newRow("stage in the list") << QStringLiteral("stage") << QJsonValue(QStringLiteral("working"));
        QTest::newRow("stage the list does not know")
            << QStringLiteral("stage") << QJsonValue(QStringLiteral("nurturing"));
        QTest::newRow("address, all parts") << QStringLiteral("address") << QJsonValue(fullAddress());
        QTest::newRow("address, some parts")
            << QStringLiteral("address")
            << QJsonValue(QJsonObject {{QStringLiteral("city"), QStringLiteral("Berlin")},
                                       {QStringLiteral("country"), QStringLiteral("DE")}});
        QTest::newRow("address, no parts") << QStringLiteral("address") << QJsonValue(QJsonObject {});
        QTest::newRow("reference, record id") << QStringLiteral("owner_user_id") << QJsonValue(ownerId);
        QTest::newRow("reference, related_record_id")
            << QStringLiteral("owner_user_id") << QJsonValue(byRelatedId(ownerId));
        QTest::newRow("reference, related_record_match")
            << QStringLiteral("owner_team_id") << QJsonValue(byRelatedEmail(QStringLiteral("owner@example.com")));
        QTest::newRow("emails, primary and labels")
            << QStringLiteral("contact_emails")
            << QJsonValue(QJsonArray {emailRow(QStringLiteral("ada@work.example"), true, {QStringLiteral("WORK")}),
                                      emailRow(QStringLiteral("ada@home.example"), false,
                                               {QStringLiteral("PERSONAL"), QStringLiteral("MOBILE")}),
                                      emailRow(QStringLiteral("ada@old.example"), false, {})});
        QTest::newRow("emails, none") << QStringLiteral("contact_emails") << QJsonValue(QJsonArray {});
        QTest::newRow("phones, primary and labels")
            << QStringLiteral("contact_phone_numbers")
            << QJsonValue(QJsonArray {phoneRow(QStringLiteral("+14155551234"), false, {QStringLiteral("WORK")}),
                                      phoneRow(QStringLiteral("+14155550000"), true, {QStringLiteral("MOBILE")})});
        addValuesTheWidgetsWouldWriteOtherwise();
    }

    void valuesComeBackAsTheyWentIn()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const auto editor = editorFor(field);
        QVERIFY(editor);
        QSignalSpy edited(editor.get(), &Ui::FieldEditor::edited);
        QVERIFY(editor->setValue(value));
        QCOMPARE(text(editor->value()), text(value));
        // Filling a row from the JSON tab is not the user typing into it.
        QCOMPARE(edited.count(), 0);
    }

    void clearEmptiesTheEditor_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("before");
        QTest::addColumn<QJsonValue>("cleared");
        QTest::newRow("text") << QStringLiteral("first_name") << QJsonValue(QStringLiteral("Ada"))
                              << QJsonValue(QString());
        QTest::newRow("email") << QStringLiteral("primary_email") << QJsonValue(QStringLiteral("ada@example.com"))
                               << QJsonValue(QString());
        // A boolean row has no empty state of its own (unset is the row's tick box): it shows its first choice.
        QTest::newRow("boolean") << QStringLiteral("sms_consent") << QJsonValue(false) << QJsonValue(true);
        QTest::newRow("stage") << QStringLiteral("stage") << QJsonValue(QStringLiteral("working"))
                               << QJsonValue(QString());
        QTest::newRow("address") << QStringLiteral("address") << QJsonValue(fullAddress())
                                 << QJsonValue(QJsonObject {});
        QTest::newRow("reference, match form")
            << QStringLiteral("owner_user_id") << QJsonValue(byRelatedEmail(QStringLiteral("owner@example.com")))
            << QJsonValue(QString());
        QTest::newRow("emails") << QStringLiteral("contact_emails")
                                << QJsonValue(QJsonArray {emailRow(QStringLiteral("ada@example.com"), true, {})})
                                << QJsonValue(QJsonArray {});
        QTest::newRow("phones") << QStringLiteral("contact_phone_numbers")
                                << QJsonValue(QJsonArray {phoneRow(QStringLiteral("+14155551234"), true, {})})
                                << QJsonValue(QJsonArray {});
    }

    void clearEmptiesTheEditor()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, before);
        QFETCH(QJsonValue, cleared);
        const auto editor = editorFor(field);
        QVERIFY(editor);
        const QByteArray fresh = text(editor->value());
        QVERIFY(editor->setValue(before));
        QCOMPARE(text(editor->value()), text(before));
        QSignalSpy edited(editor.get(), &Ui::FieldEditor::edited);
        editor->clear();
        QCOMPARE(text(editor->value()), text(cleared));
        // Cleared is how a row looks before anything was put in it.
        QCOMPARE(text(editor->value()), fresh);
        QCOMPARE(edited.count(), 0);
    }

    void refusesWhatItCannotShow_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("shown");
        QTest::addColumn<QJsonValue>("refused");
        const QJsonValue ada(QStringLiteral("Ada"));
        QTest::newRow("text, a number") << QStringLiteral("first_name") << ada << QJsonValue(12);
        QTest::newRow("text, a boolean") << QStringLiteral("first_name") << ada << QJsonValue(true);
        QTest::newRow("text, an object") << QStringLiteral("first_name") << ada
                                         << QJsonValue(QJsonObject {{QStringLiteral("a"), 1}});
        QTest::newRow("text, null") << QStringLiteral("first_name") << ada << QJsonValue(QJsonValue::Null);
        QTest::newRow("email, a list") << QStringLiteral("primary_email")
                                       << QJsonValue(QStringLiteral("ada@example.com"))
                                       << QJsonValue(QJsonArray {QStringLiteral("ada@example.com")});
        QTest::newRow("phone, a number") << QStringLiteral("primary_phone_number")
                                         << QJsonValue(QStringLiteral("+14155551234")) << QJsonValue(14155551234.0);
        QTest::newRow("boolean, text") << QStringLiteral("sms_consent") << QJsonValue(false)
                                       << QJsonValue(QStringLiteral("true"));
        QTest::newRow("boolean, a number") << QStringLiteral("sms_consent") << QJsonValue(false) << QJsonValue(1);
        QTest::newRow("stage, a number") << QStringLiteral("stage") << QJsonValue(QStringLiteral("working"))
                                         << QJsonValue(3);
        QTest::newRow("stage, an object")
            << QStringLiteral("stage") << QJsonValue(QStringLiteral("working"))
            << QJsonValue(QJsonObject {{QStringLiteral("api_name"), QStringLiteral("new")}});
        QTest::newRow("address, text") << QStringLiteral("address") << QJsonValue(fullAddress())
                                       << QJsonValue(QStringLiteral("1 Market St, San Francisco"));
        QTest::newRow("address, a part it has no box for")
            << QStringLiteral("address") << QJsonValue(fullAddress())
            << QJsonValue(QJsonObject {{QStringLiteral("planet"), QStringLiteral("Mars")}});
        QTest::newRow("address, a part that is not text")
            << QStringLiteral("address") << QJsonValue(fullAddress())
            << QJsonValue(QJsonObject {{QStringLiteral("zip_code"), 94105}});
        QTest::newRow("reference, a number")
            << QStringLiteral("owner_user_id") << QJsonValue(ownerId) << QJsonValue(42);
        QTest::newRow("reference, an id that is not text")
            << QStringLiteral("owner_user_id") << QJsonValue(ownerId)
            << QJsonValue(QJsonObject {{QStringLiteral("related_record_id"), 7}});
        QTest::newRow("reference, two forms at once")
            << QStringLiteral("owner_user_id") << QJsonValue(byRelatedId(ownerId))
            << QJsonValue(QJsonObject {{QStringLiteral("related_record_id"), ownerId},
                                       {QStringLiteral("related_record_match"),
                                        QJsonObject {{QStringLiteral("email"), QStringLiteral("o@example.com")}}}});
        QTest::newRow("reference, match on a key other than email")
            << QStringLiteral("owner_team_id") << QJsonValue(ownerId)
            << QJsonValue(QJsonObject {{QStringLiteral("related_record_match"),
                                        QJsonObject {{QStringLiteral("name"), QStringLiteral("Sales")}}}});
        QTest::newRow("reference, match email not text")
            << QStringLiteral("owner_team_id") << QJsonValue(ownerId) << QJsonValue(byRelatedEmail(5));
        const QJsonValue oneEmail(QJsonArray {emailRow(QStringLiteral("ada@example.com"), true, {})});
        QTest::newRow("emails, one object") << QStringLiteral("contact_emails") << oneEmail
                                            << QJsonValue(emailRow(QStringLiteral("bob@example.com"), true, {}));
        QTest::newRow("emails, a row that is text")
            << QStringLiteral("contact_emails") << oneEmail << QJsonValue(QJsonArray {QStringLiteral("b@example.com")});
        QTest::newRow("emails, a row without an email")
            << QStringLiteral("contact_emails") << oneEmail
            << QJsonValue(QJsonArray {QJsonObject {{QStringLiteral("is_primary"), true}}});
        QJsonObject withNote = emailRow(QStringLiteral("bob@example.com"), true, {});
        withNote.insert(QStringLiteral("note"), QStringLiteral("met at a fair"));
        QTest::newRow("emails, a row with a key it has no column for")
            << QStringLiteral("contact_emails") << oneEmail << QJsonValue(QJsonArray {withNote});
        QTest::newRow("text, longer than the line holds")
            << QStringLiteral("title") << ada << QJsonValue(QString(40000, QLatin1Char('x')));
        QTest::newRow("phones, an email row")
            << QStringLiteral("contact_phone_numbers")
            << QJsonValue(QJsonArray {phoneRow(QStringLiteral("+14155551234"), true, {})})
            << QJsonValue(QJsonArray {emailRow(QStringLiteral("bob@example.com"), true, {})});
    }

    void refusesWhatItCannotShow()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, shown);
        QFETCH(QJsonValue, refused);
        const auto editor = editorFor(field);
        QVERIFY(editor);
        QVERIFY(editor->setValue(shown));
        QVERIFY(!editor->setValue(refused));
        // Refused means untouched: what was shown stays.
        QCOMPARE(text(editor->value()), text(shown));
    }

    // A user's edit of one part changes that part alone; the rest stays as it was written.
    void anEditChangesOnlyThePartEdited_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("given");
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QJsonValue>("expected");
        const QJsonObject address {{QStringLiteral("street_two"), QString()},
                                   {QStringLiteral("city"), QJsonValue::Null},
                                   {QStringLiteral("zip_code"), QStringLiteral("94105")}};
        QJsonObject withStreet = address;
        withStreet.insert(QStringLiteral("street_one"), QStringLiteral("1 Main St"));
        QTest::newRow("address, typing a street") << QStringLiteral("address") << QJsonValue(address)
                                                  << QStringLiteral("type street_one") << QJsonValue(withStreet);
        QJsonObject withoutZip = address;
        withoutZip.remove(QStringLiteral("zip_code"));
        QTest::newRow("address, emptying the ZIP") << QStringLiteral("address") << QJsonValue(address)
                                                   << QStringLiteral("empty zip_code") << QJsonValue(withoutZip);
        const QJsonObject odd {{QStringLiteral("email"), QStringLiteral("ada@example.com")},
                               {QStringLiteral("is_primary"), QStringLiteral("yes")},
                               {QStringLiteral("labels"), QJsonArray {QStringLiteral("work")}}};
        const QJsonObject bare {{QStringLiteral("email"), QStringLiteral("b@example.com")}};
        QJsonObject bareLabelled = bare;
        bareLabelled.insert(QStringLiteral("labels"), QJsonArray {QStringLiteral("PERSONAL"), QStringLiteral("WORK")});
        QTest::newRow("emails, labels of the second row")
            << QStringLiteral("contact_emails") << QJsonValue(QJsonArray {odd, bare})
            << QStringLiteral("labels 1 personal, work") << QJsonValue(QJsonArray {odd, bareLabelled});
        QJsonObject barePrimary = bare;
        barePrimary.insert(QStringLiteral("is_primary"), true);
        QTest::newRow("emails, primary of the second row")
            << QStringLiteral("contact_emails") << QJsonValue(QJsonArray {odd, bare}) << QStringLiteral("primary 1")
            << QJsonValue(QJsonArray {odd, barePrimary});
        QTest::newRow("reference, the match email")
            << QStringLiteral("owner_team_id")
            << QJsonValue(QJsonObject {{QStringLiteral("related_record_match"),
                                        QJsonObject {{QStringLiteral("email"), QStringLiteral("a@example.com")},
                                                     {QStringLiteral("name"), QStringLiteral("Sales")}}}})
            << QStringLiteral("type owner_team_id")
            << QJsonValue(QJsonObject {{QStringLiteral("related_record_match"),
                                        QJsonObject {{QStringLiteral("email"), QStringLiteral("a@example.com.x")},
                                                     {QStringLiteral("name"), QStringLiteral("Sales")}}}});
    }

    void anEditChangesOnlyThePartEdited()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, given);
        QFETCH(QString, edit);
        QFETCH(QJsonValue, expected);
        const auto editor = editorFor(field);
        QVERIFY(editor);
        QVERIFY(editor->setValue(given));
        QSignalSpy edited(editor.get(), &Ui::FieldEditor::edited);
        const QStringList words = edit.split(QLatin1Char(' '));
        if (words.first() == QLatin1String("type") || words.first() == QLatin1String("empty")) {
            const QString name = field == QLatin1String("address") ? QStringLiteral("edit_address_") + words.at(1)
                                                                   : QStringLiteral("edit_") + field;
            auto *line = editor->findChild<QLineEdit *>(name);
            QVERIFY2(line, qPrintable(name));
            line->end(false);
            if (words.first() == QLatin1String("empty"))
                while (!line->text().isEmpty())
                    QTest::keyClick(line, Qt::Key_Backspace);
            else
                QTest::keyClicks(
                    line, field == QLatin1String("address") ? QStringLiteral("1 Main St") : QStringLiteral(".x"));
        } else {
            auto *table = editor->findChild<QTableWidget *>(QStringLiteral("edit_") + field);
            QVERIFY(table);
            const int row = words.at(1).toInt();
            if (words.first() == QLatin1String("labels"))
                table->item(row, 2)->setText(edit.section(QLatin1Char(' '), 2));
            else
                table->item(row, 1)->setCheckState(Qt::Checked);
        }
        QVERIFY(edited.count() > 0);
        QCOMPARE(text(editor->value()), text(expected));
    }

    // What a cell cannot show exactly is shown as written and cannot be changed there.
    void cellsShownAsWrittenCannotBeEdited()
    {
        const auto editor = editorFor(QStringLiteral("contact_emails"));
        QVERIFY(editor);
        QVERIFY(editor->setValue(QJsonArray {QJsonObject {{QStringLiteral("email"), QStringLiteral("a@example.com")},
                                                          {QStringLiteral("is_primary"), QStringLiteral("yes")},
                                                          {QStringLiteral("labels"), QStringLiteral("WORK")}}}));
        auto *table = editor->findChild<QTableWidget *>(QStringLiteral("edit_contact_emails"));
        QVERIFY(table);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("\"yes\""));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("\"WORK\""));
        for (int column : {1, 2}) {
            const Qt::ItemFlags flags = table->item(0, column)->flags();
            QVERIFY(!(flags & Qt::ItemIsEditable));
            QVERIFY(!(flags & Qt::ItemIsUserCheckable));
        }
    }

    // The labels cell offers the labels the API allows, and Tab reaches it from the address (then
    // leaves the table) instead of skipping it.
    void labelsAreOfferedAndReachedByTab()
    {
        const auto editor = editorFor(QStringLiteral("contact_emails"));
        QVERIFY(editor);
        editor->setValue(QJsonArray {emailRow(QStringLiteral("ada@example.com"), true, {QStringLiteral("WORK")})});
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
        auto *table = editor->findChild<QTableWidget *>(QStringLiteral("edit_contact_emails"));
        QVERIFY(table);
        table->setFocus();
        table->setCurrentCell(0, 0);
        QTest::keyClick(table, Qt::Key_Tab);
        QCOMPARE(table->currentColumn(), 1);
        QTest::keyClick(table, Qt::Key_Tab);
        QCOMPARE(table->currentColumn(), 2);
        table->editItem(table->item(0, 2));
        auto *cell = table->findChild<QLineEdit *>(QStringLiteral("labelsEditor"));
        auto *menu = table->findChild<QMenu *>(QStringLiteral("labelsMenu"));
        QVERIFY(cell && menu);
        QCOMPARE(cell->text(), QStringLiteral("WORK"));
        QStringList offered;
        for (QAction *a : menu->actions())
            offered << a->text();
        QCOMPARE(offered, (QStringList {QStringLiteral("PERSONAL"), QStringLiteral("WORK"), QStringLiteral("MOBILE")}));
        Q_EMIT menu->aboutToShow();
        QVERIFY(menu->actions().at(1)->isChecked()); // WORK, as the cell has it
        menu->actions().at(2)->trigger();
        QCOMPARE(cell->text(), QStringLiteral("WORK, MOBILE"));
        QTest::keyClick(cell, Qt::Key_Return); // the cell closes and writes what was chosen
        QTRY_COMPARE(table->item(0, 2)->text(), QStringLiteral("WORK, MOBILE"));
        QCOMPARE(editor->value().toArray().at(0).toObject().value(QStringLiteral("labels")).toArray(),
                 (QJsonArray {QStringLiteral("WORK"), QStringLiteral("MOBILE")}));
    }

    // An editor of several parts is one Tab stop: the address's first part and the owner's text
    // take Tab, and the arrow keys reach the other parts from a text's start or end; what is typed
    // there is in the request.
    void arrowsReachTheOtherPartsOfAnEditor()
    {
        const auto address = editorFor(QStringLiteral("address"));
        QVERIFY(address);
        address->show();
        QVERIFY(QTest::qWaitForWindowExposed(address.get()));
        QList<QLineEdit *> parts;
        for (const QString &key : Contract::FieldCatalogue::addressKeys())
            parts << address->findChild<QLineEdit *>(QStringLiteral("edit_address_") + key);
        QVERIFY(!parts.contains(nullptr));
        for (QLineEdit *part : std::as_const(parts)) {
            QCOMPARE(bool(part->focusPolicy() & Qt::TabFocus), part == parts.first());
            QVERIFY(!part->accessibleName().isEmpty());
        }
        parts.at(0)->setFocus();
        QTRY_VERIFY(parts.at(0)->hasFocus());
        QTest::keyClicks(parts.at(0), QStringLiteral("1 Market St"));
        QTest::keyClick(parts.at(0), Qt::Key_Left); // inside the text: the cursor moves
        QVERIFY(parts.at(0)->hasFocus());
        QTest::keyClick(parts.at(0), Qt::Key_End);
        QTest::keyClick(parts.at(0), Qt::Key_Right); // at its end: on to Street 2
        QVERIFY(parts.at(1)->hasFocus());
        QTest::keyClick(parts.at(1), Qt::Key_Down); // the part below: State
        QVERIFY(parts.at(3)->hasFocus());
        QTest::keyClicks(parts.at(3), QStringLiteral("CA"));
        QTest::keyClick(parts.at(3), Qt::Key_Down); // ZIP
        QTest::keyClicks(parts.at(5), QStringLiteral("94105"));
        QTest::keyClick(parts.at(5), Qt::Key_Home);
        QTest::keyClick(parts.at(5), Qt::Key_Left); // from the start: back to Country
        QVERIFY(parts.at(4)->hasFocus());
        QTest::keyClicks(parts.at(4), QStringLiteral("US"));
        QCOMPARE(text(address->value()),
                 text(QJsonObject {{QStringLiteral("street_one"), QStringLiteral("1 Market St")},
                                   {QStringLiteral("state"), QStringLiteral("CA")},
                                   {QStringLiteral("country"), QStringLiteral("US")},
                                   {QStringLiteral("zip_code"), QStringLiteral("94105")}}));

        const auto owner = editorFor(QStringLiteral("owner_user_id"));
        QVERIFY(owner);
        owner->show();
        QVERIFY(QTest::qWaitForWindowExposed(owner.get()));
        auto *form = owner->findChild<QComboBox *>(QStringLiteral("form_owner_user_id"));
        auto *edit = owner->findChild<QLineEdit *>(QStringLiteral("edit_owner_user_id"));
        QVERIFY(form && edit);
        QVERIFY(!(form->focusPolicy() & Qt::TabFocus));
        QVERIFY(edit->focusPolicy() & Qt::TabFocus);
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, QStringLiteral("owner@example.com"));
        QTest::keyClick(edit, Qt::Key_Home);
        QTest::keyClick(edit, Qt::Key_Left); // from the text's start: the form
        QVERIFY(form->hasFocus());
        QTest::keyClick(form, Qt::Key_Down); // the combo box's own keys choose
        QTest::keyClick(form, Qt::Key_Down);
        QCOMPARE(form->currentIndex(), 2);
        QTest::keyClick(form, Qt::Key_Right); // and back into the text
        QVERIFY(edit->hasFocus());
        QCOMPARE(text(owner->value()), text(byRelatedEmail(QStringLiteral("owner@example.com"))));
    }

    // In an email or phone table, Insert adds a row to type into and Delete removes the selected
    // one, as the buttons (which Tab passes over) do.
    void insertAndDeleteAddAndRemoveTableRows()
    {
        const auto editor = editorFor(QStringLiteral("contact_emails"));
        QVERIFY(editor);
        editor->setValue(QJsonArray {emailRow(QStringLiteral("ada@example.com"), true, {})});
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
        auto *table = editor->findChild<QTableWidget *>(QStringLiteral("edit_contact_emails"));
        auto *add = editor->findChild<QWidget *>(QStringLiteral("add_contact_emails"));
        auto *remove = editor->findChild<QWidget *>(QStringLiteral("remove_contact_emails"));
        QVERIFY(table && add && remove);
        QVERIFY(!(add->focusPolicy() & Qt::TabFocus));
        QVERIFY(!(remove->focusPolicy() & Qt::TabFocus));
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Insert);
        QCOMPARE(table->rowCount(), 2);
        auto *cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(cell); // the new row's address is being edited
        QTest::keyClicks(cell, QStringLiteral("grace@example.com"));
        QTest::keyClick(cell, Qt::Key_Return);
        QTRY_VERIFY(table->hasFocus());
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("grace@example.com"));
        table->setCurrentCell(0, 0);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(table->rowCount(), 1);
        const QJsonArray rows = editor->value().toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("email")).toString(), QStringLiteral("grace@example.com"));
    }
};

QTEST_MAIN(TestFieldEditors)
#include "tst_fieldeditors.moc"
