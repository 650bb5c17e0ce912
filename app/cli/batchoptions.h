#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>

namespace AssertDesk::Cli {

// The options batch takes, kept together so the parsed values are read back by the same objects.
struct BatchOptions
{
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Cli)
    };

    const QCommandLineOption dryRun {QStringLiteral("dry-run"),
                                     Tr::tr("Check every row and send nothing; no profile or key is needed.")};
    const QCommandLineOption match {QStringLiteral("match"),
                                    Tr::tr("The column whose email says which contact a row is (default: the column "
                                           "mapped to primary_email, else email_1)."),
                                    QStringLiteral("COLUMN")};
    const QCommandLineOption map {QStringLiteral("map"),
                                  Tr::tr("A JSON map file for the other columns: "
                                         "{\"columns\": {\"E-Mail\": \"primary_email\", \"Firma\": null}}."),
                                  QStringLiteral("MAP.json")};
    const QCommandLineOption delimiter {QStringLiteral("delimiter"),
                                        Tr::tr("The delimiter: , ; tab or another single character (default: "
                                               "detected from the header row)."),
                                        QStringLiteral("C")};
    const QCommandLineOption emptyClears {QStringLiteral("empty-clears"),
                                          Tr::tr("An empty cell clears the field (null) instead of leaving it as "
                                                 "it is.")};
    const QCommandLineOption json {QStringLiteral("json"), Tr::tr("Print the mapping, summary and problems as JSON.")};
    const QCommandLineOption schema {QStringLiteral("schema"),
                                     Tr::tr("A GET /_schema/contact document: its custom fields map like the "
                                            "built-in ones."),
                                     QStringLiteral("SCHEMA.json")};
    const QCommandLineOption dataDir {QStringLiteral("data-dir"),
                                      Tr::tr("Where mappings and the history are kept (default: XDG data)."),
                                      QStringLiteral("DIR")};
    // Sending.
    const QCommandLineOption profile {
        QStringLiteral("profile"),
        Tr::tr("Profile to send with (with --dry-run: to preview the valid rows at its server, reading only)."),
        QStringLiteral("NAME")};
    const QCommandLineOption baseUrl {QStringLiteral("base-url"), Tr::tr("Send here instead of the profile's URL."),
                                      QStringLiteral("URL")};
    const QCommandLineOption concurrency {QStringLiteral("concurrency"),
                                          Tr::tr("Rows sent side by side, 1 to 16 (default 4)."), QStringLiteral("N")};
    const QCommandLineOption skipInvalid {QStringLiteral("skip-invalid"),
                                          Tr::tr("Send the valid rows and skip invalid and repeated ones (without "
                                                 "it, any such row stops the batch before anything is sent).")};
    const QCommandLineOption results {
        QStringLiteral("results"),
        Tr::tr("Write a results CSV: the file's columns plus outcome, http_status, "
               "action, contact_id, error_code, message, history_id. It is created (owner "
               "only) before anything is sent: a path that cannot be written stops "
               "the batch."),
        QStringLiteral("OUT.csv")};
    const QCommandLineOption resume {QStringLiteral("resume"),
                                     Tr::tr("Go on with a batch after a crash or a cancel: sends only rows never "
                                            "sent, after reading back the interrupted and unknown ones."),
                                     QStringLiteral("BATCH_ID")};
    const QCommandLineOption resendUnchecked {QStringLiteral("resend-unchecked"),
                                              Tr::tr("With --resume: also send the interrupted and unknown rows that "
                                                     "the read-back did not find landed.")};
    const QCommandLineOption timeout {QStringLiteral("timeout"), Tr::tr("Seconds to wait for each answer."),
                                      QStringLiteral("SECONDS")};
    const QCommandLineOption out {QStringLiteral("out"), Tr::tr("batch retry: the new CSV file to write."),
                                  QStringLiteral("NEW.csv")};
};

} // namespace AssertDesk::Cli
