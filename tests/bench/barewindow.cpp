// The floor for start-up and memory: a bare Qt Widgets window showing one widget, quitting
// right after its first paint, as `assertdesk --quit-after-paint` does.
#include <QApplication>
#include <QLabel>
#include <QTimer>

namespace {

class Bare final : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QLabel::paintEvent(event);
        if (!m_painted) {
            m_painted = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Bare label(QStringLiteral("Hello"));
    label.resize(1280, 800);
    label.show();
    return app.exec();
}
