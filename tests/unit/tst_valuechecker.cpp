#include "tst_valuechecker.h"

#include "valuechecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace AssertDesk::Contract;

// The checker on its own, one field shape at a time: what the request validator and the sandbox
// both rely on to judge a value. tst_requestvalidator covers the same rules through whole requests.
namespace {

const QString kPointer = QStringLiteral("/attributes/the_field");
const QString kLabel = QStringLiteral("The field");
const QString kUuid = QStringLiteral("3c90c3cc-0d44-4b50-8888-8dd25736052a");

FieldSpec fieldOf(WriteShape shape)
{
    FieldSpec field;
    field.name = QStringLiteral("the_field");
    field.label = kLabel;
    field.shape = shape;
    return field;
}

// Any JSON value, scalars included, from its text.
QJsonValue json(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text.toUtf8() + ']', &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        qFatal("bad JSON in a test row: %s", qPrintable(text));
    return doc.array().first();
}

// Phone numbers written without +country code are read as numbers of the United States, unless
// a test says otherwise.
ValidationProblems check(WriteShape shape, const QString &value, const QString &phoneRegion = QStringLiteral("US"))
{
    ValidationProblems out;
    ValueChecker::check(fieldOf(shape), json(value), kPointer, out, phoneRegion);
    return out;
}

QString describe(const ValidationProblems &problems)
{
    QStringList lines;
    for (const auto &p : problems)
        lines << p.severityName() + QLatin1Char(' ') + p.pointer + QLatin1Char(' ') + p.code + QStringLiteral(": ")
                + p.message;
    return lines.join(QLatin1String("; "));
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

void good(const char *name, WriteShape shape, const QString &value)
{
    QTest::newRow(name) << int(shape) << value;
}

// pointer is relative to the field's own pointer; a warning unless isError.
void bad(const char *name, WriteShape shape, const QString &value, const QString &pointer, const char *code,
         bool isError = true)
{
    QTest::newRow(name) << int(shape) << value << (kPointer + pointer) << QString::fromLatin1(code) << isError;
}

void badScalarRows()
{
    const char *invalid = "field_value_invalid";
    bad("text given a number", WriteShape::Text, QStringLiteral("42"), {}, invalid);
    bad("text given a list", WriteShape::Text, QStringLiteral(R"(["VP"])"), {}, invalid);
    bad("text padded", WriteShape::Text, quoted(QStringLiteral(" VP")), {}, "surrounding_whitespace", false);
    bad("email without domain", WriteShape::Email, quoted(QStringLiteral("sarah@")), {}, invalid);
    bad("email without name", WriteShape::Email, quoted(QStringLiteral("@acme.com")), {}, invalid);
    bad("email with two @", WriteShape::Email, quoted(QStringLiteral("sarah@@acme.com")), {}, invalid);
    bad("email with ..", WriteShape::Email, quoted(QStringLiteral("sarah..chen@acme.com")), {}, invalid);
    bad("email name ends in .", WriteShape::Email, quoted(QStringLiteral("sarah.@acme.com")), {}, invalid);
    bad("email without a dot in the domain", WriteShape::Email, quoted(QStringLiteral("sarah@acme")), {}, invalid);
    bad("email with a space", WriteShape::Email, quoted(QStringLiteral("sarah chen@acme.com")), {}, invalid);
    bad("email domain starts with -", WriteShape::Email, quoted(QStringLiteral("sarah@-acme.com")), {}, invalid);
    bad("email name over 64", WriteShape::Email, quoted(QString(65, QLatin1Char('s')) + QStringLiteral("@acme.com")),
        {}, invalid);
    bad("email padded", WriteShape::Email, quoted(QStringLiteral("sarah@acme.com ")), {}, "surrounding_whitespace",
        false);
    bad("phone in words", WriteShape::Phone, quoted(QStringLiteral("call me")), {}, invalid);
    bad("phone of 6 digits", WriteShape::Phone, quoted(QStringLiteral("+1 55512")), {}, invalid);
    bad("phone of 16 digits", WriteShape::Phone, quoted(QStringLiteral("+1234567890123456")), {}, invalid);
    bad("phone with a country code no country has", WriteShape::Phone, quoted(QStringLiteral("+04155551234")), {},
        invalid);
    bad("phone not in use in the region", WriteShape::Phone, quoted(QStringLiteral("030 12345678")), {}, invalid);
    bad("phone local, without the area code", WriteShape::Phone, quoted(QStringLiteral("555-1234")), {}, invalid);
    bad("phone in local form", WriteShape::Phone, quoted(QStringLiteral("(415) 555-1234")), {}, "phone_not_e164",
        false);
    bad("phone with two +", WriteShape::Phone, quoted(QStringLiteral("++14155551234")), {}, "phone_not_e164", false);
    bad("phone with an extension", WriteShape::Phone, quoted(QStringLiteral("+14155551234 ext. 12")), {},
        "phone_not_e164", false);
    bad("boolean as text", WriteShape::Boolean, quoted(QStringLiteral("true")), {}, invalid);
    bad("boolean as a number", WriteShape::Boolean, QStringLiteral("1"), {}, invalid);
    bad("url without scheme", WriteShape::Url, quoted(QStringLiteral("linkedin.com/in/sarah")), {}, invalid);
    bad("url ftp", WriteShape::Url, quoted(QStringLiteral("ftp://acme.com/a")), {}, invalid);
    bad("url without host", WriteShape::Url, quoted(QStringLiteral("https://")), {}, invalid);
    bad("url with a space", WriteShape::Url, quoted(QStringLiteral("https://acme.com/sarah chen")), {}, invalid);
    bad("url javascript", WriteShape::Url, quoted(QStringLiteral("javascript:alert(1)")), {}, invalid);
    bad("stage empty", WriteShape::Stage, quoted(QString()), {}, invalid);
    bad("stage a number", WriteShape::Stage, QStringLiteral("3"), {}, invalid);
    bad("stage display name", WriteShape::Stage, quoted(QStringLiteral("In Progress")), {}, "stage_not_api_name",
        false);
    bad("stage capitalised", WriteShape::Stage, quoted(QStringLiteral("Working")), {}, "stage_not_api_name", false);
    bad("number as text", WriteShape::Number, quoted(QStringLiteral("42")), {}, invalid);
}

void badStructuredRows()
{
    const char *invalid = "field_value_invalid";
    bad("address as text", WriteShape::Address, quoted(QStringLiteral("1 Market St")), {}, invalid);
    bad("address unknown part", WriteShape::Address, QStringLiteral(R"({"city":"SF","postcode":"94105"})"),
        QStringLiteral("/postcode"), invalid);
    bad("address part escaped in the pointer", WriteShape::Address, QStringLiteral(R"({"unit/floor":"3"})"),
        QStringLiteral("/unit~1floor"), invalid);
    bad("address part a number", WriteShape::Address, QStringLiteral(R"({"zip_code":94105})"),
        QStringLiteral("/zip_code"), invalid);
    bad("address part padded", WriteShape::Address, QStringLiteral(R"({"city":"SF "})"), QStringLiteral("/city"),
        "surrounding_whitespace", false);
    bad("reference not a uuid", WriteShape::Reference, quoted(QStringLiteral("bob")), {}, invalid);
    bad("reference a number", WriteShape::Reference, QStringLiteral("7"), {}, invalid);
    bad("reference id not a uuid", WriteShape::Reference, QStringLiteral(R"({"related_record_id":"123"})"),
        QStringLiteral("/related_record_id"), invalid);
    bad("reference id a number", WriteShape::Reference, QStringLiteral(R"({"related_record_id":123})"),
        QStringLiteral("/related_record_id"), invalid);
    bad("reference match email bad", WriteShape::Reference,
        QStringLiteral(R"({"related_record_match":{"email":"bob"}})"), QStringLiteral("/related_record_match/email"),
        invalid);
    bad("reference match by name", WriteShape::Reference, QStringLiteral(R"({"related_record_match":{"name":"Bob"}})"),
        QStringLiteral("/related_record_match"), invalid);
    bad("reference match with two keys", WriteShape::Reference,
        QStringLiteral(R"({"related_record_match":{"email":"bob@acme.com","name":"Bob"}})"),
        QStringLiteral("/related_record_match"), invalid);
    bad("reference match as text", WriteShape::Reference, QStringLiteral(R"({"related_record_match":"bob@acme.com"})"),
        QStringLiteral("/related_record_match"), invalid);
    bad("reference by another key", WriteShape::Reference, QStringLiteral(R"({"id":"%1"})").arg(kUuid), {}, invalid);
    bad("reference in two forms at once", WriteShape::Reference,
        QStringLiteral(R"({"related_record_id":"%1","related_record_match":{"email":"bob@acme.com"}})").arg(kUuid), {},
        invalid);
}

void badContactListRows()
{
    const char *invalid = "field_value_invalid";
    const WriteShape emails = WriteShape::ContactEmails;
    const WriteShape phones = WriteShape::ContactPhoneNumbers;
    bad("emails as text", emails, quoted(QStringLiteral("a@b.example")), {}, invalid);
    bad("emails row as text", emails, QStringLiteral(R"([{"email":"c@d.example","is_primary":true},"a@b.example"])"),
        QStringLiteral("/1"), invalid);
    bad("emails row without email", emails, QStringLiteral(R"([{"is_primary":true}])"), QStringLiteral("/0/email"),
        invalid);
    bad("emails row bad address", emails, QStringLiteral(R"([{"email":"nope","is_primary":true}])"),
        QStringLiteral("/0/email"), invalid);
    bad("emails row padded", emails, QStringLiteral(R"([{"email":" a@b.example","is_primary":true}])"),
        QStringLiteral("/0/email"), "surrounding_whitespace", false);
    bad("emails row unknown key", emails, QStringLiteral(R"([{"email":"a@b.example","is_primary":true,"x":1}])"),
        QStringLiteral("/0/x"), invalid);
    bad("emails none primary", emails, QStringLiteral(R"([{"email":"a@b.example"},{"email":"c@d.example"}])"), {},
        "primary_count");
    bad("emails two primary", emails,
        QStringLiteral(R"([{"email":"a@b.example","is_primary":true},{"email":"c@d.example","is_primary":true}])"), {},
        "primary_count");
    bad("emails duplicate in another case", emails,
        QStringLiteral(R"([{"email":"a@b.example","is_primary":true},{"email":"A@B.Example"}])"),
        QStringLiteral("/1/email"), "duplicate_email");
    // A long list's values are kept another way than a short one's: a repeat is found either way.
    QString many = QStringLiteral(R"([{"email":"p0@b.example","is_primary":true})");
    for (int i = 1; i < 40; ++i)
        many += QStringLiteral(R"(,{"email":"p%1@b.example"})").arg(i);
    bad("emails duplicate in a long list", emails, many + QStringLiteral(R"(,{"email":"P3@b.example"}])"),
        QStringLiteral("/40/email"), "duplicate_email");
    bad("emails label unknown", emails,
        QStringLiteral(R"([{"email":"a@b.example","is_primary":true,"labels":["WORK","HOME"]}])"),
        QStringLiteral("/0/labels/1"), "unknown_label");
    bad("emails label lower case", emails,
        QStringLiteral(R"([{"email":"a@b.example","is_primary":true,"labels":["work"]}])"),
        QStringLiteral("/0/labels/0"), "unknown_label");
    bad("emails label a number", emails, QStringLiteral(R"([{"email":"a@b.example","is_primary":true,"labels":[1]}])"),
        QStringLiteral("/0/labels/0"), "unknown_label");
    bad("emails labels as text", emails,
        QStringLiteral(R"([{"email":"a@b.example","is_primary":true,"labels":"WORK"}])"), QStringLiteral("/0/labels"),
        invalid);
    bad("phones row bad number", phones, QStringLiteral(R"([{"phone_number":"call me","is_primary":true}])"),
        QStringLiteral("/0/phone_number"), invalid);
    bad("phones duplicate written differently", phones,
        QStringLiteral(R"([{"phone_number":"+14155551234","is_primary":true},{"phone_number":"+1 (415) 555-1234"}])"),
        QStringLiteral("/1/phone_number"), "duplicate_phone_number");
    bad("phones none primary", phones, QStringLiteral(R"([{"phone_number":"+14155551234","is_primary":false}])"), {},
        "primary_count");
}

} // namespace

void TestValueChecker::goodValuesHaveNoProblem_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<QString>("value");
    good("text", WriteShape::Text, quoted(QStringLiteral("VP of Sales")));
    good("text empty", WriteShape::Text, quoted(QString()));
    good("email", WriteShape::Email, quoted(QStringLiteral("sarah.chen@acme.com")));
    good("email with + and '", WriteShape::Email, quoted(QStringLiteral("o'brien+crm@mail.acme.co.uk")));
    good("phone E.164", WriteShape::Phone, quoted(QStringLiteral("+14155551234")));
    good("phone E.164 of another country", WriteShape::Phone, quoted(QStringLiteral("+442071234567")));
    good("boolean true", WriteShape::Boolean, QStringLiteral("true"));
    good("boolean false", WriteShape::Boolean, QStringLiteral("false"));
    good("url https", WriteShape::Url, quoted(QStringLiteral("https://www.linkedin.com/in/sarah-chen")));
    good("url http with query", WriteShape::Url, quoted(QStringLiteral("http://acme.com/a?b=c")));
    good("address", WriteShape::Address,
         QStringLiteral(R"({"street_one":"1 Market St","street_two":null,"city":"San Francisco","state":"CA",)"
                        R"("country":"US","zip_code":"94105"})"));
    good("address empty", WriteShape::Address, QStringLiteral("{}"));
    good("stage", WriteShape::Stage, quoted(QStringLiteral("closed_won")));
    good("reference id", WriteShape::Reference, quoted(kUuid));
    good("reference id in capitals", WriteShape::Reference, quoted(kUuid.toUpper()));
    good("reference id object", WriteShape::Reference, QStringLiteral(R"({"related_record_id":"%1"})").arg(kUuid));
    good("reference match", WriteShape::Reference,
         QStringLiteral(R"({"related_record_match":{"email":"owner@acme.com"}})"));
    good("emails one primary with labels", WriteShape::ContactEmails,
         QStringLiteral(R"([{"email":"a@b.example","is_primary":true,"labels":["WORK","MOBILE"]},)"
                        R"({"email":"c@d.example","is_primary":false,"labels":["PERSONAL"]}])"));
    good("emails cleared", WriteShape::ContactEmails, QStringLiteral("[]"));
    good("phones one primary", WriteShape::ContactPhoneNumbers,
         QStringLiteral(R"([{"phone_number":"+14155551234","is_primary":true},{"phone_number":"+442071234567"}])"));
    good("number", WriteShape::Number, QStringLiteral("42.5"));
    good("schema field of a type without an editor", WriteShape::Any, QStringLiteral(R"({"deep":[1,"x",null]})"));
    for (const WriteShape shape : {WriteShape::Text, WriteShape::Email, WriteShape::Phone, WriteShape::Boolean,
                                   WriteShape::Url, WriteShape::Address, WriteShape::Stage, WriteShape::Reference,
                                   WriteShape::ContactEmails, WriteShape::ContactPhoneNumbers, WriteShape::Number})
        QTest::addRow("null clears shape %d", int(shape)) << int(shape) << QStringLiteral("null");
}

