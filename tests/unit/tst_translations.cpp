#include "networkerrors.h"
#include "requestvalidator.h"

#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace AssertDesk;

// The German catalogue, loaded as the window loads it, reaches the code that is not a QObject:
// lupdate files such strings under the context the code looks them up under, or they would be
// translated in the .ts and still shown in English.
class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY2(m_german.load(QStringLiteral(ASSERTDESK_DE_QM)), ASSERTDESK_DE_QM); }
    void cleanup() { QCoreApplication::removeTranslator(&m_german); }

    void validatorSpeaksGerman()
    {
        const auto english = firstMessage();
        QVERIFY(QCoreApplication::installTranslator(&m_german));
        const auto german = firstMessage();
        QVERIFY2(german != english, qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("match")), qPrintable(german)); // the API's word stays
    }

    void networkErrorsSpeakGerman()
    {
        const auto english = timeoutText();
        QVERIFY(QCoreApplication::installTranslator(&m_german));
        const auto german = timeoutText();
        QVERIFY2(german != english, qPrintable(german));
        QVERIFY2(german.contains(QLatin1String("30")), qPrintable(german));
    }

private:
    static QString firstMessage()
    {
        const auto problems = Contract::RequestValidator().validate(QJsonObject {});
        return problems.isEmpty() ? QString() : problems.first().message;
    }
    static QString timeoutText()
    {
        return Net::NetworkErrors::classify(QNetworkReply::OperationCanceledError, QString(), false, true, 30).summary;
    }

    QTranslator m_german;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
