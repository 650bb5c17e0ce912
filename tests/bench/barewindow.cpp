// The floor for start-up and memory: a bare Qt Widgets window showing one widget, quitting
// right after its first paint, as `assertdesk --quit-after-paint` does (with --stay it stays
// open, for measuring memory when idle). Like the app with
// QT_LOGGING_RULES="assertdesk.startup.info=true", it prints on stderr the milliseconds from the
// start of main() to each phase, so run.sh can set the two side by side.
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QTimer>

#include <cstdio>
#include <string>

namespace {

QElapsedTimer clock_;
std::string phases = "phases ms:";

void mark(const char *phase)
{
    char figure[64];
    std::snprintf(figure, sizeof figure, " %s %.2f", phase, double(clock_.nsecsElapsed()) / 1e6);
    phases += figure;
}

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
            mark("first-paint");
            if (!qApp->arguments().contains(QStringLiteral("--stay")))
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
    }

private:
    bool m_painted = false;
};

int run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    mark("application");
    Bare label(QStringLiteral("Hello"));
    label.resize(1280, 800);
    mark("window");
    label.show();
    mark("shown");
    const int status = app.exec();
    mark("event-loop");
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    clock_.start();
    const int status = run(argc, argv);
    mark("teardown");
    std::fprintf(stderr, "bench_barewindow: %s\n", phases.c_str());
    return status;
}
