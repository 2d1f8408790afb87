<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>BulkDialog</name>
        <message>
            <source>Fill empty grades with a score</source>
            <translation>Leere Bewertungen mit einer Punktzahl füllen</translation>
        </message>
        <message>
            <source>Add or subtract points</source>
            <translation>Punkte addieren oder abziehen</translation>
        </message>
        <message>
            <source>Multiply scores</source>
            <translation>Punktzahlen multiplizieren</translation>
        </message>
        <message>
            <source>Rescale from another maximum, keeping percentages</source>
            <translation>Von einem anderen Maximum umrechnen, Prozentwerte bleiben gleich</translation>
        </message>
        <message>
            <source>Curve: shift so the mean reaches a target</source>
            <translation>Kurve: verschieben, bis der Mittelwert einen Zielwert erreicht</translation>
        </message>
        <message>
            <source>Curve: shift so the top score reaches a target</source>
            <translation>Kurve: verschieben, bis die höchste Punktzahl einen Zielwert erreicht</translation>
        </message>
        <message>
            <source>Clear grades</source>
            <translation>Bewertungen entfernen</translation>
        </message>
        <message>
            <source>&amp;Score for empty grades:</source>
            <translation>&amp;Punktzahl für leere Bewertungen:</translation>
        </message>
        <message>
            <source>&amp;Points to add (−2 subtracts):</source>
            <translation>&amp;Zu addierende Punkte (−2 zieht ab):</translation>
        </message>
        <message>
            <source>&amp;Multiply by:</source>
            <translation>&amp;Multiplizieren mit:</translation>
        </message>
        <message>
            <source>&amp;Scores were out of:</source>
            <translation>&amp;Bisheriges Maximum der Punktzahlen:</translation>
        </message>
        <message>
            <source>&amp;Mean to reach:</source>
            <translation>&amp;Ziel-Mittelwert:</translation>
        </message>
        <message>
            <source>&amp;Top score to reach:</source>
            <translation>Ziel für die &amp;höchste Punktzahl:</translation>
        </message>
        <message>
            <source>Fill empty grades with {value}</source>
            <translation>Leere Bewertungen mit {value} füllen</translation>
        </message>
        <message>
            <source>Add {value} points</source>
            <translation>{value} Punkte addieren</translation>
        </message>
        <message>
            <source>Subtract {value} points</source>
            <translation>{value} Punkte abziehen</translation>
        </message>
        <message>
            <source>Multiply scores by {value}</source>
            <translation>Punktzahlen mit {value} multiplizieren</translation>
        </message>
        <message>
            <source>Rescale from {value} to {maximum}</source>
            <translation>Von {value} auf {maximum} umrechnen</translation>
        </message>
        <message>
            <source>Curve: mean to {value}</source>
            <translation>Kurve: Mittelwert auf {value}</translation>
        </message>
        <message>
            <source>Curve: top score to {value}</source>
            <translation>Kurve: höchste Punktzahl auf {value}</translation>
        </message>
        <message>
            <source>{change} ({count} learner)</source>
            <translation>{change} ({count} Teilnehmer/in)</translation>
        </message>
        <message numerus="yes">
            <source>{change} ({count} learners)</source>
            <translation>
                <numerusform>{change} ({count} Teilnehmer/in)</numerusform>
                <numerusform>{change} ({count} Teilnehmer/innen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Bulk change</source>
            <translation>Massenänderung</translation>
        </message>
        <message>
            <source>the only learner of the column</source>
            <translation>die/der einzige Teilnehmer/in der Spalte</translation>
        </message>
        <message numerus="yes">
            <source>all {count} learners of the column</source>
            <translation>
                <numerusform>{count} Teilnehmer/in der Spalte (alle)</numerusform>
                <numerusform>alle {count} Teilnehmer/innen der Spalte</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} selected learner</source>
            <translation>{count} ausgewählte/r Teilnehmer/in</translation>
        </message>
        <message numerus="yes">
            <source>{count} selected learners</source>
            <translation>
                <numerusform>{count} ausgewählte/r Teilnehmer/in</numerusform>
                <numerusform>{count} ausgewählte Teilnehmer/innen</numerusform>
            </translation>
        </message>
        <message>
            <source>{item}, scores out of {maximum}: {who}</source>
            <translation>{item}, Punktzahlen von {maximum}: {who}</translation>
        </message>
        <message>
            <source>Grade column and learners</source>
            <translation>Bewertungsspalte und Teilnehmer/innen</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Value problem</source>
            <translation>Problem mit dem Wert</translation>
        </message>
        <message>
            <source>&amp;Change:</source>
            <translation>&amp;Änderung:</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Changes, old to new</source>
            <translation>Änderungen, alt zu neu</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Teilnehmer/in</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Preview columns</source>
            <translation>Spalten der Vorschau</translation>
        </message>
        <message>
            <source>Scores before</source>
            <translation>Punktzahlen vorher</translation>
        </message>
        <message>
            <source>Scores after</source>
            <translation>Punktzahlen nachher</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>Saved on this computer as one change you can undo; nothing is sent to the LMS until you submit and confirm.</source>
            <translation>Auf diesem Computer als eine Änderung gespeichert, die Sie rückgängig machen können; nichts wird an das LMS gesendet, bevor Sie übermitteln und bestätigen.</translation>
        </message>
        <message>
            <source>write one number</source>
            <translation>eine Zahl eintragen</translation>
        </message>
        <message>
            <source>Save {count} change</source>
            <translation>{count} Änderung speichern</translation>
        </message>
        <message numerus="yes">
            <source>Save {count} changes</source>
            <translation>
                <numerusform>{count} Änderung speichern</numerusform>
                <numerusform>{count} Änderungen speichern</numerusform>
            </translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>not changed: {reason}</source>
            <translation>nicht geändert: {reason}</translation>
        </message>
        <message>
            <source>stopped at 0</source>
            <translation>bei 0 begrenzt</translation>
        </message>
        <message>
            <source>above the maximum (extra credit)</source>
            <translation>über dem Maximum (Zusatzpunkte)</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>keine Bewertung</translation>
        </message>
        <message>
            <source>Type the value to see what changes.</source>
            <translation>Geben Sie den Wert ein, um zu sehen, was sich ändert.</translation>
        </message>
        <message>
            <source>{count} learner changes.</source>
            <translation>Bei {count} Teilnehmer/in ändert sich etwas.</translation>
        </message>
        <message numerus="yes">
            <source>{count} learners change.</source>
            <translation>
                <numerusform>Bei {count} Teilnehmer/in ändert sich etwas.</numerusform>
                <numerusform>Bei {count} Teilnehmer/innen ändert sich etwas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing changes: every grade already is what this would make it.</source>
            <translation>Nichts ändert sich: Jede Bewertung hat bereits den Wert, den diese Änderung ergäbe.</translation>
        </message>
        <message>
            <source>Every score moves by {points}.</source>
            <translation>Jede Punktzahl ändert sich um {points}.</translation>
        </message>
        <message>
            <source>Mean {before} → {after}.</source>
            <translation>Mittelwert {before} → {after}.</translation>
        </message>
        <message numerus="yes">
            <source>{count} above the maximum (extra credit).</source>
            <translation>
                <numerusform>{count} über dem Maximum (Zusatzpunkte).</numerusform>
                <numerusform>{count} über dem Maximum (Zusatzpunkte).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} stopped at 0.</source>
            <translation>
                <numerusform>{count} bei 0 begrenzt.</numerusform>
                <numerusform>{count} bei 0 begrenzt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} cannot change (see the list).</source>
            <translation>
                <numerusform>{count} kann nicht geändert werden (siehe Liste).</numerusform>
                <numerusform>{count} können nicht geändert werden (siehe Liste).</numerusform>
            </translation>
        </message>
        <message>
            <source>When you submit, a score without a value is sent: the LMS then shows no grade. Comments are kept.</source>
            <translation>Beim Übermitteln wird eine Punktzahl ohne Wert gesendet: Das LMS zeigt dann keine Bewertung. Kommentare bleiben erhalten.</translation>
        </message>
    </context>
    <context>
        <name>CellDelegate</name>
        <message>
            <source>Score</source>
            <translation>Punktzahl</translation>
        </message>
        <message>
            <source>The score on the line item's scale; the decimal sign is “{sign}”. Enter saves and moves down, Escape cancels.</source>
            <translation>Die Punktzahl auf der Skala der Bewertungsspalte; das Dezimalzeichen ist „{sign}“. Eingabe speichert und geht eine Zeile nach unten, Escape bricht ab.</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Enter saves and moves down, Escape cancels.</source>
            <translation>Eingabe speichert und geht eine Zeile nach unten, Escape bricht ab.</translation>
        </message>
    </context>
    <context>
        <name>CellMark</name>
        <message>
            <source>saving on this computer…</source>
            <translation>wird auf diesem Computer gespeichert…</translation>
        </message>
        <message>
            <source>saved on this computer, not sent</source>
            <translation>auf diesem Computer gespeichert, nicht gesendet</translation>
        </message>
        <message>
            <source>being sent to the LMS</source>
            <translation>wird an das LMS gesendet</translation>
        </message>
        <message>
            <source>the LMS shows this grade</source>
            <translation>das LMS zeigt diese Bewertung</translation>
        </message>
        <message>
            <source>conflict: changed in the LMS after you edited it</source>
            <translation>Konflikt: nach Ihrer Bearbeitung im LMS geändert</translation>
        </message>
        <message>
            <source>failed: the LMS did not take it</source>
            <translation>fehlgeschlagen: das LMS hat sie nicht übernommen</translation>
        </message>
    </context>
    <context>
        <name>CellTexts</name>
        <message>
            <source>(no comment)</source>
            <translation>(kein Kommentar)</translation>
        </message>
        <message>
            <source>was: {was}
now: {now}</source>
            <translation>vorher: {was}
jetzt: {now}</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>keine Bewertung</translation>
        </message>
        <message>
            <source>{score} out of {maximum}</source>
            <translation>{score} von {maximum}</translation>
        </message>
        <message>
            <source>{now}, edited, was {was}</source>
            <translation>{now}, bearbeitet, vorher {was}</translation>
        </message>
        <message>
            <source>no comment</source>
            <translation>kein Kommentar</translation>
        </message>
    </context>
    <context>
        <name>CommentBankDialog</name>
        <message>
            <source>This course</source>
            <translation>Dieser Kurs</translation>
        </message>
        <message>
            <source>Every course</source>
            <translation>Alle Kurse</translation>
        </message>
        <message>
            <source>Comment bank</source>
            <translation>Kommentarsammlung</translation>
        </message>
        <message>
            <source>Saved comments</source>
            <translation>Gespeicherte Kommentare</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Kürzel</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Gilt für</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Saved comment columns</source>
            <translation>Spalten der gespeicherten Kommentare</translation>
        </message>
        <message>
            <source>Typing {prefix} and the shortcut in a comment cell uses the comment</source>
            <translation>Wer in einer Kommentarzelle {prefix} und das Kürzel tippt, fügt den Kommentar ein</translation>
        </message>
        <message>
            <source>e.g. good</source>
            <translation>z. B. gut</translation>
        </message>
        <message>
            <source>Whether the comment is offered in this course only or in every course</source>
            <translation>Ob der Kommentar nur in diesem Kurs oder in allen Kursen angeboten wird</translation>
        </message>
        <message>
            <source>Comment text</source>
            <translation>Kommentartext</translation>
        </message>
        <message>
            <source>Good work, {first_name}: {score} out of {maximum}.</source>
            <translation>Gute Arbeit, {first_name}: {score} von {maximum}.</translation>
        </message>
        <message>
            <source>Placeholders: {placeholders}. In the search box above, {prefix}shortcut finds a comment.</source>
            <translation>Platzhalter: {placeholders}. Im Suchfeld oben findet {prefix}Kürzel einen Kommentar.</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>&amp;for</source>
            <translation>&amp;für</translation>
        </message>
        <message>
            <source>&amp;Shortcut:</source>
            <translation>Kü&amp;rzel:</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Kommentar:</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>Add the comment</source>
            <translation>Den Kommentar hinzufügen</translation>
        </message>
        <message>
            <source>Sa&amp;ve changes</source>
            <translation>Änderungen &amp;speichern</translation>
        </message>
        <message>
            <source>Save changes to the chosen comment</source>
            <translation>Änderungen am gewählten Kommentar speichern</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Remove the chosen comment</source>
            <translation>Den gewählten Kommentar entfernen</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>Import comments from a file</source>
            <translation>Kommentare aus einer Datei importieren</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <source>Export the comments to a file</source>
            <translation>Die Kommentare in eine Datei exportieren</translation>
        </message>
        <message>
            <source>&amp;Give to {count} learner</source>
            <translation>&amp;An {count} Teilnehmer/in vergeben</translation>
        </message>
        <message>
            <source>Pick a comment for &lt;b&gt;{count} selected learner&lt;/b&gt;, or manage the saved comments.</source>
            <translation>Wählen Sie einen Kommentar für &lt;b&gt;{count} ausgewählte/n Teilnehmer/in&lt;/b&gt;, oder verwalten Sie die gespeicherten Kommentare.</translation>
        </message>
        <message>
            <source>{count} comment exported to {file}.</source>
            <translation>{count} Kommentar nach {file} exportiert.</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Give to {count} learners</source>
            <translation>
                <numerusform>&amp;An {count} Teilnehmer/in vergeben</numerusform>
                <numerusform>&amp;An {count} Teilnehmer/innen vergeben</numerusform>
            </translation>
        </message>
        <message>
            <source>Find a comment</source>
            <translation>Kommentar suchen</translation>
        </message>
        <message>
            <source>Find by shortcut or text ({prefix}good)</source>
            <translation>Nach Kürzel oder Text suchen ({prefix}gut)</translation>
        </message>
        <message numerus="yes">
            <source>Pick a comment for &lt;b&gt;{count} selected learners&lt;/b&gt;, or manage the saved comments.</source>
            <translation>
                <numerusform>Wählen Sie einen Kommentar für &lt;b&gt;{count} ausgewählte/n Teilnehmer/in&lt;/b&gt;, oder verwalten Sie die gespeicherten Kommentare.</numerusform>
                <numerusform>Wählen Sie einen Kommentar für &lt;b&gt;{count} ausgewählte Teilnehmer/innen&lt;/b&gt;, oder verwalten Sie die gespeicherten Kommentare.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}.</source>
            <translation>{file} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>Imported from {file}: {changed} added or changed, {kept} already there.</source>
            <translation>Aus {file} importiert: {changed} hinzugefügt oder geändert, {kept} bereits vorhanden.</translation>
        </message>
        <message>
            <source>Cannot write {file}: {reason}.</source>
            <translation>{file} kann nicht geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <source>Not usable for {learner}: {problem}</source>
            <translation>Nicht verwendbar für {learner}: {problem}</translation>
        </message>
        <message>
            <source>For {learner}: {text}</source>
            <translation>Für {learner}: {text}</translation>
        </message>
        <message>
            <source>Nothing was given: {problems}.</source>
            <translation>Nichts wurde vergeben: {problems}.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was given: {problems} (and {count} more).</source>
            <translation>
                <numerusform>Nichts wurde vergeben: {problems} (und {count} weiteres).</numerusform>
                <numerusform>Nichts wurde vergeben: {problems} (und {count} weitere).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} comments exported to {file}.</source>
            <translation>
                <numerusform>{count} Kommentar nach {file} exportiert.</numerusform>
                <numerusform>{count} Kommentare nach {file} exportiert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Grades changed in the LMS</source>
            <translation>Bewertungen im LMS geändert</translation>
        </message>
        <message>
            <source>This grade in “{label}” changed in the LMS after you edited it, so it was not sent. Keep yours (it is sent and replaces the LMS's grade) or take theirs (your edit is dropped). “Decide later” leaves it waiting.</source>
            <translation>Diese Bewertung in „{label}“ wurde im LMS geändert, nachdem Sie sie bearbeitet hatten, und wurde deshalb nicht gesendet. Behalten Sie Ihre (sie wird gesendet und ersetzt die Bewertung im LMS) oder übernehmen Sie die des LMS (Ihre Änderung wird verworfen). „Später entscheiden“ lässt sie warten.</translation>
        </message>
        <message numerus="yes">
            <source>These {count} grades in “{label}” changed in the LMS after you edited them, so they were not sent. For each, keep yours (it is sent and replaces the LMS's grade) or take theirs (your edit is dropped). “Decide later” leaves it waiting.</source>
            <translation>
                <numerusform>Diese Bewertung in „{label}“ wurde im LMS geändert, nachdem Sie sie bearbeitet hatten, und wurde deshalb nicht gesendet. Behalten Sie Ihre (sie wird gesendet und ersetzt die Bewertung im LMS) oder übernehmen Sie die des LMS (Ihre Änderung wird verworfen). „Später entscheiden“ lässt sie warten.</numerusform>
                <numerusform>Diese {count} Bewertungen in „{label}“ wurden im LMS geändert, nachdem Sie sie bearbeitet hatten, und wurden deshalb nicht gesendet. Behalten Sie für jede Ihre (sie wird gesendet und ersetzt die Bewertung im LMS) oder übernehmen Sie die des LMS (Ihre Änderung wird verworfen). „Später entscheiden“ lässt sie warten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Conflicting grades</source>
            <translation>Bewertungen im Konflikt</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Teilnehmer/in</translation>
        </message>
        <message>
            <source>Email or user ID</source>
            <translation>E-Mail oder Nutzer-ID</translation>
        </message>
        <message>
            <source>When you edited</source>
            <translation>Bei Ihrer Änderung</translation>
        </message>
        <message>
            <source>In the LMS now</source>
            <translation>Jetzt im LMS</translation>
        </message>
        <message>
            <source>Yours (out of {maximum})</source>
            <translation>Ihre (von {maximum})</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Conflict columns</source>
            <translation>Spalten der Konflikte</translation>
        </message>
        <message>
            <source>LMS user ID: {id}</source>
            <translation>LMS-Nutzer-ID: {id}</translation>
        </message>
        <message>
            <source>Decision for {name} ({who})</source>
            <translation>Entscheidung für {name} ({who})</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Anwenden</translation>
        </message>
        <message>
            <source>Keep all &amp;mine</source>
            <translation>Alle &amp;meine behalten</translation>
        </message>
        <message>
            <source>Keep all mine</source>
            <translation>Alle meine behalten</translation>
        </message>
        <message>
            <source>Take all &amp;theirs</source>
            <translation>Alle aus dem &amp;LMS übernehmen</translation>
        </message>
        <message>
            <source>Take all theirs</source>
            <translation>Alle aus dem LMS übernehmen</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>keine Bewertung</translation>
        </message>
        <message>
            <source>{score}, comment left as it was</source>
            <translation>{score}, Kommentar unverändert</translation>
        </message>
        <message>
            <source>Your edit left the comment as it was</source>
            <translation>Ihre Änderung ließ den Kommentar unverändert</translation>
        </message>
        <message>
            <source>{score}, no comment</source>
            <translation>{score}, kein Kommentar</translation>
        </message>
        <message>
            <source>No comment</source>
            <translation>Kein Kommentar</translation>
        </message>
        <message>
            <source>{score}, “{comment}”</source>
            <translation>{score}, „{comment}“</translation>
        </message>
        <message>
            <source>Comment: {comment}</source>
            <translation>Kommentar: {comment}</translation>
        </message>
    </context>
    <context>
        <name>ConnectionController</name>
        <message>
            <source>Not connected. Choose File › Connections… to connect to your LTIAAS account, or start the app with --demo to try the built-in sandbox.</source>
            <translation>Nicht verbunden. Wählen Sie Datei › Verbindungen…, um sich mit Ihrem LTIAAS-Konto zu verbinden, oder starten Sie die App mit --demo, um die eingebaute Sandbox auszuprobieren.</translation>
        </message>
        <message>
            <source>There is no saved connection named “{name}”.</source>
            <translation>Es gibt keine gespeicherte Verbindung namens „{name}“.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbindung wird hergestellt…</translation>
        </message>
        <message>
            <source>The secrets of “{name}” are not on this computer any more ({where}). Paste them again.</source>
            <translation>Die Zugangsdaten von „{name}“ sind nicht mehr auf diesem Computer ({where}). Fügen Sie sie erneut ein.</translation>
        </message>
        <message>
            <source>Reading the launch…</source>
            <translation>Der Start wird gelesen…</translation>
        </message>
        <message>
            <source>No service key was offered: the ltik lasts 24 hours, then launch the tool from the LMS again.</source>
            <translation>Es wurde kein Service-Schlüssel angeboten: Das ltik gilt 24 Stunden; danach starten Sie das Tool erneut aus dem LMS.</translation>
        </message>
        <message>
            <source>Not connected: the launch could not be read.</source>
            <translation>Nicht verbunden: Der Start konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Reading the launch (idtoken)</source>
            <translation>Der Start wird gelesen (idtoken)</translation>
        </message>
        <message>
            <source>LTIAAS refused the credentials. Press F5 to try again, or update the connection in File › Connections…</source>
            <translation>LTIAAS hat die Zugangsdaten abgelehnt. Drücken Sie F5, um es erneut zu versuchen, oder aktualisieren Sie die Verbindung unter Datei › Verbindungen…</translation>
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <source>Connections</source>
            <translation>Verbindungen</translation>
        </message>
        <message>
            <source>Saved connections</source>
            <translation>Gespeicherte Verbindungen</translation>
        </message>
        <message>
            <source>New connection</source>
            <translation>Neue Verbindung</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Remove connection</source>
            <translation>Verbindung entfernen</translation>
        </message>
        <message>
            <source>No saved connections yet: fill in the form to add one, or close this window and start the app with --demo to try the built-in sandbox.</source>
            <translation>Noch keine gespeicherten Verbindungen: Füllen Sie das Formular aus, um eine hinzuzufügen, oder schließen Sie dieses Fenster und starten Sie die App mit --demo, um die eingebaute Sandbox auszuprobieren.</translation>
        </message>
        <message>
            <source>Saved connections:</source>
            <translation>Gespeicherte Verbindungen:</translation>
        </message>
        <message>
            <source>The API key comes from whoever runs your organisation's LTIAAS account. Paste it together with one ltik from a launch of this tool in your LMS: the app reads the launch, keeps the course's service key (which does not expire) and from then on works without another launch.</source>
            <translation>Den API-Schlüssel erhalten Sie von der Person, die das LTIAAS-Konto Ihrer Einrichtung verwaltet. Fügen Sie ihn zusammen mit einem ltik aus einem Start dieses Tools in Ihrem LMS ein: Die App liest den Start aus, speichert den Service-Schlüssel des Kurses (der nicht abläuft) und arbeitet danach ohne weiteren Start.</translation>
        </message>
        <message>
            <source>e.g. Biology 101</source>
            <translation>z. B. Biologie 101</translation>
        </message>
        <message>
            <source>Connection name</source>
            <translation>Name der Verbindung</translation>
        </message>
        <message>
            <source>Connection name problem</source>
            <translation>Problem mit dem Namen der Verbindung</translation>
        </message>
        <message>
            <source>LTIAAS address</source>
            <translation>LTIAAS-Adresse</translation>
        </message>
        <message>
            <source>LTIAAS address problem</source>
            <translation>Problem mit der LTIAAS-Adresse</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API-Schlüssel</translation>
        </message>
        <message>
            <source>Credential kind</source>
            <translation>Art der Zugangsdaten</translation>
        </message>
        <message>
            <source>ltik</source>
            <translation>ltik</translation>
        </message>
        <message>
            <source>Paste the ltik of a launch of the tool in the LMS</source>
            <translation>Fügen Sie das ltik eines Starts des Tools im LMS ein</translation>
        </message>
        <message>
            <source>Service key</source>
            <translation>Service-Schlüssel</translation>
        </message>
        <message>
            <source>Credentials problem</source>
            <translation>Problem mit den Zugangsdaten</translation>
        </message>
        <message>
            <source>LMS family</source>
            <translation>LMS-Familie</translation>
        </message>
        <message>
            <source>Other or not known (standard LTI rules)</source>
            <translation>Andere oder unbekannt (Standard-LTI-Regeln)</translation>
        </message>
        <message>
            <source>Show secrets</source>
            <translation>Zugangsdaten anzeigen</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>LTIAAS &amp;address:</source>
            <translation>LTIAAS-&amp;Adresse:</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>AP&amp;I-Schlüssel:</translation>
        </message>
        <message>
            <source>Ne&amp;w</source>
            <translation>Ne&amp;u</translation>
        </message>
        <message>
            <source>Sign &amp;in with:</source>
            <translation>Anmel&amp;den mit:</translation>
        </message>
        <message>
            <source>&amp;ltik:</source>
            <translation>&amp;ltik:</translation>
        </message>
        <message>
            <source>Ser&amp;vice key:</source>
            <translation>Servi&amp;ce-Schlüssel:</translation>
        </message>
        <message>
            <source>L&amp;MS:</source>
            <translation>L&amp;MS:</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <source>Test result</source>
            <translation>Testergebnis</translation>
        </message>
        <message>
            <source>Where secrets are kept</source>
            <translation>Wo die Zugangsdaten gespeichert werden</translation>
        </message>
        <message>
            <source>Keep secrets in a file only I can read instead ({file})</source>
            <translation>Zugangsdaten stattdessen in einer Datei speichern, die nur ich lesen kann ({file})</translation>
        </message>
        <message>
            <source>Keep secrets in an owner-only file</source>
            <translation>Zugangsdaten in einer nur für mich lesbaren Datei speichern</translation>
        </message>
        <message>
            <source>Secrets</source>
            <translation>Zugangsdaten</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save this connection without opening it</source>
            <translation>Diese Verbindung speichern, ohne sie zu öffnen</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Verbinden</translation>
        </message>
        <message>
            <source>Save this connection and open its course</source>
            <translation>Diese Verbindung speichern und ihren Kurs öffnen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Stored {place}; leave empty to keep it</source>
            <translation>Gespeichert {place}; leer lassen, um ihn beizubehalten</translation>
        </message>
        <message>
            <source>Paste the LTIAAS API key</source>
            <translation>Den LTIAAS-API-Schlüssel einfügen</translation>
        </message>
        <message>
            <source>Received from the ltik, or paste it</source>
            <translation>Aus dem ltik erhalten, oder hier einfügen</translation>
        </message>
        <message>
            <source>Give the connection a name: letters, digits, spaces, dots, dashes or underscores, up to 64.</source>
            <translation>Geben Sie der Verbindung einen Namen: Buchstaben, Ziffern, Leerzeichen, Punkte, Bindestriche oder Unterstriche, höchstens 64.</translation>
        </message>
        <message>
            <source>A connection named “{name}” already exists.</source>
            <translation>Eine Verbindung namens „{name}“ gibt es bereits.</translation>
        </message>
        <message>
            <source>Enter your LTIAAS address, e.g. https://youraccount.ltiaas.com</source>
            <translation>Geben Sie Ihre LTIAAS-Adresse ein, z. B. https://youraccount.ltiaas.com</translation>
        </message>
        <message>
            <source>Paste the API key of your LTIAAS account.</source>
            <translation>Fügen Sie den API-Schlüssel Ihres LTIAAS-Kontos ein.</translation>
        </message>
        <message>
            <source>Paste an ltik from a launch of the tool in the LMS.</source>
            <translation>Fügen Sie ein ltik aus einem Start des Tools im LMS ein.</translation>
        </message>
        <message>
            <source>Paste the course's service key.</source>
            <translation>Fügen Sie den Service-Schlüssel des Kurses ein.</translation>
        </message>
        <message>
            <source>Paste an ltik or the service key.</source>
            <translation>Fügen Sie ein ltik oder den Service-Schlüssel ein.</translation>
        </message>
        <message>
            <source>{keyring} You chose to keep them in a file only you can read; it is not encrypted.</source>
            <translation>{keyring} Sie haben gewählt, sie in einer Datei zu speichern, die nur Sie lesen können; sie ist nicht verschlüsselt.</translation>
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation>Die Verbindung wird getestet…</translation>
        </message>
        <message>
            <source>The test failed. {reason}</source>
            <translation>Der Test ist fehlgeschlagen. {reason}</translation>
        </message>
        <message>
            <source>The test failed because of an error in the app: {error}</source>
            <translation>Der Test ist wegen eines Fehlers in der App fehlgeschlagen: {error}</translation>
        </message>
    </context>
    <context>
        <name>CourseCommands</name>
        <message>
            <source>Choose a grade cell of the Course view first.</source>
            <translation>Wählen Sie zuerst eine Bewertungszelle der Kursansicht.</translation>
        </message>
        <message>
            <source>Edit {item} of {name}</source>
            <translation>{item} von {name} bearbeiten</translation>
        </message>
        <message>
            <source>Edit {count} grade of {item}</source>
            <translation>{count} Bewertung von {item} bearbeiten</translation>
        </message>
        <message>
            <source>Open a connection first: comments are kept per course.</source>
            <translation>Öffnen Sie zuerst eine Verbindung: Kommentare werden pro Kurs gespeichert.</translation>
        </message>
        <message>
            <source>Comment for {name}</source>
            <translation>Kommentar für {name}</translation>
        </message>
        <message>
            <source>Comment for {count} learner</source>
            <translation>Kommentar für {count} Teilnehmer/in</translation>
        </message>
        <message>
            <source>No grade is in conflict.</source>
            <translation>Keine Bewertung steht im Konflikt.</translation>
        </message>
        <message>
            <source>Reading the current grades…</source>
            <translation>Die aktuellen Bewertungen werden gelesen…</translation>
        </message>
        <message>
            <source>Reading the conflicting grades</source>
            <translation>Die Bewertungen im Konflikt werden gelesen</translation>
        </message>
        <message numerus="yes">
            <source>Comment for {count} learners</source>
            <translation>
                <numerusform>Kommentar für {count} Teilnehmer/in</numerusform>
                <numerusform>Kommentar für {count} Teilnehmer/innen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Edit {count} grades of {item}</source>
            <translation>
                <numerusform>{count} Bewertung von {item} bearbeiten</numerusform>
                <numerusform>{count} Bewertungen von {item} bearbeiten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CourseController</name>
        <message>
            <source>Open a connection first.</source>
            <translation>Öffnen Sie zuerst eine Verbindung.</translation>
        </message>
        <message>
            <source>The change was not saved</source>
            <translation>Die Änderung wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>{action} failed on this computer: {reason}. The table shows what is saved; nothing was sent to the LMS.</source>
            <translation>{action} ist auf diesem Computer fehlgeschlagen: {reason}. Die Tabelle zeigt, was gespeichert ist; nichts wurde an das LMS gesendet.</translation>
        </message>
        <message>
            <source>Wait a moment: the last change is being saved.</source>
            <translation>Einen Moment bitte: Die letzte Änderung wird gespeichert.</translation>
        </message>
        <message>
            <source>“{operation}” cannot be undone here: “{item}” was changed in the column view since. Undo it there.</source>
            <translation>„{operation}“ kann hier nicht rückgängig gemacht werden: „{item}“ wurde seitdem in der Spaltenansicht geändert. Machen Sie es dort rückgängig.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Reading the saved changes</source>
            <translation>Die gespeicherten Änderungen werden gelesen</translation>
        </message>
    </context>
    <context>
        <name>CourseEdits</name>
        <message>
            <source>Nothing was pasted: {count} row does not fit below the chosen learner.</source>
            <translation>Nichts wurde eingefügt: {count} Zeile passt nicht mehr unter die/den gewählte/n Teilnehmer/in.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was pasted: {count} rows do not fit below the chosen learner.</source>
            <translation>
                <numerusform>Nichts wurde eingefügt: {count} Zeile passt nicht mehr unter die/den gewählte/n Teilnehmer/in.</numerusform>
                <numerusform>Nichts wurde eingefügt: {count} Zeilen passen nicht mehr unter die/den gewählte/n Teilnehmer/in.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was pasted: {count} column does not fit right of the chosen cell.</source>
            <translation>Nichts wurde eingefügt: {count} Spalte passt nicht mehr rechts neben die gewählte Zelle.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was pasted: {count} columns do not fit right of the chosen cell.</source>
            <translation>
                <numerusform>Nichts wurde eingefügt: {count} Spalte passt nicht mehr rechts neben die gewählte Zelle.</numerusform>
                <numerusform>Nichts wurde eingefügt: {count} Spalten passen nicht mehr rechts neben die gewählte Zelle.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}, {item}: {problem}</source>
            <translation>{name}, {item}: {problem}</translation>
        </message>
        <message>
            <source>Edit {item} of {name}</source>
            <translation>{item} von {name} bearbeiten</translation>
        </message>
        <message>
            <source>Paste {count} score</source>
            <translation>{count} Punktzahl einfügen</translation>
        </message>
        <message numerus="yes">
            <source>Paste {count} scores</source>
            <translation>
                <numerusform>{count} Punktzahl einfügen</numerusform>
                <numerusform>{count} Punktzahlen einfügen</numerusform>
            </translation>
        </message>
        <message>
            <source>{problem}.</source>
            <translation>{problem}.</translation>
        </message>
        <message numerus="yes">
            <source>{problem} (and {count} more).</source>
            <translation>
                <numerusform>{problem} (und {count} weiteres).</numerusform>
                <numerusform>{problem} (und {count} weitere).</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was pasted: {problem}.</source>
            <translation>Nichts wurde eingefügt: {problem}.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was pasted: {problem} (and {count} more).</source>
            <translation>
                <numerusform>Nichts wurde eingefügt: {problem} (und {count} weiteres).</numerusform>
                <numerusform>Nichts wurde eingefügt: {problem} (und {count} weitere).</numerusform>
            </translation>
        </message>
        <message>
            <source>type the points out of {maximum}, shown under the column's label</source>
            <translation>die Punkte von {maximum} eingeben (unter dem Namen der Spalte angezeigt)</translation>
        </message>
        <message>
            <source>{user} is not in this course.</source>
            <translation>{user} ist nicht in diesem Kurs.</translation>
        </message>
        <message>
            <source>No grade to clear: the cells chosen have none.</source>
            <translation>Keine Bewertung zu entfernen: Die gewählten Zellen haben keine.</translation>
        </message>
        <message>
            <source>Clear {item} of {name}</source>
            <translation>{item} von {name} entfernen</translation>
        </message>
        <message>
            <source>Clear {count} grade of {item}</source>
            <translation>{count} Bewertung von {item} entfernen</translation>
        </message>
        <message numerus="yes">
            <source>Clear {count} grades of {item}</source>
            <translation>
                <numerusform>{count} Bewertung von {item} entfernen</numerusform>
                <numerusform>{count} Bewertungen von {item} entfernen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CourseLoading</name>
        <message>
            <source>{count} learner</source>
            <translation>{count} Teilnehmer/in</translation>
        </message>
        <message numerus="yes">
            <source>{count} learners</source>
            <translation>
                <numerusform>{count} Teilnehmer/in</numerusform>
                <numerusform>{count} Teilnehmer/innen</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} line item</source>
            <translation>{count} Bewertungsspalte</translation>
        </message>
        <message numerus="yes">
            <source>{count} line items</source>
            <translation>
                <numerusform>{count} Bewertungsspalte</numerusform>
                <numerusform>{count} Bewertungsspalten</numerusform>
            </translation>
        </message>
        <message>
            <source>The course is loaded: {learners}, {columns}.</source>
            <translation>Der Kurs ist geladen: {learners}, {columns}.</translation>
        </message>
        <message>
            <source>Loading the course</source>
            <translation>Der Kurs wird geladen</translation>
        </message>
        <message>
            <source>Opening the grades kept on this computer</source>
            <translation>Die auf diesem Computer gespeicherten Bewertungen werden geöffnet</translation>
        </message>
        <message>
            <source>The LMS cannot be reached and no grades of this course were downloaded on this computer yet.</source>
            <translation>Das LMS ist nicht erreichbar, und von diesem Kurs wurden auf diesem Computer noch keine Bewertungen heruntergeladen.</translation>
        </message>
    </context>
    <context>
        <name>CourseModel</name>
        <message>
            <source>Learner</source>
            <translation>Teilnehmer/in</translation>
        </message>
        <message>
            <source>Sorted by family name or given name (the menu beside the filter)</source>
            <translation>Sortiert nach Nachname oder Vorname (das Menü neben dem Filter)</translation>
        </message>
        <message>
            <source>{label}: out of {maximum}</source>
            <translation>{label}: von {maximum}</translation>
        </message>
        <message>
            <source>{label}: out of {maximum} (loading…)</source>
            <translation>{label}: von {maximum} (wird geladen…)</translation>
        </message>
        <message>
            <source>Offline: downloaded {when}</source>
            <translation>Offline: heruntergeladen {when}</translation>
        </message>
        <message>
            <source>{name} (not active)</source>
            <translation>{name} (nicht aktiv)</translation>
        </message>
        <message>
            <source>{name} — {item}</source>
            <translation>{name} — {item}</translation>
        </message>
        <message>
            <source>In the LMS: no grade</source>
            <translation>Im LMS: keine Bewertung</translation>
        </message>
        <message>
            <source>In the LMS: {score}</source>
            <translation>Im LMS: {score}</translation>
        </message>
        <message>
            <source>Yours: {mark} ({reason})</source>
            <translation>Ihre: {mark} ({reason})</translation>
        </message>
        <message>
            <source>Yours: {mark}</source>
            <translation>Ihre: {mark}</translation>
        </message>
        <message>
            <source>Not on the course roster: this grade cannot be changed here.</source>
            <translation>Nicht in der Teilnehmerliste des Kurses: Diese Bewertung kann hier nicht geändert werden.</translation>
        </message>
        <message>
            <source>LMS user ID: {user_id}</source>
            <translation>LMS-Nutzer-ID: {user_id}</translation>
        </message>
        <message>
            <source>Not on the course roster</source>
            <translation>Nicht in der Teilnehmerliste des Kurses</translation>
        </message>
        <message>
            <source>{reason}: grades are not sent</source>
            <translation>{reason}: Bewertungen werden nicht gesendet</translation>
        </message>
        <message>
            <source>“{item}” is still loading</source>
            <translation>„{item}“ wird noch geladen</translation>
        </message>
        <message>
            <source>{name} is not on the course roster: their grade cannot be changed here</source>
            <translation>{name} steht nicht in der Teilnehmerliste des Kurses: Die Bewertung kann hier nicht geändert werden</translation>
        </message>
    </context>
    <context>
        <name>CourseSubmit</name>
        <message>
            <source>Load the course first.</source>
            <translation>Laden Sie zuerst den Kurs.</translation>
        </message>
        <message>
            <source>Grades are being sent: wait for the current run.</source>
            <translation>Bewertungen werden gerade gesendet: Warten Sie den laufenden Vorgang ab.</translation>
        </message>
        <message>
            <source>Reading the changes to send</source>
            <translation>Die zu sendenden Änderungen werden gelesen</translation>
        </message>
        <message>
            <source>Nothing to send: there are no unsent changes.</source>
            <translation>Nichts zu senden: Es gibt keine ungesendeten Änderungen.</translation>
        </message>
        <message>
            <source>Queueing the grades</source>
            <translation>Die Bewertungen werden in die Warteschlange gestellt</translation>
        </message>
    </context>
    <context>
        <name>CourseTable</name>
        <message>
            <source>Grade columns</source>
            <translation>Bewertungsspalten</translation>
        </message>
        <message>
            <source>Every learner's grade in every line item</source>
            <translation>Die Bewertung jeder/jedes Teilnehmer/in in jeder Bewertungsspalte</translation>
        </message>
        <message>
            <source>Learner column</source>
            <translation>Teilnehmerspalte</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Teilnehmer/innen</translation>
        </message>
    </context>
    <context>
        <name>CourseView</name>
        <message>
            <source>Filter by name, ID or email</source>
            <translation>Nach Name, ID oder E-Mail filtern</translation>
        </message>
        <message>
            <source>Filter learners</source>
            <translation>Teilnehmer/innen filtern</translation>
        </message>
        <message>
            <source>Names sort by</source>
            <translation>Namen sortieren nach</translation>
        </message>
        <message>
            <source>Family name first</source>
            <translation>Nachname zuerst</translation>
        </message>
        <message>
            <source>Given name first</source>
            <translation>Vorname zuerst</translation>
        </message>
        <message>
            <source>Loa&amp;d the course</source>
            <translation>Kurs &amp;laden</translation>
        </message>
        <message>
            <source>Read every learner's grade in every line item from the LMS</source>
            <translation>Die Bewertung jeder/jedes Teilnehmer/in in jeder Bewertungsspalte aus dem LMS lesen</translation>
        </message>
        <message>
            <source>Loading the course</source>
            <translation>Der Kurs wird geladen</translation>
        </message>
        <message>
            <source>%v of %m lists</source>
            <translation>%v von %m Listen</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <source>Stop loading; what has arrived stays shown</source>
            <translation>Laden beenden; was angekommen ist, bleibt angezeigt</translation>
        </message>
        <message>
            <source>Learners shown</source>
            <translation>Angezeigte Teilnehmer/innen</translation>
        </message>
        <message>
            <source>What the marks mean</source>
            <translation>Was die Markierungen bedeuten</translation>
        </message>
        <message>
            <source>Reload the course from the LMS</source>
            <translation>Kurs erneut aus dem LMS laden</translation>
        </message>
        <message>
            <source>&amp;Paste scores</source>
            <translation>Punktzahlen &amp;einfügen</translation>
        </message>
        <message>
            <source>Cop&amp;y cells</source>
            <translation>Zellen k&amp;opieren</translation>
        </message>
        <message>
            <source>Le&amp;arner view…</source>
            <translation>&amp;Teilnehmeransicht…</translation>
        </message>
        <message>
            <source>Reloa&amp;d</source>
            <translation>Neu &amp;laden</translation>
        </message>
        <message>
            <source>Every line item of the chosen learner, one form (Ctrl+Shift+L, or Enter on a name)</source>
            <translation>Alle Bewertungsspalten der/des gewählten Teilnehmer/in in einem Formular (Strg+Umschalt+L oder Eingabe auf einem Namen)</translation>
        </message>
        <message>
            <source>{count} learner</source>
            <translation>{count} Teilnehmer/in</translation>
        </message>
        <message numerus="yes">
            <source>{count} learners</source>
            <translation>
                <numerusform>{count} Teilnehmer/in</numerusform>
                <numerusform>{count} Teilnehmer/innen</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} of {count} learner shown</source>
            <translation>{shown} von {count} Teilnehmer/in angezeigt</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of {count} learners shown</source>
            <translation>
                <numerusform>{shown} von {count} Teilnehmer/in angezeigt</numerusform>
                <numerusform>{shown} von {count} Teilnehmer/innen angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} line item ({loaded} loaded)</source>
            <translation>{count} Bewertungsspalte ({loaded} geladen)</translation>
        </message>
        <message>
            <source>{count} line item</source>
            <translation>{count} Bewertungsspalte</translation>
        </message>
        <message>
            <source>{learners} · {columns}</source>
            <translation>{learners} · {columns}</translation>
        </message>
        <message numerus="yes">
            <source>{count} line items</source>
            <translation>
                <numerusform>{count} Bewertungsspalte</numerusform>
                <numerusform>{count} Bewertungsspalten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} line items ({loaded} loaded)</source>
            <translation>
                <numerusform>{count} Bewertungsspalte ({loaded} geladen)</numerusform>
                <numerusform>{count} Bewertungsspalten ({loaded} geladen)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CredentialPrompt</name>
        <message>
            <source>Sign in again</source>
            <translation>Erneut anmelden</translation>
        </message>
        <message>
            <source>LTIAAS refused the credentials of {connection} ({reason}).</source>
            <translation>LTIAAS hat die Zugangsdaten von {connection} abgelehnt ({reason}).</translation>
        </message>
        <message>
            <source>LTIAAS refused the credentials of {connection}.</source>
            <translation>LTIAAS hat die Zugangsdaten von {connection} abgelehnt.</translation>
        </message>
        <message>
            <source>{refused} An ltik expires 24 hours after the launch it came from.

