<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>CellDelegate</name>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The score on the line item's scale; the decimal sign is “{sign}”. Enter saves and moves down, Escape cancels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter saves and moves down, Escape cancels.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommentBankDialog</name>
        <message>
            <source>This course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved comments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shortcut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved comment columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Typing {prefix} and the shortcut in a comment cell uses the comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whether the comment is offered in this course only or in every course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Good work, {first_name}: {score} out of {maximum}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Placeholders: {placeholders}. In the search box above, {prefix}shortcut finds a comment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Shortcut:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sa&amp;ve changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save changes to the chosen comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the chosen comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import comments from a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the comments to a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Give to 1 learner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Give to {count} learners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find by shortcut or text ({prefix}good)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a comment for &lt;b&gt;1 selected learner&lt;/b&gt;, or manage the saved comments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a comment for &lt;b&gt;{count} selected learners&lt;/b&gt;, or manage the saved comments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read {file}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported from {file}: {changed} added or changed, {kept} already there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write {file}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} comments exported to {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not usable for {learner}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For {learner}: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was given: {problems} (and {count} more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was given: {problems}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Grades changed in the LMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This grade in “{label}” changed in the LMS after you edited it, so it was not sent. For each, keep yours (it is sent and replaces the LMS's grade) or take theirs (your edit is dropped). “Decide later” leaves it waiting.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>These {count} grades in “{label}” changed in the LMS after you edited them, so they were not sent. For each, keep yours (it is sent and replaces the LMS's grade) or take theirs (your edit is dropped). “Decide later” leaves it waiting.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Conflicting grades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email or user ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When you edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the LMS now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yours (out of {maximum})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LMS user ID: {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision for {name} ({who})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep all &amp;mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep all mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take all &amp;theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take all theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{score}, comment left as it was</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your edit left the comment as it was</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{score}, no comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{score}, “{comment}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment: {comment}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <source>Connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No saved connections yet: fill in the form to add one, or close this window and start the app with --demo to try the built-in sandbox.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved connections:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The API key comes from whoever runs your organisation's LTIAAS account. Paste it together with one ltik from a launch of this tool in your LMS: the app reads the launch, keeps the course's service key (which does not expire) and from then on works without another launch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Biology 101</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection name problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LTIAAS address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LTIAAS address problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credential kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ltik</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste the ltik of a launch of the tool in the LMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credentials problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LMS family</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other or not known (standard LTI rules)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show secrets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LTIAAS &amp;address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sign in with:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;ltik:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ser&amp;vice key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L&amp;MS:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where secrets are kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep secrets in a file only I can read instead ({file})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep secrets in an owner-only file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secrets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save this connection without opening it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save this connection and open its course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stored {place}; leave empty to keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste the LTIAAS API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received from the ltik, or paste it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the connection a name: letters, digits, spaces, dots, dashes or underscores, up to 64.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A connection named “{name}” already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your LTIAAS address, e.g. https://youraccount.ltiaas.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste the API key of your LTIAAS account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste an ltik from a launch of the tool in the LMS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste the course's service key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste an ltik or the service key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{keyring} You chose to keep them in a file only you can read; it is not encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The test failed. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The test failed because of an error in the app: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CourseCommands</name>
        <message>
            <source>Choose a grade cell of the Course view first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit {item} of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No grade is in conflict.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the current grades…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Comment for %n learners</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Edit %n grades of {item}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>CourseEdits</name>
        <message>
            <source>{user} is not in this course.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No grade to clear: the cells chosen have none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear {item} of {name}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Clear %n grades of {item}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>CourseLoading</name>
        <message>
            <source>The LMS cannot be reached and no grades of this course were downloaded on this computer yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CourseModel</name>
        <message>
            <source>Offline: downloaded {when}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CredentialPrompt</name>
        <message>
            <source>Sign in again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LTIAAS refused the credentials of {connection} ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LTIAAS refused the credentials of {connection}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{refused} An ltik expires 24 hours after the launch it came from.

Launch the tool from the LMS again and paste the new ltik, or paste the course's service key. Everything loaded stays as it is; the refused request is sent again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new ltik from a launch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The course's service key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credential kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New credential</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste it here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave empty to keep the current API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paste:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;API key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <source>Demo course</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DetailsPane</name>
        <message>
            <source>Select a learner to see the data the LMS holds for them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learner shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raw data of the selected learner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The result and roster entry the LMS sent, as JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy raw data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy this data to the clipboard, for a support request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No learner selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{user_id} (not on the roster)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export “{label}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file holds each learner's score and comment as they are now, with a copy of both (base_score, base_comment). Fill it in and import it again: a grade changed in the LMS in the meantime is pointed out instead of overwritten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;CSV (opens in any spreadsheet program)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xcel workbook (.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;All {count} learner</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>&amp;All {count} learners</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Export all learners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the {count} learner shown &amp;now (the table's filter)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Only the {count} learners shown &amp;now (the table's filter)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Only the learners shown now (no filter is on: that is everyone)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export only the learners shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File to write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the file to write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the file to write.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file name must end in {suffix}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a folder: add a file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A file with this name exists: it will be replaced.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A CSV or Excel (.xlsx) file with one row per student: a file exported by this app and filled in, or any sheet with user IDs, emails or names.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No file chosen yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreadsheet file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the spreadsheet file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Read the file again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the file again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After fixing the file in a spreadsheet, read it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the file was read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} row</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} rows</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{count} column</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} columns</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Read as {description}: {rows} below the header, {columns} ({names}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file cannot be imported.
{problem}
{advice}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GradeEditRequests</name>
        <message>
            <source>Edit score of {learner}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{learner} has no score: give a score first, then the comment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit comment of {learner}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A score is a number of 0 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set score for 1 learner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set score for {count} learners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was pasted: {count} scores do not fit 1 learner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was pasted: {count} scores do not fit {learners} learners.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>row {row} ({learner}): {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was pasted: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was pasted: {problem} (and {count} more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste 1 score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste {count} scores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No grade to clear: the learners chosen have none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear grade of 1 learner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear grade of {count} learners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{user_id} is not in this table.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistogramWidget</name>
        <message>
            <source>Score histogram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No grades yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>above {low}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{scores}: {learners}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scores: {bins}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score (old → new)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HTTP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LMS user ID: {user_id}; profile: {profile}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LMS user ID: {user_id}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Line item shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show what was sent for one line item, or for all of them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All line items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh the history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the selected rows (or all of them) as text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the history to CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the rows shown as a CSV file, e.g. for support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submission history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was sent, newest first; a column's header sorts by it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No grades have been sent yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The newest {count} entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The history could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting to {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {count} entries to {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export failed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import grades into “{label}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking every row…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LineItemDialog</name>
        <message>
            <source>Rename grade column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New grade column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Quiz 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name learners and instructors see in the gradebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column name problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Maximum score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Maximum score problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional, e.g. quiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: a word grouping columns, e.g. quiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Maximum score:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Opens:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Due:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the name changes; the maximum, dates and everything else stay as they are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The maximum must be greater than 0.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LineItemPicker</name>
        <message>
            <source>Search grade columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Narrows the list to the columns whose name, tag or ID holds the words typed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grade columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choosing a column shows its grades; its menu renames, edits or deletes it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grade columns status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New grade column…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a grade column in the LMS gradebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rename grade column…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the name of the selected grade column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Properties of grade column…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the name, maximum, dates, release, tag and resource ID of the selected column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete grade column…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected grade column and its grades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New grade column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename grade column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete grade column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading grade columns…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not refresh the list; showing the one loaded earlier. Press F5 to try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The grade columns could not be loaded. Press F5 to try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading the grade columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This course has no grade columns yet. Create one with New…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 grade column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{total} grade columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No grade column matches the search ({total} in all)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{shown} of {total} grade columns shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creating the grade column “{label}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renaming the grade column “{label}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the grades of “{label}”…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the grades of “{label}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving the grade column “{label}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the grade column “{label}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleting the grade column “{label}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only mode: grade columns cannot be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{action}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created the grade column “{label}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renamed the grade column to “{label}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted the grade column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted “{label}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LineItemPropertiesDialog</name>
        <message>
            <source>Properties of “{label}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column name problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Maximum score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Most LMSes keep each grade's points when the maximum changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Maximum score problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learners see their grades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grades released</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partly ticked: the LMS was never told, and is not told now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resource ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tool's own ID for the activity this column grades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Maximum score:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Opens:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Due:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Grades released:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tag:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Resource ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ID in the LMS: {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The maximum must be greater than 0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The due date is before the opening date.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LineItemsModel</name>
        <message>
            <source>Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Max</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}, {summary}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Maximum: {maximum}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag: {tag}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens: {moment}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due: {moment}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Id: {id}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LocalDataDialog</name>
        <message>
            <source>Local data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloaded grades, drafts, grades waiting to be sent and the history of what was sent are kept on this computer, in a folder only you can read, so you can work offline and nothing is lost in a crash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the data of this grade column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the data of the whole connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the chosen local data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asks first, naming what would be lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove local data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the history of what was sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep for:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The history records every grade sent: when, old and new value, and what the LMS answered. Support staff use it to say what the app sent, and when. Older entries are removed when you save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Older entries are removed when you save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History of what was sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only “{label}”: {kept}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the open grade column (none is open)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All of {connection} ({columns}): {kept}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 draft, 1 grade not sent yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 draft, {grades} grades not sent yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{drafts} drafts, 1 grade not sent yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{drafts} drafts, {grades} grades not sent yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>User ID (exact)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full name (refused when two learners share it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which column holds what</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell the import which column names the student and which ones hold the score and the comment. Your choice is remembered for the next import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column that identifies the student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the student column identifies the student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Maximum column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with the columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Student:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Identified by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sc&amp;ore:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Maximum:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file was read again; the columns you chose are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the column…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None: keep the scores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None: keep the comments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None: scores are out of {maximum}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the column that identifies the student.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the score column, the comment column, or both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>maximum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The column “{column}” is chosen twice ({roles}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This column is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First values: {values}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} (a date)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{columns} (the grades when the file was exported: a grade changed in the LMS since then is pointed out)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{columns} (sent with each grade)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also read from the file: {columns}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageChannel</name>
        <message>
            <source>Connected again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secure connection failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the connection failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline: {cause}. What is shown may be out of date; press F5 to try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{action} failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grades are already being sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{action} failed on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{action} failed because of an error in the app: {error}. Please copy the details and send them to support.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An error in the app was caught: {summary}. Your data is unchanged. Please copy the details and send them to support.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageDialog</name>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened, for support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy what happened, for support, to the clipboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details copied to the clipboard</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OfflineBanner</name>
        <message>
            <source>&amp;Try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try to reach the LMS again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load the grades from the LMS again (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Offline: showing the grades downloaded {age}&lt;/b&gt; ({when}).&lt;br&gt;The LMS cannot be reached. Changes you make are saved on this computer; Submit sends them once the LMS answers again, after checking that nobody changed those grades there meanwhile.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutboxPrompt</name>
        <message>
            <source>Grades waiting to be sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is sent until you say so. The grades stay queued, even when the app is closed, and you can send them later from the window. Each one is checked against the LMS first, so a grade changed there meanwhile is shown to you, not overwritten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Send now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the queued grades now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the grades queued</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>no grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{score} out of {maximum}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>score {old} → {new}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>comment changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>comment added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{why}. Note: {warning}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{why}.
New comment: {comment}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not matched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({user_id})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{why}; note: {warning}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check every row before importing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is sent now: the changes become drafts in the table, which you can review, undo and submit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every row of the file and what importing it does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The selected row in full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows with errors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import the &amp;valid rows only (rows with errors are left out)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import the valid rows only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Read the file again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the file again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After fixing the file in a spreadsheet, read it again and check every row again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line {line} ({student}), {verdict}: {explanation}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{filter} ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file cannot be imported.
{problem}
{advice}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The rows cannot be checked.
{problem}
Fix the file and read it again, or go Back and choose other columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} row has an error: fix the file and read it again, or import the valid rows only.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} rows have errors: fix the file and read it again, or import the valid rows only.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{changes}, {unchanged} unchanged, {skipped} skipped, {errors}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} change</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} changes</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{count} error</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} errors</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>This file was exported by the app on {moment}. Each row is compared with the grade it was exported with, so a grade changed in the LMS since then is not overwritten silently.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import {count} change as drafts</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Import {count} changes as drafts</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuitPrompt</name>
        <message>
            <source>Grades not sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Send now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review and send the changes now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Discard and quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep for later and quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RequestLogModel</name>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration (ms)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LMS reason / error</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RequestLogPanel</name>
        <message>
            <source>Request log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every call to LTIAAS, newest last: time, method, path, status, duration and the LMS's reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request log columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy &amp;log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the request log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy every line as text, for a support ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the request log</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Review before sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send {grades} to {line_items}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} line item</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} line items</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Send {grades} to “{label}” (out of {maximum})?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} change is for learners who are not active students: not sent unless you include them.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} changes are for learners who are not active students: not sent unless you include them.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{summary} {held}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} grade changed in the LMS after you edited it: it is not sent; you will choose between yours and the LMS's.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} grades changed in the LMS after you edited them: they are not sent; you will choose between yours and the LMS's.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Nothing has been sent yet. After sending, each grade is read back from the LMS to check that it arrived.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happens when sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score (out of {maximum})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email or user ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{label}” (out of {maximum}): {count} change</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>“{label}” (out of {maximum}): {count} changes</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Not sent: not active students ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include them (the LMS will most likely refuse)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LMSes refuse grades for people who are not active students of the course (Canvas answers “not a student”). Unchecked, their changes stay unsent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the grades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Send {count} grade</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>&amp;Send {count} grades</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>LMS user ID: {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} (“{label}”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{comment} (kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept: {comment}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{comment}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now: {old}
New: {new}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(removed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>changed in the LMS since you edited it (it was {was})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>extra credit: above the maximum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clears the grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>removes the comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>already in the LMS: only checked</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScoreDialog</name>
        <message numerus="yes">
            <source>Grade {count} learners</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Grade one learner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learners and grade column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one score for all of them, e.g. {example}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Maximum score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The score is out of this maximum (the column's by default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>out &amp;of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grading progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anything but “Fully graded” hides the score in most LMSes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep each learner's own comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep each learner's own comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The learners have different comments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Score:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Activity:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Grading:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved on this computer; nothing is sent to the LMS until you submit and confirm.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Save {count} grades</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Save grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a score. To remove a grade, use “Clear grade…” instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out of: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{score} is above the maximum {maximum}: extra credit. Most LMSes keep it; some (D2L) lower it to the maximum, which the app reports after sending.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With grading progress “{grading}”, most LMSes (Canvas, Moodle) clear the grade instead of showing this score. Choose “Fully graded” to give the grade.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current comment will be removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The comment of {count} learner will be removed: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The comments of {count} learners will be removed: {names}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Demo course (built-in sandbox)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Built-in sandbox at {host}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection “{name}” ({host})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected to {host}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StartupWindow</name>
        <message>
            <source>Saved on {date}; connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learners and their grades as saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatsPane</name>
        <message>
            <source>Learners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learners:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Graded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Graded:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mean:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Median</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Median:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lowest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lowest:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Highest:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scores out of {maximum}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scores out of {maximum}, with 1 unsent change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scores out of {maximum}, with {count} unsent changes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusArea</name>
        <message>
            <source>Loading progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel loading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop loading; what arrived stays on screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes saved on this computer and not yet shown by the LMS. Grades › Submit (Ctrl+S) sends them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsent changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing can be changed or sent (View › Read-only mode)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LMS: {platform}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_OptionalDate</name>
        <message>
            <source>Set {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unticked, the column has no such date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>banners</name>
        <message>
            <source>&lt;b&gt;Demo course:&lt;/b&gt; the built-in sandbox starts a new course every time the app starts, so these grades and your changes are gone once you quit. File › Connections… connects to your LTIAAS account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>less than a minute ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 minute ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} minutes ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 hour ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} hours ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} days ago</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>comment_bank_dialog</name>
        <message>
            <source>Comment bank (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import comments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export comments</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>conflict_dialog</name>
        <message>
            <source>Decide later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take theirs</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>connection_check</name>
        <message>
            <source>not identified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (not a family the app knows: standard LTI rules apply)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected with the service key: {count} grade column found. The LMS family cannot be learned without an ltik; choose it below if known.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Connected with the service key: {count} grade columns found. The LMS family cannot be learned without an ltik; choose it below if known.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Course: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(untitled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You: {user}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LMS: {lms}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grades service: available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grades service: NOT available for this launch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The course's service key was received and is kept with this connection: it does not expire, so no further launch is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No service key was offered: the ltik lasts 24 hours. After that, launch the tool from the LMS again and paste the new ltik here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>connection_dialog</name>
        <message>
            <source>An ltik from a launch (recommended)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The course's service key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both an ltik and the service key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the connection “{name}” and its secrets from this computer?

Nothing changes in the LMS.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>edit_requests</name>
        <message>
            <source>Read-only mode is on: nothing can be changed (View › Read-only mode).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{learner}: {score} is above the maximum of {maximum} (extra credit).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} of the {total} scores are above the maximum of {maximum} (extra credit).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{learner} is not on the course roster: their grade cannot be changed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>type the points out of {maximum}, the Maximum column; Edit grade (Ctrl+E) takes another maximum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{learner}: {problem}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>export_dialog</name>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export grades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>grades</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>history_view</name>
        <message>
            <source>Verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict: not sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused by the LMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ignored by the LMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capped at the maximum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept the LMS's grade and comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replaced by a newer grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” (same)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before: {before}
After: {after}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LMS's comment kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>left as it was</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LMS's comment kept; yours “{text}” not sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LMS's comment kept; your removal not sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before: {before}
Yours, not sent: {yours}
The LMS's grade and comment were kept (the reason says what they are).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>i18n</name>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The window will show the new language the next time the app starts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>import_mapping_page</name>
        <message>
            <source>The columns are as you chose them for the last import: check them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No column name says which student a row is for: choose that column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The columns were guessed from their names: check them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>import_page_parts</name>
        <message>
            <source>Fix it in your spreadsheet program, save it, then choose “Read the file again”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>import_preview</name>
        <message>
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Student</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>will change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Will c&amp;hange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show will change rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show unchanged rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;kipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show skipped rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Errors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show errors rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a row to read everything about it here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>import_wizard</name>
        <message>
            <source>Choose a spreadsheet to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>line_item_dialog</name>
        <message>
            <source>1 learner has a grade. Most LMSes keep their points, so their percentages change: {score} out of {old} is {old_percent} now, {new_percent} out of {new}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} learners have a grade. Most LMSes keep their points, so their percentages change: {score} out of {old} is {old_percent} now, {new_percent} out of {new}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 score is above the new maximum and becomes extra credit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} scores are above the new maximum and become extra credit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the grade column “{label}” from the LMS gradebook?

