// Times two commands from outside, alternating them run by run so that a machine getting
// faster or slower during the measurement moves both alike. Prints the median wall time of
// each in microseconds, and the median of their peak resident sets in KB. Usage:
//   bench_startup RUNS COMMAND... -- FLOOR_COMMAND...
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <string>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace {

struct Sample
{
    long long micros = 0;
    long rssKb = 0;
};

bool run(std::vector<char *> argv, Sample *sample)
{
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return false;
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return false;
    sample->micros
        = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
    sample->rssKb = usage.ru_maxrss;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

template<typename T> T median(std::vector<T> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 5)
        return 2;
    const int runs = std::atoi(argv[1]);
    std::vector<char *> a;
    std::vector<char *> b;
    bool second = false;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            second = true;
        else
            (second ? b : a).push_back(argv[i]);
    }
    if (a.empty() || b.empty() || runs < 1)
        return 2;
    Sample s;
    for (int warm = 0; warm < 3; ++warm)
        if (!run(a, &s) || !run(b, &s))
            return 1;
    std::vector<long long> ta, tb;
    std::vector<long> ma, mb;
    for (int i = 0; i < runs; ++i) {
        if (!run(a, &s))
            return 1;
        ta.push_back(s.micros);
        ma.push_back(s.rssKb);
        if (!run(b, &s))
            return 1;
        tb.push_back(s.micros);
        mb.push_back(s.rssKb);
    }
    std::printf("%lld\t%lld\t%ld\t%ld\n", median(ta), median(tb), median(ma), median(mb));
    return 0;
}