Launch the tool from the LMS again and paste the new ltik, or paste the course's service key. Everything loaded stays as it is; the refused request is sent again.</source>
            <translation>{refused} Ein ltik läuft 24 Stunden nach dem Start ab, aus dem es stammt.

Starten Sie das Tool erneut aus dem LMS und fügen Sie das neue ltik ein, oder fügen Sie den Service-Schlüssel des Kurses ein. Alles Geladene bleibt, wie es ist; die abgelehnte Anfrage wird erneut gesendet.</translation>
        </message>
        <message>
            <source>A new ltik from a launch</source>
            <translation>Ein neues ltik aus einem Start</translation>
        </message>
        <message>
            <source>The course's service key</source>
            <translation>Der Service-Schlüssel des Kurses</translation>
        </message>
        <message>
            <source>Credential kind</source>
            <translation>Art der Zugangsdaten</translation>
        </message>
        <message>
            <source>New credential</source>
            <translation>Neue Zugangsdaten</translation>
        </message>
        <message>
            <source>Paste it here</source>
            <translation>Hier einfügen</translation>
        </message>
        <message>
            <source>New API key</source>
            <translation>Neuer API-Schlüssel</translation>
        </message>
        <message>
            <source>Leave empty to keep the current API key</source>
            <translation>Leer lassen, um den aktuellen API-Schlüssel zu behalten</translation>
        </message>
        <message>
            <source>&amp;Paste:</source>
            <translation>&amp;Einfügen:</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Wert:</translation>
        </message>
        <message>
            <source>&amp;API key:</source>
            <translation>&amp;API-Schlüssel:</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <source>Demo course</source>
            <translation>Demokurs</translation>
        </message>
    </context>
    <context>
        <name>DetailsPane</name>
        <message>
            <source>Select a learner to see the data the LMS holds for them.</source>
            <translation>Wählen Sie eine/n Teilnehmer/in, um die Daten zu sehen, die das LMS zu dieser Person gespeichert hat.</translation>
        </message>
        <message>
            <source>Learner shown</source>
            <translation>Angezeigte/r Teilnehmer/in</translation>
        </message>
        <message>
            <source>Raw data of the selected learner</source>
            <translation>Rohdaten der/des ausgewählten Teilnehmer/in</translation>
        </message>
        <message>
            <source>The result and roster entry the LMS sent, as JSON</source>
            <translation>Das Ergebnis und der Teilnehmereintrag, die das LMS gesendet hat, als JSON</translation>
        </message>
        <message>
            <source>Copy &amp;JSON</source>
            <translation>&amp;JSON kopieren</translation>
        </message>
        <message>
            <source>Copy raw data</source>
            <translation>Rohdaten kopieren</translation>
        </message>
        <message>
            <source>Copy this data to the clipboard, for a support request</source>
            <translation>Diese Daten in die Zwischenablage kopieren, für eine Support-Anfrage</translation>
        </message>
        <message>
            <source>No learner selected</source>
            <translation>Keine/r Teilnehmer/in ausgewählt</translation>
        </message>
        <message>
            <source>{user_id} (not on the roster)</source>
            <translation>{user_id} (nicht in der Teilnehmerliste)</translation>
        </message>
    </context>
    <context>
        <name>EditController</name>
        <message>
            <source>Reading the saved changes</source>
            <translation>Die gespeicherten Änderungen werden gelesen</translation>
        </message>
        <message>
            <source>Saving “{operation}”</source>
            <translation>„{operation}“ wird gespeichert</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Revert {count} edit</source>
            <translation>{count} Änderung zurücknehmen</translation>
        </message>
        <message>
            <source>The change was not saved</source>
            <translation>Die Änderung wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>{action} failed on this computer: {reason}. The table shows what is saved; nothing was sent to the LMS.</source>
            <translation>{action} ist auf diesem Computer fehlgeschlagen: {reason}. Die Tabelle zeigt, was gespeichert ist; nichts wurde an das LMS gesendet.</translation>
        </message>
        <message numerus="yes">
            <source>Revert {count} edits</source>
            <translation>
                <numerusform>{count} Änderung zurücknehmen</numerusform>
                <numerusform>{count} Änderungen zurücknehmen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditingCommands</name>
        <message>
            <source>Reading the comment bank</source>
            <translation>Die Kommentarsammlung wird gelesen</translation>
        </message>
        <message>
            <source>This learner is not on the course roster: their grade cannot be changed here.</source>
            <translation>Diese/r Teilnehmer/in steht nicht in der Teilnehmerliste des Kurses: Die Bewertung kann hier nicht geändert werden.</translation>
        </message>
        <message>
            <source>Edit grade of {name}</source>
            <translation>Bewertung von {name} bearbeiten</translation>
        </message>
        <message>
            <source>Edit grades of {count} learner</source>
            <translation>Bewertung von {count} Teilnehmer/in bearbeiten</translation>
        </message>
        <message>
            <source>Select the learners whose changes to drop first.</source>
            <translation>Wählen Sie zuerst die Teilnehmer/innen, deren Änderungen zurückgenommen werden sollen.</translation>
        </message>
        <message>
            <source>Open a connection first: comments are kept per course.</source>
            <translation>Öffnen Sie zuerst eine Verbindung: Kommentare werden pro Kurs gespeichert.</translation>
        </message>
        <message>
            <source>Comment for {count} learner</source>
            <translation>Kommentar für {count} Teilnehmer/in</translation>
        </message>
        <message numerus="yes">
            <source>Comment for {count} learners</source>
            <translation>
                <numerusform>Kommentar für {count} Teilnehmer/in</numerusform>
                <numerusform>Kommentar für {count} Teilnehmer/innen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Edit grades of {count} learners</source>
            <translation>
                <numerusform>Bewertung von {count} Teilnehmer/in bearbeiten</numerusform>
                <numerusform>Bewertungen von {count} Teilnehmer/innen bearbeiten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export “{label}”</source>
            <translation>„{label}“ exportieren</translation>
        </message>
        <message>
            <source>The file holds each learner's score and comment as they are now, with a copy of both (base_score, base_comment). Fill it in and import it again: a grade changed in the LMS in the meantime is pointed out instead of overwritten.</source>
            <translation>Die Datei enthält die Punktzahl und den Kommentar jeder/jedes Teilnehmer/in im aktuellen Stand, mit einer Kopie von beiden (base_score, base_comment). Füllen Sie sie aus und importieren Sie sie wieder: Eine Bewertung, die inzwischen im LMS geändert wurde, wird angezeigt statt überschrieben.</translation>
        </message>
        <message>
            <source>&amp;CSV (opens in any spreadsheet program)</source>
            <translation>&amp;CSV (lässt sich in jeder Tabellenkalkulation öffnen)</translation>
        </message>
        <message>
            <source>CSV format</source>
            <translation>CSV-Format</translation>
        </message>
        <message>
            <source>E&amp;xcel workbook (.xlsx)</source>
            <translation>E&amp;xcel-Arbeitsmappe (.xlsx)</translation>
        </message>
        <message>
            <source>Excel workbook format</source>
            <translation>Excel-Arbeitsmappen-Format</translation>
        </message>
        <message>
            <source>&amp;All ({count} learner)</source>
            <translation>&amp;Alle ({count} Teilnehmer/in)</translation>
        </message>
        <message numerus="yes">
            <source>&amp;All {count} learners</source>
            <translation>
                <numerusform>&amp;Alle ({count} Teilnehmer/in)</numerusform>
                <numerusform>&amp;Alle {count} Teilnehmer/innen</numerusform>
            </translation>
        </message>
        <message>
            <source>Export all learners</source>
            <translation>Alle Teilnehmer/innen exportieren</translation>
        </message>
        <message>
            <source>Only the {count} learner shown &amp;now (the table's filter)</source>
            <translation>Nur {count} &amp;jetzt angezeigte/r Teilnehmer/in (Filter der Tabelle)</translation>
        </message>
        <message numerus="yes">
            <source>Only the {count} learners shown &amp;now (the table's filter)</source>
            <translation>
                <numerusform>Nur {count} &amp;jetzt angezeigte/r Teilnehmer/in (Filter der Tabelle)</numerusform>
                <numerusform>Nur die {count} &amp;jetzt angezeigten Teilnehmer/innen (Filter der Tabelle)</numerusform>
            </translation>
        </message>
        <message>
            <source>Only the learners shown now (no filter is on: that is everyone)</source>
            <translation>Nur die jetzt angezeigten Teilnehmer/innen (kein Filter aktiv: das sind alle)</translation>
        </message>
        <message>
            <source>Export only the learners shown</source>
            <translation>Nur die angezeigten Teilnehmer/innen exportieren</translation>
        </message>
        <message>
            <source>File to write</source>
            <translation>Zieldatei</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Wählen…</translation>
        </message>
        <message>
            <source>Choose the file to write</source>
            <translation>Die Zieldatei wählen</translation>
        </message>
        <message>
            <source>About the file</source>
            <translation>Zur Datei</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Rows:</source>
            <translation>Zeilen:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <source>Choose the file to write.</source>
            <translation>Wählen Sie die Zieldatei.</translation>
        </message>
        <message>
            <source>The file name must end in {suffix}.</source>
            <translation>Der Dateiname muss auf {suffix} enden.</translation>
        </message>
        <message>
            <source>{path} is a folder: add a file name.</source>
            <translation>{path} ist ein Ordner: Fügen Sie einen Dateinamen hinzu.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Der Ordner {folder} existiert nicht.</translation>
        </message>
        <message>
            <source>A file with this name exists: it will be replaced.</source>
            <translation>Eine Datei mit diesem Namen existiert: Sie wird ersetzt.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the spreadsheet</source>
            <translation>Tabelle wählen</translation>
        </message>
        <message>
            <source>A CSV or Excel (.xlsx) file with one row per student: a file exported by this app and filled in, or any sheet with user IDs, emails or names.</source>
            <translation>Eine CSV- oder Excel-Datei (.xlsx) mit einer Zeile pro Teilnehmer/in: eine von dieser App exportierte und ausgefüllte Datei oder eine beliebige Tabelle mit Nutzer-IDs, E-Mail-Adressen oder Namen.</translation>
        </message>
        <message>
            <source>No file chosen yet</source>
            <translation>Noch keine Datei gewählt</translation>
        </message>
        <message>
            <source>Spreadsheet file</source>
            <translation>Tabellendatei</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>Datei &amp;wählen…</translation>
        </message>
        <message>
            <source>Choose the spreadsheet file</source>
            <translation>Die Tabellendatei wählen</translation>
        </message>
        <message>
            <source>&amp;Read the file again</source>
            <translation>Datei e&amp;rneut lesen</translation>
        </message>
        <message>
            <source>Read the file again</source>
            <translation>Datei erneut lesen</translation>
        </message>
        <message>
            <source>After fixing the file in a spreadsheet, read it again</source>
            <translation>Nachdem Sie die Datei in einer Tabellenkalkulation korrigiert haben, lesen Sie sie erneut</translation>
        </message>
        <message>
            <source>How the file was read</source>
            <translation>Wie die Datei gelesen wurde</translation>
        </message>
        <message>
            <source>Problem with the file</source>
            <translation>Problem mit der Datei</translation>
        </message>
        <message>
            <source>{count} row</source>
            <translation>{count} Zeile</translation>
        </message>
        <message numerus="yes">
            <source>{count} rows</source>
            <translation>
                <numerusform>{count} Zeile</numerusform>
                <numerusform>{count} Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} column</source>
            <translation>{count} Spalte</translation>
        </message>
        <message numerus="yes">
            <source>{count} columns</source>
            <translation>
                <numerusform>{count} Spalte</numerusform>
                <numerusform>{count} Spalten</numerusform>
            </translation>
        </message>
        <message>
            <source>Read as {description}: {rows} below the header, {columns} ({names}).</source>
            <translation>Gelesen als {description}: {rows} unter der Kopfzeile, {columns} ({names}).</translation>
        </message>
        <message>
            <source>This file cannot be imported.
{problem}
{advice}</source>
            <translation>Diese Datei kann nicht importiert werden.
{problem}
{advice}</translation>
        </message>
    </context>
    <context>
        <name>FilesController</name>
        <message>
            <source>Pruning the history</source>
            <translation>Der Verlauf wird gekürzt</translation>
        </message>
        <message>
            <source>Nothing to import: no row changes a grade.</source>
            <translation>Nichts zu importieren: Keine Zeile ändert eine Bewertung.</translation>
        </message>
        <message>
            <source>Import {count} grade</source>
            <translation>{count} Bewertung importieren</translation>
        </message>
        <message numerus="yes">
            <source>Import {count} grades</source>
            <translation>
                <numerusform>{count} Bewertung importieren</numerusform>
                <numerusform>{count} Bewertungen importieren</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} grade imported as an unsent change. Check it in the table, then Grades › Submit (Ctrl+S) sends it.</source>
            <translation>{count} Bewertung als ungesendete Änderung importiert. Prüfen Sie sie in der Tabelle; danach sendet Bewertungen › Übermitteln (Strg+S) sie.</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades imported as unsent changes. Check them in the table, then Grades › Submit (Ctrl+S) sends them.</source>
            <translation>
                <numerusform>{count} Bewertung als ungesendete Änderung importiert. Prüfen Sie sie in der Tabelle; danach sendet Bewertungen › Übermitteln (Strg+S) sie.</numerusform>
                <numerusform>{count} Bewertungen als ungesendete Änderungen importiert. Prüfen Sie sie in der Tabelle; danach sendet Bewertungen › Übermitteln (Strg+S) sie.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a grade column first.</source>
            <translation>Wählen Sie zuerst eine Bewertungsspalte.</translation>
        </message>
        <message>
            <source>Exporting to {file}…</source>
            <translation>Export nach {file}…</translation>
        </message>
        <message>
            <source>Exporting the grades</source>
            <translation>Die Bewertungen werden exportiert</translation>
        </message>
        <message>
            <source>Exported {count} learner to {path}.</source>
            <translation>{count} Teilnehmer/in nach {path} exportiert.</translation>
        </message>
        <message numerus="yes">
            <source>Exported {count} learners to {path}.</source>
            <translation>
                <numerusform>{count} Teilnehmer/in nach {path} exportiert.</numerusform>
                <numerusform>{count} Teilnehmer/innen nach {path} exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported, with warnings</source>
            <translation>Exportiert, mit Hinweisen</translation>
        </message>
        <message>
            <source>Open a connection first.</source>
            <translation>Öffnen Sie zuerst eine Verbindung.</translation>
        </message>
        <message>
            <source>Reading the local data</source>
            <translation>Die lokalen Daten werden gelesen</translation>
        </message>
        <message>
            <source>Removing the local data</source>
            <translation>Die lokalen Daten werden entfernt</translation>
        </message>
        <message>
            <source>Removed what was kept for the grade column.</source>
            <translation>Die für die Bewertungsspalte gespeicherten Daten wurden entfernt.</translation>
        </message>
        <message>
            <source>Removed what was kept for the connection.</source>
            <translation>Die für die Verbindung gespeicherten Daten wurden entfernt.</translation>
        </message>
    </context>
    <context>
        <name>GradeEditRequests</name>
        <message>
            <source>Edit score of {learner}</source>
            <translation>Punktzahl von {learner} bearbeiten</translation>
        </message>
        <message>
            <source>{learner} has no score: give a score first, then the comment.</source>
            <translation>{learner} hat keine Punktzahl: Geben Sie zuerst eine Punktzahl, dann den Kommentar.</translation>
        </message>
        <message>
            <source>Edit comment of {learner}</source>
            <translation>Kommentar von {learner} bearbeiten</translation>
        </message>
        <message>
            <source>A score is a number of 0 or more.</source>
            <translation>Eine Punktzahl ist eine Zahl von 0 oder mehr.</translation>
        </message>
        <message>
            <source>Set score for {count} learner</source>
            <translation>Punktzahl für {count} Teilnehmer/in festlegen</translation>
        </message>
        <message>
            <source>Nothing was pasted: {scores} scores do not fit {count} learner.</source>
            <translation>Nichts wurde eingefügt: {scores} Punktzahlen passen nicht zu {count} Teilnehmer/in.</translation>
        </message>
        <message>
            <source>Paste {count} score</source>
            <translation>{count} Punktzahl einfügen</translation>
        </message>
        <message>
            <source>Clear grade of {count} learner</source>
            <translation>Bewertung von {count} Teilnehmer/in entfernen</translation>
        </message>
        <message>
            <source>row {row} ({learner}): {problem}</source>
            <translation>Zeile {row} ({learner}): {problem}</translation>
        </message>
        <message>
            <source>Nothing was pasted: {problem}.</source>
            <translation>Nichts wurde eingefügt: {problem}.</translation>
        </message>
        <message>
            <source>No grade to clear: the learners chosen have none.</source>
            <translation>Keine Bewertung zu entfernen: Die gewählten Teilnehmer/innen haben keine.</translation>
        </message>
        <message>
            <source>{user_id} is not in this table.</source>
            <translation>{user_id} ist nicht in dieser Tabelle.</translation>
        </message>
        <message numerus="yes">
            <source>Clear grade of {count} learners</source>
            <translation>
                <numerusform>Bewertung von {count} Teilnehmer/in entfernen</numerusform>
                <numerusform>Bewertungen von {count} Teilnehmer/innen entfernen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was pasted: {problem} (and {count} more).</source>
            <translation>
                <numerusform>Nichts wurde eingefügt: {problem} (und {count} weiteres).</numerusform>
                <numerusform>Nichts wurde eingefügt: {problem} (und {count} weitere).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was pasted: {scores} scores do not fit {count} learners.</source>
            <translation>
                <numerusform>Nichts wurde eingefügt: {scores} Punktzahlen passen nicht zu {count} Teilnehmer/in.</numerusform>
                <numerusform>Nichts wurde eingefügt: {scores} Punktzahlen passen nicht zu {count} Teilnehmer/innen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste {count} scores</source>
            <translation>
                <numerusform>{count} Punktzahl einfügen</numerusform>
                <numerusform>{count} Punktzahlen einfügen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set score for {count} learners</source>
            <translation>
                <numerusform>Punktzahl für {count} Teilnehmer/in festlegen</numerusform>
                <numerusform>Punktzahl für {count} Teilnehmer/innen festlegen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistogramWidget</name>
        <message>
            <source>Score histogram</source>
            <translation>Histogramm der Punktzahlen</translation>
        </message>
        <message>
            <source>No grades yet</source>
            <translation>Noch keine Bewertungen</translation>
        </message>
        <message>
            <source>above</source>
            <translation>darüber</translation>
        </message>
        <message>
            <source>above {low}</source>
            <translation>über {low}</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} bis {high}</translation>
        </message>
        <message>
            <source>{scores}: {learners}</source>
            <translation>{scores}: {learners}</translation>
        </message>
        <message>
            <source>Scores: {bins}</source>
            <translation>Punktzahlen: {bins}</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Line item</source>
            <translation>Bewertungsspalte</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Teilnehmer/in</translation>
        </message>
        <message>
            <source>Score (old → new)</source>
            <translation>Punktzahl (alt → neu)</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>keine Bewertung</translation>
        </message>
        <message>
            <source>LMS user ID: {user_id}; profile: {profile}</source>
            <translation>LMS-Nutzer-ID: {user_id}; Profil: {profile}</translation>
        </message>
        <message>
            <source>LMS user ID: {user_id}</source>
            <translation>LMS-Nutzer-ID: {user_id}</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Line item shown</source>
            <translation>Angezeigte Bewertungsspalte</translation>
        </message>
        <message>
            <source>Show what was sent for one line item, or for all of them</source>
            <translation>Zeigen, was für eine Bewertungsspalte oder für alle gesendet wurde</translation>
        </message>
        <message>
            <source>All line items</source>
            <translation>Alle Bewertungsspalten</translation>
        </message>
        <message>
            <source>History status</source>
            <translation>Status des Verlaufs</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>A&amp;ktualisieren</translation>
        </message>
        <message>
            <source>Refresh the history</source>
            <translation>Den Verlauf aktualisieren</translation>
        </message>
        <message>
            <source>Copy the history</source>
            <translation>Den Verlauf kopieren</translation>
        </message>
        <message>
            <source>Copy the selected rows (or all of them) as text</source>
            <translation>Die ausgewählten Zeilen (oder alle) als Text kopieren</translation>
        </message>
        <message>
            <source>Export the history to CSV</source>
            <translation>Den Verlauf als CSV exportieren</translation>
        </message>
        <message>
            <source>Save the rows shown as a CSV file, e.g. for support</source>
            <translation>Die angezeigten Zeilen als CSV-Datei speichern, z. B. für den Support</translation>
        </message>
        <message>
            <source>Submission history</source>
            <translation>Sendeverlauf</translation>
        </message>
        <message>
            <source>What was sent, newest first; a column's header sorts by it</source>
            <translation>Was gesendet wurde, neueste zuerst; ein Spaltenkopf sortiert danach</translation>
        </message>
        <message>
            <source>History columns</source>
            <translation>Spalten des Verlaufs</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <source>No grades have been sent yet.</source>
            <translation>Es wurden noch keine Bewertungen gesendet.</translation>
        </message>
        <message numerus="yes">
            <source>The newest {count} entries</source>
            <translation>
                <numerusform>Der neueste Eintrag</numerusform>
                <numerusform>Die neuesten {count} Einträge</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} entry</source>
            <translation>{count} Eintrag</translation>
        </message>
        <message>
            <source>Exporting the history</source>
            <translation>Der Verlauf wird exportiert</translation>
        </message>
        <message numerus="yes">
            <source>{count} entries</source>
            <translation>
                <numerusform>{count} Eintrag</numerusform>
                <numerusform>{count} Einträge</numerusform>
            </translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>Anzei&amp;gen:</translation>
        </message>
        <message>
            <source>Copy ta&amp;ble</source>
            <translation>Tabelle kop&amp;ieren</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <source>The history could not be read.</source>
            <translation>Der Verlauf konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Reading the submission history</source>
            <translation>Der Sendeverlauf wird gelesen</translation>
        </message>
        <message>
            <source>Exporting to {file}…</source>
            <translation>Export nach {file}…</translation>
        </message>
        <message>
            <source>Exported {count} entry to {file}.</source>
            <translation>{count} Eintrag nach {file} exportiert.</translation>
        </message>
        <message numerus="yes">
            <source>Exported {count} entries to {file}.</source>
            <translation>
                <numerusform>{count} Eintrag nach {file} exportiert.</numerusform>
                <numerusform>{count} Einträge nach {file} exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>The export failed.</source>
            <translation>Der Export ist fehlgeschlagen.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import grades into “{label}”</source>
            <translation>Bewertungen in „{label}“ importieren</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>{file} wird gelesen…</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Jede Zeile wird geprüft…</translation>
        </message>
    </context>
    <context>
        <name>LearnerView</name>
        <message>
            <source>saving</source>
            <translation>wird gespeichert</translation>
        </message>
        <message>
            <source>unsent</source>
            <translation>ungesendet</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>wird gesendet</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>bestätigt</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>{name}, {item}: {problem}.</source>
            <translation>{name}, {item}: {problem}.</translation>
        </message>
        <message>
            <source>Learner view</source>
            <translation>Teilnehmeransicht</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Teilnehmer/in</translation>
        </message>
        <message>
            <source>Learner details</source>
            <translation>Angaben zur/zum Teilnehmer/in</translation>
        </message>
        <message>
            <source>Position in the course view</source>
            <translation>Position in der Kursansicht</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>◀ &amp;Previous</source>
            <translation>◀ &amp;Zurück</translation>
        </message>
        <message>
            <source>The learner above in the Course view (Alt+Left, PgUp)</source>
            <translation>Die/Der Teilnehmer/in darüber in der Kursansicht (Alt+Links, Bild auf)</translation>
        </message>
        <message>
            <source>Previous learner</source>
            <translation>Vorherige/r Teilnehmer/in</translation>
        </message>
        <message>
            <source>&amp;Next ▶</source>
            <translation>&amp;Weiter ▶</translation>
        </message>
        <message>
            <source>The learner below in the Course view (Alt+Right, PgDown)</source>
            <translation>Die/Der Teilnehmer/in darunter in der Kursansicht (Alt+Rechts, Bild ab)</translation>
        </message>
        <message>
            <source>Next learner</source>
            <translation>Nächste/r Teilnehmer/in</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Undo “{operation}”</source>
            <translation>„{operation}“ rückgängig machen</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Nichts rückgängig zu machen</translation>
        </message>
        <message>
            <source>Line item</source>
            <translation>Bewertungsspalte</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punktzahl</translation>
        </message>
        <message>
            <source>Out of</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>{item} maximum</source>
            <translation>Maximum von {item}</translation>
        </message>
        <message>
            <source>no learner</source>
            <translation>kein/e Teilnehmer/in</translation>
        </message>
        <message>
            <source>{item} score for {name}</source>
            <translation>Punktzahl in {item} für {name}</translation>
        </message>
        <message>
            <source>{item} state for {name}</source>
            <translation>Status in {item} für {name}</translation>
        </message>
        <message>
            <source>{item} comment for {name}</source>
            <translation>Kommentar in {item} für {name}</translation>
        </message>
        <message>
            <source>No learner</source>
            <translation>Keine/r Teilnehmer/in</translation>
        </message>
        <message>
            <source>Learner view: {name}</source>
            <translation>Teilnehmeransicht: {name}</translation>
        </message>
        <message>
            <source>LMS user ID: {user_id}</source>
            <translation>LMS-Nutzer-ID: {user_id}</translation>
        </message>
        <message>
            <source>not on the course roster: their grades cannot be changed here</source>
            <translation>nicht in der Teilnehmerliste des Kurses: Die Bewertungen können hier nicht geändert werden</translation>
        </message>
        <message>
            <source>the LMS's grade, not changed here</source>
            <translation>die Bewertung des LMS, hier nicht geändert</translation>
        </message>
        <message>
            <source>{mark} ({reason})</source>
            <translation>{mark} ({reason})</translation>
        </message>
        <message>
            <source>{glyph} {state}</source>
            <translation>{glyph} {state}</translation>
        </message>
        <message>
            <source>loading…</source>
            <translation>wird geladen…</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>keine Bewertung</translation>
        </message>
        <message>
            <source>not shown in the Course view (filtered out)</source>
            <translation>in der Kursansicht nicht angezeigt (herausgefiltert)</translation>
        </message>
        <message>
            <source>{position} of {count}</source>
            <translation>{position} von {count}</translation>
        </message>
        <message>
            <source>type the points out of {maximum}, shown beside the score</source>
            <translation>die Punkte von {maximum} eingeben (neben der Punktzahl angezeigt)</translation>
        </message>
        <message>
            <source>Edit {item} of {name}</source>
            <translation>{item} von {name} bearbeiten</translation>
        </message>
        <message>
            <source>{name} has no score in {item}: give a score first, then the comment.</source>
            <translation>{name} hat keine Punktzahl in {item}: Geben Sie zuerst eine Punktzahl, dann den Kommentar.</translation>
        </message>
        <message>
            <source>Edit comment of {name} in {item}</source>
            <translation>Kommentar von {name} in {item} bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>LineItemDialog</name>
        <message>
            <source>Rename grade column</source>
            <translation>Bewertungsspalte umbenennen</translation>
        </message>
        <message>
            <source>New grade column</source>
            <translation>Neue Bewertungsspalte</translation>
        </message>
        <message>
            <source>e.g. Quiz 3</source>
            <translation>z. B. Test 3</translation>
        </message>
        <message>
            <source>Column name</source>
            <translation>Name der Spalte</translation>
        </message>
        <message>
            <source>The name learners and instructors see in the gradebook</source>
            <translation>Der Name, den Teilnehmer/innen und Lehrende in der Bewertungsübersicht sehen</translation>
        </message>
        <message>
            <source>Column name problem</source>
            <translation>Problem mit dem Namen der Spalte</translation>
        </message>
        <message>
            <source>Maximum score</source>
            <translation>Maximale Punktzahl</translation>
        </message>
        <message>
            <source>Maximum score problem</source>
            <translation>Problem mit der maximalen Punktzahl</translation>
        </message>
        <message>
            <source>optional, e.g. quiz</source>
            <translation>optional, z. B. test</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Schlagwort</translation>
        </message>
        <message>
            <source>Optional: a word grouping columns, e.g. quiz</source>
            <translation>Optional: ein Wort, das Spalten gruppiert, z. B. test</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Maximum score:</source>
            <translation>&amp;Maximale Punktzahl:</translation>
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation>&amp;Schlagwort:</translation>
        </message>
        <message>
            <source>&amp;Opens:</source>
            <translation>&amp;Beginn:</translation>
        </message>
        <message>
            <source>&amp;Due:</source>
            <translation>&amp;Fällig am:</translation>
        </message>
        <message>
            <source>Only the name changes; the maximum, dates and everything else stay as they are.</source>
            <translation>Nur der Name ändert sich; Maximum, Daten und alles andere bleiben, wie sie sind.</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Umbenennen</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Anlegen</translation>
        </message>
        <message>
            <source>The maximum must be greater than 0.</source>
            <translation>Das Maximum muss größer als 0 sein.</translation>
        </message>
    </context>
    <context>
        <name>LineItemPicker</name>
        <message>
            <source>Search grade columns</source>
            <translation>Bewertungsspalten durchsuchen</translation>
        </message>
        <message>
            <source>Narrows the list to the columns whose name, tag or ID holds the words typed</source>
            <translation>Beschränkt die Liste auf die Spalten, deren Name, Schlagwort oder ID die eingegebenen Wörter enthält</translation>
        </message>
        <message>
            <source>Grade columns</source>
            <translation>Bewertungsspalten</translation>
        </message>
        <message>
            <source>Choosing a column shows its grades; its menu renames, edits or deletes it</source>
            <translation>Die Auswahl einer Spalte zeigt ihre Bewertungen; ihr Menü benennt sie um, bearbeitet oder löscht sie</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Nicht verbunden</translation>
        </message>
        <message>
            <source>Grade columns status</source>
            <translation>Status der Bewertungsspalten</translation>
        </message>
        <message>
            <source>&amp;New grade column…</source>
            <translation>&amp;Neue Bewertungsspalte…</translation>
        </message>
        <message>
            <source>Create a grade column in the LMS gradebook</source>
            <translation>Eine Bewertungsspalte in der Bewertungsübersicht des LMS anlegen</translation>
        </message>
        <message>
            <source>Change the name of the selected grade column</source>
            <translation>Den Namen der ausgewählten Bewertungsspalte ändern</translation>
        </message>
        <message>
            <source>&amp;Properties of grade column…</source>
            <translation>&amp;Eigenschaften der Bewertungsspalte…</translation>
        </message>
        <message>
            <source>Change the name, maximum, dates, release, tag and resource ID of the selected column</source>
            <translation>Name, Maximum, Daten, Freigabe, Schlagwort und Ressourcen-ID der ausgewählten Spalte ändern</translation>
        </message>
        <message>
            <source>&amp;Delete grade column…</source>
            <translation>Bewertungsspalte &amp;löschen…</translation>
        </message>
        <message>
            <source>Delete the selected grade column and its grades</source>
            <translation>Die ausgewählte Bewertungsspalte und ihre Bewertungen löschen</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Neu…</translation>
        </message>
        <message>
            <source>New grade column</source>
            <translation>Neue Bewertungsspalte</translation>
        </message>
        <message>
            <source>{count} grade column</source>
            <translation>{count} Bewertungsspalte</translation>
        </message>
        <message numerus="yes">
            <source>{count} grade columns</source>
            <translation>
                <numerusform>{count} Bewertungsspalte</numerusform>
                <numerusform>{count} Bewertungsspalten</numerusform>
            </translation>
        </message>
        <message>
            <source>Rename grade column</source>
            <translation>Bewertungsspalte umbenennen</translation>
        </message>
        <message>
            <source>Rena&amp;me grade column…</source>
            <translation>Bewertungsspalte u&amp;mbenennen…</translation>
        </message>
        <message>
            <source>Rena&amp;me…</source>
            <translation>U&amp;mbenennen…</translation>
        </message>
        <message>
            <source>Dele&amp;te…</source>
            <translation>Lös&amp;chen…</translation>
        </message>
        <message>
            <source>Delete grade column</source>
            <translation>Bewertungsspalte löschen</translation>
        </message>
        <message>
            <source>Loading grade columns…</source>
            <translation>Bewertungsspalten werden geladen…</translation>
        </message>
        <message>
            <source>Could not refresh the list; showing the one loaded earlier. Press F5 to try again.</source>
            <translation>Die Liste konnte nicht aktualisiert werden; die zuvor geladene wird angezeigt. Drücken Sie F5, um es erneut zu versuchen.</translation>
        </message>
        <message>
            <source>The grade columns could not be loaded. Press F5 to try again.</source>
            <translation>Die Bewertungsspalten konnten nicht geladen werden. Drücken Sie F5, um es erneut zu versuchen.</translation>
        </message>
        <message>
            <source>Loading the grade columns</source>
            <translation>Die Bewertungsspalten werden geladen</translation>
        </message>
        <message>
            <source>This course has no grade columns yet. Create one with New…</source>
            <translation>Dieser Kurs hat noch keine Bewertungsspalten. Legen Sie eine mit „Neu…“ an.</translation>
        </message>
        <message numerus="yes">
            <source>No grade column matches the search ({total} in all)</source>
            <translation>
                <numerusform>Keine Bewertungsspalte passt zur Suche ({total} insgesamt)</numerusform>
                <numerusform>Keine Bewertungsspalte passt zur Suche ({total} insgesamt)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of {total} grade columns shown</source>
            <translation>
                <numerusform>{shown} von {total} Bewertungsspalte angezeigt</numerusform>
                <numerusform>{shown} von {total} Bewertungsspalten angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <source>Creating the grade column “{label}”</source>
            <translation>Die Bewertungsspalte „{label}“ wird angelegt</translation>
        </message>
        <message>
            <source>Renaming the grade column “{label}”</source>
            <translation>Die Bewertungsspalte „{label}“ wird umbenannt</translation>
        </message>
        <message>
            <source>Reading the grades of “{label}”…</source>
            <translation>Die Bewertungen von „{label}“ werden gelesen…</translation>
        </message>
        <message>
            <source>Reading the grades of “{label}”</source>
            <translation>Die Bewertungen von „{label}“ werden gelesen</translation>
        </message>
        <message>
            <source>Saving the grade column “{label}”</source>
            <translation>Die Bewertungsspalte „{label}“ wird gespeichert</translation>
        </message>
        <message>
            <source>Saved the grade column “{label}”.</source>
            <translation>Die Bewertungsspalte „{label}“ wurde gespeichert.</translation>
        </message>
        <message>
            <source>Deleting the grade column “{label}”</source>
            <translation>Die Bewertungsspalte „{label}“ wird gelöscht</translation>
        </message>
        <message>
            <source>Read-only mode: grade columns cannot be changed.</source>
            <translation>Nur-Lesen-Modus: Bewertungsspalten können nicht geändert werden.</translation>
        </message>
        <message>
            <source>{action}…</source>
            <translation>{action}…</translation>
        </message>
        <message>
            <source>Created the grade column “{label}”.</source>
            <translation>Die Bewertungsspalte „{label}“ wurde angelegt.</translation>
        </message>
        <message>
            <source>Renamed the grade column to “{label}”.</source>
            <translation>Die Bewertungsspalte wurde in „{label}“ umbenannt.</translation>
        </message>
        <message>
            <source>Deleted the grade column.</source>
            <translation>Die Bewertungsspalte wurde gelöscht.</translation>
        </message>
        <message>
            <source>Deleted “{label}”.</source>
            <translation>„{label}“ wurde gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>LineItemPropertiesDialog</name>
        <message>
            <source>Properties of “{label}”</source>
            <translation>Eigenschaften von „{label}“</translation>
        </message>
        <message>
            <source>Column name</source>
            <translation>Name der Spalte</translation>
        </message>
        <message>
            <source>Column name problem</source>
            <translation>Problem mit dem Namen der Spalte</translation>
        </message>
        <message>
            <source>Maximum score</source>
            <translation>Maximale Punktzahl</translation>
        </message>
        <message>
            <source>Most LMSes keep each grade's points when the maximum changes</source>
            <translation>Die meisten LMS behalten die Punkte jeder Bewertung, wenn sich das Maximum ändert</translation>
        </message>
        <message>
            <source>Maximum score problem</source>
            <translation>Problem mit der maximalen Punktzahl</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Dates problem</source>
            <translation>Problem mit den Daten</translation>
        </message>
        <message>
            <source>Learners see their grades</source>
            <translation>Teilnehmer/innen sehen ihre Bewertungen</translation>
        </message>
        <message>
            <source>Grades released</source>
            <translation>Bewertungen freigegeben</translation>
        </message>
        <message>
            <source>Partly ticked: the LMS was never told, and is not told now</source>
            <translation>Teilweise angekreuzt: Dem LMS wurde dies nie mitgeteilt, und es wird ihm auch jetzt nicht mitgeteilt</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Schlagwort</translation>
        </message>
        <message>
            <source>Resource ID</source>
            <translation>Ressourcen-ID</translation>
        </message>
        <message>
            <source>The tool's own ID for the activity this column grades</source>
            <translation>Die eigene ID des Tools für die Aktivität, die diese Spalte bewertet</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Maximum score:</source>
            <translation>&amp;Maximale Punktzahl:</translation>
        </message>
        <message>
            <source>&amp;Opens:</source>
            <translation>&amp;Beginn:</translation>
        </message>
        <message>
            <source>&amp;Due:</source>
            <translation>&amp;Fällig am:</translation>
        </message>
        <message>
            <source>&amp;Grades released:</source>
            <translation>Bewertungen frei&amp;gegeben:</translation>
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation>&amp;Schlagwort:</translation>
        </message>
        <message>
            <source>&amp;Resource ID:</source>
            <translation>&amp;Ressourcen-ID:</translation>
        </message>
        <message>
            <source>ID in the LMS: {id}</source>
            <translation>ID im LMS: {id}</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>The maximum must be greater than 0.</source>
            <translation>Das Maximum muss größer als 0 sein.</translation>
        </message>
        <message>
            <source>The due date is before the opening date.</source>
            <translation>Das Fälligkeitsdatum liegt vor dem Beginn.</translation>
        </message>
    </context>
    <context>
        <name>LineItemsModel</name>
        <message>
            <source>Column</source>
            <translation>Spalte</translation>
        </message>
        <message>
            <source>Max</source>
            <translation>Max.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Schlagwort</translation>
        </message>
        <message>
            <source>Opens</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>{label}, {summary}</source>
            <translation>{label}, {summary}</translation>
        </message>
        <message>
            <source>Maximum: {maximum}</source>
            <translation>Maximum: {maximum}</translation>
        </message>
        <message>
            <source>Tag: {tag}</source>
            <translation>Schlagwort: {tag}</translation>
        </message>
        <message>
            <source>Opens: {moment}</source>
            <translation>Beginn: {moment}</translation>
        </message>
        <message>
            <source>Due: {moment}</source>
            <translation>Fällig: {moment}</translation>
        </message>
        <message>
            <source>ID: {id}</source>
            <translation>ID: {id}</translation>
        </message>
    </context>
    <context>
        <name>LoadingController</name>
        <message>
            <source>Loading “{label}”…</source>
            <translation>„{label}“ wird geladen…</translation>
        </message>
        <message>
            <source>Loading: {learners}, {grades} so far…</source>
            <translation>Wird geladen: bisher {learners}, {grades}…</translation>
        </message>
        <message>
            <source>{count} learner</source>
            <translation>{count} Teilnehmer/in</translation>
        </message>
        <message numerus="yes">
            <source>{count} learners</source>
            <translation>
                <numerusform>{count} Teilnehmer/in</numerusform>
                <numerusform>{count} Teilnehmer/innen</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} grade</source>
            <translation>{count} Bewertung</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades</source>
            <translation>
                <numerusform>{count} Bewertung</numerusform>
                <numerusform>{count} Bewertungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Loaded {count} learner of “{label}”.</source>
            <translation>{count} Teilnehmer/in von „{label}“ geladen.</translation>
        </message>
        <message numerus="yes">
            <source>Loaded {count} learners of “{label}”.</source>
            <translation>
                <numerusform>{count} Teilnehmer/in von „{label}“ geladen.</numerusform>
                <numerusform>{count} Teilnehmer/innen von „{label}“ geladen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopped loading: the grades shown are those loaded before. Press F5 to load them again.</source>
            <translation>Laden abgebrochen: Angezeigt werden die zuvor geladenen Bewertungen. Drücken Sie F5, um sie erneut zu laden.</translation>
        </message>
        <message>
            <source>Stopped loading: the list is incomplete ({count} learner so far). Press F5 to load everything.</source>
            <translation>Laden abgebrochen: Die Liste ist unvollständig (bisher {count} Teilnehmer/in). Drücken Sie F5, um alles zu laden.</translation>
        </message>
        <message numerus="yes">
            <source>Stopped loading: the list is incomplete ({count} learners so far). Press F5 to load everything.</source>
            <translation>
                <numerusform>Laden abgebrochen: Die Liste ist unvollständig (bisher {count} Teilnehmer/in). Drücken Sie F5, um alles zu laden.</numerusform>
                <numerusform>Laden abgebrochen: Die Liste ist unvollständig (bisher {count} Teilnehmer/innen). Drücken Sie F5, um alles zu laden.</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} learner (loading)</source>
            <translation>{count} Teilnehmer/in (wird geladen)</translation>
        </message>
        <message numerus="yes">
            <source>{count} learners (loading)</source>
            <translation>
                <numerusform>{count} Teilnehmer/in (wird geladen)</numerusform>
                <numerusform>{count} Teilnehmer/innen (wird geladen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Listing the kept grades</source>
            <translation>Die gespeicherten Bewertungen werden aufgelistet</translation>
        </message>
        <message>
            <source>Offline: {count} grade column kept on this computer. Press F5 to try the LMS again.</source>
            <translation>Offline: {count} Bewertungsspalte auf diesem Computer gespeichert. Drücken Sie F5, um das LMS erneut zu versuchen.</translation>
        </message>
        <message numerus="yes">
            <source>Offline: {count} grade columns kept on this computer. Press F5 to try the LMS again.</source>
            <translation>
                <numerusform>Offline: {count} Bewertungsspalte auf diesem Computer gespeichert. Drücken Sie F5, um das LMS erneut zu versuchen.</numerusform>
                <numerusform>Offline: {count} Bewertungsspalten auf diesem Computer gespeichert. Drücken Sie F5, um das LMS erneut zu versuchen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LocalDataDialog</name>
        <message>
            <source>Local data</source>
            <translation>Lokale Daten</translation>
        </message>
        <message>
            <source>Downloaded grades, drafts, grades waiting to be sent and the history of what was sent are kept on this computer, in a folder only you can read, so you can work offline and nothing is lost in a crash.</source>
            <translation>Heruntergeladene Bewertungen, Entwürfe, Bewertungen, die auf das Senden warten, und der Verlauf des Gesendeten werden auf diesem Computer in einem Ordner gespeichert, den nur Sie lesen können. So können Sie offline arbeiten, und bei einem Absturz geht nichts verloren.</translation>
        </message>
        <message>
            <source>Remove the data of this grade column</source>
            <translation>Die Daten dieser Bewertungsspalte entfernen</translation>
        </message>
        <message>
            <source>Remove the data of the whole connection</source>
            <translation>Die Daten der ganzen Verbindung entfernen</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Entfernen…</translation>
        </message>
        <message>
            <source>Remove the chosen local data</source>
            <translation>Die gewählten lokalen Daten entfernen</translation>
        </message>
        <message>
            <source>Asks first, naming what would be lost</source>
            <translation>Fragt zuerst nach und nennt, was verloren ginge</translation>
        </message>
        <message>
            <source>Remove local data</source>
            <translation>Lokale Daten entfernen</translation>
        </message>
        <message>
            <source>Keep the history of what was sent</source>
            <translation>Den Verlauf des Gesendeten aufbewahren</translation>
        </message>
        <message>
            <source>&amp;Keep for:</source>
            <translation>&amp;Aufbewahren für:</translation>
        </message>
        <message>
            <source>The history records every grade sent: when, old and new value, and what the LMS answered. Support staff use it to say what the app sent, and when. Older entries are removed when you save.</source>
            <translation>Der Verlauf verzeichnet jede gesendete Bewertung: wann, alter und neuer Wert und was das LMS geantwortet hat. Der Support kann daraus ablesen, was die App wann gesendet hat. Ältere Einträge werden beim Speichern entfernt.</translation>
        </message>
        <message>
            <source>Older entries are removed when you save</source>
            <translation>Ältere Einträge werden beim Speichern entfernt</translation>
        </message>
        <message>
            <source>History of what was sent</source>
            <translation>Verlauf des Gesendeten</translation>
        </message>
        <message>
            <source>Only “{label}”: {kept}</source>
            <translation>Nur „{label}“: {kept}</translation>
        </message>
        <message>
            <source>Only the open grade column (none is open)</source>
            <translation>Nur die geöffnete Bewertungsspalte (keine ist geöffnet)</translation>
        </message>
        <message>
            <source>All of {connection} ({columns}): {kept}</source>
            <translation>Alles von {connection} ({columns}): {kept}</translation>
        </message>
        <message>
            <source>{count} draft</source>
            <translation>{count} Entwurf</translation>
        </message>
        <message>
            <source>{count} grade</source>
            <translation>{count} Bewertung</translation>
        </message>
        <message>
            <source>{drafts}, {grades} not sent yet</source>
            <translation>{drafts}, {grades} noch nicht gesendet</translation>
        </message>
        <message numerus="yes">
            <source>{count} drafts</source>
            <translation>
                <numerusform>{count} Entwurf</numerusform>
                <numerusform>{count} Entwürfe</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} grades</source>
            <translation>
                <numerusform>{count} Bewertung</numerusform>
                <numerusform>{count} Bewertungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The app was started read-only (--read-only): nothing can be changed or sent in this window. Start it without --read-only to edit grades.</source>
            <translation>Die App wurde im Nur-Lesen-Modus gestartet (--read-only): In diesem Fenster kann nichts geändert oder gesendet werden. Starten Sie sie ohne --read-only, um Bewertungen zu bearbeiten.</translation>
        </message>
        <message>
            <source>Grade columns</source>
            <translation>Bewertungsspalten</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Request log</source>
            <translation>Anfrageprotokoll</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>&amp;Undo “{operation}”</source>
            <translation>„{operation}“ &amp;rückgängig machen</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo “{operation}”</source>
            <translation>„{operation}“ &amp;wiederholen</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Editing is off: changes cannot be saved</source>
            <translation>Bearbeitung ausgeschaltet: Änderungen können nicht gespeichert werden</translation>
        </message>
        <message>
            <source>{reason}