void TestValueChecker::goodValuesHaveNoProblem()
{
    QFETCH(int, shape);
    QFETCH(QString, value);
    const ValidationProblems problems = check(WriteShape(shape), value);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestValueChecker::badValuesNameTheProblemAndThePlace_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isError");
    badScalarRows();
    badStructuredRows();
    badContactListRows();
}

void TestValueChecker::badValuesNameTheProblemAndThePlace()
{
    QFETCH(int, shape);
    QFETCH(QString, value);
    QFETCH(QString, pointer);
    QFETCH(QString, code);
    QFETCH(bool, isError);
    const ValidationProblems problems = check(WriteShape(shape), value);
    // One problem per row: each names its rule, where it is, and the field in words a person reads.
    QVERIFY2(problems.size() == 1, qPrintable(describe(problems)));
    const ValidationProblem &p = problems.first();
    QCOMPARE(p.code, code);
    QCOMPARE(p.pointer, pointer);
    QCOMPARE(p.isError(), isError);
    QVERIFY2(p.message.contains(kLabel), qPrintable(p.message));
}

void TestValueChecker::everyProblemInAValueIsReported_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("expected"); // "pointer code", in the order reported
    QTest::newRow("a bad row does not hide the next")
        << int(WriteShape::ContactEmails)
        << QStringLiteral(R"([{"email":"nope","is_primary":true},{"email":"x@y.example","labels":["HOME"]},)"
                          R"({"email":"X@y.example"}])")
        << QStringList {kPointer + QStringLiteral("/0/email field_value_invalid"),
                        kPointer + QStringLiteral("/1/labels/0 unknown_label"),
                        kPointer + QStringLiteral("/2/email duplicate_email")};
    QTest::newRow("rows wrong and none primary")
        << int(WriteShape::ContactPhoneNumbers) << QStringLiteral(R"([7,{"phone_number":"1"}])")
        << QStringList {kPointer + QStringLiteral("/0 field_value_invalid"),
                        kPointer + QStringLiteral("/1/phone_number field_value_invalid"),
                        kPointer + QStringLiteral(" primary_count")};
    QTest::newRow("is_primary as text is not primary")
        << int(WriteShape::ContactEmails) << QStringLiteral(R"([{"email":"a@b.example","is_primary":"yes"}])")
        << QStringList {kPointer + QStringLiteral("/0/is_primary field_value_invalid"),
                        kPointer + QStringLiteral(" primary_count")};
    QTest::newRow("a phone row written like an email row")
        << int(WriteShape::ContactPhoneNumbers) << QStringLiteral(R"([{"email":"a@b.example","is_primary":true}])")
        << QStringList {kPointer + QStringLiteral("/0/email field_value_invalid"),
                        kPointer + QStringLiteral("/0/phone_number field_value_invalid")};
    QTest::newRow("every address part") << int(WriteShape::Address)
                                        << QStringLiteral(R"({"city":1,"state":" CA","zip":"94105"})")
                                        << QStringList {kPointer + QStringLiteral("/city field_value_invalid"),
                                                        kPointer + QStringLiteral("/state surrounding_whitespace"),
                                                        kPointer + QStringLiteral("/zip field_value_invalid")};
    QTest::newRow("padded and not international") << int(WriteShape::Phone) << quoted(QStringLiteral("415 555 1234 "))
                                                  << QStringList {kPointer + QStringLiteral(" surrounding_whitespace"),
                                                                  kPointer + QStringLiteral(" phone_not_e164")};
}

