<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>AuditEvents</name>
    <message>
        <source>Signed in</source>
        <translation>Wedi mewngofnodi</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN anghywir</translation>
    </message>
    <message>
        <source>Sign-in refused while waiting</source>
        <translation>Gwrthod mewngofnodi wrth aros</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>PIN wedi'i osod</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Person wedi'i ychwanegu</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>Person wedi'i newid</translation>
    </message>
    <message>
        <source>Person archived</source>
        <translation>Person wedi'i archifo</translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation>Person wedi'i ddileu'n llwyr</translation>
    </message>
    <message>
        <source>A person's settings changed</source>
        <translation>Gosodiadau person wedi newid</translation>
    </message>
    <message>
        <source>Ward settings changed</source>
        <translation>Gosodiadau'r ward wedi newid</translation>
    </message>
    <message>
        <source>Ward added</source>
        <translation>Ward wedi'i hychwanegu</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Cyfarfod wedi'i drefnu</translation>
    </message>
    <message>
        <source>Meeting changed</source>
        <translation>Cyfarfod wedi'i newid</translation>
    </message>
    <message>
        <source>Meeting cancelled</source>
        <translation>Cyfarfod wedi'i ganslo</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Copi wrth gefn wedi'i wneud</translation>
    </message>
    <message>
        <source>Store restored from a backup</source>
        <translation>Storfa wedi'i hadfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Export made</source>
        <translation>Allforio wedi'i wneud</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <source>Everything</source>
        <translation>Popeth</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>Wrong PINs and waits</source>
        <translation>PINau anghywir ac aros</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Allforion</translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation>Dileadau</translation>
    </message>
    <message>
        <source>Backups and restores</source>
        <translation>Copïau wrth gefn ac adfer</translation>
    </message>
    <message>
        <source>Settings changes</source>
        <translation>Newidiadau i osodiadau</translation>
    </message>
</context>
<context>
    <name>AuditLogScreen</name>
    <message>
        <source>My Say</source>
        <translation>My Say</translation>
    </message>
    <message>
        <source>Someone no longer here</source>
        <translation>Rhywun sydd ddim yma bellach</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log archwilio</translation>
    </message>
    <message>
        <source>Which events</source>
        <translation>Pa ddigwyddiadau</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Set up My Say</source>
        <translation>Gosod My Say</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type them again.</source>
        <translation>Dydy'r ddau PIN ddim yr un fath. Teipiwch nhw eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Please type the ward's name and your name.</source>
        <translation>Teipiwch enw'r ward a'ch enw chi, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>A PIN is made of numbers only.</source>
        <translation>Rhifau'n unig sydd mewn PIN.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 numbers.</source>
        <translation>Mae gan PIN rhwng 4 ac 8 rhif.</translation>
    </message>
    <message>
        <source>A PIN cannot be one number repeated.</source>
        <translation>All PIN ddim bod yr un rhif drosodd a throsodd.</translation>
    </message>
    <message>
        <source>A PIN cannot be numbers in a row, like 1234.</source>
        <translation>All PIN ddim bod yn rhifau yn eu trefn, fel 1234.</translation>
    </message>
    <message>
        <source>Welcome. Name this ward and make the first staff account. You will use your PIN to open the staff area.</source>
        <translation>Croeso. Rhowch enw i'r ward hon a gwnewch y cyfrif staff cyntaf. Byddwch chi'n defnyddio'ch PIN i agor yr ardal staff.</translation>
    </message>
    <message>
        <source>Ward name</source>
        <translation>Enw'r ward</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Your PIN (4 to 8 numbers)</source>
        <translation>Eich PIN (4 i 8 rhif)</translation>
    </message>
    <message>
        <source>Your PIN again</source>
        <translation>Eich PIN eto</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
</context>
<context>
    <name>HelpComingScreen</name>
    <message>
        <source>A member of staff is coming</source>
        <translation>Mae aelod o staff yn dod</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Hello, {name}</source>
        <translation>Helo, {name}</translation>
    </message>
    <message>
        <source>No meeting is booked for you yet.</source>
        <translation>Does dim cyfarfod wedi'i drefnu i chi eto.</translation>
    </message>
    <message>
        <source>How I like it</source>
        <translation>Sut dw i'n ei hoffi</translation>
    </message>
    <message>
        <source>How I like the app</source>
        <translation>Sut dw i'n hoffi'r ap</translation>
    </message>
    <message>
        <source>This is not me</source>
        <translation>Nid fi yw hwn</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>My Say is locked. Staff: sign in, then choose Close My Say.</source>
        <translation>Mae My Say wedi'i gloi. Staff: mewngofnodwch, yna dewiswch Cau My Say.</translation>
    </message>