The table shows what is saved. Editing stays off until you turn read-only mode off (View › Read-only mode) once the data folder can be written again.</source>
            <translation>{reason}

Die Tabelle zeigt, was gespeichert ist. Die Bearbeitung bleibt ausgeschaltet, bis Sie den Nur-Lesen-Modus ausschalten (Ansicht › Nur-Lesen-Modus), sobald in den Datenordner wieder geschrieben werden kann.</translation>
        </message>
        <message>
            <source>Copied {count} row as tab-separated text.</source>
            <translation>{count} Zeile als tabulatorgetrennter Text kopiert.</translation>
        </message>
        <message numerus="yes">
            <source>Copied {count} rows as tab-separated text.</source>
            <translation>
                <numerusform>{count} Zeile als tabulatorgetrennter Text kopiert.</numerusform>
                <numerusform>{count} Zeilen als tabulatorgetrennter Text kopiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select the learners to copy first.</source>
            <translation>Wählen Sie zuerst die zu kopierenden Teilnehmer/innen.</translation>
        </message>
        <message>
            <source>About Gradebook</source>
            <translation>Über Gradebook</translation>
        </message>
        <message>
            <source>Gradebook {version}

See and manage LMS grades through LTIAAS.</source>
            <translation>Gradebook {version}

LMS-Bewertungen über LTIAAS einsehen und verwalten.</translation>
        </message>
        <message>
            <source>Paging and comments follow this LMS's habits</source>
            <translation>Seitenweises Laden und Kommentare folgen den Gepflogenheiten dieses LMS</translation>
        </message>
        <message>
            <source>Not a family the app knows: the standard LTI rules are followed</source>
            <translation>Eine der App unbekannte Familie: Es gelten die Standard-LTI-Regeln</translation>
        </message>
        <message>
            <source>not identified</source>
            <translation>nicht erkannt</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>User ID (exact)</source>
            <translation>Nutzer-ID (exakt)</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>E-Mail-Adresse</translation>
        </message>
        <message>
            <source>Full name (refused when two learners share it)</source>
            <translation>Vollständiger Name (abgelehnt, wenn zwei Teilnehmer/innen ihn teilen)</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>Welche Spalte was enthält</translation>
        </message>
        <message>
            <source>Tell the import which column names the student and which ones hold the score and the comment. Your choice is remembered for the next import.</source>
            <translation>Teilen Sie dem Import mit, welche Spalte die Teilnehmer/innen benennt und welche die Punktzahl und den Kommentar enthalten. Ihre Wahl wird für den nächsten Import gespeichert.</translation>
        </message>
        <message>
            <source>Column that identifies the student</source>
            <translation>Spalte, die die Teilnehmer/innen identifiziert</translation>
        </message>
        <message>
            <source>How the student column identifies the student</source>
            <translation>Wie die Teilnehmerspalte die Teilnehmer/innen identifiziert</translation>
        </message>
        <message>
            <source>Score column</source>
            <translation>Spalte der Punktzahl</translation>
        </message>
        <message>
            <source>Comment column</source>
            <translation>Spalte des Kommentars</translation>
        </message>
        <message>
            <source>Maximum column</source>
            <translation>Spalte des Maximums</translation>
        </message>
        <message>
            <source>Problem with the columns</source>
            <translation>Problem mit den Spalten</translation>
        </message>
        <message>
            <source>&amp;Student:</source>
            <translation>&amp;Teilnehmer/in:</translation>
        </message>
        <message>
            <source>&amp;Identified by:</source>
            <translation>&amp;Identifiziert über:</translation>
        </message>
        <message>
            <source>Sc&amp;ore:</source>
            <translation>P&amp;unktzahl:</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Kommentar:</translation>
        </message>
        <message>
            <source>&amp;Maximum:</source>
            <translation>&amp;Maximum:</translation>
        </message>
        <message>
            <source>The file was read again; the columns you chose are kept.</source>
            <translation>Die Datei wurde erneut gelesen; die gewählten Spalten bleiben erhalten.</translation>
        </message>
        <message>
            <source>Choose the column…</source>
            <translation>Spalte wählen…</translation>
        </message>
        <message>
            <source>None: keep the scores</source>
            <translation>Keine: Punktzahlen beibehalten</translation>
        </message>
        <message>
            <source>None: keep the comments</source>
            <translation>Keine: Kommentare beibehalten</translation>
        </message>
        <message>
            <source>None: scores are out of {maximum}</source>
            <translation>Keine: Punktzahlen sind von {maximum}</translation>
        </message>
        <message>
            <source>Choose the column that identifies the student.</source>
            <translation>Wählen Sie die Spalte, die die Teilnehmer/innen identifiziert.</translation>
        </message>
        <message>
            <source>Choose the score column, the comment column, or both.</source>
            <translation>Wählen Sie die Spalte der Punktzahl, die des Kommentars oder beide.</translation>
        </message>
        <message>
            <source>student</source>
            <translation>Teilnehmer/in</translation>
        </message>
        <message>
            <source>score</source>
            <translation>Punktzahl</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>maximum</source>
            <translation>Maximum</translation>
        </message>
        <message>
            <source>The column “{column}” is chosen twice ({roles}).</source>
            <translation>Die Spalte „{column}“ ist zweimal gewählt ({roles}).</translation>
        </message>
        <message>
            <source>This column is empty.</source>
            <translation>Diese Spalte ist leer.</translation>
        </message>
        <message>
            <source>First values: {values}</source>
            <translation>Erste Werte: {values}</translation>
        </message>
        <message>
            <source>{value} (a date)</source>
            <translation>{value} (ein Datum)</translation>
        </message>
        <message>
            <source>{columns} (the grades when the file was exported: a grade changed in the LMS since then is pointed out)</source>
            <translation>{columns} (die Bewertungen zum Zeitpunkt des Exports: Eine seitdem im LMS geänderte Bewertung wird angezeigt)</translation>
        </message>
        <message>
            <source>{columns} (sent with each grade)</source>
            <translation>{columns} (wird mit jeder Bewertung gesendet)</translation>
        </message>
        <message>
            <source>Also read from the file: {columns}.</source>
            <translation>Außerdem aus der Datei gelesen: {columns}.</translation>
        </message>
    </context>
    <context>
        <name>MessageChannel</name>
        <message>
            <source>Connected again.</source>
            <translation>Wieder verbunden.</translation>
        </message>
        <message>
            <source>Secure connection failed</source>
            <translation>Sichere Verbindung fehlgeschlagen</translation>
        </message>
        <message>
            <source>the connection failed</source>
            <translation>die Verbindung ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>Offline: {cause}. What is shown may be out of date; press F5 to try again.</source>
            <translation>Offline: {cause}. Die Anzeige ist möglicherweise nicht aktuell; drücken Sie F5, um es erneut zu versuchen.</translation>
        </message>
        <message>
            <source>{action} failed</source>
            <translation>{action} fehlgeschlagen</translation>
        </message>
        <message>
            <source>Grades are already being sent</source>
            <translation>Bewertungen werden bereits gesendet</translation>
        </message>
        <message>
            <source>{action} failed on this computer</source>
            <translation>{action} auf diesem Computer fehlgeschlagen</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
        <message>
            <source>{action} failed because of an error in the app: {error}. Please copy the details and send them to support.</source>
            <translation>{action} ist wegen eines Fehlers in der App fehlgeschlagen: {error}. Bitte kopieren Sie die Details und senden Sie sie an den Support.</translation>
        </message>
        <message>
            <source>An error in the app was caught: {summary}. Your data is unchanged. Please copy the details and send them to support.</source>
            <translation>Ein Fehler in der App wurde abgefangen: {summary}. Ihre Daten sind unverändert. Bitte kopieren Sie die Details und senden Sie sie an den Support.</translation>
        </message>
    </context>
    <context>
        <name>MessageDialog</name>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>What happened, for support</source>
            <translation>Was passiert ist, für den Support</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>Details &amp;kopieren</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Details kopieren</translation>
        </message>
        <message>
            <source>Copy what happened, for support, to the clipboard</source>
            <translation>Kopiert, was passiert ist, für den Support in die Zwischenablage</translation>
        </message>
        <message>
            <source>Show &amp;details</source>
            <translation>&amp;Details anzeigen</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>Details anzeigen</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
        <message>
            <source>Details copied to the clipboard</source>
            <translation>Details in die Zwischenablage kopiert</translation>
        </message>
    </context>
    <context>
        <name>OfflineBanner</name>
        <message>
            <source>Try aga&amp;in</source>
            <translation>Erneut &amp;versuchen</translation>
        </message>
        <message>
            <source>Try to reach the LMS again</source>
            <translation>Erneut versuchen, das LMS zu erreichen</translation>
        </message>
        <message>
            <source>Load the grades from the LMS again (F5)</source>
            <translation>Die Bewertungen erneut aus dem LMS laden (F5)</translation>
        </message>
        <message>
            <source>Offline copy</source>
            <translation>Offline-Kopie</translation>
        </message>
        <message>
            <source>&lt;b&gt;Offline: showing the grades downloaded {age}&lt;/b&gt; ({when}).&lt;br&gt;The LMS cannot be reached. Changes you make are saved on this computer; Submit sends them once the LMS answers again, after checking that nobody changed those grades there meanwhile.</source>
            <translation>&lt;b&gt;Offline: Angezeigt werden die Bewertungen, heruntergeladen {age}&lt;/b&gt; ({when}).&lt;br&gt;Das LMS ist nicht erreichbar. Ihre Änderungen werden auf diesem Computer gespeichert; „Übermitteln“ sendet sie, sobald das LMS wieder antwortet, nachdem geprüft wurde, dass dort inzwischen niemand diese Bewertungen geändert hat.</translation>
        </message>
    </context>
    <context>
        <name>OutboxPrompt</name>
        <message>
            <source>Grades waiting to be sent</source>
            <translation>Bewertungen warten auf das Senden</translation>
        </message>
        <message>
            <source>Nothing is sent until you say so. The grades stay queued, even when the app is closed, and you can send them later from the window. Each one is checked against the LMS first, so a grade changed there meanwhile is shown to you, not overwritten.</source>
            <translation>Nichts wird gesendet, bevor Sie es veranlassen. Die Bewertungen bleiben in der Warteschlange, auch wenn die App geschlossen wird, und Sie können sie später aus dem Fenster senden. Jede wird zuerst mit dem LMS abgeglichen, sodass Ihnen eine dort inzwischen geänderte Bewertung angezeigt und nicht überschrieben wird.</translation>
        </message>
        <message>
            <source>&amp;Send now</source>
            <translation>Jetzt &amp;senden</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>&amp;Nicht jetzt</translation>
        </message>
        <message>
            <source>Send the queued grades now</source>
            <translation>Die Bewertungen in der Warteschlange jetzt senden</translation>
        </message>
        <message>
            <source>Keep the grades queued</source>
            <translation>Die Bewertungen in der Warteschlange lassen</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>no grade</source>
            <translation>keine Bewertung</translation>
        </message>
        <message>
            <source>{score} out of {maximum}</source>
            <translation>{score} von {maximum}</translation>
        </message>
        <message>
            <source>score {old} → {new}</source>
            <translation>Punktzahl {old} → {new}</translation>
        </message>
        <message>
            <source>comment changed</source>
            <translation>Kommentar geändert</translation>
        </message>
        <message>
            <source>comment added</source>
            <translation>Kommentar hinzugefügt</translation>
        </message>
        <message>
            <source>{why}. Note: {warning}</source>
            <translation>{why}. Hinweis: {warning}</translation>
        </message>
        <message>
            <source>{why}.
