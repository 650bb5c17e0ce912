<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnswerCheck</name>
    <message>
        <location filename="../../app/core/contract/answercheck.cpp" line="34"/>
        <source>an HTML page, perhaps the login page of a proxy or a public network</source>
        <translation>eine HTML-Seite, vielleicht die Anmeldeseite eines Proxys oder eines öffentlichen Netzes</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/answercheck.cpp" line="46"/>
        <source>The server answered HTTP %1, but not with the API&apos;s answer to an assert (%2). The contact may or may not have been changed: check it before sending again. The answer is kept in the history.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet, aber nicht mit der Antwort der API auf ein Assert (%2). Der Kontakt wurde vielleicht geändert, vielleicht auch nicht: Prüfen Sie ihn, bevor Sie erneut senden. Die Antwort ist im Verlauf gespeichert.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../../app/core/contract/apierror.cpp" line="122"/>
        <source>The server sent no body.</source>
        <translation>Der Server hat keinen Body gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/apierror.cpp" line="129"/>
        <source>The server sent a non-JSON body: %1</source>
        <translation>Der Server hat einen Body gesendet, der kein JSON ist: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/apierror.cpp" line="151"/>
        <source>The server&apos;s answer did not say what went wrong: %1</source>
        <translation>Die Antwort des Servers sagt nicht, was schiefging: %1</translation>
    </message>