Every grade and comment in it is deleted in the LMS too. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete grade column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete “{label}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>line_item_model</name>
        <message>
            <source>out of {maximum}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>opens {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due {date}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>local_data_dialog</name>
        <message>
            <source>1 grade column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} grade columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 grade not yet confirmed by the LMS: it will never be sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} grades not yet confirmed by the LMS: they will never be sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 draft not yet submitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} drafts not yet submitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the downloaded grades of {columns}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the grades as last downloaded (for working offline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 entry of the history of what was sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} entries of the history of what was sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove everything kept on this computer for “{label}”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove everything kept on this computer for every grade column of {connection}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The grades in the LMS are not changed. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forever</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} days</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>outbox_prompt</name>
        <message>
            <source>{count} grade queued for {label}. Send it now?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} grades queued for {label}. Send them now?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>• {count} grade for {label}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>• {count} grades for {label}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Grades are queued from your last session:
{lines}

Send them now?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pasted_column</name>
        <message>
            <source>Copy a single column of scores: the clipboard holds several columns.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>quit_prompt</name>
        <message>
            <source>Grades are being sent. Quit anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} grade is not in the LMS yet. Quit anyway?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} grades are not in the LMS yet. Quit anyway?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>This is the demo course: a new one starts with the app, so these changes are gone once you quit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quitting stops the sending; the grades not yet sent stay queued on this computer, and the app offers to send them when you open this course again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They are kept on this computer: the next time you open this course, the app shows them and offers to send them. Nothing is sent until you say so.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>review_dialog</name>
        <message>
            <source>Canvas adds every comment it receives as a new submission comment, so a comment is sent only where you changed it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The LMS is not identified, so the standard LTI rule applies: a grade sent without a comment removes the comment, so each grade is sent with the learner's comment (the current one where you did not change it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{lms} replaces the comment with every grade it receives, so each grade is sent with the learner's comment (the current one where you did not change it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} changed in the LMS since you edited it</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} changed in the LMS</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{count} clears a grade</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} clear grades</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{count} gives extra credit</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} give extra credit</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{count} removes a comment</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} remove comments</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{count} is already in the LMS</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} are already in the LMS</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{count} change</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} changes</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{counts}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} grade</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{count} grades</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>score_dialog</name>
        <message>
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fully graded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pending manual grading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grading failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write the points here and the maximum in the “out of” field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write the maximum alone in the “out of” field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{names} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{names} and {count} more</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Clear the grade of {name}?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Clear the grades of {count} learners ({names})?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>When you submit, the app sends a score without a value: Canvas and Moodle then show no grade. Comments are kept. The change is checked against the LMS after sending and recorded in the history. Until you submit you can undo it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The LMS shows no grade for them now. When you submit, the app sends a score without a value: Canvas and Moodle then show no grade. Comments are kept. The change is checked against the LMS after sending and recorded in the history. Until you submit you can undo it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear grade</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Clear {count} grades</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Keep</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stats_pane</name>
        <message>
            <source>1 learner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} learners</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>status_area</name>
        <message>
            <source>No unsent changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 unsent change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} unsent changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{changes} (1 conflict)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{changes} ({count} conflicts)</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
