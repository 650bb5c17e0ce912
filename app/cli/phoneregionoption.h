#pragma once

#include <QCommandLineOption>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace AssertDesk::Cli {

// --region CC, for validate and send: the region a phone number written without +country code
// is read in. Without it, the system locale's region, the window's default too, so the CLI and
// the window judge a number alike.
class PhoneRegionOption final
{
public:
    PhoneRegionOption();
    const QCommandLineOption &option() const { return m_option; }
    // The region to read numbers in ("" for none); nullopt, with the reason printed for `command`,
    // when the code given is not a region libphonenumber knows.
    std::optional<QString> read(const QCommandLineParser &parser, const QString &command) const;

private:
    QCommandLineOption m_option;
};

} // namespace AssertDesk::Cli