New comment: {comment}</source>
            <translation>{why}.
Neuer Kommentar: {comment}</translation>
        </message>
        <message>
            <source>not matched</source>
            <translation>nicht zugeordnet</translation>
        </message>
        <message>
            <source>{name} ({user_id})</source>
            <translation>{name} ({user_id})</translation>
        </message>
        <message>
            <source>{why}; note: {warning}</source>
            <translation>{why}; Hinweis: {warning}</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check every row before importing</source>
            <translation>Jede Zeile vor dem Import prüfen</translation>
        </message>
        <message>
            <source>Nothing is sent now: the changes become drafts in the table, which you can review, undo and submit.</source>
            <translation>Jetzt wird nichts gesendet: Die Änderungen werden zu Entwürfen in der Tabelle, die Sie prüfen, rückgängig machen und übermitteln können.</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>Zusammenfassung des Imports</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Anzeigen:</translation>
        </message>
        <message>
            <source>Every row of the file and what importing it does</source>
            <translation>Jede Zeile der Datei und was ihr Import bewirkt</translation>
        </message>
        <message>
            <source>Preview columns</source>
            <translation>Spalten der Vorschau</translation>
        </message>
        <message>
            <source>The selected row in full</source>
            <translation>Die ausgewählte Zeile vollständig</translation>
        </message>
        <message>
            <source>Preview status</source>
            <translation>Status der Vorschau</translation>
        </message>
        <message>
            <source>Rows with errors</source>
            <translation>Zeilen mit Fehlern</translation>
        </message>
        <message>
            <source>Import the &amp;valid rows only (rows with errors are left out)</source>
            <translation>Nur die &amp;gültigen Zeilen importieren (Zeilen mit Fehlern werden ausgelassen)</translation>
        </message>
        <message>
            <source>Import the valid rows only</source>
            <translation>Nur die gültigen Zeilen importieren</translation>
        </message>
        <message>
            <source>&amp;Read the file again</source>
            <translation>Datei e&amp;rneut lesen</translation>
        </message>
        <message>
            <source>Read the file again</source>
            <translation>Datei erneut lesen</translation>
        </message>
        <message>
            <source>After fixing the file in a spreadsheet, read it again and check every row again</source>
            <translation>Nachdem Sie die Datei in einer Tabellenkalkulation korrigiert haben, lesen Sie sie erneut und prüfen Sie jede Zeile erneut</translation>
        </message>
        <message>
            <source>Line {line} ({student}), {verdict}: {explanation}.</source>
            <translation>Zeile {line} ({student}), {verdict}: {explanation}.</translation>
        </message>
        <message>
            <source>{filter} ({count})</source>
            <translation>{filter} ({count})</translation>
        </message>
        <message>
            <source>This file cannot be imported.
{problem}
{advice}</source>
            <translation>Diese Datei kann nicht importiert werden.
{problem}
{advice}</translation>
        </message>
        <message>
            <source>The rows cannot be checked.
{problem}
Fix the file and read it again, or go Back and choose other columns.</source>
            <translation>Die Zeilen können nicht geprüft werden.
{problem}
Korrigieren Sie die Datei und lesen Sie sie erneut, oder gehen Sie zurück und wählen Sie andere Spalten.</translation>
        </message>
        <message>
            <source>{count} row has an error: fix the file and read it again, or import the valid rows only.</source>
            <translation>{count} Zeile hat einen Fehler: Korrigieren Sie die Datei und lesen Sie sie erneut, oder importieren Sie nur die gültigen Zeilen.</translation>
        </message>
        <message numerus="yes">
            <source>{count} rows have errors: fix the file and read it again, or import the valid rows only.</source>
            <translation>
                <numerusform>{count} Zeile hat einen Fehler: Korrigieren Sie die Datei und lesen Sie sie erneut, oder importieren Sie nur die gültigen Zeilen.</numerusform>
                <numerusform>{count} Zeilen haben Fehler: Korrigieren Sie die Datei und lesen Sie sie erneut, oder importieren Sie nur die gültigen Zeilen.</numerusform>
            </translation>
        </message>
        <message>
            <source>{changes}, {unchanged} unchanged, {skipped} skipped, {errors}</source>
            <translation>{changes}, {unchanged} unverändert, {skipped} übersprungen, {errors}</translation>
        </message>
        <message>
            <source>{count} change</source>
            <translation>{count} Änderung</translation>
        </message>
        <message numerus="yes">
            <source>{count} changes</source>
            <translation>
                <numerusform>{count} Änderung</numerusform>
                <numerusform>{count} Änderungen</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} error</source>
            <translation>{count} Fehler</translation>
        </message>
        <message numerus="yes">
            <source>{count} errors</source>
            <translation>
                <numerusform>{count} Fehler</numerusform>
                <numerusform>{count} Fehler</numerusform>
            </translation>
        </message>
        <message>
            <source>This file was exported by the app on {moment}. Each row is compared with the grade it was exported with, so a grade changed in the LMS since then is not overwritten silently.</source>
            <translation>Diese Datei wurde am {moment} von der App exportiert. Jede Zeile wird mit der Bewertung verglichen, mit der sie exportiert wurde, sodass eine seitdem im LMS geänderte Bewertung nicht unbemerkt überschrieben wird.</translation>
        </message>
        <message>
            <source>Import {count} change as drafts</source>
            <translation>{count} Änderung als Entwurf importieren</translation>
        </message>
        <message numerus="yes">
            <source>Import {count} changes as drafts</source>
            <translation>
                <numerusform>{count} Änderung als Entwurf importieren</numerusform>
                <numerusform>{count} Änderungen als Entwürfe importieren</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <translation>Nichts zu importieren</translation>
        </message>
    </context>
    <context>
        <name>QuickFilter</name>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>No grade</source>
            <translation>Keine Bewertung</translation>
        </message>
        <message>
            <source>Extra credit</source>
            <translation>Zusatzpunkte</translation>
        </message>
        <message>
            <source>Edited, not sent</source>
            <translation>Bearbeitet, nicht gesendet</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflikte</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Not active students</source>
            <translation>Keine aktiven Studierenden</translation>
        </message>
    </context>
    <context>
        <name>QuitPrompt</name>
        <message>
            <source>Grades not sent</source>
            <translation>Bewertungen nicht gesendet</translation>
        </message>
        <message>
            <source>&amp;Send now…</source>
            <translation>Jetzt &amp;senden…</translation>
        </message>
        <message>
            <source>Review and send the changes now</source>
            <translation>Die Änderungen jetzt prüfen und senden</translation>
        </message>
        <message>
            <source>&amp;Discard and quit</source>
            <translation>&amp;Verwerfen und beenden</translation>
        </message>
        <message>
            <source>&amp;Keep for later and quit</source>
            <translation>Für später &amp;behalten und beenden</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>RequestLogModel</name>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Pfad</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Duration (ms)</source>
            <translation>Dauer (ms)</translation>
        </message>
        <message>
            <source>LMS reason / error</source>
            <translation>Grund / Fehler des LMS</translation>
        </message>
    </context>
    <context>
        <name>RequestLogPanel</name>
        <message>
            <source>Request log</source>
            <translation>Anfrageprotokoll</translation>
        </message>
        <message>
            <source>Every call to LTIAAS, newest last: time, method, path, status, duration and the LMS's reason</source>
            <translation>Jeder Aufruf an LTIAAS, neueste zuletzt: Zeit, Methode, Pfad, Status, Dauer und der Grund des LMS</translation>
        </message>
        <message>
            <source>Request log columns</source>
            <translation>Spalten des Anfrageprotokolls</translation>
        </message>
        <message>
            <source>&amp;Copy log</source>
            <translation>&amp;Protokoll kopieren</translation>
        </message>
        <message>
            <source>Copy the request log</source>
            <translation>Das Anfrageprotokoll kopieren</translation>
        </message>
        <message>
            <source>Copy every line as text, for a support ticket</source>
            <translation>Jede Zeile als Text kopieren, für eine Support-Anfrage</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>Lee&amp;ren</translation>
        </message>
        <message>
            <source>Clear the request log</source>
            <translation>Das Anfrageprotokoll leeren</translation>
        </message>
    </context>
    <context>
        <name>ResultsLoader</name>
        <message>
            <source>The grades could not be kept on this computer for working offline: {problem}</source>
            <translation>Die Bewertungen konnten nicht für die Offline-Arbeit auf diesem Computer gespeichert werden: {problem}</translation>
        </message>
        <message>
            <source>Keeping the grades on this computer</source>
            <translation>Die Bewertungen werden auf diesem Computer gespeichert</translation>
        </message>
        <message>
            <source>Loading the grades of “{label}”</source>
            <translation>Die Bewertungen von „{label}“ werden geladen</translation>
        </message>
        <message>
            <source>Opening the grades kept on this computer</source>
            <translation>Die auf diesem Computer gespeicherten Bewertungen werden geöffnet</translation>
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message>
            <source>Score on the line item's scale</source>
            <translation>Punktzahl auf der Skala der Bewertungsspalte</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Choose a line item to see its grades</source>
            <translation>Wählen Sie eine Bewertungsspalte, um ihre Bewertungen zu sehen</translation>
        </message>
        <message>
            <source>Filter by name, ID or email</source>
            <translation>Nach Name, ID oder E-Mail filtern</translation>
        </message>
        <message>
            <source>Filter learners</source>
            <translation>Teilnehmer/innen filtern</translation>
        </message>
        <message>
            <source>Shows only learners whose name, user ID or email contains every word typed; Enter or Down goes to the first learner shown</source>
            <translation>Zeigt nur Teilnehmer/innen, deren Name, Nutzer-ID oder E-Mail jedes eingegebene Wort enthält; Eingabe oder Pfeil nach unten springt zur/zum ersten angezeigten Teilnehmer/in</translation>
        </message>
        <message>
            <source>Show learners</source>
            <translation>Teilnehmer/innen anzeigen</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>An&amp;zeigen:</translation>
        </message>
        <message>
            <source>Learners shown</source>
            <translation>Angezeigte Teilnehmer/innen</translation>
        </message>
        <message>
            <source>Learners and their grades</source>
            <translation>Teilnehmer/innen und ihre Bewertungen</translation>
        </message>
        <message>
            <source>Cop&amp;y selected rows</source>
            <translation>Ausgewählte Zeilen k&amp;opieren</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was pasted: {count} scores were copied but {selected} rows are selected. Select {count} rows, or one row to paste from there down.</source>
            <translation>
                <numerusform>Nichts wurde eingefügt: {count} Punktzahl wurde kopiert, aber {selected} Zeilen sind ausgewählt. Wählen Sie {count} Zeile oder eine Zeile, um ab dort abwärts einzufügen.</numerusform>
                <numerusform>Nichts wurde eingefügt: {count} Punktzahlen wurden kopiert, aber {selected} Zeilen sind ausgewählt. Wählen Sie {count} Zeilen oder eine Zeile, um ab dort abwärts einzufügen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was pasted: {copied} scores were copied but only {count} learner is shown from row {row} down.</source>
            <translation>Nichts wurde eingefügt: {copied} Punktzahlen wurden kopiert, aber ab Zeile {row} abwärts wird nur {count} Teilnehmer/in angezeigt.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was pasted: {copied} scores were copied but only {count} learners are shown from row {row} down.</source>
            <translation>
                <numerusform>Nichts wurde eingefügt: {copied} Punktzahlen wurden kopiert, aber ab Zeile {row} abwärts wird nur {count} Teilnehmer/in angezeigt.</numerusform>
                <numerusform>Nichts wurde eingefügt: {copied} Punktzahlen wurden kopiert, aber ab Zeile {row} abwärts werden nur {count} Teilnehmer/innen angezeigt.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Paste scores</source>
            <translation>Punktzahlen &amp;einfügen</translation>
        </message>
        <message>
            <source>Paste a column of scores copied from a spreadsheet onto the selected learners</source>
            <translation>Eine aus einer Tabelle kopierte Spalte mit Punktzahlen bei den ausgewählten Teilnehmer/innen einfügen</translation>
        </message>
        <message>
            <source>The clipboard holds no scores to paste.</source>
            <translation>Die Zwischenablage enthält keine Punktzahlen zum Einfügen.</translation>
        </message>
        <message>
            <source>Select the learner where the pasted scores should start.</source>
            <translation>Wählen Sie die/den Teilnehmer/in, bei der/dem die eingefügten Punktzahlen beginnen sollen.</translation>
        </message>
        <message>
            <source>Column headers</source>
            <translation>Spaltenköpfe</translation>
        </message>
        <message>
            <source>{shown} of {count} learner shown</source>
            <translation>{shown} von {count} Teilnehmer/in angezeigt</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of {count} learners shown</source>
            <translation>
                <numerusform>{shown} von {count} Teilnehmer/in angezeigt</numerusform>
                <numerusform>{shown} von {count} Teilnehmer/innen angezeigt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Review before sending</source>
            <translation>Vor dem Senden prüfen</translation>
        </message>
        <message>
            <source>Review {changes} in {columns}</source>
            <translation>{changes} in {columns} prüfen</translation>
        </message>
        <message>
            <source>{count} change</source>
            <translation>{count} Änderung</translation>
        </message>
        <message>
            <source>{count} grade column</source>
            <translation>{count} Bewertungsspalte</translation>
        </message>
        <message numerus="yes">
            <source>{count} grade columns</source>
            <translation>
                <numerusform>{count} Bewertungsspalte</numerusform>
                <numerusform>{count} Bewertungsspalten</numerusform>
            </translation>
        </message>
        <message>
            <source>Send {grades} to {line_items}?</source>
            <translation>{grades} an {line_items} senden?</translation>
        </message>
        <message>
            <source>{count} line item</source>
            <translation>{count} Bewertungsspalte</translation>
        </message>
        <message numerus="yes">
            <source>{count} line items</source>
            <translation>
                <numerusform>{count} Bewertungsspalte</numerusform>
                <numerusform>{count} Bewertungsspalten</numerusform>
            </translation>
        </message>
        <message>
            <source>Send {grades} to “{label}” (out of {maximum})?</source>
            <translation>{grades} an „{label}“ (von {maximum}) senden?</translation>
        </message>
        <message numerus="yes">
            <source>{count} changes are for learners who are not active students: not sent unless you include them.</source>
            <translation>
                <numerusform>{count} Änderung betrifft Teilnehmer/innen, die keine aktiven Studierenden sind: Sie wird nur gesendet, wenn Sie sie einbeziehen.</numerusform>
                <numerusform>{count} Änderungen betreffen Teilnehmer/innen, die keine aktiven Studierenden sind: Sie werden nur gesendet, wenn Sie sie einbeziehen.</numerusform>
            </translation>
        </message>
        <message>
            <source>{summary} {held}</source>
            <translation>{summary} {held}</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>{count} grade changed in the LMS after you edited it: it is not sent; you will choose between yours and the LMS's.</source>
            <translation>{count} Bewertung wurde im LMS geändert, nachdem Sie sie bearbeitet hatten: Sie wird nicht gesendet; Sie wählen zwischen Ihrer und der des LMS.</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades changed in the LMS after you edited them: they are not sent; you will choose between yours and the LMS's.</source>
            <translation>
                <numerusform>{count} Bewertung wurde im LMS geändert, nachdem Sie sie bearbeitet hatten: Sie wird nicht gesendet; Sie wählen zwischen Ihrer und der des LMS.</numerusform>
                <numerusform>{count} Bewertungen wurden im LMS geändert, nachdem Sie sie bearbeitet hatten: Sie werden nicht gesendet; Sie wählen jeweils zwischen Ihrer und der des LMS.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing has been sent yet. After sending, each grade is read back from the LMS to check that it arrived.</source>
            <translation>Noch wurde nichts gesendet. Nach dem Senden wird jede Bewertung aus dem LMS zurückgelesen, um zu prüfen, dass sie angekommen ist.</translation>
        </message>
        <message>
            <source>The LMS could not be reached when the grades were last loaded: the grades shown are the copy downloaded {when}. Sending will try to reach the LMS now; any grade not sent stays queued on this computer, and Grades › Submit sends it later.</source>
            <translation>Das LMS war beim letzten Laden der Bewertungen nicht erreichbar: Angezeigt wird die Kopie, heruntergeladen am {when}. Beim Senden wird jetzt versucht, das LMS zu erreichen; jede nicht gesendete Bewertung bleibt auf diesem Computer in der Warteschlange, und Bewertungen › Übermitteln sendet sie später.</translation>
        </message>
        <message>
            <source>The LMS is offline</source>
            <translation>Das LMS ist offline</translation>
        </message>
        <message>
            <source>What happens when sending</source>
            <translation>Was beim Senden passiert</translation>
        </message>
        <message>
            <source>Changes to send</source>
            <translation>Zu sendende Änderungen</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punktzahl</translation>
        </message>
        <message>
            <source>Score (out of {maximum})</source>
            <translation>Punktzahl (von {maximum})</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Teilnehmer/in</translation>
        </message>
        <message>
            <source>Email or user ID</source>
            <translation>E-Mail oder Nutzer-ID</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Change columns</source>
            <translation>Spalten der Änderungen</translation>
        </message>
        <message>
            <source>“{label}” (out of {maximum}): {count} change</source>
            <translation>„{label}“ (von {maximum}): {count} Änderung</translation>
        </message>
        <message numerus="yes">
            <source>“{label}” (out of {maximum}): {count} changes</source>
            <translation>
                <numerusform>„{label}“ (von {maximum}): {count} Änderung</numerusform>
                <numerusform>„{label}“ (von {maximum}): {count} Änderungen</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} change is for a learner who is not an active student: not sent unless you include it.</source>
            <translation>{count} Änderung betrifft eine/n Teilnehmer/in, die/der keine/r aktive/r Studierende/r ist: Sie wird nur gesendet, wenn Sie sie einbeziehen.</translation>
        </message>
        <message>
            <source>Not sent: not an active student ({count})</source>
            <translation>Nicht gesendet: kein/e aktive/r Studierende/r ({count})</translation>
        </message>
        <message>
            <source>Include them (the LMS will most likely refuse)</source>
            <translation>Einbeziehen (das LMS wird sie höchstwahrscheinlich ablehnen)</translation>
        </message>
        <message>
            <source>LMSes refuse grades for people who are not active students of the course (Canvas answers “not a student”). Unchecked, their changes stay unsent.</source>
            <translation>LMS lehnen Bewertungen für Personen ab, die keine aktiven Studierenden des Kurses sind (Canvas antwortet „not a student“). Ohne Häkchen bleiben ihre Änderungen ungesendet.</translation>
        </message>
        <message>
            <source>Send the grades</source>
            <translation>Die Bewertungen senden</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>&amp;Nicht jetzt</translation>
        </message>
        <message>
            <source>&amp;Send {count} grade</source>
            <translation>{count} Bewertung &amp;senden</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Send {count} grades</source>
            <translation>
                <numerusform>{count} Bewertung &amp;senden</numerusform>
                <numerusform>{count} Bewertungen &amp;senden</numerusform>
            </translation>
        </message>
        <message>
            <source>LMS user ID: {id}</source>
            <translation>LMS-Nutzer-ID: {id}</translation>
        </message>
        <message>
            <source>{reason} (“{label}”)</source>
            <translation>{reason} („{label}“)</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>keine Bewertung</translation>
        </message>
        <message>
            <source>no comment</source>
            <translation>kein Kommentar</translation>
        </message>
        <message>
            <source>No comment</source>
            <translation>Kein Kommentar</translation>
        </message>
        <message>
            <source>{comment} (kept)</source>
            <translation>{comment} (beibehalten)</translation>
        </message>
        <message>
            <source>Kept: {comment}</source>
            <translation>Beibehalten: {comment}</translation>
        </message>
        <message>
            <source>“{comment}”</source>
            <translation>„{comment}“</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>entfernt</translation>
        </message>
        <message>
            <source>Now: {old}
