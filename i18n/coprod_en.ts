<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditEvents</name>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused while waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PINs and waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and restores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogScreen</name>
    <message>
        <source>My Say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone no longer here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Set up My Say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the ward&apos;s name and your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is made of numbers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN cannot be one number repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN cannot be numbers in a row, like 1234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. Name this ward and make the first staff account. You will use your PIN to open the staff area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN (4 to 8 numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpComingScreen</name>
    <message>
        <source>A member of staff is coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Hello, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting is booked for you yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I like it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I like the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>My Say is locked. Staff: sign in, then choose Close My Say.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingWords</name>
    <message>
        <source>CPA meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care and Treatment Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tribunal or hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My next meeting: {kind}. {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MySettingsScreen</name>
    <message>
        <source>How I like it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is how fast I talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want the app to talk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast should it talk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How big should the words be?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biggest words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which colours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark and bright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark screen, bright words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which language?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I need help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For staff: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} numbers entered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingScale</name>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Staff sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. {count} more tries before you must wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff sign in: who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff member has a PIN yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, enter your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechNotices</name>
    <message>
        <source>Speech is off: the speech engine (espeak-ng) is not installed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech is off: this computer has no speakers or headphones connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech is switched off for this app (started with --no-speech).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAreas</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <source>Staff area. Signed in as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close My Say</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupNotices</name>
    <message>
        <source>Some pictures are missing and show a question mark: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation files are missing. Run scripts/setup to build them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreProblemScreen</name>
    <message>
        <source>For staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close My Say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed, moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Say cannot save its work here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder cannot be written to. {unchanged}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT to let this user account write to the folder, or start My Say with --data-dir and a folder it can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Say is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another copy of My Say, or another program, is using the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the other copy and start My Say again. If none is open, restart the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is from a newer My Say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer version of My Say made this store. {unchanged}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the newer version of My Say on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Say could not update its store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update stopped before it changed anything. A backup was kept if one was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not delete any files. Ask IT for help and give them the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Say cannot reach its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server did not answer. {unchanged}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network and the server, then start My Say again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The My Say store is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file is damaged or is not a My Say store. {unchanged}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not delete it. Ask IT to restore the last good backup from the backups folder beside it, or start My Say with --data-dir and another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WardSettingsScreen</name>
    <message>
        <source>Ward settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign staff out after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder (empty: the data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language before a person is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate or complaints contact, in easy words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, and only staff can close My Say</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoAreYouScreen</name>
    <message>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap your picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has been added to this ward yet. Please ask a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols: OpenMoji (CC BY-SA 4.0) and our own drawings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
