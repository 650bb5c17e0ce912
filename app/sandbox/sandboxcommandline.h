#pragma once

#include "sandboxoptions.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace AssertDesk::Sandbox {

// assertdesk-sandbox's options: what --help says of each and how its value is checked. A bad
// value is refused with a message naming the option and the part that is wrong (main exits 2).
class SandboxCommandLine final
{
public:
    SandboxCommandLine();

    void addTo(QCommandLineParser &parser) const;
    // After parser.process(): false, with the message, when a value is refused.
    bool read(const QCommandLineParser &parser, QString *error);

    const SandboxOptions &options() const { return m_options; }
    quint16 port() const { return m_port; }
    QStringList tlsFiles() const { return m_tlsFiles; }
    bool madeUpKey() const { return m_madeUpKey; }

private:
    bool readLimits(const QCommandLineParser &parser, QString *error);
    bool readFaultRates(const QCommandLineParser &parser, QString *error);

    QCommandLineOption m_portOption, m_key, m_readOnlyKey, m_data, m_seed, m_faults, m_rateLimit, m_tls;
    QCommandLineOption m_maxBody, m_maxHeaderBytes, m_maxHeaderLines, m_idleTimeout, m_maxConnections;
    QCommandLineOption m_faultRate, m_faultSeed;
    SandboxOptions m_options;
    quint16 m_port = 0;
    QStringList m_tlsFiles;
    bool m_madeUpKey = false;
};

} // namespace AssertDesk::Sandbox