New: {new}</source>
            <translation>Jetzt: {old}
Neu: {new}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>(entfernt)</translation>
        </message>
        <message>
            <source>changed in the LMS since you edited it (it was {was})</source>
            <translation>seit Ihrer Bearbeitung im LMS geändert (war {was})</translation>
        </message>
        <message>
            <source>extra credit: above the maximum</source>
            <translation>Zusatzpunkte: über dem Maximum</translation>
        </message>
        <message>
            <source>clears the grade</source>
            <translation>entfernt die Bewertung</translation>
        </message>
        <message>
            <source>removes the comment</source>
            <translation>entfernt den Kommentar</translation>
        </message>
        <message>
            <source>already in the LMS: only checked</source>
            <translation>bereits im LMS: nur geprüft</translation>
        </message>
        <message numerus="yes">
            <source>Not sent: not active students ({count})</source>
            <translation>
                <numerusform>Nicht gesendet: kein/e aktive/r Studierende/r ({count})</numerusform>
                <numerusform>Nicht gesendet: keine aktiven Studierenden ({count})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} changes</source>
            <translation>
                <numerusform>{count} Änderung</numerusform>
                <numerusform>{count} Änderungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RowStatus</name>
        <message>
            <source>conflict</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>saving…</source>
            <translation>wird gespeichert…</translation>
        </message>
        <message>
            <source>✎ edited</source>
            <translation>✎ bearbeitet</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>in der Warteschlange</translation>
        </message>
        <message>
            <source>sending…</source>
            <translation>wird gesendet…</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>gesendet</translation>
        </message>
        <message>
            <source>✓ verified</source>
            <translation>✓ bestätigt</translation>
        </message>
        <message>
            <source>graded</source>
            <translation>bewertet</translation>
        </message>
        <message>
            <source>extra credit</source>
            <translation>Zusatzpunkte</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>keine Bewertung</translation>
        </message>
        <message>
            <source>not on roster</source>
            <translation>nicht in der Teilnehmerliste</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>inaktiv</translation>
        </message>
        <message>
            <source>The grade was changed in the LMS after this edit was made: choose which value to keep before it is sent.</source>
            <translation>Die Bewertung wurde im LMS geändert, nachdem diese Bearbeitung vorgenommen wurde: Wählen Sie vor dem Senden, welcher Wert bleiben soll.</translation>
        </message>
        <message>
            <source>This change did not reach the LMS.</source>
            <translation>Diese Änderung hat das LMS nicht erreicht.</translation>
        </message>
        <message>
            <source>Saving this change on this computer…</source>
            <translation>Diese Änderung wird auf diesem Computer gespeichert…</translation>
        </message>
        <message>
            <source>Saved on this computer, not sent yet.</source>
            <translation>Auf diesem Computer gespeichert, noch nicht gesendet.</translation>
        </message>
        <message>
            <source>Waiting to be sent to the LMS.</source>
            <translation>Wartet darauf, an das LMS gesendet zu werden.</translation>
        </message>
        <message>
            <source>Being sent to the LMS.</source>
            <translation>Wird an das LMS gesendet.</translation>
        </message>
        <message>
            <source>Accepted; waiting for the LMS to show it.</source>
            <translation>Angenommen; wartet darauf, dass das LMS sie anzeigt.</translation>
        </message>
        <message>
            <source>The LMS shows this grade.</source>
            <translation>Das LMS zeigt diese Bewertung.</translation>
        </message>
        <message>
            <source>This student has a result but is not on the course roster.</source>
            <translation>Diese/r Teilnehmer/in hat ein Ergebnis, steht aber nicht in der Teilnehmerliste des Kurses.</translation>
        </message>
        <message>
            <source>Not an active student of the course: the LMS refuses their grades, so Submit sends their changes only if you include them.</source>
            <translation>Kein/e aktive/r Studierende/r des Kurses: Das LMS lehnt deren Bewertungen ab, daher sendet „Übermitteln“ ihre Änderungen nur, wenn Sie sie einbeziehen.</translation>
        </message>
    </context>
    <context>
        <name>ScoreDialog</name>
        <message numerus="yes">
            <source>Grade {count} learners</source>
            <translation>
                <numerusform>{count} Teilnehmer/in bewerten</numerusform>
                <numerusform>{count} Teilnehmer/innen bewerten</numerusform>
            </translation>
        </message>
        <message>
            <source>Grade one learner</source>
            <translation>Eine/n Teilnehmer/in bewerten</translation>
        </message>
        <message>
            <source>Learners and grade column</source>
            <translation>Teilnehmer/innen und Bewertungsspalte</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punktzahl</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>z. B. {example}</translation>
        </message>
        <message>
            <source>one score for all of them, e.g. {example}</source>
            <translation>eine Punktzahl für alle, z. B. {example}</translation>
        </message>
        <message>
            <source>Maximum score</source>
            <translation>Maximale Punktzahl</translation>
        </message>
        <message>
            <source>The score is out of this maximum (the column's by default)</source>
            <translation>Die Punktzahl bezieht sich auf dieses Maximum (standardmäßig das der Spalte)</translation>
        </message>
        <message>
            <source>out &amp;of</source>
            <translation>&amp;von</translation>
        </message>
        <message>
            <source>Score problem</source>
            <translation>Problem mit der Punktzahl</translation>
        </message>
        <message>
            <source>Activity progress</source>
            <translation>Aktivitätsfortschritt</translation>
        </message>
        <message>
            <source>Grading progress</source>
            <translation>Bewertungsfortschritt</translation>
        </message>
        <message>
            <source>Anything but “Fully graded” hides the score in most LMSes</source>
            <translation>Alles außer „Vollständig bewertet“ verbirgt die Punktzahl in den meisten LMS</translation>
        </message>
        <message>
            <source>&amp;Keep each learner's own comment</source>
            <translation>Den eigenen Kommentar jeder/jedes Teilnehmer/in beha&amp;lten</translation>
        </message>
        <message>
            <source>Keep each learner's own comment</source>
            <translation>Den eigenen Kommentar jeder/jedes Teilnehmer/in behalten</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>No comment</source>
            <translation>Kein Kommentar</translation>
        </message>
        <message>
            <source>The learners have different comments</source>
            <translation>Die Teilnehmer/innen haben unterschiedliche Kommentare</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>&amp;Score:</source>
            <translation>&amp;Punktzahl:</translation>
        </message>
        <message>
            <source>&amp;Activity:</source>
            <translation>&amp;Aktivitätsfortschritt:</translation>
        </message>
        <message>
            <source>&amp;Grading:</source>
            <translation>&amp;Bewertungsfortschritt:</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Kommentar:</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Warnungen</translation>
        </message>
        <message>
            <source>Saved on this computer; nothing is sent to the LMS until you submit and confirm.</source>
            <translation>Auf diesem Computer gespeichert; nichts wird an das LMS gesendet, bevor Sie übermitteln und bestätigen.</translation>
        </message>
        <message numerus="yes">
            <source>Save {count} grades</source>
            <translation>
                <numerusform>{count} Bewertung speichern</numerusform>
                <numerusform>{count} Bewertungen speichern</numerusform>
            </translation>
        </message>
        <message>
            <source>Save grade</source>
            <translation>Bewertung speichern</translation>
        </message>
        <message>
            <source>Enter a score. To remove a grade, use “Clear grade…” instead.</source>
            <translation>Geben Sie eine Punktzahl ein. Um eine Bewertung zu entfernen, verwenden Sie stattdessen „Bewertung entfernen…“.</translation>
        </message>
        <message>
            <source>Out of: {problem}</source>
            <translation>Von: {problem}</translation>
        </message>
        <message>
            <source>Enter a number.</source>
            <translation>Geben Sie eine Zahl ein.</translation>
        </message>
        <message>
            <source>{score} is above the maximum {maximum}: extra credit. Most LMSes keep it; some (D2L) lower it to the maximum, which the app reports after sending.</source>
            <translation>{score} liegt über dem Maximum {maximum}: Zusatzpunkte. Die meisten LMS behalten sie; manche (D2L) senken sie auf das Maximum, was die App nach dem Senden meldet.</translation>
        </message>
        <message>
            <source>With grading progress “{grading}”, most LMSes (Canvas, Moodle) clear the grade instead of showing this score. Choose “Fully graded” to give the grade.</source>
            <translation>Mit dem Bewertungsfortschritt „{grading}“ entfernen die meisten LMS (Canvas, Moodle) die Bewertung, statt diese Punktzahl anzuzeigen. Wählen Sie „Vollständig bewertet“, um die Bewertung zu vergeben.</translation>
        </message>
        <message>
            <source>The current comment will be removed.</source>
            <translation>Der aktuelle Kommentar wird entfernt.</translation>
        </message>
        <message>
            <source>The comment of {count} learner will be removed: {names}.</source>
            <translation>Der Kommentar von {count} Teilnehmer/in wird entfernt: {names}.</translation>
        </message>
        <message numerus="yes">
            <source>The comments of {count} learners will be removed: {names}.</source>
            <translation>
                <numerusform>Der Kommentar von {count} Teilnehmer/in wird entfernt: {names}.</numerusform>
                <numerusform>Die Kommentare von {count} Teilnehmer/innen werden entfernt: {names}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Demo course (built-in sandbox)</source>
            <translation>Demokurs (eingebaute Sandbox)</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Nicht verbunden</translation>
        </message>
        <message>
            <source>Built-in sandbox at {host}</source>
            <translation>Eingebaute Sandbox auf {host}</translation>
        </message>
        <message>
            <source>Connection “{name}” ({host})</source>
            <translation>Verbindung „{name}“ ({host})</translation>
        </message>
        <message>
            <source>Connected to {host}</source>
            <translation>Verbunden mit {host}</translation>
        </message>
    </context>
    <context>
        <name>StartupWindow</name>
        <message>
            <source>Saved on {date}; connecting…</source>
            <translation>Gespeichert am {date}; Verbindung wird hergestellt…</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>Wird geöffnet</translation>
        </message>
        <message>
            <source>Opening Gradebook…</source>
            <translation>Gradebook wird geöffnet…</translation>
        </message>
        <message>
            <source>Learners and their grades as saved</source>
            <translation>Teilnehmer/innen und ihre Bewertungen wie gespeichert</translation>
        </message>
    </context>
    <context>
        <name>StatsPane</name>
        <message>
            <source>Learners</source>
            <translation>Teilnehmer/innen</translation>
        </message>
        <message>
            <source>Learners:</source>
            <translation>Teilnehmer/innen:</translation>
        </message>
        <message>
            <source>Graded</source>
            <translation>Bewertet</translation>
        </message>
        <message>
            <source>Graded:</source>
            <translation>Bewertet:</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Mittelwert</translation>
        </message>
        <message>
            <source>Mean:</source>
            <translation>Mittelwert:</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Median</translation>
        </message>
        <message>
            <source>Median:</source>
            <translation>Median:</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>Niedrigste</translation>
        </message>
        <message>
            <source>Lowest:</source>
            <translation>Niedrigste:</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>Höchste</translation>
        </message>
        <message>
            <source>Highest:</source>
            <translation>Höchste:</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Skala</translation>
        </message>
        <message>
            <source>Scores out of {maximum}, with {count} unsent change</source>
            <translation>Punktzahlen von {maximum}, mit {count} ungesendeten Änderung</translation>
        </message>
        <message>
            <source>Scores out of {maximum}</source>
            <translation>Punktzahlen von {maximum}</translation>
        </message>
        <message numerus="yes">
            <source>Scores out of {maximum}, with {count} unsent changes</source>
            <translation>
                <numerusform>Punktzahlen von {maximum}, mit {count} ungesendeten Änderung</numerusform>
                <numerusform>Punktzahlen von {maximum}, mit {count} ungesendeten Änderungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatusArea</name>
        <message>
            <source>Loading progress</source>
            <translation>Ladefortschritt</translation>
        </message>
        <message>
            <source>Loading</source>
            <translation>Wird geladen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel loading</source>
            <translation>Laden abbrechen</translation>
        </message>
        <message>
            <source>Stop loading; what arrived stays on screen</source>
            <translation>Laden beenden; was angekommen ist, bleibt angezeigt</translation>
        </message>
        <message>
            <source>Changes saved on this computer and not yet shown by the LMS. Grades › Submit (Ctrl+S) sends them.</source>
            <translation>Auf diesem Computer gespeicherte Änderungen, die das LMS noch nicht zeigt. Bewertungen › Übermitteln (Strg+S) sendet sie.</translation>
        </message>
        <message>
            <source>Unsent changes</source>
            <translation>Ungesendete Änderungen</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Verbindung</translation>
        </message>
        <message>
            <source>LMS</source>
            <translation>LMS</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Teilnehmer/innen</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Nothing can be changed or sent (View › Read-only mode)</source>
            <translation>Nichts kann geändert oder gesendet werden (Ansicht › Nur-Lesen-Modus)</translation>
        </message>
        <message>
            <source>Read-only mode</source>
            <translation>Nur-Lesen-Modus</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Nur Lesen</translation>
        </message>
        <message>
            <source>LMS: {platform}</source>
            <translation>LMS: {platform}</translation>
        </message>
    </context>
    <context>
        <name>SubmissionProgress</name>
        <message>
            <source>Sending progress</source>
            <translation>Sendefortschritt</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Wird gesendet</translation>
        </message>
        <message>
            <source>Cancel sending</source>
            <translation>Senden abbrechen</translation>
        </message>
        <message>
            <source>Stop sending new grades; those not sent stay queued for the next submission</source>
            <translation>Keine weiteren Bewertungen senden; die nicht gesendeten bleiben für die nächste Übermittlung in der Warteschlange</translation>
        </message>
        <message>
            <source>Reading the current grades from the LMS…</source>
            <translation>Die aktuellen Bewertungen werden aus dem LMS gelesen…</translation>
        </message>
        <message>
            <source>Waiting {seconds} s as the LMS asked…</source>
            <translation>{seconds} s Wartezeit, wie vom LMS verlangt…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Wird angehalten…</translation>
        </message>
        <message>
            <source>Stopped: LTIAAS refused the credentials. {report}</source>
            <translation>Angehalten: LTIAAS hat die Zugangsdaten abgelehnt. {report}</translation>
        </message>
        <message>
            <source>Not sent: {reason}</source>
            <translation>Nicht gesendet: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SubmitController</name>
        <message>
            <source>Grades are being sent: wait for the current run.</source>
            <translation>Bewertungen werden gerade gesendet: Warten Sie den laufenden Vorgang ab.</translation>
        </message>
        <message>
            <source>Reading the changes to send</source>
            <translation>Die zu sendenden Änderungen werden gelesen</translation>
        </message>
        <message>
            <source>Sending the {count} grade already queued…</source>
            <translation>{count} Bewertung aus der Warteschlange wird gesendet…</translation>
        </message>
        <message>
            <source>Nothing new to send. Grades › Resolve conflicts… decides about the grades changed in the LMS.</source>
            <translation>Nichts Neues zu senden. Bewertungen › Konflikte auflösen… entscheidet über die im LMS geänderten Bewertungen.</translation>
        </message>
        <message>
            <source>Nothing to send: there are no unsent changes.</source>
            <translation>Nichts zu senden: Es gibt keine ungesendeten Änderungen.</translation>
        </message>
        <message>
            <source>Submit {count} grade</source>
            <translation>{count} Bewertung übermitteln</translation>
        </message>
        <message>
            <source>Queueing the grades</source>
            <translation>Die Bewertungen werden in die Warteschlange gestellt</translation>
        </message>
        <message>
            <source>Not connected: the grades stay queued.</source>
            <translation>Nicht verbunden: Die Bewertungen bleiben in der Warteschlange.</translation>
        </message>
        <message>
            <source>“{label}”: {report}</source>
            <translation>„{label}“: {report}</translation>
        </message>
        <message>
            <source>Signed in again. The grades not sent are still queued: Grades › Submit (Ctrl+S) sends them.</source>
            <translation>Erneut angemeldet. Die nicht gesendeten Bewertungen warten noch in der Warteschlange: Bewertungen › Übermitteln (Strg+S) sendet sie.</translation>
        </message>
        <message>
            <source>Reading the conflicts</source>
            <translation>Die Konflikte werden gelesen</translation>
        </message>
        <message>
            <source>Reading the current grades from the LMS…</source>
            <translation>Die aktuellen Bewertungen werden aus dem LMS gelesen…</translation>
        </message>
        <message>
            <source>Reading the conflicting grades</source>
            <translation>Die Bewertungen im Konflikt werden gelesen</translation>
        </message>
        <message>
            <source>No grade is in conflict.</source>
            <translation>Keine Bewertung steht im Konflikt.</translation>
        </message>
        <message>
            <source>Recording your decisions</source>
            <translation>Ihre Entscheidungen werden gespeichert</translation>
        </message>
        <message>
            <source>Reading the grades waiting</source>
            <translation>Die wartenden Bewertungen werden gelesen</translation>
        </message>
        <message>
            <source>{count} grade is queued from an earlier session; turn read-only mode off to send it.</source>
            <translation>{count} Bewertung aus einer früheren Sitzung wartet in der Warteschlange; schalten Sie den Nur-Lesen-Modus aus, um sie zu senden.</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades are queued from an earlier session; turn read-only mode off to send them.</source>
            <translation>
                <numerusform>{count} Bewertung aus einer früheren Sitzung wartet in der Warteschlange; schalten Sie den Nur-Lesen-Modus aus, um sie zu senden.</numerusform>
                <numerusform>{count} Bewertungen aus einer früheren Sitzung warten in der Warteschlange; schalten Sie den Nur-Lesen-Modus aus, um sie zu senden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Finding the grade columns to send</source>
            <translation>Die Bewertungsspalten mit zu sendenden Bewertungen werden ermittelt</translation>
        </message>
        <message numerus="yes">
            <source>Sending the {count} grades already queued…</source>
            <translation>
                <numerusform>{count} Bewertung aus der Warteschlange wird gesendet…</numerusform>
                <numerusform>{count} Bewertungen aus der Warteschlange werden gesendet…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Submit {count} grades</source>
            <translation>
                <numerusform>{count} Bewertung übermitteln</numerusform>
                <numerusform>{count} Bewertungen übermitteln</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ViewSwitch</name>
        <message>
            <source>Col&amp;umn</source>
            <translation>&amp;Spalte</translation>
        </message>
        <message>
            <source>C&amp;ourse</source>
            <translation>K&amp;urs</translation>
        </message>
        <message>
            <source>One line item: every learner's score, comment and status</source>
            <translation>Eine Bewertungsspalte: Punktzahl, Kommentar und Status jeder/jedes Teilnehmer/in</translation>
        </message>
        <message>
            <source>Every learner's grade in every line item (Ctrl+Shift+G)</source>
            <translation>Die Bewertung jeder/jedes Teilnehmer/in in jeder Bewertungsspalte (Strg+Umschalt+G)</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Connections…</source>
            <translation>&amp;Verbindungen…</translation>
        </message>
        <message>
            <source>Add, edit, test or open a connection to an LTIAAS account</source>
            <translation>Eine Verbindung zu einem LTIAAS-Konto hinzufügen, bearbeiten, testen oder öffnen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Close the window</source>
            <translation>Das Fenster schließen</translation>
        </message>
        <message>
            <source>Copy the selected learners as tab-separated text</source>
            <translation>Die ausgewählten Teilnehmer/innen als tabulatorgetrennten Text kopieren</translation>
        </message>
        <message>
            <source>&amp;Filter learners</source>
            <translation>Teilnehmer/innen &amp;filtern</translation>
        </message>
        <message>
            <source>Filter by name, ID or email</source>
            <translation>Nach Name, ID oder E-Mail filtern</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>Load the grade columns and grades again</source>
            <translation>Die Bewertungsspalten und Bewertungen erneut laden</translation>
        </message>
        <message>
            <source>&amp;Stop loading</source>
            <translation>Laden a&amp;bbrechen</translation>
        </message>
        <message>
            <source>Stop loading the grades</source>
            <translation>Das Laden der Bewertungen abbrechen</translation>
        </message>
        <message>
            <source>Nothing can be changed or sent while this is on</source>
            <translation>Solange dies eingeschaltet ist, kann nichts geändert oder gesendet werden</translation>
        </message>
        <message>
            <source>&amp;About Gradebook</source>
            <translation>Ü&amp;ber Gradebook</translation>
        </message>
        <message>
            <source>C&amp;ourse view</source>
            <translation>&amp;Kursansicht</translation>
        </message>
        <message>
            <source>Every learner's grade in every line item, editable</source>
            <translation>Die Bewertung jeder/jedes Teilnehmer/in in jeder Bewertungsspalte, bearbeitbar</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>Undo the last change</source>
            <translation>Die letzte Änderung rückgängig machen</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Redo the change undone</source>
            <translation>Die rückgängig gemachte Änderung wiederholen</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Type the score (or comment) in the table; Enter saves and moves down</source>
            <translation>Die Punktzahl (oder den Kommentar) in der Tabelle eingeben; Eingabe speichert und geht eine Zeile nach unten</translation>
        </message>
        <message>
            <source>&amp;Edit grade…</source>
            <translation>Bewertung &amp;bearbeiten…</translation>
        </message>
        <message>
            <source>Score, maximum, progress and comment of the selected learners</source>
            <translation>Punktzahl, Maximum, Fortschritt und Kommentar der ausgewählten Teilnehmer/innen</translation>
        </message>
        <message>
            <source>Edit grade</source>
            <translation>Bewertung bearbeiten</translation>
        </message>
        <message>
            <source>C&amp;lear grade…</source>
            <translation>Bewertung &amp;entfernen…</translation>
        </message>
        <message>
            <source>Cop&amp;y selected rows</source>
            <translation>Ausgewählte Zeilen k&amp;opieren</translation>
        </message>
        <message>
            <source>Read-o&amp;nly mode</source>
            <translation>&amp;Nur-Lesen-Modus</translation>
        </message>
        <message>
            <source>E&amp;dit in the table</source>
            <translation>In der &amp;Tabelle bearbeiten</translation>
        </message>
        <message>
            <source>Remove the grade of the selected learners (asks first; sent when you submit)</source>
            <translation>Die Bewertung der ausgewählten Teilnehmer/innen entfernen (fragt zuerst nach; gesendet wird beim Übermitteln)</translation>
        </message>
        <message>
            <source>Re&amp;vert changes</source>
            <translation>Änderungen &amp;zurücknehmen</translation>
        </message>
        <message>
            <source>Drop the unsent changes of the selected learners</source>
            <translation>Die ungesendeten Änderungen der ausgewählten Teilnehmer/innen verwerfen</translation>
        </message>
        <message>
            <source>&amp;Bulk change…</source>
            <translation>&amp;Massenänderung…</translation>
        </message>
        <message>
            <source>Fill, add, scale, curve or clear the selected grades (or the whole column)</source>
            <translation>Die ausgewählten Bewertungen (oder die ganze Spalte) auffüllen, Punkte addieren, skalieren, per Kurve verschieben oder entfernen</translation>
        </message>
        <message>
            <source>Co&amp;mment bank…</source>
            <translation>Kommentar&amp;sammlung…</translation>
        </message>
        <message>
            <source>Saved comments: manage them, or give one to the selected learners</source>
            <translation>Gespeicherte Kommentare: verwalten oder einen davon den ausgewählten Teilnehmer/innen geben</translation>
        </message>
        <message>
            <source>&amp;Submit…</source>
            <translation>&amp;Übermitteln…</translation>
        </message>
        <message>
            <source>Review the unsent changes, then send them to the LMS</source>
            <translation>Die ungesendeten Änderungen prüfen und dann an das LMS senden</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Übermitteln</translation>
        </message>
        <message>
            <source>Resolve &amp;conflicts…</source>
            <translation>&amp;Konflikte auflösen…</translation>
        </message>
        <message>
            <source>Grades changed in the LMS after you edited them: keep yours or take theirs</source>
            <translation>Bewertungen, die nach Ihrer Bearbeitung im LMS geändert wurden: Ihre behalten oder die aus dem LMS übernehmen</translation>
        </message>
        <message>
            <source>&amp;Import grades…</source>
            <translation>Bewertungen &amp;importieren…</translation>
        </message>
        <message>
            <source>Bring scores and comments in from a spreadsheet (CSV or XLSX)</source>
            <translation>Punktzahlen und Kommentare aus einer Tabelle übernehmen (CSV oder XLSX)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>Save the grades to a CSV or XLSX file</source>
            <translation>Die Bewertungen in einer CSV- oder XLSX-Datei speichern</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Remove &amp;local data…</source>
            <translation>&amp;Lokale Daten entfernen…</translation>
        </message>
        <message>
            <source>Remove the grades, drafts and history kept on this computer</source>
            <translation>Die auf diesem Computer gespeicherten Bewertungen, Entwürfe und den Verlauf entfernen</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Grades</source>
            <translation>Be&amp;wertungen</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Grading</source>
            <translation>Bewerten</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Read-only mode is on: nothing can be changed or sent.</source>
            <translation>Der Nur-Lesen-Modus ist an: Nichts kann geändert oder gesendet werden.</translation>
        </message>
        <message>
            <source>Choose a grade column first.</source>
            <translation>Wählen Sie zuerst eine Bewertungsspalte.</translation>
        </message>
        <message>
            <source>Wait until every grade of the column has loaded.</source>
            <translation>Warten Sie, bis alle Bewertungen der Spalte geladen sind.</translation>
        </message>
        <message>
            <source>Select the learners first.</source>
            <translation>Wählen Sie zuerst die Teilnehmer/innen.</translation>
        </message>
        <message>
            <source>{count} change stays unsent: not an active student of the course.</source>
            <translation>{count} Änderung bleibt ungesendet: kein/e aktive/r Studierende/r des Kurses.</translation>
        </message>
        <message numerus="yes">
            <source>{count} changes stay unsent: not active students of the course.</source>
            <translation>
                <numerusform>{count} Änderung bleibt ungesendet: kein/e aktive/r Studierende/r des Kurses.</numerusform>
                <numerusform>{count} Änderungen bleiben ungesendet: keine aktiven Studierenden des Kurses.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_OptionalDate</name>
        <message>
            <source>Set {name}</source>
            <translation>Datum „{name}“ festlegen</translation>
        </message>
        <message>
            <source>Unticked, the column has no such date</source>
            <translation>Ohne Häkchen hat die Spalte kein solches Datum</translation>
        </message>
    </context>
    <context>
        <name>banners</name>
        <message>
            <source>&lt;b&gt;Demo course:&lt;/b&gt; the built-in sandbox starts a new course every time the app starts, so these grades and your changes are gone once you quit. File › Connections… connects to your LTIAAS account.</source>
            <translation>&lt;b&gt;Demokurs:&lt;/b&gt; Die eingebaute Sandbox beginnt bei jedem Start der App einen neuen Kurs, daher sind diese Bewertungen und Ihre Änderungen nach dem Beenden verloren. Datei › Verbindungen… verbindet mit Ihrem LTIAAS-Konto.</translation>
        </message>
        <message>
            <source>less than a minute ago</source>
            <translation>vor weniger als einer Minute</translation>
        </message>
        <message>
            <source>{count} minute ago</source>
            <translation>vor {count} Minute</translation>
        </message>
        <message>
            <source>{count} hour ago</source>
            <translation>vor {count} Stunde</translation>
        </message>
        <message numerus="yes">
            <source>{count} minutes ago</source>
            <translation>
                <numerusform>vor {count} Minute</numerusform>
                <numerusform>vor {count} Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} hours ago</source>
            <translation>
                <numerusform>vor {count} Stunde</numerusform>
                <numerusform>vor {count} Stunden</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} day ago</source>
            <translation>vor {count} Tag</translation>
        </message>
        <message numerus="yes">
            <source>{count} days ago</source>
            <translation>
                <numerusform>vor {count} Tag</numerusform>
                <numerusform>vor {count} Tagen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>bulk</name>
        <message>
            <source>Give a number for this change.</source>
            <translation>Geben Sie eine Zahl für diese Änderung an.</translation>
        </message>
        <message>
            <source>Give a finite number.</source>
            <translation>Geben Sie eine endliche Zahl an.</translation>
        </message>
        <message>
            <source>Give a number of 0 or more.</source>
            <translation>Geben Sie eine Zahl von 0 oder mehr an.</translation>
        </message>
        <message>
            <source>The maximum the scores were given out of must be more than 0.</source>
            <translation>Das Maximum, auf das sich die Punktzahlen bisher bezogen, muss größer als 0 sein.</translation>
        </message>
        <message>
            <source>not on the course roster: their grade cannot be changed here</source>
            <translation>nicht in der Teilnehmerliste des Kurses: Die Bewertung kann hier nicht geändert werden</translation>
        </message>
        <message>
            <source>{score} has more decimals than an LMS keeps ({decimals}): it would be sent as 0</source>
            <translation>{score} hat mehr Nachkommastellen, als ein LMS speichert ({decimals}): Gesendet würde 0</translation>
        </message>
    </context>
    <context>
        <name>cell_texts</name>
        <message>
            <source>no grade</source>
            <translation>keine Bewertung</translation>
        </message>
        <message>
            <source>no grade (cleared)</source>
            <translation>keine Bewertung (entfernt)</translation>
        </message>
        <message>
            <source>{score} ({edited} out of {maximum})</source>
            <translation>{score} ({edited} von {maximum})</translation>
        </message>
        <message>
            <source>was {was}, now {now}</source>
            <translation>vorher {was}, jetzt {now}</translation>
        </message>
        <message>
            <source>The LMS has changed since this edit was made (it showed {then} then).</source>
            <translation>Das LMS hat sich seit dieser Bearbeitung geändert (damals zeigte es {then}).</translation>
        </message>
    </context>
    <context>
        <name>comment_bank</name>
        <message>
            <source>A brace is not closed or not opened: write {open} or {close} for a brace, or a placeholder such as {example}.</source>
            <translation>Eine geschweifte Klammer ist nicht geschlossen oder nicht geöffnet: Schreiben Sie {open} oder {close} für eine Klammer oder einen Platzhalter wie {example}.</translation>
        </message>
        <message>
            <source>{shown} is not a placeholder: use {known}.</source>
            <translation>{shown} ist kein Platzhalter: Verwenden Sie {known}.</translation>
        </message>
        <message>
            <source>A comment needs a shortcut, such as “good”.</source>
            <translation>Ein Kommentar braucht ein Kürzel, z. B. „gut“.</translation>
        </message>
        <message>
            <source>A shortcut is one word without spaces or ';', not “{kept}”.</source>
            <translation>Ein Kürzel ist ein Wort ohne Leerzeichen oder „;“, nicht „{kept}“.</translation>
        </message>
        <message>
            <source>A saved comment needs some text.</source>
            <translation>Ein gespeicherter Kommentar braucht einen Text.</translation>
        </message>
        <message>
            <source>{name} has no score for the comment's {placeholder}.</source>
            <translation>{name} hat keine Punktzahl für {placeholder} im Kommentar.</translation>
        </message>
        <message>
            <source>The file is too large for a comment bank.</source>
            <translation>Die Datei ist zu groß für eine Kommentarsammlung.</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text: save it as CSV UTF-8 and import it again.</source>
            <translation>Die Datei ist kein UTF-8-Text: Speichern Sie sie als CSV UTF-8 und importieren Sie sie erneut.</translation>
        </message>
        <message>
            <source>The first line must be the header “shortcut,scope,text” of a comment bank file.</source>
            <translation>Die erste Zeile muss die Kopfzeile „shortcut,scope,text“ einer Kommentarsammlungsdatei sein.</translation>
        </message>
        <message>
            <source>the shortcut “{shortcut}” comes twice</source>
            <translation>das Kürzel „{shortcut}“ kommt zweimal vor</translation>
        </message>
        <message>
            <source>Line {line} is not well-formed CSV: {problem}.</source>
            <translation>Zeile {line} ist kein gültiges CSV: {problem}.</translation>
        </message>
        <message>
            <source>Nothing was imported: {problems}.</source>
            <translation>Nichts wurde importiert: {problems}.</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>Zeile {line}: {problem}</translation>
        </message>
        <message>
            <source>{count} cell instead of 3 (shortcut, scope, text)</source>
            <translation>{count} Zelle statt 3 (shortcut, scope, text)</translation>
        </message>
        <message>
            <source>a course comment, and no course is open</source>
            <translation>ein Kommentar für den Kurs, aber kein Kurs ist geöffnet</translation>
        </message>
        <message>
            <source>the scope is “{scope}”: write course or global</source>
            <translation>der Geltungsbereich ist „{scope}“: Schreiben Sie course oder global</translation>
        </message>
        <message>
            <source>{name} has no score: give a score first, then the comment</source>
            <translation>{name} hat keine Punktzahl: Geben Sie zuerst eine Punktzahl, dann den Kommentar ein</translation>
        </message>
        <message numerus="yes">
            <source>{count} cells instead of 3 (shortcut, scope, text)</source>
            <translation>
                <numerusform>{count} Zelle statt 3 (shortcut, scope, text)</numerusform>
                <numerusform>{count} Zellen statt 3 (shortcut, scope, text)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>comment_bank_dialog</name>
        <message>
            <source>Comment bank (*.csv);;All files (*)</source>
            <translation>Kommentarsammlung (*.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Import comments</source>
            <translation>Kommentare importieren</translation>
        </message>
        <message>
            <source>Export comments</source>
            <translation>Kommentare exportieren</translation>
        </message>
    </context>
    <context>
        <name>conflict_dialog</name>
        <message>
            <source>Decide later</source>
            <translation>Später entscheiden</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Meine behalten</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Aus dem LMS übernehmen</translation>
        </message>
    </context>
    <context>
        <name>connection_check</name>
        <message>
            <source>not identified</source>
            <translation>nicht erkannt</translation>
        </message>
        <message>
            <source>{name} (not a family the app knows: standard LTI rules apply)</source>
            <translation>{name} (eine der App unbekannte Familie: Es gelten die Standard-LTI-Regeln)</translation>
        </message>
        <message>
            <source>Connected with the service key: {count} grade column found. The LMS family cannot be learned without an ltik; choose it below if known.</source>
            <translation>Mit dem Service-Schlüssel verbunden: {count} Bewertungsspalte gefunden. Die LMS-Familie lässt sich ohne ltik nicht ermitteln; wählen Sie sie unten, falls bekannt.</translation>
        </message>
        <message numerus="yes">
            <source>Connected with the service key: {count} grade columns found. The LMS family cannot be learned without an ltik; choose it below if known.</source>
            <translation>
                <numerusform>Mit dem Service-Schlüssel verbunden: {count} Bewertungsspalte gefunden. Die LMS-Familie lässt sich ohne ltik nicht ermitteln; wählen Sie sie unten, falls bekannt.</numerusform>
                <numerusform>Mit dem Service-Schlüssel verbunden: {count} Bewertungsspalten gefunden. Die LMS-Familie lässt sich ohne ltik nicht ermitteln; wählen Sie sie unten, falls bekannt.</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>Connected.</source>
            <translation>Verbunden.</translation>
        </message>
        <message>
            <source>Course: {title}</source>
            <translation>Kurs: {title}</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <source>You: {user}</source>
            <translation>Sie: {user}</translation>
        </message>
        <message>
            <source>LMS: {lms}</source>
            <translation>LMS: {lms}</translation>
        </message>
        <message>
            <source>Grades service: available</source>
            <translation>Bewertungsdienst: verfügbar</translation>
        </message>
        <message>
            <source>Grades service: NOT available for this launch</source>
            <translation>Bewertungsdienst: für diesen Start NICHT verfügbar</translation>
        </message>
        <message>
            <source>The course's service key was received and is kept with this connection: it does not expire, so no further launch is needed.</source>
            <translation>Der Service-Schlüssel des Kurses wurde empfangen und wird mit dieser Verbindung gespeichert: Er läuft nicht ab, daher ist kein weiterer Start nötig.</translation>
        </message>
        <message>
            <source>No service key was offered: the ltik lasts 24 hours. After that, launch the tool from the LMS again and paste the new ltik here.</source>
            <translation>Es wurde kein Service-Schlüssel angeboten: Das ltik gilt 24 Stunden. Danach starten Sie das Tool erneut aus dem LMS und fügen das neue ltik hier ein.</translation>
        </message>
    </context>
    <context>
        <name>connection_dialog</name>
        <message>
            <source>An ltik from a launch (recommended)</source>
            <translation>Ein ltik aus einem Start (empfohlen)</translation>
        </message>
        <message>
            <source>The course's service key</source>
            <translation>Der Service-Schlüssel des Kurses</translation>
        </message>
        <message>
            <source>Both an ltik and the service key</source>
            <translation>Sowohl ein ltik als auch der Service-Schlüssel</translation>
        </message>
        <message>
            <source>Remove connection</source>
            <translation>Verbindung entfernen</translation>
        </message>
        <message>
            <source>Remove the connection “{name}” and its secrets from this computer?

Nothing changes in the LMS.</source>
            <translation>Die Verbindung „{name}“ und ihre Zugangsdaten von diesem Computer entfernen?

Im LMS ändert sich nichts.</translation>
        </message>
    </context>
    <context>
        <name>course_tasks</name>
        <message>
            <source>Submit {count} grade</source>
            <translation>{count} Bewertung übermitteln</translation>
        </message>
        <message numerus="yes">
            <source>Submit {count} grades</source>
            <translation>
                <numerusform>{count} Bewertung übermitteln</numerusform>
                <numerusform>{count} Bewertungen übermitteln</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>course_view</name>
        <message>
            <source>saved here, not sent</source>
            <translation>hier gespeichert, nicht gesendet</translation>
        </message>
        <message>
            <source>being sent</source>
            <translation>wird gesendet</translation>
        </message>
        <message>
            <source>changed in the LMS: resolve</source>
            <translation>im LMS geändert: auflösen</translation>
        </message>
        <message>
            <source>not taken by the LMS</source>
            <translation>vom LMS nicht übernommen</translation>
        </message>
        <message>
            <source>Hover a cell for details; Enter on a name (or Ctrl+Shift+L) shows that learner's every line item.</source>
            <translation>Zeigen Sie auf eine Zelle für Details; Eingabe auf einem Namen (oder Strg+Umschalt+L) zeigt alle Bewertungsspalten dieser/dieses Teilnehmer/in.</translation>
        </message>
    </context>
    <context>
        <name>edit_requests</name>
        <message>
            <source>Read-only mode is on: nothing can be changed (View › Read-only mode).</source>
            <translation>Der Nur-Lesen-Modus ist an: Nichts kann geändert werden (Ansicht › Nur-Lesen-Modus).</translation>
        </message>
        <message>
            <source>{learner}: {score} is above the maximum of {maximum} (extra credit).</source>
            <translation>{learner}: {score} liegt über dem Maximum von {maximum} (Zusatzpunkte).</translation>
        </message>
        <message>
            <source>{learner} is not on the course roster: their grade cannot be changed here.</source>
            <translation>{learner} steht nicht in der Teilnehmerliste des Kurses: Die Bewertung kann hier nicht geändert werden.</translation>
        </message>
        <message>
            <source>type the points out of {maximum}, the Maximum column; Edit grade (Ctrl+E) takes another maximum</source>
            <translation>die Punkte von {maximum} eingeben (Spalte „Maximum“); „Bewertung bearbeiten“ (Strg+E) erlaubt ein anderes Maximum</translation>
        </message>
        <message>
            <source>{learner}: {problem}</source>
            <translation>{learner}: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>{count} of the {total} scores are above the maximum of {maximum} (extra credit).</source>
            <translation>
                <numerusform>{count} der {total} Punktzahlen liegt über dem Maximum von {maximum} (Zusatzpunkte).</numerusform>
                <numerusform>{count} der {total} Punktzahlen liegen über dem Maximum von {maximum} (Zusatzpunkte).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>engine</name>
        <message>
            <source>Cancelled before anything was sent.</source>
            <translation>Abgebrochen, bevor etwas gesendet wurde.</translation>
        </message>
        <message>
            <source>Reading the current grades from the LMS</source>
            <translation>Aktuelle Bewertungen werden aus dem LMS gelesen</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Kept the LMS's grade for {user}</source>
            <translation>Die Bewertung des LMS für {user} wurde behalten</translation>
        </message>
        <message>
            <source>Checking what the LMS shows</source>
            <translation>Es wird geprüft, was das LMS zeigt</translation>
        </message>
        <message>
            <source>LTIAAS could not be reached: {problem} The grades not yet sent stay queued.</source>
            <translation>LTIAAS war nicht erreichbar: {problem} Die noch nicht gesendeten Bewertungen bleiben in der Warteschlange.</translation>
        </message>
        <message>
            <source>the LMS answered HTTP {status} {times}</source>
            <translation>das LMS antwortete {times} mit HTTP {status}</translation>
        </message>
        <message>
            <source>the connection failed {times}</source>
            <translation>die Verbindung schlug {times} fehl</translation>
        </message>
        <message>
            <source>The LMS took none of the grades sent ({failures} for {user}): {problem} The grades not yet sent stay queued.</source>
            <translation>Das LMS hat keine der gesendeten Bewertungen angenommen ({failures}, bei {user}): {problem} Die noch nicht gesendeten Bewertungen bleiben in der Warteschlange.</translation>
        </message>
        <message>
            <source>Checking the grade of {user}</source>
            <translation>Die Bewertung von {user} wird geprüft</translation>
        </message>
        <message>
            <source>The grades could not be read from the LMS: {problem} The grades not yet verified stay queued.</source>
            <translation>Die Bewertungen konnten nicht aus dem LMS gelesen werden: {problem} Die noch nicht überprüften Bewertungen bleiben in der Warteschlange.</translation>
        </message>
        <message>
            <source>A newer grade for {user} is queued</source>
            <translation>Eine neuere Bewertung für {user} ist in der Warteschlange</translation>
        </message>
        <message>
            <source>{problem} The grades not yet sent stay queued.</source>
            <translation>{problem} Die noch nicht gesendeten Bewertungen bleiben in der Warteschlange.</translation>
        </message>
        <message>
            <source>The LMS asked us to wait {wait}, longer than the {most} this app waits at most.</source>
            <translation>Das LMS verlangte, {wait} zu warten; diese App wartet höchstens {most}.</translation>
        </message>
        <message>
            <source>The LMS asked us to wait {wait}, longer than the {most} this app waits at most; {count} grade is kept queued to send later.</source>
            <translation>Das LMS verlangte, {wait} zu warten; diese App wartet höchstens {most}, daher bleibt {count} Bewertung in der Warteschlange, um später gesendet zu werden.</translation>
        </message>
        <message>
            <source>Waiting {wait} before the next request</source>
            <translation>Vor der nächsten Anfrage wird {wait} gewartet</translation>
        </message>
        <message>
            <source>Done waiting</source>
            <translation>Warten beendet</translation>
        </message>
        <message>
            <source>{user} is queued</source>
            <translation>{user} ist in der Warteschlange</translation>
        </message>
        <message>
            <source>Sending the grade of {user}</source>
            <translation>Die Bewertung von {user} wird gesendet</translation>
        </message>
        <message>
            <source>The LMS accepted the grade of {user}</source>
            <translation>Das LMS hat die Bewertung von {user} angenommen</translation>
        </message>
        <message>
            <source>The LMS shows the grade of {user}</source>
            <translation>Das LMS zeigt die Bewertung von {user}</translation>
        </message>
        <message>
            <source>The grade of {user} changed in the LMS</source>
            <translation>Die Bewertung von {user} wurde im LMS geändert</translation>
        </message>
        <message>
            <source>The grade of {user} was not taken</source>
            <translation>Die Bewertung von {user} wurde nicht übernommen</translation>
        </message>
        <message>
            <source>once</source>
            <translation>einmal</translation>
        </message>
        <message>
            <source>twice</source>
            <translation>zweimal</translation>
        </message>
        <message>
            <source>three times</source>
            <translation>dreimal</translation>
        </message>
        <message>
            <source>four times</source>
            <translation>viermal</translation>
        </message>
        <message>
            <source>five times</source>
            <translation>fünfmal</translation>
        </message>
        <message>
            <source>six times</source>
            <translation>sechsmal</translation>
        </message>
        <message>
            <source>seven times</source>
            <translation>siebenmal</translation>
        </message>
        <message>
            <source>eight times</source>
            <translation>achtmal</translation>
        </message>
        <message>
            <source>nine times</source>
            <translation>neunmal</translation>
        </message>
        <message>
            <source>ten times</source>
            <translation>zehnmal</translation>
        </message>
        <message>
            <source>Cancelled: the grades not yet sent stay queued.</source>
            <translation>Abgebrochen: Die noch nicht gesendeten Bewertungen bleiben in der Warteschlange.</translation>
        </message>
        <message numerus="yes">
            <source>LTIAAS kept asking to slow down ({count} times in a row): {problem} The grades not yet sent stay queued.</source>
            <translation>
                <numerusform>LTIAAS bat wiederholt darum, langsamer zu senden ({count}-mal hintereinander): {problem} Die noch nicht gesendeten Bewertungen bleiben in der Warteschlange.</numerusform>
                <numerusform>LTIAAS bat wiederholt darum, langsamer zu senden ({count}-mal hintereinander): {problem} Die noch nicht gesendeten Bewertungen bleiben in der Warteschlange.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The LMS asked us to wait {wait}, longer than the {most} this app waits at most; {count} grades are kept queued to send later.</source>
            <translation>
                <numerusform>Das LMS verlangte, {wait} zu warten; diese App wartet höchstens {most}, daher bleibt {count} Bewertung in der Warteschlange, um später gesendet zu werden.</numerusform>
                <numerusform>Das LMS verlangte, {wait} zu warten; diese App wartet höchstens {most}, daher bleiben {count} Bewertungen in der Warteschlange, um später gesendet zu werden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} times</source>
            <translation>
                <numerusform>{count}-mal</numerusform>
                <numerusform>{count}-mal</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{count} second</source>
            <translation>{count} Sekunde</translation>
        </message>
        <message>
            <source>{count} minute</source>
            <translation>{count} Minute</translation>
        </message>
        <message>
            <source>{count} hour</source>
            <translation>{count} Stunde</translation>
        </message>
        <message>
            <source>{count} day</source>
            <translation>{count} Tag</translation>
        </message>
        <message>
            <source>more than 100 years</source>
            <translation>mehr als 100 Jahre</translation>
        </message>
        <message numerus="yes">
            <source>{count} days</source>
            <translation>
                <numerusform>{count} Tag</numerusform>
                <numerusform>{count} Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} hours</source>
            <translation>
                <numerusform>{count} Stunde</numerusform>
                <numerusform>{count} Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} minutes</source>
            <translation>
                <numerusform>{count} Minute</numerusform>
                <numerusform>{count} Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} seconds</source>
            <translation>
                <numerusform>{count} Sekunde</numerusform>
                <numerusform>{count} Sekunden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>{user}: the user ID had {count} character a spreadsheet cannot hold; it was replaced with {replacement}.</source>
            <translation>{user}: Die Nutzer-ID enthielt {count} Zeichen, das eine Tabelle nicht aufnehmen kann; es wurde durch {replacement} ersetzt.</translation>
        </message>
        <message>
            <source>{user}: the name had {count} character a spreadsheet cannot hold; it was replaced with {replacement}.</source>
            <translation>{user}: Der Name enthielt {count} Zeichen, das eine Tabelle nicht aufnehmen kann; es wurde durch {replacement} ersetzt.</translation>
        </message>
        <message>
            <source>{user}: the email had {count} character a spreadsheet cannot hold; it was replaced with {replacement}.</source>
            <translation>{user}: Die E-Mail enthielt {count} Zeichen, das eine Tabelle nicht aufnehmen kann; es wurde durch {replacement} ersetzt.</translation>
        </message>
        <message>
            <source>{user}: the comment had {count} character a spreadsheet cannot hold; it was replaced with {replacement}.</source>
            <translation>{user}: Der Kommentar enthielt {count} Zeichen, das eine Tabelle nicht aufnehmen kann; es wurde durch {replacement} ersetzt.</translation>
        </message>
        <message numerus="yes">
            <source>{user}: the comment had {count} characters a spreadsheet cannot hold; they were replaced with {replacement}.</source>
            <translation>
                <numerusform>{user}: Der Kommentar enthielt {count} Zeichen, das eine Tabelle nicht aufnehmen kann; es wurde durch {replacement} ersetzt.</numerusform>
                <numerusform>{user}: Der Kommentar enthielt {count} Zeichen, die eine Tabelle nicht aufnehmen kann; sie wurden durch {replacement} ersetzt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{user}: the email had {count} characters a spreadsheet cannot hold; they were replaced with {replacement}.</source>
            <translation>
                <numerusform>{user}: Die E-Mail enthielt {count} Zeichen, das eine Tabelle nicht aufnehmen kann; es wurde durch {replacement} ersetzt.</numerusform>
                <numerusform>{user}: Die E-Mail enthielt {count} Zeichen, die eine Tabelle nicht aufnehmen kann; sie wurden durch {replacement} ersetzt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{user}: the name had {count} characters a spreadsheet cannot hold; they were replaced with {replacement}.</source>
            <translation>
                <numerusform>{user}: Der Name enthielt {count} Zeichen, das eine Tabelle nicht aufnehmen kann; es wurde durch {replacement} ersetzt.</numerusform>
                <numerusform>{user}: Der Name enthielt {count} Zeichen, die eine Tabelle nicht aufnehmen kann; sie wurden durch {replacement} ersetzt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{user}: the user ID had {count} characters a spreadsheet cannot hold; they were replaced with {replacement}.</source>
            <translation>
                <numerusform>{user}: Die Nutzer-ID enthielt {count} Zeichen, das eine Tabelle nicht aufnehmen kann; es wurde durch {replacement} ersetzt.</numerusform>
                <numerusform>{user}: Die Nutzer-ID enthielt {count} Zeichen, die eine Tabelle nicht aufnehmen kann; sie wurden durch {replacement} ersetzt.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>export_dialog</name>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
        </message>
        <message>
            <source>Export grades</source>
            <translation>Bewertungen exportieren</translation>
        </message>
        <message>
            <source>grades</source>
            <translation>bewertungen</translation>
        </message>
    </context>
    <context>
        <name>grid</name>
        <message>
            <source>{reason}, not sent: {why} (the LMS refuses their grades)</source>
            <translation>{reason}, nicht gesendet: {why} (das LMS lehnt deren Bewertungen ab)</translation>
        </message>
    </context>
    <context>
        <name>grid_file</name>
        <message>
            <source>The label of {line_item} had {count} character a spreadsheet cannot hold; it was replaced with {replacement}.</source>
            <translation>Die Bezeichnung der Bewertungsspalte {line_item} enthielt {count} Zeichen, das eine Tabelle nicht aufnehmen kann; es wurde durch {replacement} ersetzt.</translation>
        </message>
        <message>
            <source>A user ID had {count} character a spreadsheet cannot hold; it was replaced with {replacement}.</source>
            <translation>Eine Nutzer-ID enthielt {count} Zeichen, das eine Tabelle nicht aufnehmen kann; es wurde durch {replacement} ersetzt.</translation>
        </message>
        <message>
            <source>The workbook's hidden sheet '{sheet}' cannot be read.</source>
            <translation>Das verborgene Blatt „{sheet}“ der Arbeitsmappe kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The workbook's hidden sheet '{sheet}' was changed, so edits cannot be told from changes made in the LMS: export the grid again and copy your edits into it.</source>
            <translation>Das verborgene Blatt „{sheet}“ der Arbeitsmappe wurde geändert, daher lassen sich Ihre Bearbeitungen nicht von Änderungen im LMS unterscheiden: Exportieren Sie das Raster erneut und übertragen Sie Ihre Bearbeitungen hinein.</translation>
        </message>
        <message>
            <source>a grid file has userId, name and email, then one column per line item named 'label [id]', as 'gradebook grid' writes it</source>
            <translation>eine Rasterdatei hat userId, name und email, dann eine Spalte pro Bewertungsspalte mit dem Namen „label [id]“, wie „gradebook grid“ sie schreibt</translation>
        </message>
        <message>
            <source>The column '{header}' names the line item {wanted}, which this course does not have (deleted in the LMS, or a file of another course).</source>
            <translation>Die Spalte „{header}“ benennt die Bewertungsspalte {wanted}, die es in diesem Kurs nicht gibt (im LMS gelöscht, oder eine Datei eines anderen Kurses).</translation>
        </message>
        <message>
            <source>The column '{header}' is not a line item: {expected}.</source>
            <translation>Die Spalte „{header}“ ist keine Bewertungsspalte: {expected}.</translation>
        </message>
        <message>
            <source>The columns '{first}' and '{header}' are the same line item: remove one of them.</source>
            <translation>Die Spalten „{first}“ und „{header}“ sind dieselbe Bewertungsspalte: Entfernen Sie eine davon.</translation>
        </message>
        <message>
            <source>The column '{removed}' was removed from the file, but its base column is still there: put the column back (blank cells leave grades alone), or export the grid again.</source>
            <translation>Die Spalte „{removed}“ wurde aus der Datei entfernt, ihre Basisspalte ist aber noch vorhanden: Fügen Sie die Spalte wieder ein (leere Zellen lassen Bewertungen unverändert), oder exportieren Sie das Raster erneut.</translation>
        </message>
        <message>
            <source>The file has no line item column: {expected}.</source>
            <translation>Die Datei hat keine Spalte für eine Bewertungsspalte: {expected}.</translation>
        </message>
        <message numerus="yes">
            <source>A user ID had {count} characters a spreadsheet cannot hold; they were replaced with {replacement}.</source>
            <translation>
                <numerusform>Eine Nutzer-ID enthielt {count} Zeichen, das eine Tabelle nicht aufnehmen kann; es wurde durch {replacement} ersetzt.</numerusform>
                <numerusform>Eine Nutzer-ID enthielt {count} Zeichen, die eine Tabelle nicht aufnehmen kann; sie wurden durch {replacement} ersetzt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The column header {column} is longer than a spreadsheet cell holds; the XLSX keeps its first {count} characters.</source>
            <translation>
                <numerusform>Die Spaltenüberschrift {column} ist länger, als eine Tabellenzelle fassen kann; die XLSX-Datei behält nur das erste Zeichen.</numerusform>
                <numerusform>Die Spaltenüberschrift {column} ist länger, als eine Tabellenzelle fassen kann; die XLSX-Datei behält nur die ersten {count} Zeichen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The label of {line_item} had {count} characters a spreadsheet cannot hold; they were replaced with {replacement}.</source>
            <translation>
                <numerusform>Die Bezeichnung der Bewertungsspalte {line_item} enthielt {count} Zeichen, das eine Tabelle nicht aufnehmen kann; es wurde durch {replacement} ersetzt.</numerusform>
                <numerusform>Die Bezeichnung der Bewertungsspalte {line_item} enthielt {count} Zeichen, die eine Tabelle nicht aufnehmen kann; sie wurden durch {replacement} ersetzt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The user ID {user} is longer than a spreadsheet cell holds; the XLSX keeps its first {count} characters.</source>
            <translation>
                <numerusform>Die Nutzer-ID {user} ist länger, als eine Tabellenzelle fassen kann; die XLSX-Datei behält nur das erste Zeichen.</numerusform>
                <numerusform>Die Nutzer-ID {user} ist länger, als eine Tabellenzelle fassen kann; die XLSX-Datei behält nur die ersten {count} Zeichen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>history_view</name>
        <message>
            <source>Verified</source>
            <translation>Bestätigt</translation>
        </message>
        <message>
            <source>Conflict: not sent</source>
            <translation>Konflikt: nicht gesendet</translation>
        </message>
        <message>
            <source>Refused by the LMS</source>
            <translation>Vom LMS abgelehnt</translation>
        </message>
        <message>
            <source>Ignored by the LMS</source>
            <translation>Vom LMS ignoriert</translation>
        </message>
        <message>
            <source>Capped at the maximum</source>
            <translation>Auf das Maximum begrenzt</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Kept the LMS's grade and comment</source>
            <translation>Bewertung und Kommentar des LMS beibehalten</translation>
        </message>
        <message>
            <source>Replaced by a newer grade</source>
            <translation>Durch eine neuere Bewertung ersetzt</translation>
        </message>
        <message>
            <source>Export the history</source>
            <translation>Den Verlauf exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>“{text}”</source>
            <translation>„{text}“</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message>
            <source>“{text}” (same)</source>
            <translation>„{text}“ (unverändert)</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>entfernt</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>Before: {before}