</context>
<context>
    <name>AssertDesk::History::HistoryModel</name>
    <message>
        <location filename="../../app/core/history/historymodel.cpp" line="138"/>
        <source>Surprise: %1</source>
        <translation>Überraschung: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historymodel.cpp" line="142"/>
        <source>%1 (surprise)</source>
        <translation>%1 (Überraschung)</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historymodel.cpp" line="163"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historymodel.cpp" line="164"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historymodel.cpp" line="165"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historymodel.cpp" line="166"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historymodel.cpp" line="167"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historymodel.cpp" line="169"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historymodel.cpp" line="170"/>
        <source>Matched by</source>
        <translation>Match über</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historymodel.cpp" line="171"/>
        <source>Contact id</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historymodel.cpp" line="172"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>AssertDesk::History::HistoryService</name>
    <message>
        <location filename="../../app/core/history/historyservice.cpp" line="201"/>
        <location filename="../../app/core/history/historyservice.cpp" line="212"/>
        <source>the history closed</source>
        <translation>der Verlauf wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Net::ApiCall</name>
    <message>
        <location filename="../../app/core/net/apicall.cpp" line="81"/>
        <source>There is no API key for this profile; nothing was sent.</source>
        <translation>Für dieses Profil gibt es keinen API-Schlüssel; nichts wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/apicall.cpp" line="93"/>
        <source>The network is not available.</source>
        <translation>Das Netzwerk ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/apicall.cpp" line="185"/>
        <source>Cancelled. If the request had already reached the server, the contact may have been changed.</source>
        <translation>Abgebrochen. Falls die Anfrage den Server schon erreicht hatte, wurde der Kontakt womöglich geändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/apicall.cpp" line="193"/>
        <source>No complete answer within %1 s after the request was sent: the contact may or may not have been changed. Check it before sending again.</source>
        <translation>Keine vollständige Antwort innerhalb von %1 s nach dem Senden: Der Kontakt wurde vielleicht geändert, vielleicht auch nicht. Prüfen Sie ihn, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/apicall.cpp" line="280"/>
        <source>The server answered HTTP %1 but the answer was cut short (%2): the contact may or may not have been changed. Check it before sending again.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet, aber die Antwort brach ab (%2): Der Kontakt wurde vielleicht geändert, vielleicht auch nicht. Prüfen Sie ihn, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/apicall.cpp" line="199"/>
        <source>The server redirected the request (HTTP %1) to %2. Assert Desk does not follow redirects, so nothing was sent there; check the profile&apos;s base URL.</source>
        <translation>Der Server hat die Anfrage umgeleitet (HTTP %1), nach %2. Assert Desk folgt keinen Umleitungen, daher wurde nichts dorthin gesendet; prüfen Sie die Basis-URL des Profils.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/apicall.cpp" line="202"/>
        <source>nowhere</source>
        <translation>nirgendwohin</translation>
    </message>
    <message>
        <location filename="../../app/core/net/apicall.cpp" line="266"/>
        <source>The answer (HTTP %1) was larger than %2 MB and was not read in full; its first %3 KB are kept.</source>
        <translation>Die Antwort (HTTP %1) war größer als %2 MB und wurde nicht vollständig gelesen; ihre ersten %3 KB sind gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/apicall.cpp" line="285"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../../app/core/net/apicall.cpp" line="288"/>
        <source>The server refused the request (HTTP %1); nothing was changed.</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1); nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/apicall.cpp" line="292"/>
        <source>The server failed (HTTP %1): the contact may or may not have been changed. Check it before sending again.</source>
        <translation>Beim Server ist ein Fehler aufgetreten (HTTP %1): Der Kontakt wurde vielleicht geändert, vielleicht auch nicht. Prüfen Sie ihn, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/apicall.cpp" line="323"/>
        <source> It asks to wait %1 s, until %2.</source>
        <translation> Er bittet, %1 s zu warten, bis %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/apicall.cpp" line="326"/>
        <source> It asks to wait longer than ten years.</source>
        <translation> Er bittet, länger als zehn Jahre zu warten.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/apicall.cpp" line="328"/>
        <source> It did not say how long to wait.</source>
        <translation> Er hat nicht gesagt, wie lange zu warten ist.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/apicall.cpp" line="329"/>
        <source> Its Retry-After could not be read.</source>
        <translation> Sein Retry-After war nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/apicall.cpp" line="331"/>
        <source> (after %1 tries)</source>
        <translation> (nach %1 Versuchen)</translation>
    </message>
    <message>
        <location filename="../../app/core/net/apicall.cpp" line="333"/>
        <source>Throttled: the server refused the request for now (HTTP 429)%1; nothing was changed.%2 Send again after that.</source>
        <translation>Gedrosselt: Der Server hat die Anfrage vorerst abgelehnt (HTTP 429)%1; nichts wurde geändert.%2 Senden Sie danach erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/apicall.cpp" line="370"/>
        <source>Cancelled before anything was sent.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/apicall.cpp" line="371"/>
        <source>Cancelled while waiting to retry; the last try had been refused (HTTP 429), so nothing was changed.</source>
        <translation>Abgebrochen beim Warten auf einen neuen Versuch; der letzte Versuch war abgelehnt worden (HTTP 429), daher wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Session::AssertSend</name>
    <message>
        <location filename="../../app/core/session/assertsend.cpp" line="74"/>
        <source>Nothing was sent: the history could not record this assert first (%1). Every send is recorded before it leaves, so that none is ever lost.</source>
        <translation>Nichts wurde gesendet: Der Verlauf konnte dieses Assert nicht vorab festhalten (%1). Jeder Sendevorgang wird festgehalten, bevor er hinausgeht, damit keiner verloren geht.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/assertsend.cpp" line="81"/>
        <source>there is no history</source>
        <translation>es gibt keinen Verlauf</translation>
    </message>
    <message>
        <location filename="../../app/core/session/assertsend.cpp" line="111"/>
        <source>the history closed</source>
        <translation>der Verlauf wurde geschlossen</translation>
    </message>
    <message>
        <location filename="../../app/core/session/assertsend.cpp" line="138"/>
        <source>Cancelled before anything was sent.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/assertsend.cpp" line="169"/>
        <source>the history closed before the answer arrived</source>
        <translation>der Verlauf wurde geschlossen, bevor die Antwort ankam</translation>
    </message>
    <message>
        <location filename="../../app/core/session/assertsend.cpp" line="186"/>
        <source>the history closed before the answer was recorded</source>
        <translation>der Verlauf wurde geschlossen, bevor die Antwort gespeichert war</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Session::BatchPreview</name>
    <message>
        <location filename="../../app/core/session/batchpreview.cpp" line="207"/>
        <source>the row has no match key (primary_email or contact_emails) to look up.</source>
        <translation>die Zeile hat keinen match-Schlüssel (primary_email oder contact_emails), der sich nachschlagen ließe.</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Session::BatchResultsFile</name>
    <message>
        <location filename="../../app/core/session/batchresultsfile.cpp" line="34"/>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/session/batchresultsfile.cpp" line="40"/>
        <location filename="../../app/core/session/batchresultsfile.cpp" line="63"/>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Session::ContactLookup</name>
    <message>
        <location filename="../../app/core/session/contactlookup.cpp" line="125"/>
        <source>Type an email address, a name or a contact id.</source>
        <translation>Geben Sie eine E-Mail-Adresse, einen Namen oder eine Kontakt-ID ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/contactlookup.cpp" line="228"/>
        <source>The server&apos;s answer is not a list of contacts: %1</source>
        <translation>Die Antwort des Servers ist keine Kontaktliste: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/session/contactlookup.cpp" line="302"/>
        <source>This contact cannot be read: the answer gave it no id.</source>
        <translation>Dieser Kontakt kann nicht gelesen werden: Die Antwort nennt keine ID für ihn.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/contactlookup.cpp" line="312"/>
        <source>This contact is not there any more (HTTP 404).</source>
        <translation>Diesen Kontakt gibt es nicht mehr (HTTP 404).</translation>
    </message>
    <message>
        <location filename="../../app/core/session/contactlookup.cpp" line="332"/>
        <source>The server&apos;s answer is not a contact record: %1</source>
        <translation>Die Antwort des Servers ist kein Kontaktdatensatz: %1</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Session::DraftStore</name>
    <message>
        <location filename="../../app/core/session/draftstore.cpp" line="87"/>
        <source>The saved draft %1 holds no request.</source>
        <translation>Der gespeicherte Entwurf %1 enthält keine Anfrage.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/draftstore.cpp" line="106"/>
        <source>The saved draft %1 could not be read: %2</source>
        <translation>Der gespeicherte Entwurf %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/session/draftstore.cpp" line="110"/>
        <source>The saved draft %1 is too large to be one.</source>
        <translation>Der gespeicherte Entwurf %1 ist zu groß für einen Entwurf.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/draftstore.cpp" line="117"/>
        <source>The saved draft %1 is damaged: %2</source>
        <translation>Der gespeicherte Entwurf %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/session/draftstore.cpp" line="183"/>
        <source>The draft could not be saved: the folder %1 cannot be made.</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: Der Ordner %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/draftstore.cpp" line="197"/>
        <source>The draft could not be saved to %1: %2</source>
        <translation>Der Entwurf konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Session::KeyService</name>
    <message>
        <location filename="../../app/core/session/keyservice.cpp" line="34"/>
        <source>There is no API key for this profile.</source>
        <translation>Für dieses Profil gibt es keinen API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/keyservice.cpp" line="59"/>
        <source>a key of 8 characters or fewer (too short to show its end)</source>
        <translation>ein Schlüssel mit höchstens 8 Zeichen (zu kurz, um sein Ende zu zeigen)</translation>
    </message>
    <message>
        <location filename="../../app/core/session/keyservice.cpp" line="60"/>
        <source>a key ending in %1</source>
        <translation>ein Schlüssel, der auf %1 endet</translation>
    </message>
    <message>
        <location filename="../../app/core/session/keyservice.cpp" line="70"/>
        <source>This key holds %1: a key is one line of text without control characters, so it cannot be saved. Copy it again without it.</source>
        <translation>Dieser Schlüssel enthält %1: Ein Schlüssel ist eine Textzeile ohne Steuerzeichen, daher kann er nicht gespeichert werden. Kopieren Sie ihn erneut ohne dieses Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/keyservice.cpp" line="89"/>
        <source>Saved in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/keyservice.cpp" line="101"/>
        <source>The key is forgotten.</source>
        <translation>Der Schlüssel wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/keyservice.cpp" line="132"/>
        <source>The server accepted the key.</source>
        <translation>Der Server hat den Schlüssel akzeptiert.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/keyservice.cpp" line="134"/>
        <source>The server refused the key: %1</source>
        <translation>Der Server hat den Schlüssel abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Session::PreviewRead</name>
    <message>
        <location filename="../../app/core/session/previewread.cpp" line="49"/>
        <source>the request has no match key (primary_email or contact_emails) to look up.</source>
        <translation>die Anfrage hat keinen match-Schlüssel (primary_email oder contact_emails), der sich nachschlagen ließe.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/previewread.cpp" line="53"/>
        <source>there is no API key for this profile.</source>
        <translation>für dieses Profil gibt es keinen API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/previewread.cpp" line="69"/>
        <source>cancelled.</source>
        <translation>abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/previewread.cpp" line="89"/>
        <source>the contact&apos;s id cannot be put in a URL, so it was not read.</source>
        <translation>die ID des Kontakts lässt sich nicht in eine URL setzen, daher wurde er nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/previewread.cpp" line="110"/>
        <source>the contact could not be read: %1</source>
        <translation>der Kontakt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/session/previewread.cpp" line="111"/>
        <source>the answer is not that contact&apos;s record.</source>
        <translation>die Antwort ist nicht der Datensatz dieses Kontakts.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/previewread.cpp" line="128"/>
        <source>the server refused the key (HTTP %1).</source>
        <translation>der Server hat den Schlüssel abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../app/core/session/previewread.cpp" line="131"/>
        <source>the server could not answer the query (HTTP %1).</source>
        <translation>der Server konnte die Abfrage nicht beantworten (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../app/core/session/previewread.cpp" line="136"/>
        <source>the server did not answer within %1 s.</source>
        <translation>der Server hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Session::ProfileService</name>
    <message>
        <location filename="../../app/core/session/profileservice.cpp" line="34"/>
        <location filename="../../app/core/session/profileservice.cpp" line="72"/>
        <source>There is a profile &quot;%1&quot; already.</source>
        <translation>Es gibt bereits ein Profil „%1“.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/profileservice.cpp" line="43"/>
        <location filename="../../app/core/session/profileservice.cpp" line="56"/>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil „%1“.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/profileservice.cpp" line="66"/>
        <source>&quot;%1&quot; is built in and keeps its name.</source>
        <translation>„%1“ ist eingebaut und behält seinen Namen.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/profileservice.cpp" line="100"/>
        <source>The key of &quot;%1&quot; could not be read, so the profile was not renamed: %2</source>
        <translation>Der Schlüssel von „%1“ konnte nicht gelesen werden, daher wurde das Profil nicht umbenannt: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/session/profileservice.cpp" line="114"/>
        <source>The key could not be saved under &quot;%1&quot;, so the profile was not renamed: %2</source>
        <translation>Der Schlüssel konnte nicht unter „%1“ gespeichert werden, daher wurde das Profil nicht umbenannt: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/session/profileservice.cpp" line="142"/>
        <source>&quot;%1&quot; is renamed, but the keychain kept a copy of its key under the old name: %2</source>
        <translation>„%1“ ist umbenannt, aber der Schlüsselbund hat eine Kopie des Schlüssels unter dem alten Namen behalten: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/session/profileservice.cpp" line="179"/>
        <source>&quot;%1&quot; is removed, but the keychain kept its key: %2</source>
        <translation>„%1“ ist entfernt, aber der Schlüsselbund hat den Schlüssel behalten: %2</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Session::ReadBackVerdict</name>
    <message>
        <location filename="../../app/core/session/readbackverdict.cpp" line="37"/>
        <source>Landed (read back): contact %1 holds every field the row writes.</source>
        <translation>Angekommen (zurückgelesen): Kontakt %1 enthält jedes Feld so, wie der Datensatz es schreibt.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/readbackverdict.cpp" line="39"/>
        <source>Not landed (read back): no contact has this address.</source>
        <translation>Nicht angekommen (zurückgelesen): kein Kontakt hat diese Adresse.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/readbackverdict.cpp" line="41"/>
        <source>Not landed (read back): contact %1 does not hold what the row writes.</source>
        <translation>Nicht angekommen (zurückgelesen): Kontakt %1 enthält nicht, was der Datensatz schreibt.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/readbackverdict.cpp" line="42"/>
        <source>Unchecked: the contact could not be read back.</source>
        <translation>Nicht geprüft: der Kontakt konnte nicht zurückgelesen werden.</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Session::SandboxLauncher</name>
    <message>
        <location filename="../../app/core/session/sandboxlauncher.cpp" line="57"/>
        <source>The app closed before the sandbox started.</source>
        <translation>Das Programm wurde beendet, bevor die Sandbox gestartet war.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/sandboxlauncher.cpp" line="120"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/session/sandboxlauncher.cpp" line="132"/>
        <source>%1 did not report its address within %2 s.</source>
        <translation>%1 hat seine Adresse nicht innerhalb von %2 s gemeldet.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/sandboxlauncher.cpp" line="153"/>
        <source>%1 printed something that is not an address.</source>
        <translation>%1 hat etwas ausgegeben, das keine Adresse ist.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/sandboxlauncher.cpp" line="194"/>
        <source>crashed</source>
        <translation>ist abgestürzt</translation>
    </message>
    <message>
        <location filename="../../app/core/session/sandboxlauncher.cpp" line="194"/>
        <source>exited with code %1</source>
        <translation>wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <location filename="../../app/core/session/sandboxlauncher.cpp" line="196"/>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/sandboxlauncher.cpp" line="197"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/core/session/sandboxlauncher.cpp" line="203"/>
        <source>The sandbox cannot read its contacts file %1, so it does not start: %2</source>
        <translation>Die Sandbox kann ihre Kontaktdatei %1 nicht lesen und startet daher nicht: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/session/sandboxlauncher.cpp" line="235"/>
        <source>The sandbox&apos;s contacts file %1 is gone: the sandbox starts on new sample contacts, and history entries sent to it before point at contacts it no longer has.</source>
        <translation>Die Kontaktdatei %1 der Sandbox ist verschwunden: Die Sandbox startet mit neuen Beispielkontakten, und Verlaufseinträge, die vorher an sie gesendet wurden, verweisen auf Kontakte, die sie nicht mehr hat.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/sandboxlauncher.cpp" line="262"/>
        <source>The sandbox was reset before it had started.</source>
        <translation>Die Sandbox wurde zurückgesetzt, bevor sie gestartet war.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/sandboxlauncher.cpp" line="271"/>
        <source>The sandbox&apos;s contacts file %1 could not be moved aside, so the sandbox was not reset.</source>
        <translation>Die Kontaktdatei %1 der Sandbox konnte nicht beiseitegelegt werden, daher wurde die Sandbox nicht zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Session::SchemaFetcher</name>
    <message>
        <location filename="../../app/core/session/schemafetcher.cpp" line="28"/>
        <location filename="../../app/core/session/schemafetcher.cpp" line="68"/>
        <source>The schema could not be read: %1</source>
        <translation>Das Schema konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Session::SendController</name>
    <message>
        <location filename="../../app/core/session/sendcontroller.cpp" line="22"/>
        <source>Sending… %1 s</source>
        <translation>Wird gesendet… %1 s</translation>
    </message>
    <message>
        <location filename="../../app/core/session/sendcontroller.cpp" line="41"/>
        <source>Send this assert to the production profile &quot;%1&quot; (%2)? It changes real contacts.</source>
        <translation>Dieses Assert an das Produktivprofil „%1“ (%2) senden? Es ändert echte Kontakte.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/sendcontroller.cpp" line="44"/>
        <source>You chose not to send to production.</source>
        <translation>Sie haben sich gegen das Senden an die Produktion entschieden.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/sendcontroller.cpp" line="116"/>
        <source>Cancelled before anything was sent.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/sendcontroller.cpp" line="91"/>
        <source>Throttled by the server (HTTP 429): try %1 in %2 s</source>
        <translation>Vom Server gedrosselt (HTTP 429): Versuch %1 in %2 s</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::AddressFieldEditor</name>
    <message>
        <location filename="../../ui/editors/addressfieldeditor.cpp" line="14"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../ui/editors/addressfieldeditor.cpp" line="14"/>
        <source>Street 2</source>
        <translation>Adresszusatz</translation>
    </message>
    <message>
        <location filename="../../ui/editors/addressfieldeditor.cpp" line="14"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/editors/addressfieldeditor.cpp" line="14"/>
        <source>State</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/editors/addressfieldeditor.cpp" line="14"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/editors/addressfieldeditor.cpp" line="14"/>
        <source>ZIP</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../ui/editors/addressfieldeditor.cpp" line="34"/>
        <source>Arrow keys move between the parts of the address.</source>
        <translation>Die Pfeiltasten wechseln zwischen den Teilen der Adresse.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/addressfieldeditor.cpp" line="73"/>
        <source>%1: null</source>
        <translation>%1: null</translation>
    </message>
    <message>
        <location filename="../../ui/editors/addressfieldeditor.cpp" line="75"/>
        <source>%1: empty text</source>
        <translation>%1: leerer Text</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::BatchChecker</name>
    <message>
        <location filename="../../ui/batch/batchchecker.cpp" line="70"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchchecker.cpp" line="79"/>
        <source>The file&apos;s columns changed since it was opened: open it again.</source>
        <translation>Die Spalten der Datei haben sich seit dem Öffnen geändert: Bitte erneut öffnen.</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::BatchFileCheck</name>
    <message>
        <location filename="../../ui/batch/batchfilecheck.cpp" line="27"/>
        <location filename="../../ui/batch/batchfilecheck.cpp" line="56"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::BatchMappingPanel</name>
    <message>
        <location filename="../../ui/batch/batchmappingpanel.cpp" line="25"/>
        <location filename="../../ui/batch/batchmappingpanel.cpp" line="33"/>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchmappingpanel.cpp" line="61"/>
        <source>Match column</source>
        <translation>Match-Spalte</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchmappingpanel.cpp" line="62"/>
        <source>The column whose email address says which contact a row is.</source>
        <translation>Die Spalte, deren E-Mail-Adresse sagt, welcher Kontakt eine Zeile ist.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchmappingpanel.cpp" line="63"/>
        <source>Match column:</source>
        <translation>Match-Spalte:</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchmappingpanel.cpp" line="65"/>
        <source>An empty cell clears the field</source>
        <translation>Eine leere Zelle leert das Feld</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchmappingpanel.cpp" line="67"/>
        <source>Off: an empty cell is not sent and the field keeps its value. On: it is sent as null and the field is cleared.</source>
        <translation>Aus: Eine leere Zelle wird nicht gesendet, das Feld behält seinen Wert. An: Sie wird als null gesendet und das Feld geleert.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchmappingpanel.cpp" line="70"/>
        <source>Load mapping…</source>
        <translation>Zuordnung laden…</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchmappingpanel.cpp" line="72"/>
        <source>A JSON map file: {&quot;columns&quot;: {&quot;E-Mail&quot;: &quot;primary_email&quot;, &quot;Firma&quot;: null}}</source>
        <translation>Eine JSON-Zuordnungsdatei: {&quot;columns&quot;: {&quot;E-Mail&quot;: &quot;primary_email&quot;, &quot;Firma&quot;: null}}</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchmappingpanel.cpp" line="98"/>
        <source>(automatic: the primary_email column)</source>
        <translation>(automatisch: die Spalte primary_email)</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchmappingpanel.cpp" line="113"/>
        <source>This mapping cannot be used: %1</source>
        <translation>Diese Zuordnung ist nicht verwendbar: %1</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::BatchProblemModel</name>
    <message>
        <location filename="../../ui/batch/batchproblemmodel.cpp" line="64"/>
        <source>(the row)</source>
        <translation>(die Zeile)</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchproblemmodel.cpp" line="65"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchproblemmodel.cpp" line="65"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchproblemmodel.cpp" line="77"/>
        <source>Row</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchproblemmodel.cpp" line="78"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchproblemmodel.cpp" line="79"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchproblemmodel.cpp" line="80"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchproblemmodel.cpp" line="81"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchproblemmodel.cpp" line="82"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::BatchResultsFilter</name>
    <message>
        <location filename="../../ui/batch/batchresultsfilter.cpp" line="26"/>
        <source>All rows</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsfilter.cpp" line="26"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsfilter.cpp" line="26"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsfilter.cpp" line="26"/>
        <source>Repeated</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsfilter.cpp" line="27"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsfilter.cpp" line="27"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsfilter.cpp" line="27"/>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsfilter.cpp" line="27"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::BatchResultsModel</name>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="88"/>
        <source>will create</source>
        <translation>wird angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="90"/>
        <source>will update</source>
        <translation>wird aktualisiert</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="92"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="94"/>
        <source>ambiguous</source>
        <translation>mehrdeutig</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="95"/>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="102"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="103"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="104"/>
        <source>outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="105"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="106"/>
        <source>landed (read back)</source>
        <translation>angekommen (zurückgelesen)</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="107"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="197"/>
        <source>Row</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="198"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="199"/>
        <source>Match key</source>
        <translation>Match-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="200"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="201"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="202"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="203"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="204"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="205"/>
        <source>Contact ID</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="206"/>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="207"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultsmodel.cpp" line="208"/>
        <source>History entry</source>
        <translation>Verlaufseintrag</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::BatchResultsPage</name>
    <message>
        <location filename="../../ui/batch/batchresultspage.cpp" line="24"/>
        <source>Show rows</source>
        <translation>Datensätze anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultspage.cpp" line="26"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchresultspage.cpp" line="36"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::BatchRowsModel</name>
    <message>
        <location filename="../../ui/batch/batchrowsmodel.cpp" line="81"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchrowsmodel.cpp" line="82"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchrowsmodel.cpp" line="83"/>
        <source>repeated</source>
        <translation>wiederholt</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchrowsmodel.cpp" line="149"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchrowsmodel.cpp" line="151"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::BatchView</name>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="127"/>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="128"/>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="129"/>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="130"/>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="131"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="132"/>
        <source>Pipe (|)</source>
        <translation>Senkrechter Strich (|)</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="133"/>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="138"/>
        <source>Past batches…</source>
        <translation>Frühere Stapel…</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="152"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="153"/>
        <source>Enter shows the row and the cell of the problem.</source>
        <translation>Die Eingabetaste zeigt den Datensatz und die Zelle des Problems.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="158"/>
        <source>Rows of the file</source>
        <translation>Datensätze der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="177"/>
        <source>Problems and rows</source>
        <translation>Probleme und Datensätze</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="179"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="188"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="190"/>
        <source>Map and check every row of the file; nothing is sent.</source>
        <translation>Jeden Datensatz der Datei zuordnen und prüfen; nichts wird gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="191"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="195"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="207"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="209"/>
        <location filename="../../ui/batch/batchviewrunner.cpp" line="33"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="213"/>
        <source>Send…</source>
        <translation>Senden…</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="215"/>
        <source>Save results…</source>
        <translation>Ergebnisse speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="217"/>
        <source>The file&apos;s columns and each row&apos;s outcome, as a CSV file only you can read.</source>
        <translation>Die Spalten der Datei und das Ergebnis jedes Datensatzes, als CSV-Datei, die nur Sie lesen können.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="233"/>
        <source>Results saved: %1</source>
        <translation>Ergebnisse gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="233"/>
        <source>Results not saved: %1</source>
        <translation>Ergebnisse nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="252"/>
        <location filename="../../ui/batch/batchview.cpp" line="339"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="301"/>
        <source>Choose a mapping that can be used, then check.</source>
        <translation>Wählen Sie eine verwendbare Zuordnung, dann prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="323"/>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="345"/>
        <source>%1 is not a mapping: %2</source>
        <translation>%1 ist keine Zuordnung: %2</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="392"/>
        <source>Checking… %1 rows</source>
        <translation>Prüfe… %1 Datensätze</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="401"/>
        <source>Check stopped after %1 rows.</source>
        <translation>Prüfung nach %1 Datensätzen angehalten.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="416"/>
        <source>No file open: File › Open batch…</source>
        <translation>Keine Datei geöffnet: Datei › Stapel öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="421"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="425"/>
        <source>%1 rows</source>
        <translation>%1 Datensätze</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="425"/>
        <source>rows counted by the check</source>
        <translation>Datensätze werden bei der Prüfung gezählt</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="426"/>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8 mit Byte-Order-Mark</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="426"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="427"/>
        <source>%1 · %2 · delimiter: %3 · %4</source>
        <translation>%1 · %2 · Trennzeichen: %3 · %4</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="435"/>
        <source>The mapping changed: check again.</source>
        <translation>Die Zuordnung wurde geändert: bitte erneut prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="436"/>
        <source>Choose a mapping that can be used.</source>
        <translation>Wählen Sie eine verwendbare Zuordnung.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="440"/>
        <source>Valid: %1 · Invalid: %2 · Repeated: %3</source>
        <translation>Gültig: %1 · Ungültig: %2 · Wiederholt: %3</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="457"/>
        <source>Coming with the batch preview: how many contacts the file would create and update, asked of the server without writing anything.</source>
        <translation>Kommt mit der Stapel-Vorschau: wie viele Kontakte die Datei anlegen und aktualisieren würde, beim Server erfragt, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="460"/>
        <source>Ask the server what the checked rows would do; nothing is written.</source>
        <translation>Den Server fragen, was die geprüften Datensätze bewirken würden; nichts wird geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="462"/>
        <source>Coming with batch sending: the checked rows sent at the server&apos;s pace, each one an entry in the history.</source>
        <translation>Kommt mit dem Stapelversand: die geprüften Datensätze im Tempo des Servers gesendet, jeder ein Eintrag im Verlauf.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchview.cpp" line="465"/>
        <source>Send the checked rows to the profile&apos;s server.</source>
        <translation>Die geprüften Datensätze an den Server des Profils senden.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchviewrunner.cpp" line="33"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchviewrunner.cpp" line="36"/>
        <source>Will create %1, update %2; ambiguous %3, unchanged %4, unavailable %5</source>
        <translation>Legt %1 an, aktualisiert %2; mehrdeutig %3, unverändert %4, nicht verfügbar %5</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchviewrunner.cpp" line="102"/>
        <source>the built-in sandbox</source>
        <translation>die eingebaute Sandbox</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchviewrunner.cpp" line="104"/>
        <source>Send %1 rows to the profile &quot;%2&quot; (%3)? Each row is an assert, recorded in the history.</source>
        <translation>%1 Datensätze an das Profil „%2“ (%3) senden? Jeder Datensatz ist ein Assert und wird im Verlauf festgehalten.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchviewrunner.cpp" line="108"/>
        <source>%1 rows are invalid and %2 repeat a match key: they are left out.</source>
        <translation>%1 Datensätze sind ungültig und %2 wiederholen einen match-Schlüssel: Sie werden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchviewrunner.cpp" line="111"/>
        <source>This is a production profile.</source>
        <translation>Dies ist ein Produktionsprofil.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchviewrunner.cpp" line="112"/>
        <source>Send the batch?</source>
        <translation>Stapel senden?</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchviewrunner.cpp" line="114"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchviewrunner.cpp" line="114"/>
        <source>Send only the valid rows</source>
        <translation>Nur die gültigen Datensätze senden</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchviewrunner.cpp" line="127"/>
        <source>Save results</source>
        <translation>Ergebnisse speichern</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchviewrunner.cpp" line="127"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchviewrunner.cpp" line="169"/>
        <source>A batch is being sent or previewed: open a past one when it ends.</source>
        <translation>Ein Stapel wird gerade gesendet oder in der Vorschau geprüft: öffnen Sie einen früheren, wenn er fertig ist.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchviewrunner.cpp" line="197"/>
        <source>batch %1</source>
        <translation>Stapel %1</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchviewrunner.cpp" line="44"/>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Datensätzen</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchviewrunner.cpp" line="48"/>
        <source>%1 rows/s</source>
        <translation>%1 Datensätze/s</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchviewrunner.cpp" line="50"/>
        <source>the server asked to wait %1 s</source>
        <translation>der Server bat, %1 s zu warten</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchviewrunner.cpp" line="52"/>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <location filename="../../ui/batch/batchviewrunner.cpp" line="76"/>
        <source>Previewing…</source>
        <translation>Vorschau läuft…</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::BooleanFieldEditor</name>
    <message>
        <location filename="../../ui/editors/booleanfieldeditor.cpp" line="15"/>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <location filename="../../ui/editors/booleanfieldeditor.cpp" line="16"/>
        <source>false</source>
        <translation>false</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::ContactListFieldEditor</name>
    <message>
        <location filename="../../ui/editors/contactlistfieldeditor.cpp" line="85"/>
        <source>Sent as written: is_primary is not true or false. Change it in the JSON tab.</source>
        <translation>Wird wie geschrieben gesendet: is_primary ist weder true noch false. Ändern Sie es im JSON-Reiter.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/contactlistfieldeditor.cpp" line="92"/>
        <source>is_primary is not in the request; tick or untick to add it.</source>
        <translation>is_primary steht nicht in der Anfrage; setzen oder entfernen Sie das Häkchen, um es hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/contactlistfieldeditor.cpp" line="102"/>
        <source>Sent as written: these labels are not a list of plain words. Change them in the JSON tab.</source>
        <translation>Wird wie geschrieben gesendet: Diese Labels sind keine Liste einfacher Wörter. Ändern Sie sie im JSON-Reiter.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/contactlistfieldeditor.cpp" line="110"/>
        <source>labels is not in the request; type labels to add it.</source>
        <translation>labels steht nicht in der Anfrage; geben Sie Labels ein, um es hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/contactlistfieldeditor.cpp" line="128"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/editors/contactlistfieldeditor.cpp" line="128"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../ui/editors/contactlistfieldeditor.cpp" line="128"/>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <location filename="../../ui/editors/contactlistfieldeditor.cpp" line="128"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../ui/editors/contactlistfieldeditor.cpp" line="132"/>
        <source>Allowed labels: %1. Several are written with commas.</source>
        <translation>Erlaubte Labels: %1. Mehrere werden durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/contactlistfieldeditor.cpp" line="146"/>
        <location filename="../../ui/editors/contactlistfieldeditor.cpp" line="177"/>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/editors/contactlistfieldeditor.cpp" line="147"/>
        <location filename="../../ui/editors/contactlistfieldeditor.cpp" line="178"/>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/editors/contactlistfieldeditor.cpp" line="148"/>
        <source>: add row</source>
        <translation>: Zeile hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/editors/contactlistfieldeditor.cpp" line="149"/>
        <source>: remove row</source>
        <translation>: Zeile entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/editors/contactlistfieldeditor.cpp" line="156"/>
        <source>Add a row (Insert in the table)</source>
        <translation>Zeile hinzufügen (Einfg in der Tabelle)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/contactlistfieldeditor.cpp" line="157"/>
        <source>Remove the selected row (Delete in the table)</source>
        <translation>Ausgewählte Zeile entfernen (Entf in der Tabelle)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/contactlistfieldeditor.cpp" line="158"/>
        <source>Insert adds a row; Delete removes the selected row.</source>
        <translation>Einfg fügt eine Zeile hinzu, Entf entfernt die ausgewählte Zeile.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/contactlistfieldeditor.cpp" line="169"/>
        <source>%1: what will be sent</source>
        <translation>%1: was gesendet wird</translation>
    </message>
    <message>
        <location filename="../../ui/editors/contactlistfieldeditor.cpp" line="240"/>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::ContactLookupDialog</name>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="53"/>
        <location filename="../../ui/contactlookupdialog.cpp" line="54"/>
        <source>Find a contact</source>
        <translation>Kontakt suchen</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="89"/>
        <source>F&amp;ind:</source>
        <translation>Suchen &amp;nach:</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="92"/>
        <source>Email address, name or contact id</source>
        <translation>E-Mail-Adresse, Name oder Kontakt-ID</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="93"/>
        <source>Find a contact by email address, name or contact id</source>
        <translation>Kontakt nach E-Mail-Adresse, Name oder Kontakt-ID suchen</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="97"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="97"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="104"/>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="121"/>
        <source>Contacts found</source>
        <translation>Gefundene Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="138"/>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="138"/>
        <source>Load more contacts</source>
        <translation>Weitere Kontakte laden</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="155"/>
        <location filename="../../ui/contactlookupdialog.cpp" line="212"/>
        <source>Open a contact to see all of it here.</source>
        <translation>Öffnen Sie einen Kontakt, um ihn hier vollständig zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="157"/>
        <source>Contact shown</source>
        <translation>Angezeigter Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="162"/>
        <source>The contact, read-only</source>
        <translation>Der Kontakt, schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="179"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="179"/>
        <source>Open the selected contact</source>
        <translation>Den ausgewählten Kontakt öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="180"/>
        <source>&amp;Update this contact</source>
        <translation>Kontakt &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="181"/>
        <source>Update this contact: a new request matched on its primary email</source>
        <translation>Diesen Kontakt aktualisieren: eine neue Anfrage mit Match über seine primäre E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="182"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="221"/>
        <source>Type an email address (any of a contact&apos;s), a name or a contact id.</source>
        <translation>Geben Sie eine E-Mail-Adresse (eine beliebige des Kontakts), einen Namen oder eine Kontakt-ID ein.</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="223"/>
        <source>Loading more…</source>
        <translation>Weitere werden geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="223"/>
        <source>Searching %1 for “%2”…</source>
        <translation>%1 wird nach „%2“ durchsucht…</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="229"/>
        <source>No contact matches “%1” in %2.</source>
        <translation>Kein Kontakt in %2 passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="233"/>
        <source>1 contact found in %1</source>
        <translation>1 Kontakt in %1 gefunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contactlookupdialog.cpp" line="233"/>
        <source>%n contacts found in %1</source>
        <translation>
            <numerusform>%n Kontakt in %1 gefunden</numerusform>
            <numerusform>%n Kontakte in %1 gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contactlookupdialog.cpp" line="237"/>
        <source> %n entries of the answer were not contact records and are left out.</source>
        <translation>
            <numerusform> %n Eintrag der Antwort war kein Kontaktdatensatz und wird ausgelassen.</numerusform>
            <numerusform> %n Einträge der Antwort waren keine Kontaktdatensätze und werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="234"/>
        <source>; there are more (Load more).</source>
        <translation>; es gibt weitere (Mehr laden).</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="234"/>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="236"/>
        <source> One entry of the answer was not a contact record and is left out.</source>
        <translation> Ein Eintrag der Antwort war kein Kontaktdatensatz und wird ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="259"/>
        <source>This contact has no email address to match on.</source>
        <translation>Dieser Kontakt hat keine E-Mail-Adresse für ein Match.</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="260"/>
        <source>Starts a new request matched on %1; you add the fields to change.</source>
        <translation>Beginnt eine neue Anfrage mit Match über %1; Sie fügen die zu ändernden Felder hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="262"/>
        <source>its primary email</source>
        <translation>seine primäre E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="272"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="283"/>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../../ui/contactlookupdialog.cpp" line="292"/>
        <source>Could not open the contact: %1</source>
        <translation>Der Kontakt konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::ContactTimelineDialog</name>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="30"/>
        <source>&amp;Open entry</source>
        <translation>Eintrag ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="33"/>
        <location filename="../../ui/contacttimelinedialog.cpp" line="34"/>
        <source>Contact timeline</source>
        <translation>Zeitleiste des Kontakts</translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="54"/>
        <source>Timeline status</source>
        <translation>Stand der Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="56"/>
        <source>Sends to this contact, newest first</source>
        <translation>Sendevorgänge an diesen Kontakt, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="57"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="57"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="57"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="57"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="57"/>
        <source>Fields changed</source>
        <translation>Geänderte Felder</translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="66"/>
        <source>What the chosen send changed, field by field</source>
        <translation>Was der gewählte Sendevorgang geändert hat, Feld für Feld</translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="68"/>
        <source>Open the chosen send as its history entry</source>
        <translation>Den gewählten Sendevorgang als Verlaufseintrag öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="90"/>
        <source>Sends matched on %1</source>
        <translation>Sendevorgänge mit Match auf %1</translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="91"/>
        <source>Contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="92"/>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="120"/>
        <source>The history has no sends to this contact.</source>
        <translation>Der Verlauf enthält keine Sendevorgänge an diesen Kontakt.</translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="121"/>
        <source>1 send, from the history on this computer.</source>
        <translation>1 Sendevorgang, aus dem Verlauf auf diesem Computer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacttimelinedialog.cpp" line="122"/>
        <source>%n sends, newest first, from the history on this computer.</source>
        <translation>
            <numerusform>%n Sendevorgang, aus dem Verlauf auf diesem Computer.</numerusform>
            <numerusform>%n Sendevorgänge, neueste zuerst, aus dem Verlauf auf diesem Computer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="139"/>
        <source>Nothing: the send was not carried out.</source>
        <translation>Nichts: Der Sendevorgang wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="147"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="148"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="150"/>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="152"/>
        <source>Perhaps (outcome unknown): %1</source>
        <translation>Vielleicht (Ergebnis unbekannt): %1</translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="154"/>
        <source>(values before not kept)</source>
        <translation>(frühere Werte nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="167"/>
        <source>Send #%1, field by field:</source>
        <translation>Sendevorgang #%1, Feld für Feld:</translation>
    </message>
    <message>
        <location filename="../../ui/contacttimelinedialog.cpp" line="168"/>
        <source>Send #%1, field by field (the values before it were not kept):</source>
        <translation>Sendevorgang #%1, Feld für Feld (die Werte davor wurden nicht gespeichert):</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::DiffTable</name>
    <message>
        <location filename="../../ui/difftable.cpp" line="34"/>
        <source>What the request changes, field by field</source>
        <translation>Was die Anfrage ändert, Feld für Feld</translation>
    </message>
    <message>
        <location filename="../../ui/difftable.cpp" line="35"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../ui/difftable.cpp" line="35"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../../ui/difftable.cpp" line="35"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../../ui/difftable.cpp" line="35"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/difftable.cpp" line="61"/>
        <source>Follows from the request: the server works this field out from the fields sent (a display name from the names, a primary email from the list).</source>
        <translation>Folgt aus der Anfrage: Der Server leitet dieses Feld aus den gesendeten Feldern ab (einen Anzeigenamen aus den Namen, eine primäre E-Mail aus der Liste).</translation>
    </message>
    <message>
        <location filename="../../ui/difftable.cpp" line="90"/>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <location filename="../../ui/difftable.cpp" line="91"/>
        <source>change</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../ui/difftable.cpp" line="92"/>
        <source>clear</source>
        <translation>geleert</translation>
    </message>
    <message>
        <location filename="../../ui/difftable.cpp" line="93"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../../ui/difftable.cpp" line="95"/>
        <source>replace: %1 added, %2 removed</source>
        <translation>ersetzt: %1 hinzu, %2 entfernt</translation>
    </message>
    <message>
        <location filename="../../ui/difftable.cpp" line="99"/>
        <source>%1 (derived)</source>
        <translation>%1 (abgeleitet)</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::DraftBar</name>
    <message>
        <location filename="../../ui/draftbar.cpp" line="12"/>
        <source>&amp;Load an example</source>
        <translation>Beispiel &amp;laden</translation>
    </message>
    <message>
        <location filename="../../ui/draftbar.cpp" line="27"/>
        <source>Fill the request with an example contact (Sarah Chen) to see what a request looks like; nothing is sent until you press Send.</source>
        <translation>Füllt die Anfrage mit einem Beispielkontakt (Sarah Chen), damit Sie sehen, wie eine Anfrage aussieht; gesendet wird erst, wenn Sie auf „Senden“ drücken.</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::DraftKeeper</name>
    <message>
        <location filename="../../ui/draftkeeper.cpp" line="46"/>
        <source>%1 It was moved aside; the window starts with an empty request.</source>
        <translation>%1 Er wurde beiseitegelegt; das Fenster beginnt mit einer leeren Anfrage.</translation>
    </message>
    <message>
        <location filename="../../ui/draftkeeper.cpp" line="79"/>
        <source>Your earlier request is still set aside (%1). Starting another one now replaces it. Drop it?</source>
        <translation>Ihre frühere Anfrage ist noch zurückgelegt (%1). Eine neue zu beginnen ersetzt sie. Verwerfen?</translation>
    </message>
    <message>
        <location filename="../../ui/draftkeeper.cpp" line="81"/>
        <source>Drop the request set aside?</source>
        <translation>Zurückgelegte Anfrage verwerfen?</translation>
    </message>
    <message>
        <location filename="../../ui/draftkeeper.cpp" line="81"/>
        <source>&amp;Drop it</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/draftkeeper.cpp" line="164"/>
        <source>&amp;Back to the copy of #%1</source>
        <translation>&amp;Zurück zur Kopie von #%1</translation>
    </message>
    <message>
        <location filename="../../ui/draftkeeper.cpp" line="165"/>
        <source>&amp;Back to the example</source>
        <translation>&amp;Zurück zum Beispiel</translation>
    </message>
    <message>
        <location filename="../../ui/draftkeeper.cpp" line="168"/>
        <source>&amp;Back to my draft</source>
        <translation>&amp;Zurück zu meinem Entwurf</translation>
    </message>
    <message>
        <location filename="../../ui/draftkeeper.cpp" line="168"/>
        <source>&amp;Back to the new request</source>
        <translation>&amp;Zurück zur neuen Anfrage</translation>
    </message>
    <message>
        <location filename="../../ui/draftkeeper.cpp" line="175"/>
        <source>Your request is kept while you look at #%1.</source>
        <translation>Ihre Anfrage bleibt erhalten, während Sie #%1 ansehen.</translation>
    </message>
    <message>
        <location filename="../../ui/draftkeeper.cpp" line="182"/>
        <source>Restored as you left it. Its JSON does not parse yet, so the form cannot show it: the JSON tab has the text.</source>
        <translation>Wiederhergestellt, wie Sie sie verlassen haben. Ihr JSON ist noch ungültig, daher kann das Formular sie nicht zeigen: Der Text steht im JSON-Reiter.</translation>
    </message>
    <message>
        <location filename="../../ui/draftkeeper.cpp" line="185"/>
        <source>Your earlier request is set aside, unchanged.</source>
        <translation>Ihre frühere Anfrage ist unverändert zurückgelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/draftkeeper.cpp" line="187"/>
        <source>New request: fill in the form or the JSON, or load an example to see what one looks like.</source>
        <translation>Neue Anfrage: Füllen Sie Formular oder JSON aus oder laden Sie ein Beispiel, um zu sehen, wie eine aussieht.</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::EnvironmentLabel</name>
    <message>
        <location filename="../../ui/environmentlabel.cpp" line="23"/>
        <source>Sandbox (starting…)</source>
        <translation>Sandbox (startet…)</translation>
    </message>
    <message>
        <location filename="../../ui/environmentlabel.cpp" line="36"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location filename="../../ui/environmentlabel.cpp" line="38"/>
        <source>Sandbox not running: %1</source>
        <translation>Sandbox läuft nicht: %1</translation>
    </message>
    <message>
        <location filename="../../ui/environmentlabel.cpp" line="44"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/environmentlabel.cpp" line="50"/>
        <source>Sandbox stopped (it starts again on the next send): %1</source>
        <translation>Sandbox angehalten (sie startet beim nächsten Senden neu): %1</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::FoundContactModel</name>
    <message>
        <location filename="../../ui/foundcontactmodel.cpp" line="71"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location filename="../../ui/foundcontactmodel.cpp" line="84"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/foundcontactmodel.cpp" line="85"/>
        <source>Primary email</source>
        <translation>Primäre E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/foundcontactmodel.cpp" line="86"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/foundcontactmodel.cpp" line="87"/>
        <source>Last updated</source>
        <translation>Zuletzt geändert</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::HistoryColumns</name>
    <message>
        <location filename="../../ui/historycolumns.cpp" line="21"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::HistoryEntryOpener</name>
    <message>
        <location filename="../../ui/historyentryopener.cpp" line="34"/>
        <location filename="../../ui/historyentryopener.cpp" line="89"/>
        <source>History entry %1 could not be read.</source>
        <translation>Verlaufseintrag %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/historyentryopener.cpp" line="57"/>
        <source>Read-only: assert #%1, sent %2 to %3 (%4). Edit and re-send makes a new one.</source>
        <translation>Nur lesen: Assert #%1, gesendet am %2 an %3 (%4). „Ändern und neu senden“ erstellt ein neues.</translation>
    </message>
    <message>
        <location filename="../../ui/historyentryopener.cpp" line="81"/>
        <source>A created contact cannot be reverted: the API has no delete.</source>
        <translation>Ein angelegter Kontakt lässt sich nicht zurücknehmen: Die API kann nicht löschen.</translation>
    </message>
    <message>
        <location filename="../../ui/historyentryopener.cpp" line="109"/>
        <source>The inverse of assert #%1 is in the form: check the preview, then send it.</source>
        <translation>Die Umkehrung von Assert #%1 steht im Formular: prüfen Sie die Vorschau, dann senden Sie sie.</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::HistoryPanel</name>
    <message>
        <location filename="../../ui/historypanel.cpp" line="76"/>
        <source>Search emails, names, ids, errors</source>
        <translation>E-Mail, Name, ID, Fehler suchen</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="77"/>
        <source>Search emails, names, contact ids and error codes</source>
        <translation>E-Mail-Adressen, Namen, Kontakt-IDs und Fehlercodes suchen</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="78"/>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="80"/>
        <source>Show outcome</source>
        <translation>Nach Ergebnis filtern</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="120"/>
        <source>Past asserts</source>
        <translation>Frühere Asserts</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="173"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="174"/>
        <source>Edit and re-send</source>
        <translation>Ändern und neu senden</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="40"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="44"/>
        <source>Show this contact&apos;s &amp;timeline</source>
        <translation>&amp;Zeitleiste dieses Kontakts zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="55"/>
        <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="81"/>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="85"/>
        <source>Show profile</source>
        <translation>Nach Profil filtern</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="86"/>
        <source>Any profile</source>
        <translation>Jedes Profil</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="88"/>
        <source>Show action</source>
        <translation>Nach Aktion filtern</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="89"/>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="90"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="91"/>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="93"/>
        <source>Show since</source>
        <translation>Nach Zeitraum filtern</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="94"/>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="95"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="96"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="97"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="147"/>
        <source>Clear the history filters</source>
        <translation>Die Filter des Verlaufs zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="175"/>
        <source>Revert this change</source>
        <translation>Diese Änderung zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="178"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="293"/>
        <source>&amp;Export the selected entry…</source>
        <translation>Gewählten Eintrag &amp;exportieren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/historypanel.cpp" line="295"/>
        <source>&amp;Export the %n selected entries…</source>
        <translation>
            <numerusform>Den %n gewählten Eintrag &amp;exportieren…</numerusform>
            <numerusform>Die %n gewählten Einträge &amp;exportieren…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="297"/>
        <source>&amp;Export all history…</source>
        <translation>Ganzen Verlauf &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="299"/>
        <source>&amp;Export the 1 filtered entry…</source>
        <translation>Den 1 gefilterten Eintrag &amp;exportieren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/historypanel.cpp" line="301"/>
        <source>&amp;Export the %n filtered entries…</source>
        <translation>
            <numerusform>Den %n gefilterten Eintrag &amp;exportieren…</numerusform>
            <numerusform>Die %n gefilterten Einträge &amp;exportieren…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="303"/>
        <source>&amp;Export the filtered entries…</source>
        <translation>Gefilterte Einträge &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="306"/>
        <source>Writes a file readable by you alone, as the history is.</source>
        <translation>Schreibt eine Datei, die nur Sie lesen können, wie den Verlauf.</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="313"/>
        <source>No entries match these filters.</source>
        <translation>Keine Einträge passen zu diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="314"/>
        <source>No asserts yet: every send is kept here.</source>
        <translation>Noch keine Asserts: Jeder Sendevorgang wird hier festgehalten.</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="325"/>
        <source>Choose a history entry first: its contact&apos;s timeline opens.</source>
        <translation>Wählen Sie zuerst einen Verlaufseintrag: Die Zeitleiste seines Kontakts öffnet sich.</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="368"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/historypanel.cpp" line="371"/>
        <source>Exported %n entries to %1 (readable by you alone), but not all: %2</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert (nur für Sie lesbar), aber nicht alle: %2</numerusform>
            <numerusform>%n Einträge nach %1 exportiert (nur für Sie lesbar), aber nicht alle: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="374"/>
        <source>Exported 1 entry to %1 (readable by you alone).</source>
        <translation>1 Eintrag nach %1 exportiert (nur für Sie lesbar).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/historypanel.cpp" line="377"/>
        <source>Exported %n entries to %1 (readable by you alone).</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert (nur für Sie lesbar).</numerusform>
            <numerusform>%n Einträge nach %1 exportiert (nur für Sie lesbar).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::KeyDialog</name>
    <message>
        <location filename="../../ui/keydialog.cpp" line="26"/>
        <source>&amp;Save key</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/keydialog.cpp" line="27"/>
        <source>&amp;Test key</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location filename="../../ui/keydialog.cpp" line="28"/>
        <source>&amp;Forget key</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/keydialog.cpp" line="31"/>
        <source>API key for %1</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <location filename="../../ui/keydialog.cpp" line="39"/>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/keydialog.cpp" line="40"/>
        <source>paste the key here</source>
        <translation>Schlüssel hier einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/keydialog.cpp" line="42"/>
        <source>Saved:</source>
        <translation>Gespeichert:</translation>
    </message>
    <message>
        <location filename="../../ui/keydialog.cpp" line="43"/>
        <source>New &amp;key:</source>
        <translation>&amp;Neuer Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../ui/keydialog.cpp" line="48"/>
        <source>Problem with the new key</source>
        <translation>Problem mit dem neuen Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/keydialog.cpp" line="77"/>
        <source>The built-in sandbox uses a key made for this session; nothing to save.</source>
        <translation>Die eingebaute Sandbox nutzt einen Sitzungsschlüssel; nichts zu speichern.</translation>
    </message>
    <message>
        <location filename="../../ui/keydialog.cpp" line="122"/>
        <source>checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/keydialog.cpp" line="133"/>
        <source>Type or paste a key first.</source>
        <translation>Geben Sie zuerst einen Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../../ui/keydialog.cpp" line="145"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::KeyWarningLabel</name>
    <message>
        <location filename="../../ui/keywarninglabel.cpp" line="16"/>
        <source>Key in memory only</source>
        <translation>Schlüssel nur im Speicher</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::LabelsDelegate</name>
    <message>
        <location filename="../../ui/editors/labelsdelegate.cpp" line="59"/>
        <source>Choose labels</source>
        <translation>Labels wählen</translation>
    </message>
    <message>
        <location filename="../../ui/editors/labelsdelegate.cpp" line="60"/>
        <source>Choose from the allowed labels: %1 (Alt+Down)</source>
        <translation>Aus den erlaubten Labels wählen: %1 (Alt+Pfeil runter)</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::LineFieldEditor</name>
    <message>
        <location filename="../../ui/editors/linefieldeditor.cpp" line="30"/>
        <source>%1: what will be sent</source>
        <translation>%1: was gesendet wird</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linefieldeditor.cpp" line="38"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linefieldeditor.cpp" line="39"/>
        <source>+14155551234</source>
        <translation>+14155551234</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linefieldeditor.cpp" line="40"/>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linefieldeditor.cpp" line="41"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../../ui/editors/linefieldeditor.cpp" line="42"/>
        <source>any JSON value, e.g. &quot;text&quot;, 12 or {&quot;a&quot;: 1}</source>
        <translation>beliebiger JSON-Wert, z. B. &quot;Text&quot;, 12 oder {&quot;a&quot;: 1}</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="75"/>
        <source>Assert Desk</source>
        <translation>Assert Desk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="117"/>
        <source>Send to production?</source>
        <translation>An die Produktion senden?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="135"/>
        <source>&amp;Request</source>
        <translation>Anfra&amp;ge</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="207"/>
        <source>Not what the preview said: %1 (history entry %2).</source>
        <translation>Nicht, was die Vorschau sagte: %1 (Verlaufseintrag %2).</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="288"/>
        <source>Request: no problems</source>
        <translation>Anfrage: keine Probleme</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="289"/>
        <source>Request: %1 error(s), %2 warning(s)</source>
        <translation>Anfrage: %1 Fehler, %2 Warnung(en)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="307"/>
        <source>Editing a copy of the past assert; Send makes a new one.</source>
        <translation>Sie bearbeiten eine Kopie des früheren Asserts; „Senden“ erstellt ein neues.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="133"/>
        <source>H&amp;istory</source>
        <translation>Verla&amp;uf</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="136"/>
        <source>Respo&amp;nse</source>
        <translation>Ant&amp;wort</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="376"/>
        <source>Ctrl+Enter sends the request: switch to the Request tab first.</source>
        <translation>Strg+Eingabe sendet die Anfrage: Wechseln Sie zuerst zum Reiter „Anfrage“.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="433"/>
        <source>A new request matched on %1: add the fields to change, then send.</source>
        <translation>Eine neue Anfrage mit Match über %1: Fügen Sie die zu ändernden Felder hinzu und senden Sie dann.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="441"/>
        <source>Open a batch</source>
        <translation>Stapel öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="443"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="450"/>
        <location filename="../../ui/mainwindow.cpp" line="467"/>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="460"/>
        <source>Past batches need the history, which is not open.</source>
        <translation>Frühere Stapel brauchen den Verlauf, und der ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="482"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="505"/>
        <source>Batch: %1</source>
        <translation>Stapel: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="539"/>
        <source>About Assert Desk</source>
        <translation>Über Assert Desk</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="540"/>
        <source>&lt;h3&gt;Assert Desk %1&lt;/h3&gt;&lt;p&gt;Build, check and send contact assert (upsert) requests to the Reevo Public API v2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Assert Desk %1&lt;/h3&gt;&lt;p&gt;Assert-Anfragen (Upsert) für Kontakte an die Reevo Public API v2 erstellen, prüfen und senden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::MappingDelegate</name>
    <message>
        <location filename="../../ui/batch/mappingdelegate.cpp" line="16"/>
        <source>Column %1 is sent as</source>
        <translation>Spalte %1 wird gesendet als</translation>
    </message>
    <message>
        <location filename="../../ui/batch/mappingdelegate.cpp" line="17"/>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::MappingModel</name>
    <message>
        <location filename="../../ui/batch/mappingmodel.cpp" line="75"/>
        <source>no column is sent as primary_email or email_1, so none says which contact a row is: choose one in the table, or a match column below.</source>
        <translation>keine Spalte wird als primary_email oder email_1 gesendet, also sagt keine, welcher Kontakt ein Datensatz ist: Wählen Sie eine in der Tabelle oder unten eine Match-Spalte.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/mappingmodel.cpp" line="81"/>
        <source>This mapping cannot be used.</source>
        <translation>Diese Zuordnung ist nicht verwendbar.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/mappingmodel.cpp" line="136"/>
        <source>The match column: its address says which contact a row is.</source>
        <translation>Die Match-Spalte: Ihre Adresse sagt, welcher Kontakt ein Datensatz ist.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/mappingmodel.cpp" line="144"/>
        <source>(not sent: no field of this name)</source>
        <translation>(nicht gesendet: kein Feld dieses Namens)</translation>
    </message>
    <message>
        <location filename="../../ui/batch/mappingmodel.cpp" line="145"/>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
    <message>
        <location filename="../../ui/batch/mappingmodel.cpp" line="177"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/batch/mappingmodel.cpp" line="177"/>
        <source>Sent as</source>
        <translation>Gesendet als</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::NoticeBanner</name>
    <message>
        <location filename="../../ui/noticebanner.cpp" line="23"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::PastBatchBar</name>
    <message>
        <location filename="../../ui/batch/pastbatchbar.cpp" line="40"/>
        <source>Resend rows whose outcome is unknown</source>
        <translation>Datensätze mit unbekanntem Ergebnis erneut senden</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchbar.cpp" line="42"/>
        <source>Rows whose outcome is unknown are read back first; those the server does not hold as the row writes them are sent again, after you confirm.</source>
        <translation>Datensätze mit unbekanntem Ergebnis werden zuerst zurückgelesen; die der Server nicht so hält, wie der Datensatz sie schreibt, werden nach Ihrer Bestätigung erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchbar.cpp" line="44"/>
        <source>Resume…</source>
        <translation>Fortsetzen…</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchbar.cpp" line="46"/>
        <source>Send the rows of this batch that were never sent.</source>
        <translation>Die nie gesendeten Datensätze dieses Stapels senden.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchbar.cpp" line="74"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchbar.cpp" line="76"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchbar.cpp" line="77"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchbar.cpp" line="83"/>
        <source>%1 rows: %2 succeeded, %3 rejected, %4 outcome unknown, %5 interrupted, %6 not sent</source>
        <translation>%1 Datensätze: %2 erfolgreich, %3 abgelehnt, %4 Ergebnis unbekannt, %5 unterbrochen, %6 nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchbar.cpp" line="87"/>
        <source>%1 landed (read back)</source>
        <translation>%1 angekommen (zurückgelesen)</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchbar.cpp" line="89"/>
        <source>%1 invalid or repeated</source>
        <translation>%1 ungültig oder wiederholt</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchbar.cpp" line="99"/>
        <source>Batch %1 · %2 · sent %3 with the profile &quot;%4&quot; · %5</source>
        <translation>Stapel %1 · %2 · gesendet %3 mit dem Profil „%4“ · %5</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchbar.cpp" line="108"/>
        <source>Every row of this batch has an outcome: nothing is left to resume.</source>
        <translation>Jeder Datensatz dieses Stapels hat ein Ergebnis: nichts ist mehr fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchbar.cpp" line="110"/>
        <source>The file is as it was when the batch was sent: it can be resumed.</source>
        <translation>Die Datei ist so, wie sie beim Senden des Stapels war: er kann fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchbar.cpp" line="124"/>
        <source>Send the %1 rows of batch %2 that were never sent, with the profile &quot;%3&quot;?</source>
        <translation>Die %1 nie gesendeten Datensätze von Stapel %2 mit dem Profil „%3“ senden?</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchbar.cpp" line="128"/>
        <source>Every row of batch %1 was sent at least once.</source>
        <translation>Jeder Datensatz von Stapel %1 wurde mindestens einmal gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchbar.cpp" line="133"/>
        <source>The %1 rows whose outcome is unknown are read back first; those not found as the row writes them are sent again.</source>
        <translation>Die %1 Datensätze mit unbekanntem Ergebnis werden zuerst zurückgelesen; die nicht so vorgefundenen, wie der Datensatz sie schreibt, werden erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchbar.cpp" line="135"/>
        <source>The %1 rows whose outcome is unknown are read back first and not sent again.</source>
        <translation>Die %1 Datensätze mit unbekanntem Ergebnis werden zuerst zurückgelesen und nicht erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchbar.cpp" line="137"/>
        <source>Resume the batch?</source>
        <translation>Stapel fortsetzen?</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchbar.cpp" line="137"/>
        <source>Resume and resend</source>
        <translation>Fortsetzen und erneut senden</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchbar.cpp" line="137"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::PastBatchesDialog</name>
    <message>
        <location filename="../../ui/batch/pastbatchesdialog.cpp" line="22"/>
        <location filename="../../ui/batch/pastbatchesdialog.cpp" line="26"/>
        <source>Past batches</source>
        <translation>Frühere Stapel</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchesdialog.cpp" line="30"/>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchesdialog.cpp" line="30"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchesdialog.cpp" line="30"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchesdialog.cpp" line="30"/>
        <source>Rows</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchesdialog.cpp" line="30"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchesdialog.cpp" line="30"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchesdialog.cpp" line="31"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchesdialog.cpp" line="31"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchesdialog.cpp" line="31"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchesdialog.cpp" line="31"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchesdialog.cpp" line="36"/>
        <source>Loading the history&apos;s batches…</source>
        <translation>Die Stapel des Verlaufs werden geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchesdialog.cpp" line="41"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchesdialog.cpp" line="74"/>
        <source>The history holds no batch yet: File › Open batch… sends one.</source>
        <translation>Der Verlauf enthält noch keinen Stapel: Datei › Stapel öffnen… sendet einen.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/pastbatchesdialog.cpp" line="75"/>
        <source>Open a batch to see where each of its rows stands, and resume it.</source>
        <translation>Öffnen Sie einen Stapel, um zu sehen, wo jeder seiner Datensätze steht, und ihn fortzusetzen.</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::PhoneRegionDialog</name>
    <message>
        <location filename="../../ui/phoneregiondialog.cpp" line="32"/>
        <location filename="../../ui/phoneregiondialog.cpp" line="38"/>
        <source>Phone number region</source>
        <translation>Region für Telefonnummern</translation>
    </message>
    <message>
        <location filename="../../ui/phoneregiondialog.cpp" line="34"/>
        <source>Read a phone number written without + and a country code as a number of:</source>
        <translation>Eine Telefonnummer ohne + und Ländervorwahl lesen als Nummer aus:</translation>
    </message>
    <message>
        <location filename="../../ui/phoneregiondialog.cpp" line="40"/>
        <source>The system&apos;s region (none is set)</source>
        <translation>Region des Systems (keine festgelegt)</translation>
    </message>
    <message>
        <location filename="../../ui/phoneregiondialog.cpp" line="41"/>
        <source>The system&apos;s region (%1, %2)</source>
        <translation>Region des Systems (%1, %2)</translation>
    </message>
    <message>
        <location filename="../../ui/phoneregiondialog.cpp" line="48"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/phoneregiondialog.cpp" line="50"/>
        <source>A number typed in the form is sent in international form (+14155551234) as read in this region; the line under the field shows what will be sent.</source>
        <translation>Eine im Formular eingegebene Nummer wird in internationaler Form (+14155551234) gesendet, so wie sie in dieser Region gelesen wird; die Zeile unter dem Feld zeigt, was gesendet wird.</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::PreviewStrip</name>
    <message>
        <location filename="../../ui/previewstrip.cpp" line="37"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../ui/previewstrip.cpp" line="49"/>
        <location filename="../../ui/previewstrip.cpp" line="88"/>
        <source>Preview: give the request a match address to see which contact it finds.</source>
        <translation>Vorschau: Geben Sie der Anfrage eine Match-Adresse, um zu sehen, welchen Kontakt sie findet.</translation>
    </message>
    <message>
        <location filename="../../ui/previewstrip.cpp" line="51"/>
        <source>Ask the server now which contact this request updates (reads only)</source>
        <translation>Den Server jetzt fragen, welchen Kontakt diese Anfrage aktualisiert (liest nur)</translation>
    </message>
    <message>
        <location filename="../../ui/previewstrip.cpp" line="61"/>
        <source>Preview: reading…</source>
        <translation>Vorschau: wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/previewstrip.cpp" line="79"/>
        <source>Preview: the request has no match address to look up.</source>
        <translation>Vorschau: Die Anfrage hat keine Match-Adresse zum Nachschlagen.</translation>
    </message>
    <message>
        <location filename="../../ui/previewstrip.cpp" line="128"/>
        <source>(read at %1)</source>
        <translation>(gelesen um %1)</translation>
    </message>
    <message>
        <location filename="../../ui/previewstrip.cpp" line="132"/>
        <source>Read at %1</source>
        <translation>Gelesen um %1</translation>
    </message>
    <message>
        <location filename="../../ui/previewstrip.cpp" line="156"/>
        <source>No preview was taken before this send.</source>
        <translation>Vor diesem Senden wurde keine Vorschau abgerufen.</translation>
    </message>
    <message>
        <location filename="../../ui/previewstrip.cpp" line="160"/>
        <source>Before sending: %1</source>
        <translation>Vor dem Senden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/previewstrip.cpp" line="162"/>
        <source>Surprise: %1.</source>
        <translation>Überraschung: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/previewstrip.cpp" line="187"/>
        <source>Changed by someone else since this change: %1. Left out of the revert; tick them in the form to write them back anyway.</source>
        <translation>Seit dieser Änderung von jemand anderem geändert: %1. Aus der Rücknahme herausgelassen; haken Sie die Felder im Formular an, um sie trotzdem zurückzuschreiben.</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::ProductionBanner</name>
    <message>
        <location filename="../../ui/productionbanner.cpp" line="16"/>
        <source>PRODUCTION — %1: sends change real contacts at %2</source>
        <translation>PRODUKTION — %1: Senden ändert echte Kontakte bei %2</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::ProfileBar</name>
    <message>
        <location filename="../../ui/profilebar.cpp" line="37"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location filename="../../ui/profilebar.cpp" line="39"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../ui/profilebar.cpp" line="65"/>
        <source> (production)</source>
        <translation> (Produktion)</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::ProfileDialog</name>
    <message>
        <location filename="../../ui/profiledialog.cpp" line="28"/>
        <source>&amp;Production: ask before every send</source>
        <translation>&amp;Produktion: vor jedem Senden fragen</translation>
    </message>
    <message>
        <location filename="../../ui/profiledialog.cpp" line="31"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/profiledialog.cpp" line="32"/>
        <location filename="../../ui/profiledialog.cpp" line="182"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/profiledialog.cpp" line="35"/>
        <location filename="../../ui/profiledialog.cpp" line="38"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../ui/profiledialog.cpp" line="44"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location filename="../../ui/profiledialog.cpp" line="46"/>
        <source>API base URL</source>
        <translation>Basis-URL der API</translation>
    </message>
    <message>
        <location filename="../../ui/profiledialog.cpp" line="50"/>
        <source>Timeout in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <location filename="../../ui/profiledialog.cpp" line="52"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/profiledialog.cpp" line="53"/>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../ui/profiledialog.cpp" line="54"/>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../../ui/profiledialog.cpp" line="56"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../../ui/profiledialog.cpp" line="63"/>
        <source>Ne&amp;w</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../ui/profiledialog.cpp" line="99"/>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
    </message>
    <message>
        <location filename="../../ui/profiledialog.cpp" line="117"/>
        <source>(built in, started on demand)</source>
        <translation>(eingebaut, startet bei Bedarf)</translation>
    </message>
    <message>
        <location filename="../../ui/profiledialog.cpp" line="181"/>
        <source>Remove profile?</source>
        <translation>Profil entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/profiledialog.cpp" line="182"/>
        <source>Remove profile %1 and its API key from the keychain?</source>
        <translation>Profil %1 und seinen API-Schlüssel aus dem Schlüsselbund entfernen?</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::RawView</name>
    <message>
        <location filename="../../ui/rawview.cpp" line="30"/>
        <source>Pretty-print</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <location filename="../../ui/rawview.cpp" line="31"/>
        <source>Wrap lines</source>
        <translation>Zeilen umbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/rawview.cpp" line="39"/>
        <source>Indent a JSON body. Off: the body exactly as it was received.</source>
        <translation>JSON-Antworten eingerückt zeigen. Aus: die Antwort genau so, wie sie empfangen wurde.</translation>
    </message>
    <message>
        <location filename="../../ui/rawview.cpp" line="41"/>
        <source>Break long lines at the edge of the pane instead of scrolling sideways.</source>
        <translation>Lange Zeilen am Rand des Bereichs umbrechen, statt seitlich zu scrollen.</translation>
    </message>
    <message>
        <location filename="../../ui/rawview.cpp" line="47"/>
        <source>Raw response</source>
        <translation>Antwort im Rohformat</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::ReferenceFieldEditor</name>
    <message>
        <location filename="../../ui/editors/referencefieldeditor.cpp" line="21"/>
        <source>Record id</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <location filename="../../ui/editors/referencefieldeditor.cpp" line="22"/>
        <source>related_record_id</source>
        <translation>related_record_id</translation>
    </message>
    <message>
        <location filename="../../ui/editors/referencefieldeditor.cpp" line="23"/>
        <source>Match by email</source>
        <translation>Match über E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/editors/referencefieldeditor.cpp" line="24"/>
        <source>The id of the record itself (a UUID).</source>
        <translation>Die ID des Datensatzes selbst (eine UUID).</translation>
    </message>
    <message>
        <location filename="../../ui/editors/referencefieldeditor.cpp" line="25"/>
        <source>Sent as {&quot;related_record_id&quot;: …}: the id of the related record (a UUID).</source>
        <translation>Gesendet als {&quot;related_record_id&quot;: …}: die ID des verknüpften Datensatzes (eine UUID).</translation>
    </message>
    <message>
        <location filename="../../ui/editors/referencefieldeditor.cpp" line="28"/>
        <source>Sent as {&quot;related_record_match&quot;: {&quot;email&quot;: …}}: the server finds the record by this email.</source>
        <translation>Gesendet als {&quot;related_record_match&quot;: {&quot;email&quot;: …}}: der Server findet den Datensatz über diese E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/referencefieldeditor.cpp" line="31"/>
        <source>How the record is named: by its id, as a related record id, or matched by email.</source>
        <translation>Wie der Datensatz angegeben wird: über seine ID, als ID eines verknüpften Datensatzes oder über eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/referencefieldeditor.cpp" line="32"/>
        <source> form</source>
        <translation> – Art der Angabe</translation>
    </message>
    <message>
        <location filename="../../ui/editors/referencefieldeditor.cpp" line="36"/>
        <location filename="../../ui/editors/referencefieldeditor.cpp" line="38"/>
        <location filename="../../ui/editors/referencefieldeditor.cpp" line="82"/>
        <location filename="../../ui/editors/referencefieldeditor.cpp" line="89"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../../ui/editors/referencefieldeditor.cpp" line="38"/>
        <location filename="../../ui/editors/referencefieldeditor.cpp" line="82"/>
        <source>owner@example.com</source>
        <translation>owner@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/editors/referencefieldeditor.cpp" line="44"/>
        <source>Left arrow at the start: how the record is named (id, related record id or email).</source>
        <translation>Pfeil nach links am Textanfang: wie der Datensatz angegeben wird (ID, ID des verknüpften Datensatzes oder E-Mail).</translation>
    </message>
    <message>
        <location filename="../../ui/editors/referencefieldeditor.cpp" line="48"/>
        <source>Right arrow: back to %1.</source>
        <translation>Pfeil nach rechts: zurück zu %1.</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::RequestActions</name>
    <message>
        <location filename="../../ui/requestactions.cpp" line="35"/>
        <source>Copied a curl command that reads the key from $ASSERTDESK_API_KEY.</source>
        <translation>Ein curl-Befehl wurde kopiert, der den Schlüssel aus $ASSERTDESK_API_KEY liest.</translation>
    </message>
    <message>
        <location filename="../../ui/requestactions.cpp" line="52"/>
        <source>Reading the contact schema of %1…</source>
        <translation>Das Kontaktschema von %1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/requestactions.cpp" line="59"/>
        <source>Schema loaded: %1 writable fields, %2 of them custom to this workspace.</source>
        <translation>Schema geladen: %1 beschreibbare Felder, davon %2 eigene dieses Arbeitsbereichs.</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::RequestForm</name>
    <message>
        <location filename="../../ui/requestform.cpp" line="43"/>
        <source>Request form</source>
        <translation>Anfrageformular</translation>
    </message>
    <message>
        <location filename="../../ui/requestform.cpp" line="82"/>
        <source>&amp;Match on</source>
        <translation>&amp;Match über</translation>
    </message>
    <message>
        <location filename="../../ui/requestform.cpp" line="87"/>
        <source>Match key</source>
        <translation>Match-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/requestform.cpp" line="88"/>
        <source>The field the server finds the contact by: a contact with this value is updated, otherwise a new one is created.</source>
        <translation>Das Feld, über das der Server den Kontakt findet: Ein Kontakt mit diesem Wert wird aktualisiert, sonst wird ein neuer angelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/requestform.cpp" line="92"/>
        <source>Match email</source>
        <translation>Match-E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/requestform.cpp" line="93"/>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/requestform.cpp" line="110"/>
        <source>Send null for this field</source>
        <translation>Für dieses Feld null senden</translation>
    </message>
    <message>
        <location filename="../../ui/requestform.cpp" line="145"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../../ui/requestform.cpp" line="150"/>
        <source>tick a field to send it; tick null to clear it</source>
        <translation>Feld ankreuzen zum Senden, null zum Leeren</translation>
    </message>
    <message>
        <location filename="../../ui/requestform.cpp" line="243"/>
        <source>Send %1</source>
        <translation>%1 senden</translation>
    </message>
    <message>
        <location filename="../../ui/requestform.cpp" line="244"/>
        <source>Send %1 (API name %2). Unticked: not sent, so left as it is.</source>
        <translation>%1 senden (API-Name %2). Nicht angekreuzt: wird nicht gesendet und bleibt, wie es ist.</translation>
    </message>
    <message>
        <location filename="../../ui/requestform.cpp" line="247"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../ui/requestform.cpp" line="249"/>
        <source>Clear %1 (send null)</source>
        <translation>%1 leeren (null senden)</translation>
    </message>
    <message>
        <location filename="../../ui/requestform.cpp" line="253"/>
        <source>Send null: clear %1 on the contact (Ctrl+Shift+N from the row)</source>
        <translation>null senden: %1 beim Kontakt leeren (Strg+Umschalt+N in der Zeile)</translation>
    </message>
    <message>
        <location filename="../../ui/requestform.cpp" line="404"/>
        <source>Kept from the JSON and sent as written: %1.</source>
        <translation>Aus dem JSON übernommen und wie geschrieben gesendet: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/requestform.cpp" line="406"/>
        <source>The match block is kept as written in the JSON tab.</source>
        <translation>Der match-Block bleibt so, wie er im JSON-Reiter steht.</translation>
    </message>
    <message>
        <location filename="../../ui/requestform.cpp" line="408"/>
        <source>The attributes block is not an object; it is kept as written until a field is set.</source>
        <translation>Der attributes-Block ist kein Objekt; er bleibt wie geschrieben, bis ein Feld gesetzt wird.</translation>
    </message>
    <message>
        <location filename="../../ui/requestform.cpp" line="410"/>
        <source>Other blocks kept from the JSON: %1.</source>
        <translation>Weitere aus dem JSON übernommene Blöcke: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/requestform.cpp" line="439"/>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <location filename="../../ui/requestform.cpp" line="439"/>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::RequestPanel</name>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="140"/>
        <source>Go to the field</source>
        <translation>Zum Feld gehen</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="141"/>
        <source>Copy the problem</source>
        <translation>Problem kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="50"/>
        <source>Dis&amp;card JSON edits</source>
        <translation>JSON-Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="51"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="52"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="53"/>
        <source>Edit &amp;and re-send</source>
        <translation>&amp;Ändern und neu senden</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="54"/>
        <source>Revert this chan&amp;ge</source>
        <translation>Änderung rückgäng&amp;ig machen</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="104"/>
        <source>Discard the JSON edits and go back to the last body that parsed</source>
        <translation>Die JSON-Änderungen verwerfen und zum letzten gültigen Body zurückkehren</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="105"/>
        <source>Puts back the last JSON text that parsed; Undo brings these edits back.</source>
        <translation>Stellt den letzten gültigen JSON-Text wieder her; „Rückgängig“ bringt diese Änderungen zurück.</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="117"/>
        <source>Request body as JSON</source>
        <translation>Body der Anfrage als JSON</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="121"/>
        <source>Request views</source>
        <translation>Ansichten der Anfrage</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="122"/>
        <location filename="../../ui/requestpanel.cpp" line="261"/>
        <source>F&amp;orm</source>
        <translation>F&amp;ormular</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="123"/>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="132"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="134"/>
        <source>Problems in the request</source>
        <translation>Probleme in der Anfrage</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="136"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="136"/>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="136"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="159"/>
        <source>Send the assert</source>
        <translation>Das Assert senden</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="162"/>
        <source>Cancel the send</source>
        <translation>Das Senden abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="165"/>
        <source>Edit this past assert and send it again</source>
        <translation>Dieses frühere Assert ändern und erneut senden</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="317"/>
        <location filename="../../ui/requestpanel.cpp" line="322"/>
        <source>Load request</source>
        <translation>Anfrage laden</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="336"/>
        <source>The clipboard holds neither a JSON object nor a curl command with one.</source>
        <translation>Die Zwischenablage enthält weder ein JSON-Objekt noch einen curl-Befehl mit einem.</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="339"/>
        <source>Paste request</source>
        <translation>Anfrage einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="348"/>
        <source>Discard JSON edits</source>
        <translation>JSON-Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="373"/>
        <location filename="../../ui/requestpanel.cpp" line="388"/>
        <source>Edit JSON</source>
        <translation>JSON bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="378"/>
        <source>Edit form</source>
        <translation>Formular bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="476"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="476"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="477"/>
        <source>(whole body)</source>
        <translation>(ganzer Body)</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="484"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="485"/>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 Fehler, %2 Warnung(en)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/requestpanel.cpp" line="486"/>
        <source> (%n from the server)</source>
        <translation>
            <numerusform> (%n vom Server)</numerusform>
            <numerusform> (%n vom Server)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="504"/>
        <source>The JSON text does not parse, so the form is read-only and shows the last body that did. %1</source>
        <translation>Der JSON-Text ist ungültig, daher ist das Formular schreibgeschützt und zeigt den letzten gültigen Body. %1</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="515"/>
        <source>Fix this first: %1</source>
        <translation>Zuerst beheben: %1</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="520"/>
        <source>This is a past assert; choose Edit and re-send to change and send it.</source>
        <translation>Dies ist ein früheres Assert; wählen Sie „Ändern und neu senden“, um es zu ändern und zu senden.</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="522"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="524"/>
        <source>Send the assert (Ctrl+Enter)</source>
        <translation>Das Assert senden (Strg+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/requestpanel.cpp" line="565"/>
        <source>Put the inverse of this change in the form, to check and send</source>
        <translation>Die Umkehrung dieser Änderung ins Formular stellen, zum Prüfen und Senden</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::ResponsePanel</name>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="76"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="95"/>
        <source>Loo&amp;k up this contact</source>
        <translation>Kontakt na&amp;chschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="97"/>
        <source>Look up the contact this request matched on</source>
        <translation>Den Kontakt zum match-Wert dieser Anfrage nachschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="118"/>
        <source>Earlier answer</source>
        <translation>Frühere Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="129"/>
        <source>Filter fields and values</source>
        <translation>Felder und Werte filtern</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="130"/>
        <source>Filter the response</source>
        <translation>Die Antwort filtern</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="131"/>
        <source>Copy val&amp;ue</source>
        <translation>W&amp;ert kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="132"/>
        <source>Cop&amp;y path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="133"/>
        <source>Copy the selected value</source>
        <translation>Den ausgewählten Wert kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="134"/>
        <source>Copy the JSON path of the selected value</source>
        <translation>Den JSON-Pfad des ausgewählten Werts kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="151"/>
        <source>Typed response</source>
        <translation>Typisierte Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="162"/>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="165"/>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="176"/>
        <source>Response views</source>
        <translation>Ansichten der Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="177"/>
        <source>&amp;Typed</source>
        <translation>&amp;Typisiert</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="178"/>
        <source>Ra&amp;w</source>
        <translation>&amp;Roh</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="270"/>
        <source>This answer is for the previous request (sent %1). The request or the profile has changed since; send to see the answer to the request as it is now.</source>
        <translation>Diese Antwort gehört zur vorigen Anfrage (gesendet %1). Anfrage oder Profil haben sich seitdem geändert; senden Sie, um die Antwort auf die jetzige Anfrage zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="321"/>
        <source>

[Showing the first %1 KB of %2 KB. The whole answer is kept in the history.]</source>
        <translation>

[Angezeigt werden die ersten %1 KB von %2 KB. Die ganze Antwort ist im Verlauf gespeichert.]</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="356"/>
        <source>Reading the answer (%1 KB)…</source>
        <translation>Antwort wird gelesen (%1 KB)…</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="376"/>
        <source>Succeeded (HTTP %1), but the answer is not a contact record: %2</source>
        <translation>Erfolgreich (HTTP %1), aber die Antwort ist kein Kontaktdatensatz: %2</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="383"/>
        <source>Created — no contact matched, so a new one was made.</source>
        <translation>Angelegt — kein Kontakt passte, daher wurde ein neuer angelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="385"/>
        <source>Updated an existing contact.</source>
        <translation>Einen bestehenden Kontakt aktualisiert.</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="386"/>
        <source>Updated — matched on %1.</source>
        <translation>Aktualisiert — gefunden über %1.</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="387"/>
        <source>Succeeded (HTTP %1); the answer does not say whether it created or updated.</source>
        <translation>Erfolgreich (HTTP %1); die Antwort sagt nicht, ob angelegt oder aktualisiert wurde.</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="391"/>
        <source>Stored differently from what you sent: %1.</source>
        <translation>Anders gespeichert als gesendet: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="414"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="426"/>
        <source>Rejected (HTTP %1) — %2</source>
        <translation>Abgelehnt (HTTP %1) — %2</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="431"/>
        <source>Rejected (HTTP %1) — %2: %3</source>
        <translation>Abgelehnt (HTTP %1) — %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="433"/>
        <source>Field: %1</source>
        <translation>Feld: %1</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="404"/>
        <source>Outcome unknown — %1</source>
        <translation>Ergebnis unbekannt — %1</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="238"/>
        <source>Nothing sent yet. Write a request in the middle (File › Load an example fills one in) and press Send (Ctrl+Enter). Until you choose a profile of your own it goes to the built-in sandbox, a local copy of the API with sample contacts; a real account&apos;s key is added with Profile › API key…

The answer shows here: whether the contact was created or updated, and what it matched on. The history on the left keeps every send.</source>
        <translation>Noch nichts gesendet. Schreiben Sie in der Mitte eine Anfrage (Datei › Beispiel laden füllt eine aus) und drücken Sie Senden (Strg+Eingabe). Solange Sie kein eigenes Profil wählen, geht sie an die eingebaute Sandbox, eine lokale Nachbildung der API mit Beispielkontakten; den Schlüssel eines echten Kontos legen Sie unter Profil › API-Schlüssel… fest.

Die Antwort erscheint hier: ob der Kontakt angelegt oder aktualisiert wurde und worüber er gefunden wurde. Der Verlauf links enthält jede Sendung.</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="408"/>
        <source>Not sent — %1</source>
        <translation>Nicht gesendet — %1</translation>
    </message>
    <message>
        <location filename="../../ui/responsepanel.cpp" line="417"/>
        <source>Succeeded (HTTP %1) with an empty answer.</source>
        <translation>Erfolgreich (HTTP %1) mit leerer Antwort.</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::ResponseTreeModel</name>
    <message>
        <location filename="../../ui/responsetreemodel.cpp" line="287"/>
        <source>(no type)</source>
        <translation>(kein Typ)</translation>
    </message>
    <message>
        <location filename="../../ui/responsetreemodel.cpp" line="289"/>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../ui/responsetreemodel.cpp" line="289"/>
        <source>list of %1</source>
        <translation>Liste von %1</translation>
    </message>
    <message>
        <location filename="../../ui/responsetreemodel.cpp" line="296"/>
        <source>You sent %1; the server stored %2.</source>
        <translation>Sie haben %1 gesendet; der Server hat %2 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/responsetreemodel.cpp" line="322"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../ui/responsetreemodel.cpp" line="323"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../ui/responsetreemodel.cpp" line="324"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::SandboxActions</name>
    <message>
        <location filename="../../ui/sandboxactions.cpp" line="28"/>
        <source>%1 Sandbox › Reset gives it new sample contacts on purpose.</source>
        <translation>%1 Mit „Sandbox › Sandbox-Kontakte zurücksetzen…“ bekommt sie bewusst neue Beispielkontakte.</translation>
    </message>
    <message>
        <location filename="../../ui/sandboxactions.cpp" line="34"/>
        <source>Reset the sandbox?</source>
        <translation>Sandbox zurücksetzen?</translation>
    </message>
    <message>
        <location filename="../../ui/sandboxactions.cpp" line="35"/>
        <source>The built-in sandbox starts again with new sample contacts. Its current contacts are moved aside, not deleted, but history entries sent to the sandbox will point at contacts it no longer has.</source>
        <translation>Die eingebaute Sandbox startet neu mit neuen Beispielkontakten. Ihre jetzigen Kontakte werden beiseitegelegt, nicht gelöscht, aber Verlaufseinträge, die an die Sandbox gesendet wurden, verweisen dann auf Kontakte, die sie nicht mehr hat.</translation>
    </message>
    <message>
        <location filename="../../ui/sandboxactions.cpp" line="38"/>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/sandboxactions.cpp" line="43"/>
        <source>Resetting the sandbox…</source>
        <translation>Sandbox wird zurückgesetzt…</translation>
    </message>
    <message>
        <location filename="../../ui/sandboxactions.cpp" line="47"/>
        <source>The sandbox was not reset: %1</source>
        <translation>Die Sandbox wurde nicht zurückgesetzt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sandboxactions.cpp" line="51"/>
        <source>The sandbox was reset: it has new sample contacts.</source>
        <translation>Die Sandbox wurde zurückgesetzt: Sie hat neue Beispielkontakte.</translation>
    </message>
    <message>
        <location filename="../../ui/sandboxactions.cpp" line="52"/>
        <source>The sandbox was reset: it has new sample contacts; the old ones are in %1.</source>
        <translation>Die Sandbox wurde zurückgesetzt: Sie hat neue Beispielkontakte; die alten liegen in %1.</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::SendPresenter</name>
    <message>
        <location filename="../../ui/sendpresenter.cpp" line="47"/>
        <source>Getting the built-in sandbox ready (it starts on first use)…</source>
        <translation>Die eingebaute Sandbox wird vorbereitet (sie startet beim ersten Gebrauch)…</translation>
    </message>
    <message>
        <location filename="../../ui/sendpresenter.cpp" line="48"/>
        <source>Getting ready to send to %1: reading its API key…</source>
        <translation>Senden an %1 wird vorbereitet: API-Schlüssel wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/sendpresenter.cpp" line="49"/>
        <source>Sending to %1…</source>
        <translation>Wird an %1 gesendet…</translation>
    </message>
    <message>
        <location filename="../../ui/sendpresenter.cpp" line="50"/>
        <source>Reading the answer…</source>
        <translation>Antwort wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/sendpresenter.cpp" line="61"/>
        <source>Send is off until the answer comes.</source>
        <translation>Senden ist gesperrt, bis die Antwort da ist.</translation>
    </message>
    <message>
        <location filename="../../ui/sendpresenter.cpp" line="64"/>
        <source>Send the assert (Ctrl+Enter)</source>
        <translation>Das Assert senden (Strg+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/sendpresenter.cpp" line="75"/>
        <source>Already sending; this press sent nothing more.</source>
        <translation>Wird bereits gesendet; dieser Klick hat nichts weiter gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/sendpresenter.cpp" line="81"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sendpresenter.cpp" line="98"/>
        <source>Send was pressed twice; the request was sent once.</source>
        <translation>Senden wurde zweimal gedrückt; die Anfrage wurde einmal gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/sendpresenter.cpp" line="147"/>
        <source>The contact WAS created (id %1)</source>
        <translation>Der Kontakt WURDE angelegt (ID %1)</translation>
    </message>
    <message>
        <location filename="../../ui/sendpresenter.cpp" line="149"/>
        <source>The contact WAS updated (id %1)</source>
        <translation>Der Kontakt WURDE aktualisiert (ID %1)</translation>
    </message>
    <message>
        <location filename="../../ui/sendpresenter.cpp" line="150"/>
        <source>The assert succeeded (HTTP %1)</source>
        <translation>Das Assert war erfolgreich (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../../ui/sendpresenter.cpp" line="152"/>
        <source>The server refused the assert (HTTP %1); nothing was changed</source>
        <translation>Der Server hat das Assert abgelehnt (HTTP %1); nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../../ui/sendpresenter.cpp" line="154"/>
        <source>The outcome is unknown: the contact may or may not have been changed</source>
        <translation>Das Ergebnis ist unbekannt: Der Kontakt wurde vielleicht geändert, vielleicht auch nicht</translation>
    </message>
    <message>
        <location filename="../../ui/sendpresenter.cpp" line="155"/>
        <source>Nothing was sent</source>
        <translation>Nichts wurde gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/sendpresenter.cpp" line="156"/>
        <source>The send was cancelled</source>
        <translation>Das Senden wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../../ui/sendpresenter.cpp" line="169"/>
        <source>%1; recorded in the history as #%2.</source>
        <translation>%1; im Verlauf als #%2 festgehalten.</translation>
    </message>
    <message>
        <location filename="../../ui/sendpresenter.cpp" line="175"/>
        <source>%1; the history could not be written: %2</source>
        <translation>%1; der Verlauf konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../ui/sendpresenter.cpp" line="177"/>
        <source>%1; NOT recorded in the history (see the note above).</source>
        <translation>%1; NICHT im Verlauf festgehalten (siehe den Hinweis oben).</translation>
    </message>
    <message>
        <location filename="../../ui/sendpresenter.cpp" line="178"/>
        <source>%1; NOT recorded in the history yet: the outcome is kept aside in %2 and will be written when the history can be written again.</source>
        <translation>%1; noch NICHT im Verlauf festgehalten: Das Ergebnis liegt beiseitegelegt in %2 und wird eingetragen, sobald der Verlauf wieder geschrieben werden kann.</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::SessionBatchRunner</name>
    <message>
        <location filename="../../ui/batch/sessionbatchresume.cpp" line="111"/>
        <location filename="../../ui/batch/sessionbatchresume.cpp" line="179"/>
        <source>There is no batch %1 in the history.</source>
        <translation>Im Verlauf gibt es keinen Stapel %1.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/sessionbatchresume.cpp" line="121"/>
        <source>The history is closed.</source>
        <translation>Der Verlauf ist geschlossen.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/sessionbatchresume.cpp" line="132"/>
        <source>%1 is gone: this batch can be reviewed, not resumed.</source>
        <translation>%1 ist nicht mehr da: dieser Stapel kann angesehen, aber nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/sessionbatchresume.cpp" line="135"/>
        <source>%1 changed since batch %2 was sent from it (its size or SHA-256 differ): this batch can be reviewed, not resumed.</source>
        <translation>%1 hat sich geändert, seit Stapel %2 daraus gesendet wurde (Größe oder SHA-256 weichen ab): dieser Stapel kann angesehen, aber nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/sessionbatchresume.cpp" line="188"/>
        <source>Batch %1 was sent with the profile &quot;%2&quot;: choose it to resume; nothing was sent.</source>
        <translation>Stapel %1 wurde mit dem Profil „%2“ gesendet: wählen Sie es, um fortzusetzen; nichts wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/sessionbatchresume.cpp" line="196"/>
        <location filename="../../ui/batch/sessionbatchresume.cpp" line="212"/>
        <location filename="../../ui/batch/sessionbatchrunner.cpp" line="109"/>
        <location filename="../../ui/batch/sessionbatchrunner.cpp" line="127"/>
        <source>Cancelled; nothing was sent.</source>
        <translation>Abgebrochen; nichts wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/sessionbatchresume.cpp" line="214"/>
        <source>%1 is not the file batch %2 was sent from (it is gone, or its size or SHA-256 changed); nothing was sent.</source>
        <translation>%1 ist nicht die Datei, aus der Stapel %2 gesendet wurde (sie fehlt, oder Größe oder SHA-256 haben sich geändert); nichts wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/sessionbatchresume.cpp" line="259"/>
        <source>Cancelled while rows were read back; nothing was sent.</source>
        <translation>Beim Zurücklesen abgebrochen; nichts wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/sessionbatchresume.cpp" line="274"/>
        <source>Not sent again.</source>
        <translation>Nicht erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/sessionbatchresume.cpp" line="275"/>
        <source>Sent again, as you confirmed.</source>
        <translation>Erneut gesendet, wie Sie bestätigt haben.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/sessionbatchresume.cpp" line="276"/>
        <source>Not sent again: tick &quot;resend rows whose outcome is unknown&quot;.</source>
        <translation>Nicht erneut gesendet: „Datensätze mit unbekanntem Ergebnis erneut senden“ ankreuzen.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/sessionbatchrunner.cpp" line="127"/>
        <location filename="../../ui/batch/sessionbatchrunner.cpp" line="157"/>
        <source>Preview cancelled.</source>
        <translation>Vorschau abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/sessionbatchrunner.cpp" line="132"/>
        <source>No valid row to send or preview.</source>
        <translation>Kein gültiger Datensatz zum Senden oder für die Vorschau.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/sessionbatchrunner.cpp" line="134"/>
        <source>The file changed since it was checked: some rows are not valid now. Check it again.</source>
        <translation>Die Datei hat sich seit der Prüfung geändert: Einige Datensätze sind jetzt ungültig. Prüfen Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/sessionbatchrunner.cpp" line="186"/>
        <source>The history could not record the batch, so nothing was sent: %1</source>
        <translation>Der Verlauf konnte den Stapel nicht festhalten, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/batch/sessionbatchresume.cpp" line="182"/>
        <location filename="../../ui/batch/sessionbatchresume.cpp" line="221"/>
        <location filename="../../ui/batch/sessionbatchrunner.cpp" line="194"/>
        <source>The history is closed; nothing was sent.</source>
        <translation>Der Verlauf ist geschlossen; nichts wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/sessionbatchrunner.cpp" line="202"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/batch/sessionbatchrunner.cpp" line="260"/>
        <source>The batch ended; the history could not be read back.</source>
        <translation>Der Stapel ist beendet; der Verlauf ließ sich nicht zurücklesen.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/sessionbatchrunner.cpp" line="293"/>
        <source>Batch %1 %2: %3 succeeded, %4 rejected, %5 unknown, %6 not sent.</source>
        <translation>Stapel %1 %2: %3 erfolgreich, %4 abgelehnt, %5 unbekannt, %6 nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/batch/sessionbatchrunner.cpp" line="295"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../ui/batch/sessionbatchrunner.cpp" line="295"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/batch/sessionbatchrunner.cpp" line="299"/>
        <source>%1 landed (read back).</source>
        <translation>%1 angekommen (zurückgelesen).</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="39"/>
        <location filename="../../ui/shortcutsdialog.cpp" line="44"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="46"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="46"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="46"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="90"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::StageFieldEditor</name>
    <message>
        <location filename="../../ui/editors/stagefieldeditor.cpp" line="22"/>
        <source>stage API name, e.g. working</source>
        <translation>API-Name der Phase, z. B. working</translation>
    </message>
</context>
<context>
    <name>AssertDesk::Ui::ThrottleRetry</name>
    <message>
        <location filename="../../ui/throttleretry.cpp" line="12"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../ui/throttleretry.cpp" line="14"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../../ui/throttleretry.cpp" line="15"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/throttleretry.cpp" line="24"/>
        <source>Send the throttled request again</source>
        <translation>Die gedrosselte Anfrage erneut senden</translation>
    </message>
    <message>
        <location filename="../../ui/throttleretry.cpp" line="44"/>
        <source>The server asked to wait until %1 before this request is sent again.</source>
        <translation>Der Server hat gebeten, bis %1 zu warten, bevor diese Anfrage erneut gesendet wird.</translation>
    </message>
    <message>
        <location filename="../../ui/throttleretry.cpp" line="48"/>
        <source>The server did not say when to try again in a form that can be used (its Retry-After was missing, unreadable or years away). A retry now may be throttled again.</source>
        <translation>Der Server hat nicht in verwertbarer Form gesagt, wann ein neuer Versuch möglich ist (sein Retry-After fehlte, war nicht lesbar oder lag Jahre entfernt). Ein neuer Versuch jetzt wird womöglich wieder gedrosselt.</translation>
    </message>
    <message>
        <location filename="../../ui/throttleretry.cpp" line="54"/>
        <location filename="../../ui/throttleretry.cpp" line="81"/>
        <source>Retry at %1 (in %2)</source>
        <translation>Wiederholen um %1 (in %2)</translation>
    </message>
    <message>
        <location filename="../../ui/throttleretry.cpp" line="54"/>
        <source>59 min 59 s</source>
        <translation>59 min 59 s</translation>
    </message>
    <message>
        <location filename="../../ui/throttleretry.cpp" line="55"/>
        <location filename="../../ui/throttleretry.cpp" line="86"/>
        <source>Retry now (allowed since %1)</source>
        <translation>Jetzt wiederholen (erlaubt seit %1)</translation>
    </message>
    <message>
        <location filename="../../ui/throttleretry.cpp" line="74"/>
        <source>Retry (the server gave no usable time)</source>
        <translation>Wiederholen (der Server nannte keine brauchbare Zeit)</translation>
    </message>
</context>
<context>
    <name>AssertResponse</name>
    <message>
        <location filename="../../app/core/contract/assertresponse.cpp" line="71"/>
        <source>&quot;data&quot; has no &quot;attributes&quot; object, so it is not a contact record.</source>
        <translation>&quot;data&quot; hat kein &quot;attributes&quot;-Objekt, ist also kein Kontaktdatensatz.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/assertresponse.cpp" line="88"/>
        <source>The body is empty; expected {&quot;data&quot;: ..., &quot;meta&quot;: ...}.</source>
        <translation>Der Body ist leer; erwartet wurde {&quot;data&quot;: ..., &quot;meta&quot;: ...}.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/assertresponse.cpp" line="95"/>
        <source>The body is not valid JSON: %1 at byte %2.</source>
        <translation>Der Body ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/assertresponse.cpp" line="99"/>
        <source>The body is a JSON %1, not an assert response object.</source>
        <translation>Der Body ist JSON (%1), kein Antwortobjekt eines Asserts.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/assertresponse.cpp" line="100"/>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/assertresponse.cpp" line="100"/>
        <source>value</source>
        <translation>Einzelwert</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/assertresponse.cpp" line="112"/>
        <source>This is an error response, not a record: %1</source>
        <translation>Das ist eine Fehlerantwort, kein Datensatz: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/assertresponse.cpp" line="114"/>
        <source>The body has no &quot;data&quot; object, so it is not an assert response.</source>
        <translation>Der Body hat kein &quot;data&quot;-Objekt, ist also keine Assert-Antwort.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/assertresponse.cpp" line="204"/>
        <source> (worked out from the answer; meta.action was absent)</source>
        <translation> (aus der Antwort erschlossen; meta.action fehlte)</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/assertresponse.cpp" line="206"/>
        <source>Created: no contact matched, so a new one was made.</source>
        <translation>Angelegt: Kein Kontakt passte, daher wurde ein neuer angelegt.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/assertresponse.cpp" line="208"/>
        <source>Updated an existing contact (the server did not say what matched).</source>
        <translation>Einen bestehenden Kontakt aktualisiert (der Server hat nicht gesagt, was gepasst hat).</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/assertresponse.cpp" line="209"/>
        <source>Updated: matched on %1.</source>
        <translation>Aktualisiert: gefunden über %1.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/assertresponse.cpp" line="213"/>
        <source>The answer does not say whether the contact was created or updated.</source>
        <translation>Die Antwort sagt nicht, ob der Kontakt angelegt oder aktualisiert wurde.</translation>
    </message>
</context>
<context>
    <name>BatchPreviewCounts</name>
    <message>
        <location filename="../../app/core/session/batchpreviewcounts.cpp" line="31"/>
        <source>Will create %1, update %2, ambiguous %3, unchanged %4, unavailable %5.</source>
        <translation>Wird %1 anlegen, %2 aktualisieren, %3 mehrdeutig, %4 unverändert, %5 nicht vorhersagbar.</translation>
    </message>
</context>
<context>
    <name>ChunkAnswer</name>
    <message>
        <location filename="../../app/core/session/chunkanswer.cpp" line="47"/>
        <source>the server&apos;s answer to the query is not a list of contacts.</source>
        <translation>die Antwort des Servers auf die Abfrage ist keine Kontaktliste.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/chunkanswer.cpp" line="52"/>
        <source>a contact in the server&apos;s answer to the query has no id.</source>
        <translation>ein Kontakt in der Antwort des Servers auf die Abfrage hat keine ID.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/chunkanswer.cpp" line="58"/>
        <source>a contact in the server&apos;s answer does not list its addresses, so the rows it belongs to cannot be told.</source>
        <translation>ein Kontakt in der Antwort des Servers nennt seine Adressen nicht, daher lässt sich nicht sagen, zu welchen Zeilen er gehört.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/chunkanswer.cpp" line="107"/>
        <source>the query&apos;s answer does not hold every field the row writes, so the changes were not worked out</source>
        <translation>die Antwort auf die Abfrage enthält nicht jedes Feld, das die Zeile schreibt, daher wurden die Änderungen nicht ermittelt</translation>
    </message>
</context>
<context>
    <name>ContactDiff</name>
    <message>
        <location filename="../../app/core/contract/contactdiff.cpp" line="155"/>
        <source>%1: %2 added, %3 removed</source>
        <translation>%1: %2 hinzugefügt, %3 entfernt</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/contactdiff.cpp" line="158"/>
        <source>Nothing changes: every field written already has that value.</source>
        <translation>Nichts ändert sich: Jedes geschriebene Feld hat diesen Wert bereits.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/contract/contactdiff.cpp" line="161"/>
        <source>%n set</source>
        <translation>
            <numerusform>%n gesetzt</numerusform>
            <numerusform>%n gesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/contract/contactdiff.cpp" line="161"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/contract/contactdiff.cpp" line="162"/>
        <source>%n cleared</source>
        <translation>
            <numerusform>%n geleert</numerusform>
            <numerusform>%n geleert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/contract/contactdiff.cpp" line="162"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/contract/contactdiff.cpp" line="166"/>
        <source>%n field(s) change</source>
        <translation>
            <numerusform>%n Feld ändert sich</numerusform>
            <numerusform>%n Felder ändern sich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/contract/contactdiff.cpp" line="171"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/core/contract/contactdiff.cpp" line="175"/>
        <source>also %1</source>
        <translation>außerdem %1</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../app/core/session/contactpage.cpp" line="25"/>
        <source>the answer is not JSON (%1).</source>
        <translation>die Antwort ist kein JSON (%1).</translation>
    </message>
    <message>
        <location filename="../../app/core/session/contactpage.cpp" line="27"/>
        <source>the answer is not a JSON object.</source>
        <translation>die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/contactpage.cpp" line="110"/>
        <source>the answer has no list of contacts under &quot;data&quot;.</source>
        <translation>die Antwort hat keine Kontaktliste unter &quot;data&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/contactpage.cpp" line="132"/>
        <source>the answer has no contact record under &quot;data&quot;.</source>
        <translation>die Antwort hat keinen Kontaktdatensatz unter &quot;data&quot;.</translation>
    </message>
</context>
<context>
    <name>CsvRowSource</name>
    <message>
        <location filename="../../app/core/session/csvrowsource.cpp" line="36"/>
        <source>the file has no header row</source>
        <translation>die Datei hat keine Kopfzeile</translation>
    </message>
</context>
<context>
    <name>CurlText</name>
    <message>
        <location filename="../../app/core/contract/curltext.cpp" line="157"/>
        <source>This is not a curl command.</source>
        <translation>Das ist kein curl-Befehl.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/curltext.cpp" line="166"/>
        <source>The curl command&apos;s %1 body is empty.</source>
        <translation>Der %1-Body des curl-Befehls ist leer.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/curltext.cpp" line="171"/>
        <source>The curl command reads its body from the file %1; paste the JSON in that file instead.</source>
        <translation>Der curl-Befehl liest seinen Body aus der Datei %1; fügen Sie stattdessen das JSON aus dieser Datei ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/curltext.cpp" line="177"/>
        <source>The curl command has no --data body to take.</source>
        <translation>Der curl-Befehl hat keinen --data-Body, der sich übernehmen ließe.</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <location filename="../../app/core/session/endpoint.cpp" line="9"/>
        <source>Set the key with Profile › API key.</source>
        <translation>Legen Sie den Schlüssel unter Profil › API-Schlüssel fest.</translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <location filename="../../app/core/net/endpointpolicy.cpp" line="26"/>
        <source>&quot;%1&quot; is not a complete URL (like https://api.reevo.ai/api/v2).</source>
        <translation>„%1“ ist keine vollständige URL (wie https://api.reevo.ai/api/v2).</translation>
    </message>
    <message>
        <location filename="../../app/core/net/endpointpolicy.cpp" line="29"/>
        <source>The URL must not carry a user name or password.</source>
        <translation>Die URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/endpointpolicy.cpp" line="31"/>
        <source>The base URL must not have a query (?) or fragment (#).</source>
        <translation>Die Basis-URL darf keine Abfrage (?) und kein Fragment (#) haben.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/endpointpolicy.cpp" line="37"/>
        <source>%1 uses http: the API key would cross the network unencrypted. Use https (plain http is allowed only for this machine).</source>
        <translation>%1 verwendet http: Der API-Schlüssel würde unverschlüsselt durchs Netz gehen. Verwenden Sie https (reines http ist nur für diesen Rechner erlaubt).</translation>
    </message>
    <message>
        <location filename="../../app/core/net/endpointpolicy.cpp" line="41"/>
        <source>&quot;%1&quot; is not a web URL; use https://.</source>
        <translation>„%1“ ist keine Web-URL; verwenden Sie https://.</translation>
    </message>
</context>
<context>
    <name>EndpointResolver</name>
    <message>
        <location filename="../../app/core/session/endpointresolver.cpp" line="43"/>
        <source>There is no API key for this profile.</source>
        <translation>Für dieses Profil gibt es keinen API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/endpointresolver.cpp" line="64"/>
        <source>This build has no built-in sandbox.</source>
        <translation>Dieser Build hat keine eingebaute Sandbox.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/endpointresolver.cpp" line="73"/>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Die eingebaute Sandbox konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>FieldCatalogue</name>
    <message>
        <location filename="../../app/core/contract/fieldcatalogue.cpp" line="116"/>
        <source>Primary email</source>
        <translation>Primäre E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/fieldcatalogue.cpp" line="118"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/fieldcatalogue.cpp" line="119"/>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/fieldcatalogue.cpp" line="120"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/fieldcatalogue.cpp" line="121"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/fieldcatalogue.cpp" line="122"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/fieldcatalogue.cpp" line="123"/>
        <source>Primary phone</source>
        <translation>Primäres Telefon</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/fieldcatalogue.cpp" line="125"/>
        <source>SMS consent</source>
        <translation>SMS-Einwilligung</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/fieldcatalogue.cpp" line="126"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/fieldcatalogue.cpp" line="127"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/fieldcatalogue.cpp" line="128"/>
        <source>Owner (user)</source>
        <translation>Inhaber (Benutzer)</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/fieldcatalogue.cpp" line="130"/>
        <source>Owner (team)</source>
        <translation>Inhaber (Team)</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/fieldcatalogue.cpp" line="132"/>
        <source>Emails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/fieldcatalogue.cpp" line="134"/>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/fieldcatalogue.cpp" line="136"/>
        <source>LinkedIn URL</source>
        <translation>LinkedIn-URL</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/fieldcatalogue.cpp" line="137"/>
        <source>ZoomInfo URL</source>
        <translation>ZoomInfo-URL</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/fieldcatalogue.cpp" line="138"/>
        <source>X URL</source>
        <translation>X-URL</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/fieldcatalogue.cpp" line="139"/>
        <source>Facebook URL</source>
        <translation>Facebook-URL</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/fieldcatalogue.cpp" line="180"/>
        <source>The schema is not a JSON object: %1</source>
        <translation>Das Schema ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/fieldcatalogue.cpp" line="187"/>
        <source>The schema lists no attributes</source>
        <translation>Das Schema nennt keine Attribute</translation>
    </message>
</context>
<context>
    <name>HeaderPolicy</name>
    <message>
        <location filename="../../app/core/net/headerpolicy.cpp" line="29"/>
        <source>a carriage return (\r)</source>
        <translation>einen Wagenrücklauf (\r)</translation>
    </message>
    <message>
        <location filename="../../app/core/net/headerpolicy.cpp" line="31"/>
        <source>a line break (\n)</source>
        <translation>einen Zeilenumbruch (\n)</translation>
    </message>
    <message>
        <location filename="../../app/core/net/headerpolicy.cpp" line="32"/>
        <source>the control character U+%1</source>
        <translation>das Steuerzeichen U+%1</translation>
    </message>
    <message>
        <location filename="../../app/core/net/headerpolicy.cpp" line="53"/>
        <source>%1 at character %2</source>
        <translation>%1 an Stelle %2</translation>
    </message>
    <message>
        <location filename="../../app/core/net/headerpolicy.cpp" line="61"/>
        <source>The API key holds %1, so it was not used: a key is one line of text. Set it again without it.</source>
        <translation>Der API-Schlüssel enthält %1 und wurde daher nicht verwendet: Ein Schlüssel ist eine einzige Textzeile. Legen Sie ihn ohne dieses Zeichen erneut fest.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/headerpolicy.cpp" line="68"/>
        <source>&quot;%1&quot; is not a header name (letters, digits and - only, no spaces or control characters).</source>
        <translation>„%1“ ist kein Header-Name (nur Buchstaben, Ziffern und -, keine Leerzeichen oder Steuerzeichen).</translation>
    </message>
    <message>
        <location filename="../../app/core/net/headerpolicy.cpp" line="74"/>
        <source>The %1 header is set by Assert Desk itself and cannot be given as an extra header.</source>
        <translation>Den Header %1 setzt Assert Desk selbst; er kann nicht als zusätzlicher Header angegeben werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/headerpolicy.cpp" line="79"/>
        <source>The value of the %1 header holds %2, which has no place in a header; nothing was sent.</source>
        <translation>Der Wert des Headers %1 enthält %2, was in einem Header nichts zu suchen hat; nichts wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>HistoryLock</name>
    <message>
        <location filename="../../app/core/history/historylock.cpp" line="59"/>
        <location filename="../../app/core/history/historylock.cpp" line="62"/>
        <source>another Assert Desk</source>
        <translation>ein anderes Assert Desk</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historylock.cpp" line="60"/>
        <source>an assertdesk-cli command</source>
        <translation>ein assertdesk-cli-Befehl</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historylock.cpp" line="61"/>
        <source>the Assert Desk window</source>
        <translation>das Assert-Desk-Fenster</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historylock.cpp" line="65"/>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (Prozess %2 auf %3)</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historylock.cpp" line="66"/>
        <source>%1 (process %2)</source>
        <translation>%1 (Prozess %2)</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../../app/core/history/historysearch.cpp" line="98"/>
        <source>Updating the history&apos;s search index (%L1 entries) for this version of Assert Desk; the history and sending wait until it is done.</source>
        <translation>Der Suchindex des Verlaufs wird für diese Version von Assert Desk aktualisiert (%L1 Einträge); Verlauf und Senden warten, bis das erledigt ist.</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historybatches.cpp" line="44"/>
        <location filename="../../app/core/history/historybatches.cpp" line="190"/>
        <location filename="../../app/core/history/historybatches.cpp" line="206"/>
        <location filename="../../app/core/history/historywrites.cpp" line="224"/>
        <location filename="../../app/core/history/historywrites.cpp" line="319"/>
        <source>the history is not open for writing</source>
        <translation>der Verlauf ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historywrites.cpp" line="225"/>
        <source>the history is open read-only here, because %1 is using it</source>
        <translation>der Verlauf ist hier nur zum Lesen geöffnet, weil %1 ihn benutzt</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyintegrity.cpp" line="42"/>
        <source>it cannot be read: %1</source>
        <translation>sie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyintegrity.cpp" line="46"/>
        <source>it is not an SQLite database</source>
        <translation>sie ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyintegrity.cpp" line="51"/>
        <source>its header is damaged</source>
        <translation>ihr Header ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyintegrity.cpp" line="53"/>
        <source>it ends in the middle of a page, so it was cut short or written over</source>
        <translation>sie endet mitten in einer Seite, wurde also gekürzt oder überschrieben</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyintegrity.cpp" line="61"/>
        <source>it holds %1 of the %2 pages its header counts, so it was cut short</source>
        <translation>sie enthält %1 der %2 Seiten, die ihr Header zählt, wurde also gekürzt</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyintegrity.cpp" line="175"/>
        <source>The history %1 is missing: it was moved or deleted after Assert Desk last used it (it was started on %2). A new, empty history was started; put the file back to see the past asserts.</source>
        <translation>Der Verlauf %1 fehlt: Er wurde verschoben oder gelöscht, nachdem Assert Desk ihn zuletzt benutzt hat (begonnen am %2). Ein neuer, leerer Verlauf wurde begonnen; legen Sie die Datei zurück, um die früheren Asserts zu sehen.</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyintegrity.cpp" line="189"/>
        <source>it is empty: 0 bytes, where a history was started on %1</source>
        <translation>sie ist leer: 0 Byte, obwohl am %1 ein Verlauf begonnen wurde</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyintegrity.cpp" line="200"/>
        <location filename="../../app/core/history/historyintegrity.cpp" line="299"/>
        <source>It stays where it is while %1 uses the history.</source>
        <translation>Sie bleibt, wo sie ist, solange %1 den Verlauf benutzt.</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyintegrity.cpp" line="221"/>
        <source>SQLite cannot open it: %1</source>
        <translation>SQLite kann sie nicht öffnen: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyintegrity.cpp" line="225"/>
        <source>SQLite cannot read it: %1</source>
        <translation>SQLite kann sie nicht lesen: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyintegrity.cpp" line="232"/>
        <source>SQLite&apos;s check of the whole file failed: %1</source>
        <translation>Die Prüfung der ganzen Datei durch SQLite ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyintegrity.cpp" line="235"/>
        <source>SQLite&apos;s check of the whole file found: %1</source>
        <translation>Die Prüfung der ganzen Datei durch SQLite hat ergeben: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyintegrity.cpp" line="294"/>
        <source>reading it failed: %1</source>
        <translation>das Lesen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyintegrity.cpp" line="306"/>
        <source>its entries cannot be counted</source>
        <translation>ihre Einträge lassen sich nicht zählen</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyintegrity.cpp" line="308"/>
        <source>all %1 of its entries can still be read; the damage is in what they share (an index, free space)</source>
        <translation>alle %1 Einträge sind noch lesbar; der Schaden liegt in dem, was sie gemeinsam nutzen (einem Index, freiem Platz)</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyintegrity.cpp" line="311"/>
        <source>%1 of its %2 entries cannot be read</source>
        <translation>%1 von %2 Einträgen nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyintegrity.cpp" line="312"/>
        <source>The history file is damaged (%1): %2.</source>
        <translation>Die Verlaufsdatei ist beschädigt (%1): %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyintegrity.cpp" line="331"/>
        <source>It could not be moved aside to %1.</source>
        <translation>Sie konnte nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyintegrity.cpp" line="341"/>
        <source>It was moved aside, unchanged, to %1, and a new history was started (sqlite3&apos;s .recover command can save what the old file still holds).</source>
        <translation>Sie wurde unverändert nach %1 verschoben, und ein neuer Verlauf wurde begonnen (der Befehl .recover von sqlite3 kann retten, was die alte Datei noch enthält).</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historykept.cpp" line="28"/>
        <source>, contact %1</source>
        <translation>, Kontakt %1</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historykept.cpp" line="29"/>
        <source>, contact %1 %2</source>
        <translation>, Kontakt %1 %2</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historykept.cpp" line="52"/>
        <source>The history could not record the answer to entry %1 (%2). The answer (%3) is kept in %4 and will be written into the history as soon as it can be, at the latest when the history is next opened; until then entry %1 shows it as in flight.</source>
        <translation>Der Verlauf konnte die Antwort zu Eintrag %1 nicht speichern (%2). Die Antwort (%3) liegt in %4 und wird in den Verlauf geschrieben, sobald das möglich ist, spätestens beim nächsten Öffnen des Verlaufs; bis dahin zeigt Eintrag %1 den Sendevorgang als laufend.</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historykept.cpp" line="58"/>
        <source>The history could not record the answer to entry %1 (%2), and the answer (%3) could not be kept beside it either (%4): it is kept in memory only, and lost when this program ends.</source>
        <translation>Der Verlauf konnte die Antwort zu Eintrag %1 nicht speichern (%2), und die Antwort (%3) konnte auch nicht daneben abgelegt werden (%4): Sie liegt nur im Speicher und geht verloren, wenn dieses Programm endet.</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historykept.cpp" line="95"/>
        <source>An answer kept aside for entry %1 belongs to no entry of this history (it was kept for an earlier one), so it was not written in; it is in %2.</source>
        <translation>Eine für Eintrag %1 beiseitegelegte Antwort gehört zu keinem Eintrag dieses Verlaufs (sie wurde für einen früheren abgelegt) und wurde daher nicht eingetragen; sie liegt in %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historykept.cpp" line="108"/>
        <source>The answer to entry %1, kept aside when the history could not record it, is now written into the history.</source>
        <translation>Die Antwort zu Eintrag %1, beiseitegelegt, als der Verlauf sie nicht speichern konnte, steht jetzt im Verlauf.</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyqueries.cpp" line="186"/>
        <source>Entry %1 is damaged and cannot be read.</source>
        <translation>Eintrag %1 ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyqueries.cpp" line="200"/>
        <source>entry %1 is missing</source>
        <translation>Eintrag %1 fehlt</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyqueries.cpp" line="212"/>
        <source>Entry %1 could not be read: %2</source>
        <translation>Eintrag %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyqueries.cpp" line="225"/>
        <source>the answer of entry %1 no longer decompresses</source>
        <translation>die Antwort von Eintrag %1 lässt sich nicht mehr entpacken</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyqueries.cpp" line="268"/>
        <location filename="../../app/core/history/historyqueries.cpp" line="343"/>
        <source>entries came out of order at %1</source>
        <translation>Einträge kamen bei %1 in falscher Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historyqueries.cpp" line="283"/>
        <location filename="../../app/core/history/historyqueries.cpp" line="352"/>
        <source>The history could not be read in full: %1</source>
        <translation>Der Verlauf konnte nicht vollständig gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historystore.cpp" line="96"/>
        <source>Waiting for %1, which is using the history…</source>
        <translation>Warten auf %1 (benutzt gerade den Verlauf)…</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historystore.cpp" line="101"/>
        <source>%1 holds the history and it has no database yet.</source>
        <translation>%1 hält den Verlauf, und er hat noch keine Datenbank.</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historystore.cpp" line="104"/>
        <source>%1 is using the history, so this one opened it read-only: sending is off here until it is done.</source>
        <translation>%1 benutzt den Verlauf, daher wurde er hier nur zum Lesen geöffnet: Senden ist hier aus, bis der Verlauf wieder frei ist.</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historystore.cpp" line="137"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historystore.cpp" line="158"/>
        <source>Cannot open the history %1: %2</source>
        <translation>Der Verlauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historystore.cpp" line="165"/>
        <source>Cannot set up the history: %1</source>
        <translation>Der Verlauf kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historystore.cpp" line="196"/>
        <source>The history was written by a newer Assert Desk (schema %1; this one knows %2).</source>
        <translation>Der Verlauf wurde von einem neueren Assert Desk geschrieben (Schema %1; dieses kennt %2).</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historystore.cpp" line="207"/>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migration %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historystore.cpp" line="228"/>
        <source>Upgrading the history to version %1 failed: %2</source>
        <translation>Die Aktualisierung des Verlaufs auf Version %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historystore.cpp" line="247"/>
        <source>Assert Desk stopped before the answer arrived: the outcome is unknown. Check the contact before sending again.</source>
        <translation>Assert Desk wurde beendet, bevor die Antwort ankam: Das Ergebnis ist unbekannt. Prüfen Sie den Kontakt, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <location filename="../../app/core/history/historystore.cpp" line="250"/>
        <source>%1 send(s) were interrupted by a crash or a forced quit; their outcome is unknown and they are marked as interrupted in the history.</source>
        <translation>Durch einen Absturz oder ein erzwungenes Beenden unterbrochene Sendevorgänge: %1. Ihr Ergebnis ist unbekannt; im Verlauf sind sie als unterbrochen markiert.</translation>
    </message>
    <message>
        <location filename="../../app/core/history/aheadlog.cpp" line="82"/>
        <location filename="../../app/core/history/aheadlog.cpp" line="109"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/core/history/aheadlog.cpp" line="95"/>
        <location filename="../../app/core/history/historyahead.cpp" line="42"/>
        <source>the record of rows written ahead is not open</source>
        <translation>die Aufzeichnung der im Voraus geschriebenen Zeilen ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>KeyVault</name>
    <message>
        <location filename="../../app/core/secrets/keyvault.cpp" line="43"/>
        <source>The API key is held in memory only and will be forgotten when Assert Desk quits: %1</source>
        <translation>Der API-Schlüssel liegt nur im Speicher und wird vergessen, wenn Assert Desk beendet wird: %1</translation>
    </message>
</context>
<context>
    <name>LookupFailure</name>
    <message>
        <location filename="../../app/core/session/lookupfailure.cpp" line="24"/>
        <source>The server did not accept the key (%1). Set the key with Profile › API key.</source>
        <translation>Der Server hat den Schlüssel nicht akzeptiert (%1). Legen Sie den Schlüssel unter Profil › API-Schlüssel fest.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/lookupfailure.cpp" line="26"/>
        <source>This key may not read contacts (%1).</source>
        <translation>Dieser Schlüssel darf keine Kontakte lesen (%1).</translation>
    </message>
    <message>
        <location filename="../../app/core/session/lookupfailure.cpp" line="29"/>
        <source> It asks to wait until %1.</source>
        <translation> Er bittet, bis %1 zu warten.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/lookupfailure.cpp" line="32"/>
        <source>The server is throttling requests (HTTP 429); search again later.%1</source>
        <translation>Der Server drosselt Anfragen (HTTP 429); suchen Sie später erneut.%1</translation>
    </message>
    <message>
        <location filename="../../app/core/session/lookupfailure.cpp" line="37"/>
        <source>The server failed while searching (%1). A search changes nothing; try again.</source>
        <translation>Beim Server ist während der Suche ein Fehler aufgetreten (%1). Eine Suche ändert nichts; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/lookupfailure.cpp" line="38"/>
        <source>The server refused the search (%1).</source>
        <translation>Der Server hat die Suche abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../../app/core/session/lookupfailure.cpp" line="47"/>
        <source>The search did not reach the server: %1</source>
        <translation>Die Suche hat den Server nicht erreicht: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/session/lookupfailure.cpp" line="49"/>
        <source>The answer to the search could not be read in full: %1</source>
        <translation>Die Antwort auf die Suche konnte nicht vollständig gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/session/lookupfailure.cpp" line="53"/>
        <source>The search was stopped.</source>
        <translation>Die Suche wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/lookupfailure.cpp" line="55"/>
        <source>No answer to the search within %1 s. A search changes nothing; try again.</source>
        <translation>Keine Antwort auf die Suche innerhalb von %1 s. Eine Suche ändert nichts; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/session/lookupfailure.cpp" line="57"/>
        <source>The connection was lost during the search. A search changes nothing; try again.</source>
        <translation>Die Verbindung ging während der Suche verloren. Eine Suche ändert nichts; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="30"/>
        <source>Exit right after the main window is first painted (for timing start-up).</source>
        <translation>Gleich nach dem ersten Zeichnen des Hauptfensters beenden (zum Messen des Starts).</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="34"/>
        <source>Work against the built-in sandbox: a local emulator of the contact API with seeded contacts and a session key.</source>
        <translation>Mit der eingebauten Sandbox arbeiten: einem lokalen Emulator der Kontakt-API mit vorbereiteten Kontakten und einem Sitzungsschlüssel.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="39"/>
        <source>Keep the history in this folder (default: the XDG data folder).</source>
        <translation>Den Verlauf in diesem Ordner führen (Standard: der XDG-Datenordner).</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="44"/>
        <source>Assert Desk: build, check and send contact assert (upsert) requests.</source>
        <translation>Assert Desk: Assert-Anfragen (Upsert) für Kontakte erstellen, prüfen und senden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="109"/>
        <source>The history could not be opened, so sending is off: %1</source>
        <translation>Der Verlauf konnte nicht geöffnet werden, daher ist Senden aus: %1</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="33"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="34"/>
        <source>&amp;New request</source>
        <translation>&amp;Neue Anfrage</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="37"/>
        <source>&amp;Load an example</source>
        <translation>Beispiel &amp;laden</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="39"/>
        <source>Open &amp;batch…</source>
        <translation>&amp;Stapel öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="42"/>
        <source>&amp;Past batches…</source>
        <translation>&amp;Frühere Stapel…</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="48"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="52"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="53"/>
        <source>Copy as c&amp;URL</source>
        <translation>Als c&amp;URL kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="54"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="56"/>
        <source>&amp;Paste cURL or JSON</source>
        <translation>cURL oder JSON &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="57"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="63"/>
        <source>Re&amp;quest</source>
        <translation>An&amp;frage</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="64"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="68"/>
        <source>&amp;Cancel sending</source>
        <translation>Senden &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="71"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="72"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="76"/>
        <source>&amp;Find a contact…</source>
        <translation>&amp;Kontakt suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="77"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="85"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="86"/>
        <source>API &amp;key…</source>
        <translation>API-&amp;Schlüssel…</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="88"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="89"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="91"/>
        <source>Fetch workspace &amp;schema</source>
        <translation>Schema des Arbeitsbereichs &amp;abrufen</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="98"/>
        <source>San&amp;dbox</source>
        <translation>Sa&amp;ndbox</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="99"/>
        <source>&amp;Reset sandbox contacts…</source>
        <translation>Sandbox-Kontakte &amp;zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="105"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="106"/>
        <source>Search &amp;history</source>
        <translation>&amp;Verlauf durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="113"/>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="117"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="118"/>
        <source>Respo&amp;nse</source>
        <translation>Ant&amp;wort</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="122"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="125"/>
        <source>&amp;Phone number region…</source>
        <translation>Region für &amp;Telefonnummern…</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="134"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="143"/>
        <source>&amp;About Assert Desk</source>
        <translation>&amp;Über Assert Desk</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="145"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/mainmenus.cpp" line="136"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>MatchPrediction</name>
    <message>
        <location filename="../../app/core/contract/matchprediction.cpp" line="121"/>
        <source>the server&apos;s answer to the query is not a list of contacts.</source>
        <translation>die Antwort des Servers auf die Abfrage ist keine Kontaktliste.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/matchprediction.cpp" line="125"/>
        <source>a contact in the server&apos;s answer to the query has no id.</source>
        <translation>ein Kontakt in der Antwort des Servers auf die Abfrage hat keine ID.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/matchprediction.cpp" line="199"/>
        <source>Will create a new contact.</source>
        <translation>Wird einen neuen Kontakt anlegen.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/matchprediction.cpp" line="201"/>
        <source>Will update %1, matched on %2 = %3.</source>
        <translation>Wird %1 aktualisieren, gefunden über %2 = %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/contract/matchprediction.cpp" line="206"/>
        <source>Ambiguous: %n contacts have this address: </source>
        <translation>
            <numerusform>Mehrdeutig: %n Kontakt hat diese Adresse: </numerusform>
            <numerusform>Mehrdeutig: %n Kontakte haben diese Adresse: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/core/contract/matchprediction.cpp" line="211"/>
        <source>Preview unavailable: %1</source>
        <translation>Vorschau nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/matchprediction.cpp" line="220"/>
        <source>predicted a new contact, but it updated %1</source>
        <translation>vorhergesagt war ein neuer Kontakt, aber %1 wurde aktualisiert</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/matchprediction.cpp" line="223"/>
        <source>predicted an update of %1, but it created a new contact %2</source>
        <translation>vorhergesagt war eine Aktualisierung von %1, aber ein neuer Kontakt %2 wurde angelegt</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/matchprediction.cpp" line="227"/>
        <source>predicted an update of %1, but it updated another contact, %2</source>
        <translation>vorhergesagt war eine Aktualisierung von %1, aber ein anderer Kontakt, %2, wurde aktualisiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/contract/matchprediction.cpp" line="230"/>
        <source>predicted %n contacts with this address, but it created a new contact %1</source>
        <translation>
            <numerusform>vorhergesagt war %n Kontakt mit dieser Adresse, aber ein neuer Kontakt %1 wurde angelegt</numerusform>
            <numerusform>vorhergesagt waren %n Kontakte mit dieser Adresse, aber ein neuer Kontakt %1 wurde angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/contract/matchprediction.cpp" line="236"/>
        <source>predicted one of %n contacts with this address, but it updated %1</source>
        <translation>
            <numerusform>vorhergesagt war %n Kontakt mit dieser Adresse, aber %1 wurde aktualisiert</numerusform>
            <numerusform>vorhergesagt war einer von %n Kontakten mit dieser Adresse, aber %1 wurde aktualisiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkErrors</name>
    <message>
        <location filename="../../app/core/net/networkerrors.cpp" line="27"/>
        <source>No answer within %1 s after the request was sent: the contact may or may not have been changed. Check it before sending again.</source>
        <translation>Keine Antwort innerhalb von %1 s nach dem Senden: Der Kontakt wurde vielleicht geändert, vielleicht auch nicht. Prüfen Sie ihn, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/networkerrors.cpp" line="31"/>
        <source>Could not reach the server within %1 s; nothing was sent.</source>
        <translation>Der Server war innerhalb von %1 s nicht erreichbar; nichts wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/networkerrors.cpp" line="35"/>
        <source>The server refused the connection; nothing was sent. Is the URL right and the server running?</source>
        <translation>Der Server hat die Verbindung abgelehnt; nichts wurde gesendet. Stimmt die URL, und läuft der Server?</translation>
    </message>
    <message>
        <location filename="../../app/core/net/networkerrors.cpp" line="38"/>
        <source>The server&apos;s name could not be found (DNS); nothing was sent.</source>
        <translation>Der Name des Servers wurde nicht gefunden (DNS); nichts wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/networkerrors.cpp" line="41"/>
        <source>The secure connection failed, so nothing was sent: %1</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/net/networkerrors.cpp" line="47"/>
        <source>The proxy failed: %1; nothing was sent.</source>
        <translation>Der Proxy ist fehlgeschlagen: %1; nichts wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/networkerrors.cpp" line="50"/>
        <source>The request could not be made: %1</source>
        <translation>Die Anfrage konnte nicht gestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/net/networkerrors.cpp" line="55"/>
        <source>The connection was lost after the request was sent (%1): the contact may or may not have been changed. Check it before sending again.</source>
        <translation>Die Verbindung ging nach dem Senden der Anfrage verloren (%1): Der Kontakt wurde vielleicht geändert, vielleicht auch nicht. Prüfen Sie ihn, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <location filename="../../app/core/net/networkerrors.cpp" line="59"/>
        <source>The connection failed before the request was sent (%1).</source>
        <translation>Die Verbindung ist vor dem Senden der Anfrage fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location filename="../../app/core/net/networkerrors.cpp" line="72"/>
        <source>  certificate: %1, issued by %2, valid %3 to %4, SHA-256 %5</source>
        <translation>  Zertifikat: %1, ausgestellt von %2, gültig von %3 bis %4, SHA-256 %5</translation>
    </message>
</context>
<context>
    <name>PhoneHint</name>
    <message>
        <location filename="../../ui/editors/phonehint.cpp" line="21"/>
        <source>sent as typed: phone numbers cannot be checked here</source>
        <translation>wird wie eingegeben gesendet: Telefonnummern können hier nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../../ui/editors/phonehint.cpp" line="23"/>
        <source>no region is set; start with +</source>
        <translation>keine Region festgelegt; mit + beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/editors/phonehint.cpp" line="24"/>
        <source>region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <location filename="../../ui/editors/phonehint.cpp" line="25"/>
        <source>cannot be a valid number (%1)</source>
        <translation>kann keine gültige Nummer sein (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/phonehint.cpp" line="25"/>
        <source>cannot be a valid number</source>
        <translation>kann keine gültige Nummer sein</translation>
    </message>
    <message>
        <location filename="../../ui/editors/phonehint.cpp" line="28"/>
        <source>sent as typed: E.164 has no room for the extension %1</source>
        <translation>wird wie eingegeben gesendet: E.164 hat keinen Platz für die Durchwahl %1</translation>
    </message>
    <message>
        <location filename="../../ui/editors/phonehint.cpp" line="30"/>
        <source>sent as written; edit it here to send %1</source>
        <translation>wird wie geschrieben gesendet; hier bearbeiten, um %1 zu senden</translation>
    </message>
    <message>
        <location filename="../../ui/editors/phonehint.cpp" line="33"/>
        <source>will send %1 (read in region %2)</source>
        <translation>sendet %1 (gelesen in Region %2)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/phonehint.cpp" line="34"/>
        <source>will send %1</source>
        <translation>sendet %1</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <location filename="../../app/core/contract/phonenumbers.cpp" line="64"/>
        <source>%1 is from another version of Assert Desk</source>
        <translation>%1 stammt aus einer anderen Version von Assert Desk</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/phonenumbers.cpp" line="67"/>
        <source>the phone number module was not found</source>
        <translation>das Telefonnummern-Modul wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/phonenumbers.cpp" line="126"/>
        <source>it could not be checked: %1</source>
        <translation>sie konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/phonenumbers.cpp" line="127"/>
        <source>there is no number to dial in it</source>
        <translation>sie enthält keine wählbare Nummer</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/phonenumbers.cpp" line="129"/>
        <source>start it with + and the country code (like +14155551234): no region is set to read a number without one</source>
        <translation>beginnen Sie mit + und der Ländervorwahl (wie +14155551234): Es ist keine Region festgelegt, um eine Nummer ohne sie zu lesen</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/phonenumbers.cpp" line="132"/>
        <source>%1 is not a country code</source>
        <translation>%1 ist keine Ländervorwahl</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/phonenumbers.cpp" line="133"/>
        <source>it does not start with a country code</source>
        <translation>sie beginnt nicht mit einer Ländervorwahl</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/phonenumbers.cpp" line="134"/>
        <source>it is too short for a number in region %1</source>
        <translation>sie ist zu kurz für eine Nummer in Region %1</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/phonenumbers.cpp" line="135"/>
        <source>it is too long for a number in region %1</source>
        <translation>sie ist zu lang für eine Nummer in Region %1</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/phonenumbers.cpp" line="137"/>
        <source>it is not a number in use in region %1 (for a number abroad, start with + and its country code)</source>
        <translation>sie ist in Region %1 nicht in Gebrauch (für eine Nummer im Ausland mit + und ihrer Ländervorwahl beginnen)</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../../app/core/profiles/profilestore.cpp" line="102"/>
        <source>&quot;%1&quot; cannot be a profile name: use letters, digits, spaces, dots, dashes or underscores (up to 64).</source>
        <translation>„%1“ kann kein Profilname sein: Verwenden Sie Buchstaben, Ziffern, Leerzeichen, Punkte, Bindestriche oder Unterstriche (bis zu 64).</translation>
    </message>
    <message>
        <location filename="../../app/core/profiles/profilestore.cpp" line="116"/>
        <source>The timeout must be from 1 to 600 seconds.</source>
        <translation>Das Zeitlimit muss zwischen 1 und 600 Sekunden liegen.</translation>
    </message>
    <message>
        <location filename="../../app/core/profiles/profilestore.cpp" line="127"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/profiles/profilestore.cpp" line="137"/>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil „%1“.</translation>
    </message>
    <message>
        <location filename="../../app/core/profiles/profilestore.cpp" line="141"/>
        <source>&quot;%1&quot; is built in and cannot be removed.</source>
        <translation>„%1“ ist eingebaut und kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="46"/>
        <source>This is not valid JSON: %1 at line %2, column %3.</source>
        <translation>Das ist kein gültiges JSON: %1 in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="57"/>
        <source>%1 is only written when the contact is created; an update will refuse it.</source>
        <translation>%1 wird nur beim Anlegen des Kontakts geschrieben; eine Aktualisierung lehnt es ab.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="58"/>
        <source>%1 can only be changed on an existing contact; a create will refuse it.</source>
        <translation>%1 kann nur bei einem bestehenden Kontakt geändert werden; das Anlegen lehnt es ab.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="65"/>
        <source>%1 is of type &quot;%2&quot;, but the envelope says &quot;%3&quot;.</source>
        <translation>%1 ist vom Typ „%2“, aber die Hülle gibt „%3“ an.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="91"/>
        <source>The request is empty; expected a JSON object.</source>
        <translation>Die Anfrage ist leer; erwartet wurde ein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="103"/>
        <source>The request is a single JSON value; expected an object with &quot;match&quot; and &quot;attributes&quot;.</source>
        <translation>Die Anfrage ist ein einzelner JSON-Wert; erwartet wurde ein Objekt mit &quot;match&quot; und &quot;attributes&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="111"/>
        <source>The request is a JSON list; expected an object with &quot;match&quot; and &quot;attributes&quot;.</source>
        <translation>Die Anfrage ist eine JSON-Liste; erwartet wurde ein Objekt mit &quot;match&quot; und &quot;attributes&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="112"/>
        <source>The request is not a JSON object; expected &quot;match&quot; and &quot;attributes&quot;.</source>
        <translation>Die Anfrage ist kein JSON-Objekt; erwartet wurden &quot;match&quot; und &quot;attributes&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="121"/>
        <source>&quot;%1&quot; is written twice in the same block; only one of the values will be used.</source>
        <translation>„%1“ steht zweimal im selben Block; nur einer der Werte wird verwendet.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="124"/>
        <source>The number %1 has more digits than can be kept exactly; write it as text.</source>
        <translation>Die Zahl %1 hat mehr Stellen, als sich genau speichern lassen; schreiben Sie sie als Text.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="138"/>
        <source>An assert cannot carry a relationships block; relationships are set through their own endpoint. Remove it.</source>
        <translation>Ein Assert kann keinen relationships-Block enthalten; Beziehungen werden über einen eigenen Endpunkt gesetzt. Entfernen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="142"/>
        <source>&quot;%1&quot; is not part of an assert request (only match and attributes are); the server may refuse it.</source>
        <translation>„%1“ gehört nicht zu einer Assert-Anfrage (nur match und attributes); der Server lehnt es womöglich ab.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="158"/>
        <source>There is no match block: say which email identifies the contact (%1).</source>
        <translation>Es gibt keinen match-Block: Geben Sie an, welche E-Mail-Adresse den Kontakt bestimmt (%1).</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="163"/>
        <source>The match block must be an object such as {&quot;primary_email&quot;: &quot;name@example.com&quot;}.</source>
        <translation>Der match-Block muss ein Objekt sein, etwa {&quot;primary_email&quot;: &quot;name@example.com&quot;}.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="170"/>
        <source>The match block is empty: give exactly one key (%1).</source>
        <translation>Der match-Block ist leer: Geben Sie genau einen Schlüssel an (%1).</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="171"/>
        <source>The match block has %1 keys; give exactly one (%2).</source>
        <translation>Der match-Block hat %1 Schlüssel; geben Sie genau einen an (%2).</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="179"/>
        <source>&quot;%1&quot; cannot be used to match a contact; use one of %2.</source>
        <translation>„%1“ taugt nicht als match-Schlüssel; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="184"/>
        <source>The match value must be a plain email address in quotes.</source>
        <translation>Der match-Wert muss eine einfache E-Mail-Adresse in Anführungszeichen sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="190"/>
        <source>The match email</source>
        <translation>Die match-E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="195"/>
        <source>The match value &quot;%1&quot; is not an email address (like name@example.com).</source>
        <translation>Der match-Wert „%1“ ist keine E-Mail-Adresse (wie name@example.com).</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="204"/>
        <source>There is no attributes block: set at least one field, so the contact can be created if no match is found.</source>
        <translation>Es gibt keinen attributes-Block: Setzen Sie mindestens ein Feld, damit der Kontakt angelegt werden kann, falls kein passender gefunden wird.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="210"/>
        <source>The attributes block must be an object of field names and values.</source>
        <translation>Der attributes-Block muss ein Objekt aus Feldnamen und Werten sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="216"/>
        <source>Set at least one field: an assert with no attributes is refused, because a new contact would have nothing in it.</source>
        <translation>Setzen Sie mindestens ein Feld: Ein Assert ohne Attribute wird abgelehnt, weil ein neuer Kontakt leer wäre.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="232"/>
        <source>Every attribute is null: if no contact matches, the new contact would be empty.</source>
        <translation>Jedes Attribut ist null: Wenn kein Kontakt passt, wäre der neue Kontakt leer.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="241"/>
        <source>%1 is the match key, so it cannot also be set in attributes (the match key never changes on update). Remove it from attributes.</source>
        <translation>%1 ist der match-Schlüssel und kann daher nicht auch in attributes gesetzt werden (der match-Schlüssel ändert sich bei einer Aktualisierung nie). Entfernen Sie ihn aus attributes.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="248"/>
        <source>Display name is worked out by the server from first and last name; set those instead.</source>
        <translation>Den Anzeigenamen bildet der Server aus Vor- und Nachname; setzen Sie stattdessen diese.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="253"/>
        <source>&quot;%1&quot; is set by the system and cannot be written.</source>
        <translation>„%1“ wird vom System gesetzt und kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="260"/>
        <source>&quot;%1&quot; is not a contact field in this workspace.</source>
        <translation>„%1“ ist in diesem Arbeitsbereich kein Kontaktfeld.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/requestvalidator.cpp" line="263"/>
        <source>&quot;%1&quot; is not a standard contact field; it works only if your workspace has it. Fetch the schema to check.</source>
        <translation>„%1“ ist kein Standard-Kontaktfeld; es funktioniert nur, wenn Ihr Arbeitsbereich es hat. Rufen Sie zur Prüfung das Schema ab.</translation>
    </message>
</context>
<context>
    <name>ResponseFormatter</name>
    <message>
        <location filename="../../app/core/contract/responseformatter.cpp" line="36"/>
        <source>no value_type</source>
        <translation>kein value_type</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/responseformatter.cpp" line="38"/>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/responseformatter.cpp" line="38"/>
        <source> list</source>
        <translation>-Liste</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/responseformatter.cpp" line="52"/>
        <source>Matched on: %1
</source>
        <translation>Gefunden über: %1
</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/responseformatter.cpp" line="52"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/responseformatter.cpp" line="53"/>
        <source>Record: %1 (%2)
</source>
        <translation>Datensatz: %1 (%2)
</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/responseformatter.cpp" line="54"/>
        <source>no id</source>
        <translation>keine ID</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/responseformatter.cpp" line="55"/>
        <source>type not stated</source>
        <translation>Typ nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/responseformatter.cpp" line="60"/>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/responseformatter.cpp" line="62"/>
        <source>Created at: %1
Updated at: %2
</source>
        <translation>Angelegt am: %1
Aktualisiert am: %2
</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/responseformatter.cpp" line="63"/>
        <source>Attributes (%1):
</source>
        <translation>Attribute (%1):
</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/responseformatter.cpp" line="67"/>
        <source>Other record fields: %1
</source>
        <translation>Weitere Datensatzfelder: %1
</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/responseformatter.cpp" line="69"/>
        <source>Other meta fields: %1
</source>
        <translation>Weitere meta-Felder: %1
</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/responseformatter.cpp" line="71"/>
        <source>Other top-level fields: %1
</source>
        <translation>Weitere Felder der obersten Ebene: %1
</translation>
    </message>
</context>
<context>
    <name>RevertBuilder</name>
    <message>
        <location filename="../../app/core/contract/revertbuilder.cpp" line="59"/>
        <source>A create cannot be reverted: the API has no delete.</source>
        <translation>Ein Anlegen lässt sich nicht rückgängig machen: Die API kennt kein Löschen.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/revertbuilder.cpp" line="61"/>
        <source>Only a succeeded send changed the contact; this one did not (%1).</source>
        <translation>Nur ein erfolgreicher Sendevorgang hat den Kontakt geändert; dieser war nicht erfolgreich (%1).</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/revertbuilder.cpp" line="63"/>
        <source>Only an update can be reverted, and the answer did not say this was one.</source>
        <translation>Nur eine Aktualisierung lässt sich rückgängig machen, und die Antwort sagt nicht, dass dies eine war.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/revertbuilder.cpp" line="66"/>
        <source>No before-state was kept for this send, so the values to go back to are not known.</source>
        <translation>Für diesen Sendevorgang wurde kein vorheriger Stand gespeichert, daher sind die Werte, zu denen zurückgekehrt werden soll, nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/revertbuilder.cpp" line="69"/>
        <source>The contact read before sending (%1) is not the one this send updated (%2): that one&apos;s earlier values are not known.</source>
        <translation>Der vor dem Senden gelesene Kontakt (%1) ist nicht der, den dieser Sendevorgang aktualisiert hat (%2): Dessen frühere Werte sind nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/revertbuilder.cpp" line="76"/>
        <source>The request kept for this send is not an assert body.</source>
        <translation>Die für diesen Sendevorgang gespeicherte Anfrage ist kein Assert-Body.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/revertbuilder.cpp" line="91"/>
        <source>This send wrote every field to the value it already had: there is nothing to revert.</source>
        <translation>Dieser Sendevorgang hat jedes Feld auf den Wert gesetzt, den es schon hatte: Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/revertbuilder.cpp" line="116"/>
        <source>Every field of this change was changed again since: nothing is left to revert unless you include them.</source>
        <translation>Jedes Feld dieser Änderung wurde seitdem erneut geändert: Es bleibt nichts rückgängig zu machen, außer Sie nehmen diese Felder mit auf.</translation>
    </message>
</context>
<context>
    <name>RowPrediction</name>
    <message>
        <location filename="../../app/core/session/rowprediction.cpp" line="38"/>
        <source>%1 on %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/session/rowprediction.cpp" line="52"/>
        <source>%n contacts have this address: </source>
        <translation>
            <numerusform>%n Kontakt hat diese Adresse: </numerusform>
            <numerusform>%n Kontakte haben diese Adresse: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../../app/core/secrets/memorysecretstore.cpp" line="14"/>
        <source>No key is held for profile &quot;%1&quot; in this session.</source>
        <translation>Für das Profil „%1“ liegt in dieser Sitzung kein Schlüssel vor.</translation>
    </message>
    <message>
        <location filename="../../app/core/secrets/keychainsecretstore.cpp" line="54"/>
        <source>No API key is saved for profile &quot;%1&quot; (if you saved one, the keychain may be locked).</source>
        <translation>Für das Profil „%1“ ist kein API-Schlüssel gespeichert (falls Sie einen gespeichert haben, ist der Schlüsselbund vielleicht gesperrt).</translation>
    </message>
    <message>
        <location filename="../../app/core/secrets/keychainsecretstore.cpp" line="66"/>
        <source>No keychain is available in this session (no secret service such as GNOME Keyring or KWallet answers).</source>
        <translation>In dieser Sitzung ist kein Schlüsselbund verfügbar (kein Secret Service wie GNOME Keyring oder KWallet antwortet).</translation>
    </message>
    <message>
        <location filename="../../app/core/secrets/keychainsecretstore.cpp" line="70"/>
        <source>The keychain is locked or refused access. Unlock it (for example by logging in to the desktop) and try again. Keychain said: %1</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn (etwa durch Anmelden am Desktop) und versuchen Sie es erneut. Meldung des Schlüsselbunds: %1</translation>
    </message>
    <message>
        <location filename="../../app/core/secrets/keychainsecretstore.cpp" line="76"/>
        <source>The keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>ServerProblems</name>
    <message>
        <location filename="../../ui/serverproblems.cpp" line="28"/>
        <source>server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>TypedValue</name>
    <message>
        <location filename="../../app/core/contract/typedvalue.cpp" line="143"/>
        <source>not a {value, value_type} envelope</source>
        <translation>keine {value, value_type}-Hülle</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/typedvalue.cpp" line="155"/>
        <source>unexpected value for %1</source>
        <translation>unerwarteter Wert für %1</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/typedvalue.cpp" line="182"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/typedvalue.cpp" line="187"/>
        <source> (unreadable time)</source>
        <translation> (unlesbare Zeitangabe)</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/typedvalue.cpp" line="189"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/typedvalue.cpp" line="189"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/typedvalue.cpp" line="204"/>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/typedvalue.cpp" line="226"/>
        <source> (primary)</source>
        <translation> (primär)</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/typedvalue.cpp" line="234"/>
        <source>(no details)</source>
        <translation>(keine Angaben)</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/typedvalue.cpp" line="242"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/typedvalue.cpp" line="243"/>
        <source>1 item</source>
        <translation>1 Element</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/typedvalue.cpp" line="243"/>
        <source>%1 items</source>
        <translation>%1 Elemente</translation>
    </message>
</context>
<context>
    <name>ValueChecker</name>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="40"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="41"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="42"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="43"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="44"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="45"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="48"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="134"/>
        <source>%1 starts or ends with spaces; they may be stored as typed.</source>
        <translation>%1 beginnt oder endet mit Leerzeichen; sie werden womöglich mitgespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="143"/>
        <source>%1 &quot;%2&quot; is sent as written: %3.</source>
        <translation>%1 „%2“ wird wie geschrieben gesendet: %3.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="147"/>
        <source>%1 &quot;%2&quot; is not a valid phone number: %3.</source>
        <translation>%1 „%2“ ist keine gültige Telefonnummer: %3.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="150"/>
        <source>%1 &quot;%2&quot; has an extension, which international (E.164) form cannot carry, so it is sent as written; without it the number is %3.</source>
        <translation>%1 „%2“ hat eine Durchwahl, die die internationale Form (E.164) nicht tragen kann; sie wird daher wie geschrieben gesendet. Ohne sie lautet die Nummer %3.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="155"/>
        <source>%1 &quot;%2&quot; is not in international form; it is %3 in E.164, which the form sends once the number is edited there.</source>
        <translation>%1 „%2“ ist nicht in internationaler Form; in E.164 lautet sie %3, was das Formular sendet, sobald die Nummer dort bearbeitet wird.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="179"/>
        <source>%1 must be text, not %2.</source>
        <translation>%1 muss Text sein, nicht %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="186"/>
        <source>%1 &quot;%2&quot; is not an email address (like name@example.com).</source>
        <translation>%1 „%2“ ist keine E-Mail-Adresse (wie name@example.com).</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="190"/>
        <source>%1 &quot;%2&quot; is not a web address starting with https://.</source>
        <translation>%1 „%2“ ist keine Webadresse, die mit https:// beginnt.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="196"/>
        <source>%1 is empty; write the stage&apos;s API name, e.g. &quot;working&quot;.</source>
        <translation>%1 ist leer; schreiben Sie den API-Namen der Phase, z. B. „working“.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="199"/>
        <source>%1 &quot;%2&quot; looks like a display name; stages are written by API name, e.g. &quot;working&quot;.</source>
        <translation>%1 „%2“ sieht wie ein Anzeigename aus; Phasen werden mit ihrem API-Namen geschrieben, z. B. „working“.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="206"/>
        <source> Write true or false without quotes.</source>
        <translation> Schreiben Sie true oder false ohne Anführungszeichen.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="207"/>
        <source>%1 must be true or false, not %2.</source>
        <translation>%1 muss true oder false sein, nicht %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="212"/>
        <source>%1 must be a number, not %2.</source>
        <translation>%1 muss eine Zahl sein, nicht %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="227"/>
        <source>%1 must be an object with street_one, city, zip_code and so on, not %2.</source>
        <translation>%1 muss ein Objekt mit street_one, city, zip_code usw. sein, nicht %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="240"/>
        <source>%1 has no part &quot;%2&quot;; the parts are %3.</source>
        <translation>%1 hat keinen Teil „%2“; die Teile sind %3.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="244"/>
        <source>%1 %2 must be text, not %3.</source>
        <translation>%1 %2 muss Text sein, nicht %3.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="256"/>
        <source>a record id (UUID), {&quot;related_record_id&quot;: UUID} or {&quot;related_record_match&quot;: {&quot;email&quot;: ...}}</source>
        <translation>eine Datensatz-ID (UUID), {&quot;related_record_id&quot;: UUID} oder {&quot;related_record_match&quot;: {&quot;email&quot;: ...}}</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="260"/>
        <source>%1 &quot;%2&quot; is not a record id (UUID).</source>
        <translation>%1 „%2“ ist keine Datensatz-ID (UUID).</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="264"/>
        <location filename="../../app/core/contract/valuechecker.cpp" line="288"/>
        <source>%1 must be %2.</source>
        <translation>%1 muss %2 sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="272"/>
        <source>%1 related_record_id must be a record id (UUID).</source>
        <translation>%1: related_record_id muss eine Datensatz-ID (UUID) sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="279"/>
        <source>%1 related_record_match must be {&quot;email&quot;: &quot;...&quot;}.</source>
        <translation>%1: related_record_match muss {&quot;email&quot;: &quot;...&quot;} sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="285"/>
        <source>%1 match email &quot;%2&quot; is not an email address.</source>
        <translation>%1: Die match-E-Mail-Adresse „%2“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="354"/>
        <source>%1 &quot;%2&quot; is not an email address.</source>
        <translation>%1 „%2“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="370"/>
        <source>%1 &quot;%2&quot; is listed twice.</source>
        <translation>%1 „%2“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="384"/>
        <source>%1 labels must be a list such as [&quot;WORK&quot;].</source>
        <translation>%1: labels muss eine Liste sein, etwa [&quot;WORK&quot;].</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="393"/>
        <source>%1 label &quot;%2&quot; is not one of %3.</source>
        <translation>%1: Das Label „%2“ gehört nicht zu %3.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="334"/>
        <source>%1 row %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="405"/>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 muss ein Objekt sein, nicht %2.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="412"/>
        <source>%1 has an unknown key &quot;%2&quot;.</source>
        <translation>%1 hat einen unbekannten Schlüssel „%2“.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="416"/>
        <source>%1 needs &quot;%2&quot; as text.</source>
        <translation>%1 braucht „%2“ als Text.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="422"/>
        <source>%1 is_primary must be true or false.</source>
        <translation>%1: is_primary muss true oder false sein.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="436"/>
        <source>%1 must be a list of {&quot;%2&quot;, &quot;is_primary&quot;, &quot;labels&quot;}, not %3.</source>
        <translation>%1 muss eine Liste aus {&quot;%2&quot;, &quot;is_primary&quot;, &quot;labels&quot;} sein, nicht %3.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="449"/>
        <source>%1: mark exactly one row as primary; none is.</source>
        <translation>%1: Markieren Sie genau eine Zeile als primär; keine ist es.</translation>
    </message>
    <message>
        <location filename="../../app/core/contract/valuechecker.cpp" line="450"/>
        <source>%1: mark exactly one row as primary; %2 are.</source>
        <translation>%1: Markieren Sie genau eine Zeile als primär; %2 sind es.</translation>
    </message>
</context>
</TS>