</context>
<context>
    <name>MeetingWords</name>
    <message>
        <source>CPA meeting</source>
        <translation>Cyfarfod CPA</translation>
    </message>
    <message>
        <source>Care and Treatment Review</source>
        <translation>Adolygiad Gofal a Thriniaeth</translation>
    </message>
    <message>
        <source>Ward round</source>
        <translation>Rownd y ward</translation>
    </message>
    <message>
        <source>Tribunal or hearing</source>
        <translation>Tribiwnlys neu wrandawiad</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>Today at {time}</source>
        <translation>Heddiw am {time}</translation>
    </message>
    <message>
        <source>Tomorrow at {time}</source>
        <translation>Yfory am {time}</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} am {time}</translation>
    </message>
    <message>
        <source>My next meeting: {kind}. {when}.</source>
        <translation>Fy nghyfarfod nesaf: {kind}. {when}.</translation>
    </message>
</context>
<context>
    <name>MySettingsScreen</name>
    <message>
        <source>How I like it</source>
        <translation>Sut dw i'n ei hoffi</translation>
    </message>
    <message>
        <source>This is how fast I talk.</source>
        <translation>Dyma pa mor gyflym dw i'n siarad.</translation>
    </message>
    <message>
        <source>Do you want the app to talk?</source>
        <translation>Ydych chi eisiau i'r ap siarad?</translation>
    </message>
    <message>
        <source>Talk to me</source>
        <translation>Siarada â fi</translation>
    </message>
    <message>
        <source>No talking</source>
        <translation>Dim siarad</translation>
    </message>
    <message>
        <source>How fast should it talk?</source>
        <translation>Pa mor gyflym ddylai siarad?</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Arafach</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Cyflymach</translation>
    </message>
    <message>
        <source>How big should the words be?</source>
        <translation>Pa mor fawr ddylai'r geiriau fod?</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Arferol</translation>
    </message>
    <message>
        <source>Normal words</source>
        <translation>Geiriau arferol</translation>
    </message>
    <message>
        <source>Big</source>
        <translation>Mawr</translation>
    </message>
    <message>
        <source>Big words</source>
        <translation>Geiriau mawr</translation>
    </message>
    <message>
        <source>Biggest</source>
        <translation>Mwyaf</translation>
    </message>
    <message>
        <source>Biggest words</source>
        <translation>Geiriau mwyaf</translation>
    </message>
    <message>
        <source>Which colours?</source>
        <translation>Pa liwiau?</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <source>Light colours</source>
        <translation>Lliwiau golau</translation>
    </message>
    <message>
        <source>Dark and bright</source>
        <translation>Tywyll a llachar</translation>
    </message>
    <message>
        <source>Dark screen, bright words</source>
        <translation>Sgrin dywyll, geiriau llachar</translation>
    </message>
    <message>
        <source>Which language?</source>
        <translation>Pa iaith?</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>Adref</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Read this to me</source>
        <translation>Darllena hwn i fi</translation>
    </message>
    <message>
        <source>I need help</source>
        <translation>Dw i angen help</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>For staff: {message}</source>
        <translation>I staff: {message}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Rhowch eich PIN</translation>
    </message>
    <message>
        <source>{count} numbers entered</source>
        <translation>{count} rhif wedi'u rhoi</translation>
    </message>
</context>
<context>
    <name>RatingScale</name>
    <message>
        <source>Good</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Ddim yn siŵr</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Ddim yn dda</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Staff sign in</source>
        <translation>Mewngofnodi staff</translation>
    </message>
    <message>
        <source>That PIN is not right. {count} more tries before you must wait.</source>
        <translation>Dydy'r PIN yna ddim yn iawn. {count} cynnig arall cyn bydd rhaid i chi aros.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Dydy'r PIN yna ddim yn iawn.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Gallwch chi roi cynnig arall arni nawr.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait {seconds} seconds.</source>
        <translation>Gormod o PINau anghywir. Arhoswch {seconds} eiliad, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Staff sign in: who are you?</source>
        <translation>Mewngofnodi staff: pwy ydych chi?</translation>
    </message>
    <message>
        <source>No staff member has a PIN yet.</source>
        <translation>Does gan yr un aelod o staff PIN eto.</translation>
    </message>
    <message>
        <source>{name}, enter your PIN</source>
        <translation>{name}, rhowch eich PIN</translation>
    </message>
    <message>
        <source>Not me</source>
        <translation>Nid fi</translation>
    </message>