After: {after}</source>
            <translation>Vorher: {before}
Nachher: {after}</translation>
        </message>
        <message>
            <source>LMS's comment kept</source>
            <translation>Kommentar des LMS beibehalten</translation>
        </message>
        <message>
            <source>left as it was</source>
            <translation>unverändert gelassen</translation>
        </message>
        <message>
            <source>LMS's comment kept; yours “{text}” not sent</source>
            <translation>Kommentar des LMS beibehalten; Ihrer („{text}“) nicht gesendet</translation>
        </message>
        <message>
            <source>LMS's comment kept; your removal not sent</source>
            <translation>Kommentar des LMS beibehalten; Ihre Entfernung nicht gesendet</translation>
        </message>
        <message>
            <source>Before: {before}
Yours, not sent: {yours}
The LMS's grade and comment were kept (the reason says what they are).</source>
            <translation>Vorher: {before}
Ihre, nicht gesendet: {yours}
Bewertung und Kommentar des LMS wurden beibehalten (der Grund nennt sie).</translation>
        </message>
    </context>
    <context>
        <name>i18n</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>The window will show the new language the next time the app starts.</source>
            <translation>Das Fenster zeigt die neue Sprache beim nächsten Start der App.</translation>
        </message>
    </context>
    <context>
        <name>import_mapping_page</name>
        <message>
            <source>The columns are as you chose them for the last import: check them.</source>
            <translation>Die Spalten sind so gewählt wie beim letzten Import: Prüfen Sie sie.</translation>
        </message>
        <message>
            <source>No column name says which student a row is for: choose that column.</source>
            <translation>Kein Spaltenname sagt, für welche/n Teilnehmer/in eine Zeile ist: Wählen Sie diese Spalte.</translation>
        </message>
        <message>
            <source>The columns were guessed from their names: check them.</source>
            <translation>Die Spalten wurden anhand ihrer Namen erraten: Prüfen Sie sie.</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} und {second}</translation>
        </message>
    </context>
    <context>
        <name>import_page_parts</name>
        <message>
            <source>Fix it in your spreadsheet program, save it, then choose “Read the file again”.</source>
            <translation>Korrigieren Sie sie in Ihrer Tabellenkalkulation, speichern Sie sie und wählen Sie dann „Datei erneut lesen“.</translation>
        </message>
    </context>
    <context>
        <name>import_preview</name>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Teilnehmer/in</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Score now</source>
            <translation>Punktzahl jetzt</translation>
        </message>
        <message>
            <source>New score</source>
            <translation>Neue Punktzahl</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <source>will change</source>
            <translation>wird geändert</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unverändert</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>&amp;All</source>
            <translation>&amp;Alle</translation>
        </message>
        <message>
            <source>Show all rows</source>
            <translation>Alle Zeilen anzeigen</translation>
        </message>
        <message>
            <source>Will c&amp;hange</source>
            <translation>Wird geä&amp;ndert</translation>
        </message>
        <message>
            <source>Show rows that will change</source>
            <translation>Zeilen anzeigen, die geändert werden</translation>
        </message>
        <message>
            <source>Show rows with errors</source>
            <translation>Zeilen mit Fehlern anzeigen</translation>
        </message>
        <message>
            <source>&amp;Unchanged</source>
            <translation>&amp;Unverändert</translation>
        </message>
        <message>
            <source>Show unchanged rows</source>
            <translation>Unveränderte Zeilen anzeigen</translation>
        </message>
        <message>
            <source>S&amp;kipped</source>
            <translation>Ü&amp;bersprungen</translation>
        </message>
        <message>
            <source>Show skipped rows</source>
            <translation>Übersprungene Zeilen anzeigen</translation>
        </message>
        <message>
            <source>&amp;Errors</source>
            <translation>&amp;Fehler</translation>
        </message>
        <message>
            <source>Select a row to read everything about it here.</source>
            <translation>Wählen Sie eine Zeile, um hier alles darüber zu lesen.</translation>
        </message>
    </context>
    <context>
        <name>import_wizard</name>
        <message>
            <source>Choose a spreadsheet to import</source>
            <translation>Eine Tabelle zum Importieren wählen</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)</source>
            <translation>Tabellen (*.csv *.xlsx *.tsv *.txt);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>importer</name>
        <message>
            <source>Cannot read {file}: {problem}.</source>
            <translation>{file} kann nicht gelesen werden: {problem}.</translation>
        </message>
        <message>
            <source>{path} is {kind}, not a file of grades: choose a CSV or XLSX file.</source>
            <translation>{path} ist {kind}, keine Bewertungsdatei: Wählen Sie eine CSV- oder XLSX-Datei.</translation>
        </message>
        <message>
            <source>{file} is too large for a grade import.</source>
            <translation>{file} ist zu groß für einen Bewertungsimport.</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>ein Ordner</translation>
        </message>
        <message>
            <source>a named pipe</source>
            <translation>eine benannte Pipe</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>ein Gerät</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>ein Socket</translation>
        </message>
        <message>
            <source>a special file</source>
            <translation>eine Spezialdatei</translation>
        </message>
        <message>
            <source>This is an old Excel workbook (.xls): save it as .xlsx or CSV and import that.</source>
            <translation>Dies ist eine alte Excel-Arbeitsmappe (.xls): Speichern Sie sie als .xlsx oder CSV und importieren Sie diese.</translation>
        </message>
        <message>
            <source>The file is not a readable XLSX workbook (it may be damaged).</source>
            <translation>Die Datei ist keine lesbare XLSX-Arbeitsmappe (sie ist möglicherweise beschädigt).</translation>
        </message>
        <message>
            <source>A quote opened on line {line} is never closed.</source>
            <translation>Ein in Zeile {line} geöffnetes Anführungszeichen wird nie geschlossen.</translation>
        </message>
        <message>
            <source>Line {line} cannot be read as CSV ({problem}).</source>
            <translation>Zeile {line} kann nicht als CSV gelesen werden ({problem}).</translation>
        </message>
        <message>
            <source>The file is not text in UTF-8, UTF-16 or Windows-1252: it cannot be read as CSV.</source>
            <translation>Die Datei ist kein Text in UTF-8, UTF-16 oder Windows-1252: Sie kann nicht als CSV gelesen werden.</translation>
        </message>
        <message>
            <source>The file holds binary data, not a CSV table.</source>
            <translation>Die Datei enthält Binärdaten, keine CSV-Tabelle.</translation>
        </message>
        <message>
            <source>Line {line}, byte {byte} (at byte {position} of the file) is not UTF-8, but the rest of the file is: part of it was written in another encoding. Save the file as UTF-8 and import it again.</source>
            <translation>Zeile {line}, Byte {byte} (bei Byte {position} der Datei) ist kein UTF-8, der Rest der Datei aber schon: Ein Teil davon wurde in einer anderen Kodierung geschrieben. Speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Die Datei ist leer.</translation>
        </message>
        <message>
            <source>The column '{name}' appears twice (columns {first} and {second}): rename one of them.</source>
            <translation>Die Spalte „{name}“ kommt zweimal vor (Spalten {first} und {second}): Benennen Sie eine davon um.</translation>
        </message>
        <message>
            <source>The columns '{first_name}' ({first}) and '{name}' ({second}) have the same name but for case, spaces or punctuation, so either could be read: rename or remove one of them.</source>
            <translation>Die Spalten „{first_name}“ ({first}) und „{name}“ ({second}) haben bis auf Groß-/Kleinschreibung, Leerzeichen oder Satzzeichen denselben Namen, daher könnte jede von beiden gelesen werden: Benennen Sie eine davon um oder entfernen Sie sie.</translation>
        </message>
        <message>
            <source>The file has a header row but no grades below it.</source>
            <translation>Die Datei hat eine Kopfzeile, aber keine Bewertungen darunter.</translation>
        </message>
        <message>
            <source>No column identifies the student: the file needs a userId, email or name column (it has: {headers}).</source>
            <translation>Keine Spalte identifiziert die Teilnehmer/innen: Die Datei braucht eine Spalte userId, email oder name (vorhanden: {headers}).</translation>
        </message>
        <message>
            <source>No column identifies the student: the file needs a {kind} column (it has: {headers}).</source>
            <translation>Keine Spalte identifiziert die Teilnehmer/innen: Die Datei braucht eine Spalte {kind} (vorhanden: {headers}).</translation>
        </message>
        <message>
            <source>{first}; {rest}</source>
            <translation>{first}; {rest}</translation>
        </message>
        <message>
            <source>The file has no column {missing} (it has: {headers}).</source>
            <translation>Die Datei hat keine Spalte {missing} (vorhanden: {headers}).</translation>
        </message>
        <message>
            <source>Choose the column with the scores (or the comments) to import.</source>
            <translation>Wählen Sie die Spalte mit den Punktzahlen (oder den Kommentaren), die importiert werden sollen.</translation>
        </message>
        <message>
            <source>the same student is also on line {lines}</source>
            <translation>diese/r Teilnehmer/in steht auch in Zeile {lines}</translation>
        </message>
        <message>
            <source>the row has {count} more cell than the header: a text with a delimiter in it needs quotes</source>
            <translation>die Zeile hat {count} Zelle mehr als die Kopfzeile: Ein Text, der ein Trennzeichen enthält, braucht Anführungszeichen</translation>
        </message>
        <message>
            <source>the {column} cell holds a formula; paste it as a value (Paste Special, Values) and import again</source>
            <translation>die Zelle {column} enthält eine Formel; fügen Sie sie als Wert ein (Inhalte einfügen, Werte) und importieren Sie erneut</translation>
        </message>
        <message>
            <source>a comment needs a score: this student has no grade yet</source>
            <translation>ein Kommentar braucht eine Punktzahl: Diese/r Teilnehmer/in hat noch keine Bewertung</translation>
        </message>
        <message>
            <source>score</source>
            <translation>Punktzahl</translation>
        </message>
        <message>
            <source>not on the course roster (the student may have left the course)</source>
            <translation>nicht in der Teilnehmerliste des Kurses (die/der Teilnehmer/in hat den Kurs möglicherweise verlassen)</translation>
        </message>
        <message>
            <source>extra credit: {score} is above the maximum {maximum}</source>
            <translation>Zusatzpunkte: {score} liegt über dem Maximum {maximum}</translation>
        </message>
        <message>
            <source>grading progress {grading}: most LMSes then show no grade</source>
            <translation>Bewertungsfortschritt „{grading}“: Die meisten LMS zeigen dann keine Bewertung</translation>
        </message>
        <message>
            <source>same as in the LMS</source>
            <translation>wie im LMS</translation>
        </message>
        <message>
            <source>not changed in the file</source>
            <translation>in der Datei nicht geändert</translation>
        </message>
        <message>
            <source>the LMS has changed since the export: {drift}</source>
            <translation>das LMS hat sich seit dem Export geändert: {drift}</translation>
        </message>
        <message>
            <source>{what}: {problem}</source>
            <translation>{what}: {problem}</translation>
        </message>
        <message>
            <source>changed in the LMS since the export: {drift}</source>
            <translation>seit dem Export im LMS geändert: {drift}</translation>
        </message>
        <message>
            <source>blank: left unchanged</source>
            <translation>leer: unverändert gelassen</translation>
        </message>
        <message>
            <source>no {column} on this row</source>
            <translation>kein Wert für {column} in dieser Zeile</translation>
        </message>
        <message>
            <source>more than one learner has the email {text}: match by user ID instead</source>
            <translation>mehr als ein/e Teilnehmer/in hat die E-Mail {text}: Ordnen Sie stattdessen nach Nutzer-ID zu</translation>
        </message>
        <message>
            <source>more than one learner is called {text}: match by user ID or email instead</source>
            <translation>mehr als ein/e Teilnehmer/in heißt {text}: Ordnen Sie stattdessen nach Nutzer-ID oder E-Mail zu</translation>
        </message>
        <message>
            <source>no student in this course matches {text}</source>
            <translation>kein/e Teilnehmer/in dieses Kurses passt zu {text}</translation>
        </message>
        <message>
            <source>the user ID is a date ({cell}): the spreadsheet turned an ID into a date; format the ID column as text and paste the IDs again</source>
            <translation>die Nutzer-ID ist ein Datum ({cell}): Die Tabellenkalkulation hat eine ID in ein Datum umgewandelt; formatieren Sie die ID-Spalte als Text und fügen Sie die IDs erneut ein</translation>
        </message>
        <message>
            <source>{cell} is not a user ID</source>
            <translation>{cell} ist keine Nutzer-ID</translation>
        </message>
        <message>
            <source>the user ID is a number with decimals ({cell})</source>
            <translation>die Nutzer-ID ist eine Zahl mit Nachkommastellen ({cell})</translation>
        </message>
        <message>
            <source>no student has the user ID {text}, but {padded} does: the spreadsheet dropped leading zeros; format the ID column as text and paste the IDs again</source>
            <translation>kein/e Teilnehmer/in hat die Nutzer-ID {text}, aber {padded} schon: Die Tabellenkalkulation hat führende Nullen entfernt; formatieren Sie die ID-Spalte als Text und fügen Sie die IDs erneut ein</translation>
        </message>
        <message>
            <source>the user ID {text} is in scientific notation: the spreadsheet lost its digits; format the ID column as text and paste the IDs again</source>
            <translation>die Nutzer-ID {text} steht in wissenschaftlicher Schreibweise: Die Tabellenkalkulation hat Ziffern verloren; formatieren Sie die ID-Spalte als Text und fügen Sie die IDs erneut ein</translation>
        </message>
        <message>
            <source>the user ID {text} looks like a date: the spreadsheet turned an ID into a date; format the ID column as text and paste the IDs again</source>
            <translation>die Nutzer-ID {text} sieht wie ein Datum aus: Die Tabellenkalkulation hat eine ID in ein Datum umgewandelt; formatieren Sie die ID-Spalte als Text und fügen Sie die IDs erneut ein</translation>
        </message>
        <message>
            <source>no student has the user ID {text}; {whole} does, written as a decimal number: write the ID as it is in the LMS</source>
            <translation>kein/e Teilnehmer/in hat die Nutzer-ID {text}; {whole} schon, als Dezimalzahl geschrieben: Schreiben Sie die ID so, wie sie im LMS steht</translation>
        </message>
        <message>
            <source>no student with the user ID {text} in this course</source>
            <translation>kein/e Teilnehmer/in mit der Nutzer-ID {text} in diesem Kurs</translation>
        </message>
        <message>
            <source>maximum</source>
            <translation>Maximum</translation>
        </message>
        <message>
            <source>the maximum must be greater than 0</source>
            <translation>das Maximum muss größer als 0 sein</translation>
        </message>
        <message>
            <source>{column} {text} is not one of {values}</source>
            <translation>{column} {text} ist keiner der Werte {values}</translation>
        </message>
        <message>
            <source>no grade</source>
            <translation>keine Bewertung</translation>
        </message>
        <message>
            <source>{score} out of {maximum}</source>
            <translation>{score} von {maximum}</translation>
        </message>
        <message>
            <source>score {old} → {new}</source>
            <translation>Punktzahl {old} → {new}</translation>
        </message>
        <message>
            <source>comment changed</source>
            <translation>Kommentar geändert</translation>
        </message>
        <message>
            <source>comment added</source>
            <translation>Kommentar hinzugefügt</translation>
        </message>
        <message>
            <source>base {base}, now {now}</source>
            <translation>beim Export {base}, jetzt {now}</translation>
        </message>
        <message>
            <source>the comment was edited</source>
            <translation>der Kommentar wurde bearbeitet</translation>
        </message>
        <message>
            <source>the cell holds a number of thousands of digits</source>
            <translation>die Zelle enthält eine Zahl mit Tausenden von Ziffern</translation>
        </message>
        <message>
            <source>write the points, with the maximum in the maximum column</source>
            <translation>die Punkte eintragen, das Maximum in die Spalte des Maximums</translation>
        </message>
        <message>
            <source>the spreadsheet shows a date or time ({value}), not a number</source>
            <translation>die Tabelle zeigt ein Datum oder eine Uhrzeit ({value}), keine Zahl</translation>
        </message>
        <message numerus="yes">
            <source>the row has {count} more cells than the header: a text with a delimiter in it needs quotes</source>
            <translation>
                <numerusform>die Zeile hat {count} Zelle mehr als die Kopfzeile: Ein Text, der ein Trennzeichen enthält, braucht Anführungszeichen</numerusform>
                <numerusform>die Zeile hat {count} Zellen mehr als die Kopfzeile: Ein Text, der ein Trennzeichen enthält, braucht Anführungszeichen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the same student is also on lines {lines}</source>
            <translation>
                <numerusform>diese/r Teilnehmer/in steht auch in Zeile {lines}</numerusform>
                <numerusform>diese/r Teilnehmer/in steht auch in den Zeilen {lines}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>line_item_dialog</name>
        <message>
            <source>{count} learner has a grade. Most LMSes keep their points, so their percentages change: {score} out of {old} is {old_percent} now, {new_percent} out of {new}.</source>
            <translation>{count} Teilnehmer/in hat eine Bewertung. Die meisten LMS behalten die Punkte, daher ändern sich die Prozentwerte: {score} von {old} sind jetzt {old_percent}, von {new} dann {new_percent}.</translation>
        </message>
        <message>
            <source>{count} score is above the new maximum and becomes extra credit.</source>
            <translation>{count} Punktzahl liegt über dem neuen Maximum und wird zu Zusatzpunkten.</translation>
        </message>
        <message numerus="yes">
            <source>{count} scores are above the new maximum and become extra credit.</source>
            <translation>
                <numerusform>{count} Punktzahl liegt über dem neuen Maximum und wird zu Zusatzpunkten.</numerusform>
                <numerusform>{count} Punktzahlen liegen über dem neuen Maximum und werden zu Zusatzpunkten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the grade column “{label}” from the LMS gradebook?