void TestValueChecker::everyProblemInAValueIsReported()
{
    QFETCH(int, shape);
    QFETCH(QString, value);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const ValidationProblem &p : check(WriteShape(shape), value))
        got << p.pointer + QLatin1Char(' ') + p.code;
    QCOMPARE(got, expected);
}

namespace {

// code "" for no problem; `shows`: what the message must name besides the field.
void phoneRow(const char *name, WriteShape shape, const QString &value, const char *region, const QString &pointer,
              const char *code, bool isError, const QStringList &shows = {})
{
    QTest::newRow(name) << int(shape) << value << QString::fromLatin1(region) << (kPointer + pointer)
                        << QString::fromLatin1(code) << isError << shows;
}

} // namespace

void TestValueChecker::phoneNumbersAreReadInTheRegion_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QStringList>("shows");
    const WriteShape phone = WriteShape::Phone;
    const char *invalid = "field_value_invalid";
    const char *notE164 = "phone_not_e164";
    const QString e164 = QStringLiteral("+14155551234");
    phoneRow("E.164 needs no region", phone, quoted(e164), "", {}, "", false);
    phoneRow("spaced international form", phone, quoted(QStringLiteral("+1 415 555 1234")), "DE", {}, notE164, false,
             {QStringLiteral("+1 415 555 1234"), e164});
    phoneRow("national, region US", phone, quoted(QStringLiteral("(415) 555-1234")), "US", {}, notE164, false,
             {QStringLiteral("(415) 555-1234"), e164});
    phoneRow("national, region in lower case", phone, quoted(QStringLiteral("415.555.1234")), "us", {}, notE164, false,
             {e164});
    phoneRow("German, region DE", phone, quoted(QStringLiteral("030 12345678")), "DE", {}, notE164, false,
             {QStringLiteral("+493012345678")});
    phoneRow("German with its trunk 0 in brackets", phone, quoted(QStringLiteral("+49 (0)89 1234567")), "US", {},
             notE164, false, {QStringLiteral("+49891234567")});
    phoneRow("German, region US", phone, quoted(QStringLiteral("030 12345678")), "US", {}, invalid, true,
             {QStringLiteral("030 12345678"), QStringLiteral("US")});
    phoneRow("national, no region", phone, quoted(QStringLiteral("4155551234")), "", {}, invalid, true,
             {QStringLiteral("4155551234"), QStringLiteral("+")});
    phoneRow("vanity letters", phone, quoted(QStringLiteral("1-800-FLOWERS")), "US", {}, notE164, false,
             {QStringLiteral("1-800-FLOWERS"), QStringLiteral("+18003569377")});
    phoneRow("words", phone, quoted(QStringLiteral("ask reception")), "US", {}, invalid, true,
             {QStringLiteral("ask reception")});
    phoneRow("too short", phone, quoted(QStringLiteral("415 555")), "US", {}, invalid, true,
             {QStringLiteral("415 555"), QStringLiteral("short")});
    phoneRow("too long", phone, quoted(QStringLiteral("+1 415 555 1234 5678")), "US", {}, invalid, true,
             {QStringLiteral("long")});
    phoneRow("no such country code", phone, quoted(QStringLiteral("+999 1234 5678")), "US", {}, invalid, true,
             {QStringLiteral("+999")});
    phoneRow("extension kept, not dropped", phone, quoted(QStringLiteral("415-555-1234 x123")), "US", {}, notE164,
             false, {QStringLiteral("extension"), e164});
    const WriteShape rows = WriteShape::ContactPhoneNumbers;
    phoneRow("row, national, region US", rows,
             QStringLiteral(R"([{"phone_number":"(415) 555-1234","is_primary":true}])"), "US",
             QStringLiteral("/0/phone_number"), notE164, false, {e164});
    phoneRow("row, German, region DE", rows,
             QStringLiteral(R"([{"phone_number":"+4930123456","is_primary":true},{"phone_number":"089 1234567"}])"),
             "DE", QStringLiteral("/1/phone_number"), notE164, false, {QStringLiteral("+49891234567")});
    phoneRow("row, too short", rows, QStringLiteral(R"([{"phone_number":"555","is_primary":true}])"), "US",
             QStringLiteral("/0/phone_number"), invalid, true, {QStringLiteral("\"555\"")});
    phoneRow("rows, the same number nationally and in E.164", rows,
             QStringLiteral(R"([{"phone_number":"+14155551234","is_primary":true},{"phone_number":"415-555-1234"}])"),
             "US", QStringLiteral("/1/phone_number"), "duplicate_phone_number", true);
    phoneRow("rows, one number with two extensions", rows,
             QStringLiteral(R"([{"phone_number":"+14155551234;ext=1","is_primary":true},)"
                            R"({"phone_number":"+14155551234;ext=2"}])"),
             "US", QStringLiteral("/1/phone_number"), notE164, false, {QStringLiteral("extension")});
}