</context>
<context>
    <name>SpeechNotices</name>
    <message>
        <source>Speech is off: the speech engine (espeak-ng) is not installed on this computer.</source>
        <translation>Mae'r llais i ffwrdd: dydy'r peiriant llais (espeak-ng) ddim wedi'i osod ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Speech is off: this computer has no speakers or headphones connected.</source>
        <translation>Mae'r llais i ffwrdd: does dim seinyddion na chlustffonau wedi'u cysylltu â'r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Speech is switched off for this app (started with --no-speech).</source>
        <translation>Mae'r llais wedi'i ddiffodd ar gyfer yr ap hwn (wedi'i ddechrau gyda --no-speech).</translation>
    </message>
</context>
<context>
    <name>StaffAreas</name>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <source>Topic templates</source>
        <translation>Templedi pynciau</translation>
    </message>
    <message>
        <source>Export to staff</source>
        <translation>Allforio i staff</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log archwilio</translation>
    </message>
    <message>
        <source>Ward settings</source>
        <translation>Gosodiadau'r ward</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <source>Staff area. Signed in as {name}</source>
        <translation>Ardal staff. Wedi mewngofnodi fel {name}</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Allgofnodi</translation>
    </message>
    <message>
        <source>Close My Say</source>
        <translation>Cau My Say</translation>
    </message>
</context>
<context>
    <name>StartupNotices</name>
    <message>
        <source>Some pictures are missing and show a question mark: {ids}</source>
        <translation>Mae rhai lluniau ar goll ac yn dangos marc cwestiwn: {ids}</translation>
    </message>
    <message>
        <source>The translation files are missing. Run scripts/setup to build them.</source>
        <translation>Mae'r ffeiliau cyfieithu ar goll. Rhedwch scripts/setup i'w hadeiladu.</translation>
    </message>
</context>
<context>
    <name>StoreProblemScreen</name>
    <message>
        <source>For staff</source>
        <translation>I staff</translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation>Ble: {place}</translation>
    </message>
    <message>
        <source>Details: {detail}</source>
        <translation>Manylion: {detail}</translation>
    </message>
    <message>
        <source>Close My Say</source>
        <translation>Cau My Say</translation>
    </message>
    <message>
        <source>Nothing has been changed, moved or deleted.</source>
        <translation>Does dim byd wedi cael ei newid, ei symud na'i ddileu.</translation>
    </message>
    <message>
        <source>My Say cannot save its work here</source>
        <translation>Dydy My Say ddim yn gallu cadw ei waith yma</translation>
    </message>
    <message>
        <source>The data folder cannot be written to. {unchanged}</source>
        <translation>Does dim modd ysgrifennu i'r ffolder data. {unchanged}</translation>
    </message>
    <message>
        <source>Ask IT to let this user account write to the folder, or start My Say with --data-dir and a folder it can write to.</source>
        <translation>Gofynnwch i'r tîm TG adael i'r cyfrif defnyddiwr hwn ysgrifennu i'r ffolder, neu dechreuwch My Say gyda --data-dir a ffolder y gall ysgrifennu iddo.</translation>
    </message>
    <message>
        <source>My Say is already open</source>
        <translation>Mae My Say ar agor yn barod</translation>
    </message>
    <message>
        <source>Another copy of My Say, or another program, is using the store.</source>
        <translation>Mae copi arall o My Say, neu raglen arall, yn defnyddio'r storfa.</translation>
    </message>
    <message>
        <source>Close the other copy and start My Say again. If none is open, restart the computer.</source>
        <translation>Caewch y copi arall a dechrau My Say eto. Os nad oes un ar agor, ailgychwynnwch y cyfrifiadur.</translation>
    </message>
    <message>
        <source>This store is from a newer My Say</source>
        <translation>Daw'r storfa hon o fersiwn mwy newydd o My Say</translation>
    </message>
    <message>
        <source>A newer version of My Say made this store. {unchanged}</source>
        <translation>Fersiwn mwy newydd o My Say a wnaeth y storfa hon. {unchanged}</translation>
    </message>
    <message>
        <source>Install the newer version of My Say on this computer.</source>
        <translation>Gosodwch y fersiwn mwy newydd o My Say ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>My Say could not update its store</source>
        <translation>Doedd My Say ddim yn gallu diweddaru ei storfa</translation>
    </message>
    <message>
        <source>The update stopped before it changed anything. A backup was kept if one was made.</source>
        <translation>Stopiodd y diweddariad cyn newid dim. Cafodd copi wrth gefn ei gadw os cafodd un ei wneud.</translation>
    </message>
    <message>
        <source>Do not delete any files. Ask IT for help and give them the details below.</source>
        <translation>Peidiwch â dileu unrhyw ffeiliau. Gofynnwch i'r tîm TG am help a rhowch y manylion isod iddyn nhw.</translation>
    </message>
    <message>
        <source>My Say cannot reach its database</source>
        <translation>Dydy My Say ddim yn gallu cyrraedd ei gronfa ddata</translation>
    </message>
    <message>
        <source>The database server did not answer. {unchanged}</source>
        <translation>Wnaeth gweinydd y gronfa ddata ddim ateb. {unchanged}</translation>
    </message>
    <message>
        <source>Check the network and the server, then start My Say again.</source>
        <translation>Gwiriwch y rhwydwaith a'r gweinydd, yna dechrau My Say eto.</translation>
    </message>
    <message>
        <source>The My Say store is damaged</source>
        <translation>Mae storfa My Say wedi'i difrodi</translation>
    </message>
    <message>
        <source>The store file is damaged or is not a My Say store. {unchanged}</source>
        <translation>Mae ffeil y storfa wedi'i difrodi, neu nid yw'n storfa My Say. {unchanged}</translation>
    </message>
    <message>
        <source>Do not delete it. Ask IT to restore the last good backup from the backups folder beside it, or start My Say with --data-dir and another folder.</source>
        <translation>Peidiwch â'i dileu. Gofynnwch i'r tîm TG adfer y copi wrth gefn da diwethaf o'r ffolder backups wrth ei hymyl, neu dechreuwch My Say gyda --data-dir a ffolder arall.</translation>
    </message>
</context>
<context>
    <name>WardSettingsScreen</name>
    <message>
        <source>Ward settings</source>
        <translation>Gosodiadau'r ward</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Dewiswch y ffolder copïau wrth gefn</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi'i gadw.</translation>
    </message>
    <message>
        <source>Sign staff out after this many idle minutes</source>
        <translation>Allgofnodi staff ar ôl y nifer hwn o funudau segur</translation>
    </message>
    <message>
        <source>Backup folder (empty: the data folder)</source>
        <translation>Ffolder copïau wrth gefn (gwag: y ffolder data)</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>Sawl copi wrth gefn i'w gadw</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Modd ciosg</translation>
    </message>
    <message>
        <source>Language before a person is chosen</source>
        <translation>Iaith cyn i berson gael ei ddewis</translation>
    </message>
    <message>
        <source>Advocate or complaints contact, in easy words</source>
        <translation>Manylion yr eiriolwr neu gwynion, mewn geiriau hawdd</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Full screen, and only staff can close My Say</source>
        <translation>Sgrin lawn, a dim ond staff sy'n gallu cau My Say</translation>
    </message>
</context>
<context>
    <name>WhoAreYouScreen</name>
    <message>
        <source>Who are you?</source>
        <translation>Pwy ydych chi?</translation>
    </message>
    <message>
        <source>Tap your picture</source>
        <translation>Cyffyrddwch â'ch llun</translation>
    </message>
    <message>
        <source>Nobody has been added to this ward yet. Please ask a member of staff.</source>
        <translation>Does neb wedi cael ei ychwanegu at y ward hon eto. Gofynnwch i aelod o staff.</translation>
    </message>
    <message>
        <source>Symbols: OpenMoji (CC BY-SA 4.0) and our own drawings</source>
        <translation>Symbolau: OpenMoji (CC BY-SA 4.0) a'n lluniau ein hunain</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
</TS>