Every grade and comment in it is deleted in the LMS too. This cannot be undone.</source>
            <translation>Die Bewertungsspalte „{label}“ aus der Bewertungsübersicht des LMS löschen?

Jede Bewertung und jeder Kommentar darin wird auch im LMS gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Delete grade column</source>
            <translation>Bewertungsspalte löschen</translation>
        </message>
        <message>
            <source>Delete “{label}”</source>
            <translation>„{label}“ löschen</translation>
        </message>
        <message numerus="yes">
            <source>{count} learners have a grade. Most LMSes keep their points, so their percentages change: {score} out of {old} is {old_percent} now, {new_percent} out of {new}.</source>
            <translation>
                <numerusform>{count} Teilnehmer/in hat eine Bewertung. Die meisten LMS behalten die Punkte, daher ändern sich die Prozentwerte: {score} von {old} sind jetzt {old_percent}, von {new} dann {new_percent}.</numerusform>
                <numerusform>{count} Teilnehmer/innen haben eine Bewertung. Die meisten LMS behalten die Punkte, daher ändern sich die Prozentwerte: {score} von {old} sind jetzt {old_percent}, von {new} dann {new_percent}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>line_item_model</name>
        <message>
            <source>out of {maximum}</source>
            <translation>von {maximum}</translation>
        </message>
        <message>
            <source>opens {date}</source>
            <translation>Beginn {date}</translation>
        </message>
        <message>
            <source>due {date}</source>
            <translation>fällig {date}</translation>
        </message>
    </context>
    <context>
        <name>local_data_dialog</name>
        <message numerus="yes">
            <source>{count} grade columns</source>
            <translation>
                <numerusform>{count} Bewertungsspalte</numerusform>
                <numerusform>{count} Bewertungsspalten</numerusform>
            </translation>
        </message>
        <message>
            <source>the downloaded grades of {columns}</source>
            <translation>die heruntergeladenen Bewertungen von {columns}</translation>
        </message>
        <message>
            <source>the grades as last downloaded (for working offline)</source>
            <translation>die zuletzt heruntergeladenen Bewertungen (für die Offline-Arbeit)</translation>
        </message>
        <message>
            <source>{count} grade column</source>
            <translation>{count} Bewertungsspalte</translation>
        </message>
        <message>
            <source>{count} grade not yet confirmed by the LMS: it will never be sent</source>
            <translation>{count} Bewertung, noch nicht vom LMS bestätigt: Sie wird nie gesendet</translation>
        </message>
        <message>
            <source>{count} draft not yet submitted</source>
            <translation>{count} noch nicht übermittelter Entwurf</translation>
        </message>
        <message>
            <source>{count} entry of the history of what was sent</source>
            <translation>{count} Eintrag im Verlauf des Gesendeten</translation>
        </message>
        <message>
            <source>Remove everything kept on this computer for “{label}”?</source>
            <translation>Alles, was auf diesem Computer für „{label}“ gespeichert ist, entfernen?</translation>
        </message>
        <message>
            <source>Remove everything kept on this computer for every grade column of {connection}?</source>
            <translation>Alles, was auf diesem Computer für alle Bewertungsspalten von {connection} gespeichert ist, entfernen?</translation>
        </message>
        <message>
            <source>The grades in the LMS are not changed. This cannot be undone.</source>
            <translation>Die Bewertungen im LMS werden nicht geändert. Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Forever</source>
            <translation>Unbegrenzt</translation>
        </message>
        <message numerus="yes">
            <source>{count} days</source>
            <translation>
                <numerusform>{count} Tag</numerusform>
                <numerusform>{count} Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} drafts not yet submitted</source>
            <translation>
                <numerusform>{count} noch nicht übermittelter Entwurf</numerusform>
                <numerusform>{count} noch nicht übermittelte Entwürfe</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} entries of the history of what was sent</source>
            <translation>
                <numerusform>{count} Eintrag im Verlauf des Gesendeten</numerusform>
                <numerusform>{count} Einträge im Verlauf des Gesendeten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} grades not yet confirmed by the LMS: they will never be sent</source>
            <translation>
                <numerusform>{count} Bewertung, noch nicht vom LMS bestätigt: Sie wird nie gesendet</numerusform>
                <numerusform>{count} Bewertungen, noch nicht vom LMS bestätigt: Sie werden nie gesendet</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>models</name>
        <message>
            <source>A grade column needs a name.</source>
            <translation>Eine Bewertungsspalte braucht einen Namen.</translation>
        </message>
    </context>
    <context>
        <name>numbers</name>
        <message>
            <source>write the points, with the maximum in its own place</source>
            <translation>die Punkte eintragen, das Maximum an seiner eigenen Stelle</translation>
        </message>
        <message>
            <source>no number is written</source>
            <translation>es ist keine Zahl eingetragen</translation>
        </message>
        <message>
            <source>NaN (not a number) is not a score</source>
            <translation>NaN (keine Zahl) ist keine Punktzahl</translation>
        </message>
        <message>
            <source>infinity is not a score</source>
            <translation>Unendlich ist keine Punktzahl</translation>
        </message>
        <message>
            <source>{shown} is a percentage: write the points instead</source>
            <translation>{shown} ist ein Prozentwert: Tragen Sie stattdessen die Punkte ein</translation>
        </message>
        <message>
            <source>{shown} is a fraction: {advice}</source>
            <translation>{shown} ist ein Bruch: {advice}</translation>
        </message>
        <message>
            <source>{shown} is not a number</source>
            <translation>{shown} ist keine Zahl</translation>
        </message>
        <message>
            <source>{shown} is negative: a score is 0 or more</source>
            <translation>{shown} ist negativ: Eine Punktzahl ist 0 oder mehr</translation>
        </message>
        <message>
            <source>{shown} is too large to be a score</source>
            <translation>{shown} ist zu groß für eine Punktzahl</translation>
        </message>
        <message>
            <source>the maximum {maximum} has more decimals than an LMS keeps ({decimals}): it would be sent as 0</source>
            <translation>das Maximum {maximum} hat mehr Nachkommastellen, als ein LMS speichert ({decimals}): Gesendet würde 0</translation>
        </message>
        <message>
            <source>{score} has more decimals than an LMS keeps ({decimals}): it would be sent as 0</source>
            <translation>{score} hat mehr Nachkommastellen, als ein LMS speichert ({decimals}): Gesendet würde 0</translation>
        </message>
        <message>
            <source>{score} out of {maximum} has more decimals than an LMS keeps ({decimals}): it would become {kept_score} out of {kept_maximum}</source>
            <translation>{score} von {maximum} hat mehr Nachkommastellen, als ein LMS speichert ({decimals}): Gespeichert würde {kept_score} von {kept_maximum}</translation>
        </message>
        <message>
            <source>'{text}'</source>
            <translation>„{text}“</translation>
        </message>
        <message>
            <source>a number of thousands of digits</source>
            <translation>eine Zahl mit Tausenden von Ziffern</translation>
        </message>
        <message>
            <source>{shown} has digit grouping, which is not read: write {plain}</source>
            <translation>{shown} enthält Tausendertrennzeichen, die nicht gelesen werden: Schreiben Sie {plain}</translation>
        </message>
        <message>
            <source>{shown} could be {whole} or {decimal}: digit grouping is not read; write {whole}, or {decimal} for the decimal number</source>
            <translation>{shown} könnte {whole} oder {decimal} sein: Tausendertrennzeichen werden nicht gelesen; schreiben Sie {whole} oder, für die Dezimalzahl, {decimal}</translation>
        </message>
        <message>
            <source>{shown} is in scientific notation, which is not read: write the number in full</source>
            <translation>{shown} steht in wissenschaftlicher Schreibweise, die nicht gelesen wird: Schreiben Sie die Zahl vollständig aus</translation>
        </message>
        <message>
            <source>{shown} is in scientific notation, which is not read: write {plain}</source>
            <translation>{shown} steht in wissenschaftlicher Schreibweise, die nicht gelesen wird: Schreiben Sie {plain}</translation>
        </message>
        <message numerus="yes">
            <source>{start}…{end} ({count} characters)</source>
            <translation>
                <numerusform>{start}…{end} ({count} Zeichen)</numerusform>
                <numerusform>{start}…{end} ({count} Zeichen)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>outbox_prompt</name>
        <message>
            <source>{count} grade queued for {label}. Send it now?</source>
            <translation>{count} Bewertung für {label} wartet in der Warteschlange. Jetzt senden?</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades queued for {label}. Send them now?</source>
            <translation>
                <numerusform>{count} Bewertung für {label} wartet in der Warteschlange. Jetzt senden?</numerusform>
                <numerusform>{count} Bewertungen für {label} warten in der Warteschlange. Jetzt senden?</numerusform>
            </translation>
        </message>
        <message>
            <source>• {count} grade for {label}</source>
            <translation>• {count} Bewertung für {label}</translation>
        </message>
        <message numerus="yes">
            <source>• {count} grades for {label}</source>
            <translation>
                <numerusform>• {count} Bewertung für {label}</numerusform>
                <numerusform>• {count} Bewertungen für {label}</numerusform>
            </translation>
        </message>
        <message>
            <source>Grades are queued from your last session:
{lines}