void TestValueChecker::phoneNumbersAreReadInTheRegion()
{
    QFETCH(int, shape);
    QFETCH(QString, value);
    QFETCH(QString, region);
    QFETCH(QString, pointer);
    QFETCH(QString, code);
    QFETCH(bool, isError);
    QFETCH(QStringList, shows);
    const ValidationProblems problems = check(WriteShape(shape), value, region);
    if (code.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        return;
    }
    const auto at = std::find_if(problems.cbegin(), problems.cend(),
                                 [&](const ValidationProblem &p) { return p.pointer == pointer && p.code == code; });
    QVERIFY2(at != problems.cend(), qPrintable(describe(problems)));
    QCOMPARE(at->isError(), isError);
    QCOMPARE(hasErrors(problems), isError);
    QVERIFY2(at->message.contains(kLabel), qPrintable(at->message));
    for (const QString &s : shows)
        QVERIFY2(at->message.contains(s), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(s, at->message)));
}

// The email check is written out for speed (a batch checks three addresses a row); it must accept
// and refuse exactly what the pattern it replaced did, or a file that passed before would not.
void TestValueChecker::emailCheckAcceptsWhatThePatternDid()
{
    const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    const auto byPattern = [&](const QString &email) {
        return email.size() <= 254 && !email.contains(QLatin1String(".."))
            && !email.section(QLatin1Char('@'), 0, 0).startsWith(QLatin1Char('.'))
            && !email.section(QLatin1Char('@'), 0, 0).endsWith(QLatin1Char('.'))
            && email.section(QLatin1Char('@'), 0, 0).size() <= 64 && pattern.match(email).hasMatch();
    };
    QStringList emails {QStringLiteral("a@b.example"),
                        QStringLiteral("A-1@b-2.c3.example"),
                        QStringLiteral("a!#$%&'*+/=?^_`{|}~-@c.d"),
                        QStringLiteral("a@b.example\n"),
                        QStringLiteral("a@b.example\n\n"),
                        QStringLiteral("\na@b.example"),
                        QStringLiteral("a\n@b.example"),
                        QStringLiteral("a@b.example\r\n"),
                        QStringLiteral("a@b"),
                        QStringLiteral("a@b."),
                        QStringLiteral("a@.b"),
                        QStringLiteral("a@b..c"),
                        QStringLiteral("a@-b.c"),
                        QStringLiteral("a@b-.c"),
                        QStringLiteral("a@b.-c"),
                        QStringLiteral("a@b.c-"),
                        QStringLiteral("a@b_c.d"),
                        QStringLiteral("a@b@c.d"),
                        QStringLiteral("@b.c"),
                        QStringLiteral("a@"),
                        QStringLiteral(""),
                        QStringLiteral("@"),
                        QStringLiteral(".a@b.c"),
                        QStringLiteral("a.@b.c"),
                        QStringLiteral("a.b@c.d"),
                        QStringLiteral("ü@b.c"),
                        QStringLiteral("a@ü.c"),
                        QStringLiteral("a b@c.d"),
                        QStringLiteral("a@b .c"),
                        QStringLiteral("a@1.2"),
                        QStringLiteral("a@b.c.d.e.f"),
                        QStringLiteral(" a@b.c"),
                        QStringLiteral("a@b.c "),
                        QString(64, QLatin1Char('a')) + QStringLiteral("@b.c"),
                        QString(65, QLatin1Char('a')) + QStringLiteral("@b.c"),
                        QStringLiteral("a@") + QString(250, QLatin1Char('b')) + QStringLiteral(".c"),
                        QStringLiteral("a@") + QString(248, QLatin1Char('b')) + QStringLiteral(".c")};
    for (const QString &e : QStringList(emails))
        emails << e.toUpper() << e + QLatin1Char('.') + e;
    for (const QString &email : std::as_const(emails))
        QVERIFY2(ValueChecker::isValidEmail(email) == byPattern(email), qPrintable(email));
    QVERIFY(ValueChecker::isValidEmail(QStringLiteral("a@b.example\n"))); // the pattern's $ allowed it
    QVERIFY(!ValueChecker::isValidEmail(QStringLiteral("a@b")));
}

QTEST_GUILESS_MAIN(TestValueChecker)