Send them now?</source>
            <translation>Aus Ihrer letzten Sitzung warten Bewertungen in der Warteschlange:
{lines}

Jetzt senden?</translation>
        </message>
    </context>
    <context>
        <name>pasted_column</name>
        <message>
            <source>Copy a single column of scores: the clipboard holds several columns.</source>
            <translation>Kopieren Sie eine einzelne Spalte mit Punktzahlen: Die Zwischenablage enthält mehrere Spalten.</translation>
        </message>
    </context>
    <context>
        <name>plan</name>
        <message>
            <source>no grade</source>
            <translation>keine Bewertung</translation>
        </message>
        <message>
            <source>{grade} without a comment</source>
            <translation>{grade} ohne Kommentar</translation>
        </message>
        <message>
            <source>{grade} with the comment “{comment}”</source>
            <translation>{grade} mit dem Kommentar „{comment}“</translation>
        </message>
        <message>
            <source>{grade}, the comment left as it was</source>
            <translation>{grade}, Kommentar unverändert</translation>
        </message>
        <message>
            <source>{grade}, the comment removed</source>
            <translation>{grade}, Kommentar entfernt</translation>
        </message>
        <message>
            <source>The LMS capped {score} at the maximum {maximum}.</source>
            <translation>Das LMS hat {score} auf das Maximum {maximum} begrenzt.</translation>
        </message>
        <message>
            <source>The LMS accepted {sent} but still shows {shown}.</source>
            <translation>Das LMS hat {sent} angenommen, zeigt aber weiterhin {shown}.</translation>
        </message>
        <message>
            <source>Changed in the LMS since it was downloaded: it was {was}, it is now {now}; yours is {yours}.</source>
            <translation>Seit dem Herunterladen im LMS geändert: damals {was}, jetzt {now}; Ihre Bewertung: {yours}.</translation>
        </message>
        <message>
            <source>You kept the LMS's grade and comment: {now} (it was {was} when downloaded). Your edit, {yours}, was dropped and not sent.</source>
            <translation>Sie haben Bewertung und Kommentar des LMS behalten: {now} (beim Herunterladen: {was}). Ihre Änderung, {yours}, wurde verworfen und nicht gesendet.</translation>
        </message>
        <message>
            <source>The LMS already shows this grade.</source>
            <translation>Das LMS zeigt diese Bewertung bereits.</translation>
        </message>
        <message>
            <source>Not applied: {failures}; still queued, to send again later.</source>
            <translation>Nicht übernommen: {failures}; bleibt in der Warteschlange und wird später erneut gesendet.</translation>
        </message>
        <message>
            <source>Not sent: {failures}; still queued, to send again later.</source>
            <translation>Nicht gesendet: {failures}; bleibt in der Warteschlange und wird später erneut gesendet.</translation>
        </message>
    </context>
    <context>
        <name>quit_prompt</name>
        <message>
            <source>Grades are being sent. Quit anyway?</source>
            <translation>Bewertungen werden gerade gesendet. Trotzdem beenden?</translation>
        </message>
        <message>
            <source>{count} grade is not in the LMS yet. Quit anyway?</source>
            <translation>{count} Bewertung ist noch nicht im LMS. Trotzdem beenden?</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades are not in the LMS yet. Quit anyway?</source>
            <translation>
                <numerusform>{count} Bewertung ist noch nicht im LMS. Trotzdem beenden?</numerusform>
                <numerusform>{count} Bewertungen sind noch nicht im LMS. Trotzdem beenden?</numerusform>
            </translation>
        </message>
        <message>
            <source>This is the demo course: a new one starts with the app, so these changes are gone once you quit.</source>
            <translation>Dies ist der Demokurs: Mit jedem Start der App beginnt ein neuer, daher sind diese Änderungen nach dem Beenden verloren.</translation>
        </message>
        <message>
            <source>Quitting stops the sending; the grades not yet sent stay queued on this computer, and the app offers to send them when you open this course again.</source>
            <translation>Das Beenden hält das Senden an; die noch nicht gesendeten Bewertungen bleiben auf diesem Computer in der Warteschlange, und die App bietet an, sie zu senden, wenn Sie diesen Kurs wieder öffnen.</translation>
        </message>
        <message>
            <source>They are kept on this computer: the next time you open this course, the app shows them and offers to send them. Nothing is sent until you say so.</source>
            <translation>Sie bleiben auf diesem Computer gespeichert: Wenn Sie diesen Kurs das nächste Mal öffnen, zeigt die App sie an und bietet an, sie zu senden. Nichts wird gesendet, bevor Sie es veranlassen.</translation>
        </message>
    </context>
    <context>
        <name>results_columns</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>Nutzer-ID</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punktzahl</translation>
        </message>
        <message>
            <source>Maximum</source>
            <translation>Maximum</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Prozent</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>review_dialog</name>
        <message>
            <source>Canvas adds every comment it receives as a new submission comment, so a comment is sent only where you changed it.</source>
            <translation>Canvas fügt jeden empfangenen Kommentar als neuen Abgabekommentar hinzu, daher wird ein Kommentar nur dort gesendet, wo Sie ihn geändert haben.</translation>
        </message>
        <message>
            <source>The LMS is not identified, so the standard LTI rule applies: a grade sent without a comment removes the comment, so each grade is sent with the learner's comment (the current one where you did not change it).</source>
            <translation>Das LMS ist nicht erkannt, daher gilt die Standard-LTI-Regel: Eine ohne Kommentar gesendete Bewertung entfernt den Kommentar, daher wird jede Bewertung mit dem Kommentar der/des Teilnehmer/in gesendet (dem aktuellen, wo Sie ihn nicht geändert haben).</translation>
        </message>
        <message>
            <source>{lms} replaces the comment with every grade it receives, so each grade is sent with the learner's comment (the current one where you did not change it).</source>
            <translation>{lms} ersetzt den Kommentar bei jeder empfangenen Bewertung, daher wird jede Bewertung mit dem Kommentar der/des Teilnehmer/in gesendet (dem aktuellen, wo Sie ihn nicht geändert haben).</translation>
        </message>
        <message>
            <source>{count} changed in the LMS since you edited it</source>
            <translation>{count} seit Ihrer Bearbeitung im LMS geändert</translation>
        </message>
        <message>
            <source>{count} gives extra credit</source>
            <translation>{count} vergibt Zusatzpunkte</translation>
        </message>
        <message numerus="yes">
            <source>{count} give extra credit</source>
            <translation>
                <numerusform>{count} vergibt Zusatzpunkte</numerusform>
                <numerusform>{count} vergeben Zusatzpunkte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} changed in the LMS since you edited them</source>
            <translation>
                <numerusform>{count} seit Ihrer Bearbeitung im LMS geändert</numerusform>
                <numerusform>{count} seit Ihrer Bearbeitung im LMS geändert</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} grade to clear</source>
            <translation>{count} Bewertung zu entfernen</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades to clear</source>
            <translation>
                <numerusform>{count} Bewertung zu entfernen</numerusform>
                <numerusform>{count} Bewertungen zu entfernen</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} comment to remove</source>
            <translation>{count} Kommentar zu entfernen</translation>
        </message>
        <message numerus="yes">
            <source>{count} comments to remove</source>
            <translation>
                <numerusform>{count} Kommentar zu entfernen</numerusform>
                <numerusform>{count} Kommentare zu entfernen</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} is already in the LMS</source>
            <translation>{count} ist bereits im LMS</translation>
        </message>
        <message numerus="yes">
            <source>{count} are already in the LMS</source>
            <translation>
                <numerusform>{count} ist bereits im LMS</numerusform>
                <numerusform>{count} sind bereits im LMS</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} change</source>
            <translation>{count} Änderung</translation>
        </message>
        <message numerus="yes">
            <source>{count} changes</source>
            <translation>
                <numerusform>{count} Änderung</numerusform>
                <numerusform>{count} Änderungen</numerusform>
            </translation>
        </message>
        <message>
            <source>{counts}.</source>
            <translation>{counts}.</translation>
        </message>
        <message>
            <source>{count} grade</source>
            <translation>{count} Bewertung</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades</source>
            <translation>
                <numerusform>{count} Bewertung</numerusform>
                <numerusform>{count} Bewertungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>row_status</name>
        <message>
            <source>not a student of the course (no learner role)</source>
            <translation>kein/e Studierende/r des Kurses (keine Teilnehmerrolle)</translation>
        </message>
        <message>
            <source>{status}: {reason}</source>
            <translation>{status}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>score_dialog</name>
        <message>
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Abgegeben</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In Bearbeitung</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Begonnen</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Nicht begonnen</translation>
        </message>
        <message>
            <source>Fully graded</source>
            <translation>Vollständig bewertet</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Ausstehend</translation>
        </message>
        <message>
            <source>Pending manual grading</source>
            <translation>Manuelle Bewertung ausstehend</translation>
        </message>
        <message>
            <source>Grading failed</source>
            <translation>Bewertung fehlgeschlagen</translation>
        </message>
        <message>
            <source>Not ready</source>
            <translation>Nicht bereit</translation>
        </message>
        <message>
            <source>write the points here and the maximum in the “out of” field</source>
            <translation>die Punkte hier und das Maximum in das Feld „von“ eintragen</translation>
        </message>
        <message>
            <source>write the maximum alone in the “out of” field</source>
            <translation>nur das Maximum in das Feld „von“ eintragen</translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <translation>{names} und {last}</translation>
        </message>
        <message numerus="yes">
            <source>{names} and {count} more</source>
            <translation>
                <numerusform>{names} und {count} weitere/r</numerusform>
                <numerusform>{names} und {count} weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Clear the grade of {name}?</source>
            <translation>Die Bewertung von {name} entfernen?</translation>
        </message>
        <message numerus="yes">
            <source>Clear the grades of {count} learners ({names})?</source>
            <translation>
                <numerusform>Die Bewertung von {count} Teilnehmer/in entfernen ({names})?</numerusform>
                <numerusform>Die Bewertungen von {count} Teilnehmer/innen entfernen ({names})?</numerusform>
            </translation>
        </message>
        <message>
            <source>When you submit, the app sends a score without a value: Canvas and Moodle then show no grade. Comments are kept. The change is checked against the LMS after sending and recorded in the history. Until you submit you can undo it.</source>
            <translation>Wenn Sie übermitteln, sendet die App eine Punktzahl ohne Wert: Canvas und Moodle zeigen dann keine Bewertung an. Kommentare bleiben erhalten. Die Änderung wird nach dem Senden mit dem LMS abgeglichen und im Verlauf verzeichnet. Bis zum Übermitteln können Sie sie rückgängig machen.</translation>
        </message>
        <message>
            <source>The LMS shows no grade for them now. When you submit, the app sends a score without a value: Canvas and Moodle then show no grade. Comments are kept. The change is checked against the LMS after sending and recorded in the history. Until you submit you can undo it.</source>
            <translation>Das LMS zeigt für sie jetzt keine Bewertung an. Wenn Sie übermitteln, sendet die App eine Punktzahl ohne Wert: Canvas und Moodle zeigen dann keine Bewertung an. Kommentare bleiben erhalten. Die Änderung wird nach dem Senden mit dem LMS abgeglichen und im Verlauf verzeichnet. Bis zum Übermitteln können Sie sie rückgängig machen.</translation>
        </message>
        <message>
            <source>Clear grade</source>
            <translation>Bewertung entfernen</translation>
        </message>
        <message numerus="yes">
            <source>Clear {count} grades</source>
            <translation>
                <numerusform>{count} Bewertung entfernen</numerusform>
                <numerusform>{count} Bewertungen entfernen</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Behalten</translation>
        </message>
    </context>
    <context>
        <name>startup</name>
        <message>
            <source>{course} / {column} — Gradebook</source>
            <translation>{course} / {column} — Gradebook</translation>
        </message>
        <message>
            <source>{course} — Gradebook</source>
            <translation>{course} — Gradebook</translation>
        </message>
        <message>
            <source>Gradebook</source>
            <translation>Gradebook</translation>
        </message>
        <message>
            <source>{title} (read-only)</source>
            <translation>{title} (nur Lesen)</translation>
        </message>
    </context>
    <context>
        <name>stats_pane</name>
        <message>
            <source>{count} learner</source>
            <translation>{count} Teilnehmer/in</translation>
        </message>
        <message numerus="yes">
            <source>{count} learners</source>
            <translation>
                <numerusform>{count} Teilnehmer/in</numerusform>
                <numerusform>{count} Teilnehmer/innen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>status_area</name>
        <message>
            <source>{count} unsent change</source>
            <translation>{count} ungesendete Änderung</translation>
        </message>
        <message>
            <source>No unsent changes</source>
            <translation>Keine ungesendeten Änderungen</translation>
        </message>
        <message>
            <source>{changes} ({count} conflict)</source>
            <translation>{changes} ({count} Konflikt)</translation>
        </message>
        <message numerus="yes">
            <source>{count} unsent changes</source>
            <translation>
                <numerusform>{count} ungesendete Änderung</numerusform>
                <numerusform>{count} ungesendete Änderungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{changes} ({count} conflicts)</source>
            <translation>
                <numerusform>{changes} ({count} Konflikt)</numerusform>
                <numerusform>{changes} ({count} Konflikte)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>submission</name>
        <message>
            <source>Sending grades</source>
            <translation>Bewertungen werden gesendet</translation>
        </message>
        <message>
            <source>{count} grade not yet sent stays queued</source>
            <translation>{count} noch nicht gesendete Bewertung bleibt in der Warteschlange</translation>
        </message>
        <message numerus="yes">
            <source>{count} grades not yet sent stay queued</source>
            <translation>
                <numerusform>{count} noch nicht gesendete Bewertung bleibt in der Warteschlange</numerusform>
                <numerusform>{count} noch nicht gesendete Bewertungen bleiben in der Warteschlange</numerusform>
            </translation>
        </message>
        <message>
            <source>the grades not yet verified stay queued</source>
            <translation>die noch nicht überprüften Bewertungen bleiben in der Warteschlange</translation>
        </message>
    </context>
    <context>
        <name>submitting</name>
        <message>
            <source>not on the course roster (the student may have left the course)</source>
            <translation>nicht in der Teilnehmerliste des Kurses (die/der Teilnehmer/in hat den Kurs möglicherweise verlassen)</translation>
        </message>
        <message>
            <source>not an active student (roster status {status})</source>
            <translation>kein/e aktive/r Studierende/r (Status in der Teilnehmerliste: {status})</translation>
        </message>
        <message>
            <source>Nothing was waiting to be sent.</source>
            <translation>Nichts wartete auf das Senden.</translation>
        </message>
        <message>
            <source>All {count} grade sent and verified.</source>
            <translation>Die {count} Bewertung wurde gesendet und bestätigt.</translation>
        </message>
        <message>
            <source>{parts}. Cancelled: submit again to send the rest.</source>
            <translation>{parts}. Abgebrochen: Übermitteln Sie erneut, um den Rest zu senden.</translation>
        </message>
        <message>
            <source>{parts}. {stopped}</source>
            <translation>{parts}. {stopped}</translation>
        </message>
        <message>
            <source>{parts}.</source>
            <translation>{parts}.</translation>
        </message>
        <message>
            <source>{parts} (sending stopped).</source>
            <translation>{parts} (Senden gestoppt).</translation>
        </message>
        <message>
            <source>{count} grade stays queued on this computer</source>
            <translation>{count} Bewertung wartet auf diesem Computer</translation>
        </message>
        <message>
            <source>{queued} (sending stopped).</source>
            <translation>{queued} (Senden gestoppt).</translation>
        </message>
        <message>
            <source>{queued} (sending stopped; {parts}).</source>
            <translation>{queued} (Senden gestoppt; {parts}).</translation>
        </message>
        <message>
            <source>{count} conflict</source>
            <translation>{count} Konflikt</translation>
        </message>
        <message numerus="yes">
            <source>All {count} grades sent and verified.</source>
            <translation>
                <numerusform>Die {count} Bewertung wurde gesendet und bestätigt.</numerusform>
                <numerusform>Alle {count} Bewertungen wurden gesendet und bestätigt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} conflicts</source>
            <translation>
                <numerusform>{count} Konflikt</numerusform>
                <numerusform>{count} Konflikte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} failed</source>
            <translation>
                <numerusform>{count} fehlgeschlagen</numerusform>
                <numerusform>{count} fehlgeschlagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} grades stay queued on this computer</source>
            <translation>
                <numerusform>{count} Bewertung wartet auf diesem Computer</numerusform>
                <numerusform>{count} Bewertungen warten auf diesem Computer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} left as changed in the LMS</source>
            <translation>
                <numerusform>{count} wie im LMS geändert belassen</numerusform>
                <numerusform>{count} wie im LMS geändert belassen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} of these students have unsent edits in the window for this line item; submit or discard those first</source>
            <translation>
                <numerusform>{count} dieser Teilnehmer/innen hat im Fenster ungesendete Änderungen für diese Bewertungsspalte; übermitteln oder verwerfen Sie diese zuerst</numerusform>
                <numerusform>{count} dieser Teilnehmer/innen haben im Fenster ungesendete Änderungen für diese Bewertungsspalte; übermitteln oder verwerfen Sie diese zuerst</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} still queued</source>
            <translation>
                <numerusform>{count} noch in der Warteschlange</numerusform>
                <numerusform>{count} noch in der Warteschlange</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{verified} of {count} verified</source>
            <translation>
                <numerusform>{verified} von {count} bestätigt</numerusform>
                <numerusform>{verified} von {count} bestätigt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wording</name>
        <message>
            <source>{first}, {rest}</source>
            <translation>{first}, {rest}</translation>
        </message>
        <message>
            <source>{first}; {rest}</source>
            <translation>{first}; {rest}</translation>
        </message>
    </context>
    <context>
        <name>xlsx</name>
        <message>
            <source>The file is not a readable XLSX workbook (it may be damaged).</source>
            <translation>Die Datei ist keine lesbare XLSX-Arbeitsmappe (sie ist möglicherweise beschädigt).</translation>
        </message>
        <message>
            <source>The workbook unpacks to {size}, more than a grade import reads ({limit}): it is not a grade sheet, or it is damaged.</source>
            <translation>Entpackt ist die Arbeitsmappe {size} groß, mehr als ein Bewertungsimport liest ({limit}): Sie ist keine Bewertungstabelle oder beschädigt.</translation>
        </message>
        <message>
            <source>The workbook's part {part} unpacks to {ratio} times its packed size ({size}); spreadsheets never pack more than {limit} times, so the file is refused as unsafe to open.</source>
            <translation>Der Teil {part} der Arbeitsmappe ist entpackt {ratio}-mal so groß wie gepackt ({size}); Tabellen werden nie stärker als {limit}-fach gepackt, daher wird das Öffnen der Datei als unsicher abgelehnt.</translation>
        </message>
        <message>
            <source>The workbook has no worksheet.</source>
            <translation>Die Arbeitsmappe hat kein Arbeitsblatt.</translation>
        </message>
        <message numerus="yes">
            <source>{user}: the comment is longer than a spreadsheet cell holds; the XLSX keeps its first {count} characters.</source>
            <translation>
                <numerusform>{user}: Der Kommentar ist länger, als eine Tabellenzelle fassen kann; die XLSX-Datei behält nur das erste Zeichen.</numerusform>
                <numerusform>{user}: Der Kommentar ist länger, als eine Tabellenzelle fassen kann; die XLSX-Datei behält nur die ersten {count} Zeichen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{user}: the email is longer than a spreadsheet cell holds; the XLSX keeps its first {count} characters.</source>
            <translation>
                <numerusform>{user}: Die E-Mail ist länger, als eine Tabellenzelle fassen kann; die XLSX-Datei behält nur das erste Zeichen.</numerusform>
                <numerusform>{user}: Die E-Mail ist länger, als eine Tabellenzelle fassen kann; die XLSX-Datei behält nur die ersten {count} Zeichen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{user}: the name is longer than a spreadsheet cell holds; the XLSX keeps its first {count} characters.</source>
            <translation>
                <numerusform>{user}: Der Name ist länger, als eine Tabellenzelle fassen kann; die XLSX-Datei behält nur das erste Zeichen.</numerusform>
                <numerusform>{user}: Der Name ist länger, als eine Tabellenzelle fassen kann; die XLSX-Datei behält nur die ersten {count} Zeichen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{user}: the user ID is longer than a spreadsheet cell holds; the XLSX keeps its first {count} characters.</source>
            <translation>
                <numerusform>{user}: Die Nutzer-ID ist länger, als eine Tabellenzelle fassen kann; die XLSX-Datei behält nur das erste Zeichen.</numerusform>
                <numerusform>{user}: Die Nutzer-ID ist länger, als eine Tabellenzelle fassen kann; die XLSX-Datei behält nur die ersten {count} Zeichen.</numerusform>
            </translation>
        </message>
    </context>
</TS>
