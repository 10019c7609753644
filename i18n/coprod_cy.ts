<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>ActionForm</name>
    <message>
        <source>Nobody yet</source>
        <translation>Neb eto</translation>
    </message>
    <message>
        <source>Red means we can&apos;t do this. Say why, so people know the reason.</source>
        <translation>Mae Coch yn golygu: allwn ni ddim gwneud hyn. Dwedwch pam, fel bod pobl yn gwybod y rheswm.</translation>
    </message>
    <message>
        <source>Write a reply in easy words: people will hear it read aloud.</source>
        <translation>Ysgrifennwch ateb mewn geiriau hawdd: bydd pobl yn ei glywed yn cael ei ddarllen yn uchel.</translation>
    </message>
    <message>
        <source>This action was changed or removed somewhere else. Nothing was saved.</source>
        <translation>Cafodd y cam gweithredu hwn ei newid neu ei dynnu yn rhywle arall. Chafodd dim byd ei gadw.</translation>
    </message>
    <message>
        <source>Saved. Patients see and hear this answer on You said, we did.</source>
        <translation>Wedi&apos;i gadw. Mae cleifion yn gweld ac yn clywed yr ateb hwn ar Dywedoch chi, gwnaethon ni.</translation>
    </message>
    <message>
        <source>This cannot go on the board from here.</source>
        <translation>Does dim modd rhoi hwn ar y bwrdd o fan hyn.</translation>
    </message>
    <message>
        <source>It is on the board now. Every patient can see it.</source>
        <translation>Mae ar y bwrdd nawr. Mae pob claf yn gallu ei weld.</translation>
    </message>
    <message>
        <source>An idea from {name}</source>
        <translation>Syniad gan {name}</translation>
    </message>
    <message>
        <source>An idea</source>
        <translation>Syniad</translation>
    </message>
    <message>
        <source>{name} is not happy about this</source>
        <translation>Dydy {name} ddim yn hapus am hyn</translation>
    </message>
    <message>
        <source>Someone is not happy about this</source>
        <translation>Dydy rhywun ddim yn hapus am hyn</translation>
    </message>
    <message>
        <source>From a SAY group ({name})</source>
        <translation>O grŵp SAY ({name})</translation>
    </message>
    <message>
        <source>From a SAY group</source>
        <translation>O grŵp SAY</translation>
    </message>
    <message>
        <source>Added by staff</source>
        <translation>Wedi&apos;i ychwanegu gan staff</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>rhywun</translation>
    </message>
    <message>
        <source>{when}: {who} set {colour} ({words}).</source>
        <translation>{when}: dewisodd {who} {colour} ({words}).</translation>
    </message>
    <message>
        <source>Reply: {reply}</source>
        <translation>Ateb: {reply}</translation>
    </message>
    <message>
        <source>Why not: {reason}</source>
        <translation>Pam ddim: {reason}</translation>
    </message>
    <message>
        <source>Choose an action</source>
        <translation>Dewiswch gam gweithredu</translation>
    </message>
    <message>
        <source>You said: {said}</source>
        <translation>Dywedoch chi: {said}</translation>
    </message>
    <message>
        <source>Raised {raised}. Last changed {changed}.</source>
        <translation>Wedi&apos;i godi ar {raised}. Wedi&apos;i newid ddiwethaf ar {changed}.</translation>
    </message>
    <message>
        <source>Not on the board yet. Patients will see it once you put it there.</source>
        <translation>Dydy e ddim ar y bwrdd eto. Bydd cleifion yn ei weld ar ôl i chi ei roi yno.</translation>
    </message>
    <message>
        <source>Not on the board. A worry goes there only in agreed words, from Worries.</source>
        <translation>Dydy e ddim ar y bwrdd. Dim ond mewn geiriau sydd wedi&apos;u cytuno y gall pryder fynd yno, o Pryderon.</translation>
    </message>
    <message>
        <source>Put it on the board</source>
        <translation>Ei roi ar y bwrdd</translation>
    </message>
    <message>
        <source>What is the answer?</source>
        <translation>Beth yw&apos;r ateb?</translation>
    </message>
    <message>
        <source>Reply in easy words (people hear it read aloud)</source>
        <translation>Ateb mewn geiriau hawdd (mae pobl yn ei glywed yn cael ei ddarllen yn uchel)</translation>
    </message>
    <message>
        <source>Why we can&apos;t do this (needed for Red)</source>
        <translation>Pam na allwn ni wneud hyn (angen ar gyfer Coch)</translation>
    </message>
    <message>
        <source>Who is doing it</source>
        <translation>Pwy sy&apos;n ei wneud</translation>
    </message>
    <message>
        <source>To be done by</source>
        <translation>I&apos;w wneud erbyn</translation>
    </message>
    <message>
        <source>Date to be done by</source>
        <translation>Dyddiad i&apos;w wneud erbyn</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>Cadw&apos;r ateb</translation>
    </message>
    <message>
        <source>Hear it as patients will</source>
        <translation>Gwrando arno fel y bydd cleifion yn ei glywed</translation>
    </message>
    <message>
        <source>What has changed</source>
        <translation>Beth sydd wedi newid</translation>
    </message>
</context>
<context>
    <name>ActionWords</name>
    <message>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>We can&apos;t do this</source>
        <translation>Allwn ni ddim gwneud hyn</translation>
    </message>
    <message>
        <source>We are working on it</source>
        <translation>Rydyn ni&apos;n gweithio arno</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Coch</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Gwyrdd</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Ambr</translation>
    </message>
</context>
<context>
    <name>ActionsBoardScreen</name>
    <message>
        <source>Why not: {reason}</source>
        <translation>Pam ddim: {reason}</translation>
    </message>
    <message>
        <source>Reply: {reply}</source>
        <translation>Ateb: {reply}</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>Dim ateb eto</translation>
    </message>
    <message>
        <source>Not on the board yet</source>
        <translation>Ddim ar y bwrdd eto</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Pwy sy&apos;n ei wneud: {name}</translation>
    </message>
    <message>
        <source>Waiting for a look ({count})</source>
        <translation>Yn aros i rywun edrych ({count})</translation>
    </message>
    <message>
        <source>Choose this device&apos;s ward first (Ward settings).</source>
        <translation>Dewiswch ward y ddyfais hon yn gyntaf (Gosodiadau&apos;r ward).</translation>
    </message>
    <message>
        <source>Write what was said first, then press Add.</source>
        <translation>Ysgrifennwch beth gafodd ei ddweud yn gyntaf, yna pwyswch Ychwanegu.</translation>
    </message>
    <message>
        <source>Added. Now give it an answer.</source>
        <translation>Wedi&apos;i ychwanegu. Nawr rhowch ateb iddo.</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>Dywedoch chi, gwnaethon ni</translation>
    </message>
    <message>
        <source>The actions on the board</source>
        <translation>Y camau gweithredu ar y bwrdd</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Popeth</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Dangos popeth</translation>
    </message>
    <message>
        <source>Something said on the ward or at a meeting</source>
        <translation>Rhywbeth a gafodd ei ddweud ar y ward neu mewn cyfarfod</translation>
    </message>
    <message>
        <source>Add an action: what was said</source>
        <translation>Ychwanegu cam gweithredu: beth gafodd ei ddweud</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <source>Nothing on the board here yet.</source>
        <translation>Does dim byd ar y bwrdd yma eto.</translation>
    </message>
</context>
<context>
    <name>AddPhrasePanel</name>
    <message>
        <source>Choose a picture</source>
        <translation>Dewis llun</translation>
    </message>
    <message>
        <source>Change the picture</source>
        <translation>Newid y llun</translation>
    </message>
    <message>
        <source>Your picture: {name}</source>
        <translation>Eich llun: {name}</translation>
    </message>
    <message>
        <source>That is a lot of words. Only the first {count} letters fit.</source>
        <translation>Mae hynny&apos;n llawer o eiriau. Dim ond y {count} llythyren gyntaf sy&apos;n ffitio.</translation>
    </message>
    <message>
        <source>Choose a picture or type your words first. Then press Save.</source>
        <translation>Dewiswch lun neu teipiwch eich geiriau yn gyntaf. Yna pwyswch Cadw.</translation>
    </message>
    <message>
        <source>My words</source>
        <translation>Fy ngeiriau</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save my phrase</source>
        <translation>Cadw fy ymadrodd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cancel. Do not save</source>
        <translation>Canslo. Peidio â chadw</translation>
    </message>
</context>
<context>
    <name>AddTopicScreen</name>
    <message>
        <source>Please type a few words for your topic first.</source>
        <translation>Teipiwch ychydig o eiriau am eich pwnc yn gyntaf, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Your topic is added.</source>
        <translation>Mae eich pwnc wedi&apos;i ychwanegu.</translation>
    </message>
    <message>
        <source>Add my own topic</source>
        <translation>Ychwanegu fy mhwnc fy hun</translation>
    </message>
    <message>
        <source>Add my own topic. Choose a picture for what you want to talk about, or type it.</source>
        <translation>Ychwanegu fy mhwnc fy hun. Dewiswch lun ar gyfer beth rydych chi eisiau siarad amdano, neu teipiwch e.</translation>
    </message>
    <message>
        <source>Choose a picture for it, or type its words</source>
        <translation>Dewiswch lun ar ei gyfer, neu teipiwch ei eiriau</translation>
    </message>
    <message>
        <source>What do you want to talk about?</source>
        <translation>Am beth ydych chi eisiau siarad?</translation>
    </message>
    <message>
        <source>Add it</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Add my topic</source>
        <translation>Ychwanegu fy mhwnc</translation>
    </message>
</context>
<context>
    <name>AdvocateCard</name>
    <message>
        <source>You can talk to the advocate: {name}.</source>
        <translation>Gallwch chi siarad â&apos;r eiriolwr: {name}.</translation>
    </message>
    <message>
        <source>You can talk to an advocate.</source>
        <translation>Gallwch chi siarad ag eiriolwr.</translation>
    </message>
    <message>
        <source>Phone: {phone}.</source>
        <translation>Ffôn: {phone}.</translation>
    </message>
    <message>
        <source>Staff will tell you how.</source>
        <translation>Bydd staff yn dweud wrthych chi sut.</translation>
    </message>
    <message>
        <source>You can also make a complaint.</source>
        <translation>Gallwch chi hefyd wneud cwyn.</translation>
    </message>
    <message>
        <source>The advocate</source>
        <translation>Yr eiriolwr</translation>
    </message>
    <message>
        <source>Hear it</source>
        <translation>Gwrando ar hwn</translation>
    </message>
</context>
<context>
    <name>AgendaRow</name>
    <message>
        <source>Change the picture for {topic}</source>
        <translation>Newid y llun ar gyfer {topic}</translation>
    </message>
    <message>
        <source>Topic name</source>
        <translation>Enw&apos;r pwnc</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove {topic}</source>
        <translation>Tynnu {topic}</translation>
    </message>
</context>
<context>
    <name>AnswerRow</name>
    <message>
        <source>Write the council&apos;s answer in easy words: people will hear it.</source>
        <translation>Ysgrifennwch ateb y cyngor mewn geiriau hawdd: bydd pobl yn ei glywed.</translation>
    </message>
    <message>
        <source>Choose Green, Amber or Red for the answer.</source>
        <translation>Dewiswch Gwyrdd, Ambr neu Coch ar gyfer yr ateb.</translation>
    </message>
    <message>
        <source>Red means the council can&apos;t do this. Say why, so people know the reason.</source>
        <translation>Mae Coch yn golygu: all y cyngor ddim gwneud hyn. Dwedwch pam, fel bod pobl yn gwybod y rheswm.</translation>
    </message>
    <message>
        <source>Saved. People see and hear this answer on You said, we did.</source>
        <translation>Wedi&apos;i gadw. Mae pobl yn gweld ac yn clywed yr ateb hwn ar Dywedoch chi, gwnaethon ni.</translation>
    </message>
    <message>
        <source>The council said: {answer}</source>
        <translation>Dywedodd y cyngor: {answer}</translation>
    </message>
    <message>
        <source>The council&apos;s answer, in easy words (people hear it read aloud)</source>
        <translation>Ateb y cyngor, mewn geiriau hawdd (mae pobl yn ei glywed yn cael ei ddarllen yn uchel)</translation>
    </message>
    <message>
        <source>Why the council can&apos;t do this (needed for Red)</source>
        <translation>Pam na all y cyngor wneud hyn (angen ar gyfer Coch)</translation>
    </message>
    <message>
        <source>Save this answer</source>
        <translation>Cadw&apos;r ateb hwn</translation>
    </message>
</context>
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
        <source>Signed out</source>
        <translation>Wedi allgofnodi</translation>
    </message>
    <message>
        <source>Sign-in refused while waiting</source>
        <translation>Gwrthod mewngofnodi wrth aros</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>PIN wedi&apos;i osod</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Person wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>Person wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Person archived</source>
        <translation>Person wedi&apos;i archifo</translation>
    </message>
    <message>
        <source>Person brought back</source>
        <translation>Person wedi dod yn ôl</translation>
    </message>
    <message>
        <source>Person moved to another ward</source>
        <translation>Person wedi symud i ward arall</translation>
    </message>
    <message>
        <source>Picture added</source>
        <translation>Llun wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>Picture removed</source>
        <translation>Llun wedi&apos;i dynnu</translation>
    </message>
    <message>
        <source>Topic template copied</source>
        <translation>Templed pynciau wedi&apos;i gopïo</translation>
    </message>
    <message>
        <source>Topic template removed</source>
        <translation>Templed pynciau wedi&apos;i dynnu</translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation>Person wedi&apos;i ddileu&apos;n llwyr</translation>
    </message>
    <message>
        <source>A person&apos;s settings changed</source>
        <translation>Gosodiadau person wedi newid</translation>
    </message>
    <message>
        <source>Ward settings changed</source>
        <translation>Gosodiadau&apos;r ward wedi newid</translation>
    </message>
    <message>
        <source>Ward added</source>
        <translation>Ward wedi&apos;i hychwanegu</translation>
    </message>
    <message>
        <source>Ward renamed</source>
        <translation>Ward wedi&apos;i hailenwi</translation>
    </message>
    <message>
        <source>Ward archived</source>
        <translation>Ward wedi&apos;i harchifo</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Cyfarfod wedi&apos;i drefnu</translation>
    </message>
    <message>
        <source>Meeting changed</source>
        <translation>Cyfarfod wedi&apos;i newid</translation>
    </message>
    <message>
        <source>Meeting cancelled</source>
        <translation>Cyfarfod wedi&apos;i ganslo</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Copi wrth gefn wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Methodd y copi wrth gefn</translation>
    </message>
    <message>
        <source>Store restored from a backup</source>
        <translation>Storfa wedi&apos;i hadfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>Export made</source>
        <translation>Allforio wedi&apos;i wneud</translation>
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
    <name>BackupsScreen</name>
    <message>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <source>Backups are saved in: {folder}</source>
        <translation>Mae&apos;r copïau wrth gefn yn cael eu cadw yn: {folder}</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <source>Backups you can go back to</source>
        <translation>Copïau wrth gefn y gallwch fynd yn ôl iddyn nhw</translation>
    </message>
    <message>
        <source>This folder is not there now. Check the drive or network is connected.</source>
        <translation>Dydy&apos;r ffolder hwn ddim yno nawr. Gwiriwch fod y gyriant neu&apos;r rhwydwaith wedi&apos;i gysylltu.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Does dim copïau wrth gefn eto.</translation>
    </message>
    <message>
        <source>{size}. {why}</source>
        <translation>{size}. {why}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Adfer</translation>
    </message>
    <message>
        <source>Restore the backup from {date}</source>
        <translation>Adfer y copi wrth gefn o {date}</translation>
    </message>
    <message>
        <source>Made with Back up now</source>
        <translation>Wedi&apos;i wneud gyda&apos;r botwm Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Copi wrth gefn dyddiol</translation>
    </message>
    <message>
        <source>Copy kept before a restore</source>
        <translation>Copi a gadwyd cyn adfer</translation>
    </message>
    <message>
        <source>Copy kept before an update</source>
        <translation>Copi a gadwyd cyn diweddariad</translation>
    </message>
    <message>
        <source>Making a backup. Please wait.</source>
        <translation>Yn gwneud copi wrth gefn. Arhoswch, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Backup made: {date}. It has been checked.</source>
        <translation>Copi wrth gefn wedi&apos;i wneud: {date}. Mae wedi cael ei wirio.</translation>
    </message>
    <message>
        <source>Keeping a copy of the data as it is now, then restoring. Please wait.</source>
        <translation>Yn cadw copi o&apos;r data fel y mae nawr, ac yna&apos;n adfer. Arhoswch, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Done. The data is now as it was on {date}. The data from before is kept as a copy.</source>
        <translation>Wedi gorffen. Mae&apos;r data nawr fel yr oedd ar {date}. Mae&apos;r data o&apos;r blaen wedi&apos;i gadw fel copi.</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be used: it is not there. Check the drive or network is connected.</source>
        <translation>Does dim modd defnyddio&apos;r ffolder copïau wrth gefn {folder}: dydy e ddim yno. Gwiriwch fod y gyriant neu&apos;r rhwydwaith wedi&apos;i gysylltu.</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be used: My Say is not allowed to save files in it. Ask IT for help.</source>
        <translation>Does dim modd defnyddio&apos;r ffolder copïau wrth gefn {folder}: dydy My Say ddim yn cael cadw ffeiliau ynddo. Gofynnwch i&apos;r tîm TG am help.</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be used: the disk is full. Choose another folder in Ward settings, or ask IT for help.</source>
        <translation>Does dim modd defnyddio&apos;r ffolder copïau wrth gefn {folder}: mae&apos;r ddisg yn llawn. Dewiswch ffolder arall yng Ngosodiadau&apos;r ward, neu gofynnwch i&apos;r tîm TG am help.</translation>
    </message>
    <message>
        <source>The backup {file} did not pass its check, so it was not used.</source>
        <translation>Wnaeth y copi wrth gefn {file} ddim pasio&apos;r gwiriad, felly chafodd e ddim ei ddefnyddio.</translation>
    </message>
    <message>
        <source>{file} is not a My Say backup in the backup folder.</source>
        <translation>Dydy {file} ddim yn gopi wrth gefn My Say yn y ffolder copïau wrth gefn.</translation>
    </message>
    <message>
        <source>That did not work. Nothing was deleted. Details: {detail}</source>
        <translation>Wnaeth hynny ddim gweithio. Chafodd dim byd ei ddileu. Manylion: {detail}</translation>
    </message>
    <message>
        <source>Go back to the backup from {date}?</source>
        <translation>Mynd yn ôl i&apos;r copi wrth gefn o {date}?</translation>
    </message>
    <message>
        <source>Everything saved after {date} will be replaced by the backup. First, My Say keeps a copy of the data as it is now.</source>
        <translation>Bydd y copi wrth gefn yn cymryd lle popeth a gadwyd ar ôl {date}. Yn gyntaf, bydd My Say yn cadw copi o&apos;r data fel y mae nawr.</translation>
    </message>
    <message>
        <source>Are you sure?</source>
        <translation>Ydych chi&apos;n siŵr?</translation>
    </message>
    <message>
        <source>This changes the data for everyone on this computer. A copy of the data as it is now is kept first.</source>
        <translation>Mae hyn yn newid y data i bawb ar y cyfrifiadur hwn. Bydd copi o&apos;r data fel y mae nawr yn cael ei gadw yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>CarryOnQuestion</name>
    <message>
        <source>Carry on</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>Carry on where I was</source>
        <translation>Parhau o&apos;r man lle roeddwn i</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Dechrau eto</translation>
    </message>
    <message>
        <source>Start again from the beginning</source>
        <translation>Dechrau eto o&apos;r dechrau</translation>
    </message>
</context>
<context>
    <name>ConfirmPanel</name>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
</context>
<context>
    <name>CouncilPacksScreen</name>
    <message>
        <source>The council has answered</source>
        <translation>Mae&apos;r cyngor wedi ateb</translation>
    </message>
    <message>
        <source>Taken to the council</source>
        <translation>Wedi mynd i&apos;r cyngor</translation>
    </message>
    <message>
        <source>Being got ready</source>
        <translation>Wrthi&apos;n cael ei baratoi</translation>
    </message>
    <message>
        <source>The ward rep&apos;s point {n}: {words}</source>
        <translation>Pwynt {n} cynrychiolydd y ward: {words}</translation>
    </message>
    <message>
        <source>Nothing has been chosen for this pack yet.</source>
        <translation>Does dim byd wedi&apos;i ddewis ar gyfer y pecyn hwn eto.</translation>
    </message>
    <message>
        <source>Symbols: {symbols}</source>
        <translation>Symbolau: {symbols}</translation>
    </message>
    <message>
        <source>A recording by the ward rep</source>
        <translation>Recordiad gan gynrychiolydd y ward</translation>
    </message>
    <message>
        <source>What people said about {topic}</source>
        <translation>Beth ddywedodd pobl am {topic}</translation>
    </message>
    <message>
        <source>Marked as taken to the council. The pack stays as it was taken.</source>
        <translation>Wedi&apos;i farcio fel wedi mynd i&apos;r cyngor. Bydd y pecyn yn aros fel yr oedd pan aeth i&apos;r cyngor.</translation>
    </message>
    <message>
        <source>Making the files. Please wait.</source>
        <translation>Yn gwneud y ffeiliau. Arhoswch, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>The pack is made again. The files are in {folder}:</source>
        <translation>Mae&apos;r pecyn wedi&apos;i wneud eto. Mae&apos;r ffeiliau yn {folder}:</translation>
    </message>
    <message>
        <source>Recovery council</source>
        <translation>Cyngor adferiad</translation>
    </message>
    <message>
        <source>The ward rep&apos;s packs for the recovery council. Open one to see it and record the answers.</source>
        <translation>Pecynnau cynrychiolydd y ward ar gyfer y cyngor adferiad. Agorwch un i&apos;w weld ac i gofnodi&apos;r atebion.</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Pecynnau</translation>
    </message>
    <message>
        <source>No packs yet. The ward rep makes one from their Home.</source>
        <translation>Dim pecynnau eto. Mae cynrychiolydd y ward yn gwneud un o&apos;u sgrin Adref.</translation>
    </message>
    <message>
        <source>Choose a pack</source>
        <translation>Dewiswch becyn</translation>
    </message>
    <message>
        <source>Make the files again</source>
        <translation>Gwneud y ffeiliau eto</translation>
    </message>
    <message>
        <source>Mark it taken to the council</source>
        <translation>Marcio ei fod wedi mynd i&apos;r cyngor</translation>
    </message>
    <message>
        <source>Record the council&apos;s answers</source>
        <translation>Cofnodi atebion y cyngor</translation>
    </message>
    <message>
        <source>Each answer goes on You said, we did, so the ward hears what the council said.</source>
        <translation>Mae pob ateb yn mynd ar Dywedoch chi, gwnaethon ni, fel bod y ward yn clywed beth ddywedodd y cyngor.</translation>
    </message>
    <message>
        <source>Nothing was chosen to answer in this pack.</source>
        <translation>Chafodd dim byd ei ddewis i&apos;w ateb yn y pecyn hwn.</translation>
    </message>
</context>
<context>
    <name>CouncilQuestion</name>
    <message>
        <source>Can the ward rep read out your words at the council? Your name will not be said.</source>
        <translation>Ydy cynrychiolydd y ward yn cael darllen eich geiriau allan yn y cyngor? Fydd eich enw ddim yn cael ei ddweud.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>Yes, the ward rep can read out my words</source>
        <translation>Ie, mae cynrychiolydd y ward yn cael darllen fy ngeiriau allan</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>No, keep my words on the ward</source>
        <translation>Na, cadw fy ngeiriau ar y ward</translation>
    </message>
</context>
<context>
    <name>CouncilScreen</name>
    <message>
        <source>You are not on a ward yet. Please ask staff for help.</source>
        <translation>Dydych chi ddim ar ward eto. Gofynnwch i staff am help, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>This did not work. Please ask staff for help.</source>
        <translation>Wnaeth hyn ddim gweithio. Gofynnwch i staff am help, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>This could not be saved. Please ask staff for help.</source>
        <translation>Doedd dim modd cadw hwn. Gofynnwch i staff am help, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Making the pack. Please wait.</source>
        <translation>Yn gwneud y pecyn. Arhoswch, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>The pack is ready. Staff can print it or show it on a screen.</source>
        <translation>Mae&apos;r pecyn yn barod. Gall staff ei argraffu neu ei ddangos ar sgrin.</translation>
    </message>
    <message>
        <source>It is in this folder: {folder}</source>
        <translation>Mae e yn y ffolder hwn: {folder}</translation>
    </message>
    <message>
        <source>Thank you. Well done.</source>
        <translation>Diolch. Da iawn.</translation>
    </message>
    <message>
        <source>Recovery council</source>
        <translation>Cyngor adferiad</translation>
    </message>
    <message>
        <source>You chose {themes} things, {quotes} quotes and {points} of your own points.</source>
        <translation>Dewisoch chi {themes} o bethau, {quotes} o ddyfyniadau a {points} o&apos;ch pwyntiau eich hun.</translation>
    </message>
    <message>
        <source>Which time do you want to talk about?</source>
        <translation>Pa amser ydych chi eisiau siarad amdano?</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Y mis hwn</translation>
    </message>
    <message>
        <source>Talk about this month</source>
        <translation>Siarad am y mis hwn</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Y 3 mis diwethaf</translation>
    </message>
    <message>
        <source>Talk about the last 3 months</source>
        <translation>Siarad am y 3 mis diwethaf</translation>
    </message>
    <message>
        <source>Since the last council</source>
        <translation>Ers y cyngor diwethaf</translation>
    </message>
    <message>
        <source>Talk about the time since the last council</source>
        <translation>Siarad am yr amser ers y cyngor diwethaf</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Cam {n} o {total}</translation>
    </message>
    <message>
        <source>Make the pack for the council. It has no names in it.</source>
        <translation>Gwneud y pecyn ar gyfer y cyngor. Does dim enwau ynddo.</translation>
    </message>
    <message>
        <source>Make the pack</source>
        <translation>Gwneud y pecyn</translation>
    </message>
    <message>
        <source>Make the pack for the council</source>
        <translation>Gwneud y pecyn ar gyfer y cyngor</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>I have finished. Go Home.</source>
        <translation>Dw i wedi gorffen. Mynd adref.</translation>
    </message>
    <message>
        <source>Next: my points</source>
        <translation>Nesaf: fy mhwyntiau</translation>
    </message>
    <message>
        <source>Next. Add my own points</source>
        <translation>Nesaf. Ychwanegu fy mhwyntiau fy hun</translation>
    </message>
    <message>
        <source>Next: make the pack</source>
        <translation>Nesaf: gwneud y pecyn</translation>
    </message>
    <message>
        <source>Next. Make the pack</source>
        <translation>Nesaf. Gwneud y pecyn</translation>
    </message>
</context>
<context>
    <name>CouncilWords</name>
    <message>
        <source>fewer than 3</source>
        <translation>llai na 3</translation>
    </message>
    <message>
        <source>A few people talked about this.</source>
        <translation>Siaradodd ychydig o bobl am hyn.</translation>
    </message>
    <message>
        <source>Good {n}</source>
        <translation>Da {n}</translation>
    </message>
    <message>
        <source>Not sure {n}</source>
        <translation>Ddim yn siŵr {n}</translation>
    </message>
    <message>
        <source>Not good {n}</source>
        <translation>Ddim yn dda {n}</translation>
    </message>
    <message>
        <source>No face chosen {n}</source>
        <translation>Dim wyneb wedi&apos;i ddewis {n}</translation>
    </message>
    <message>
        <source>Views given: {n}</source>
        <translation>Barn wedi&apos;i rhoi: {n}</translation>
    </message>
    <message>
        <source>other things</source>
        <translation>pethau eraill</translation>
    </message>
    <message>
        <source>Ideas about {about}</source>
        <translation>Syniadau am {about}</translation>
    </message>
    <message>
        <source>Not happy about {about}</source>
        <translation>Ddim yn hapus am {about}</translation>
    </message>
    <message>
        <source>How many: {n}</source>
        <translation>Faint: {n}</translation>
    </message>
    <message>
        <source>Said in a SAY group about {topic}</source>
        <translation>Wedi&apos;i ddweud mewn grŵp SAY am {topic}</translation>
    </message>
    <message>
        <source>An idea someone had</source>
        <translation>Syniad gafodd rhywun</translation>
    </message>
    <message>
        <source>Something someone is not happy about</source>
        <translation>Rhywbeth dydy rhywun ddim yn hapus amdano</translation>
    </message>
    <message>
        <source>Something someone raised</source>
        <translation>Rhywbeth wnaeth rhywun ei godi</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} i {end}</translation>
    </message>
    <message>
        <source>The pack could not be made. {why}</source>
        <translation>Doedd dim modd gwneud y pecyn. {why}</translation>
    </message>
    <message>
        <source>The pack could not be made: a font is missing on this computer. Please ask staff.</source>
        <translation>Doedd dim modd gwneud y pecyn: mae ffont ar goll ar y cyfrifiadur hwn. Gofynnwch i staff, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>The pack could not be saved. The folder may be full. Please ask staff.</source>
        <translation>Doedd dim modd cadw&apos;r pecyn. Efallai fod y ffolder yn llawn. Gofynnwch i staff, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Something went wrong. The pack was not made. Please ask staff to help.</source>
        <translation>Aeth rhywbeth o&apos;i le. Chafodd y pecyn ddim ei wneud. Gofynnwch i staff helpu, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Taking this</source>
        <translation>Yn mynd â hwn</translation>
    </message>
    <message>
        <source>Taking this to the council</source>
        <translation>Yn mynd â hwn i&apos;r cyngor</translation>
    </message>
    <message>
        <source>Press to leave it out</source>
        <translation>Pwyswch i&apos;w adael allan</translation>
    </message>
    <message>
        <source>Take this</source>
        <translation>Mynd â hwn</translation>
    </message>
    <message>
        <source>Take this to the council</source>
        <translation>Mynd â hwn i&apos;r cyngor</translation>
    </message>
    <message>
        <source>I am taking this.</source>
        <translation>Dw i&apos;n mynd â hwn.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Thank you for saying thank you to {name}. It is sent.</source>
        <translation>Diolch am ddweud diolch i {name}. Mae wedi&apos;i anfon.</translation>
    </message>
    <message>
        <source>It will be read out at the mutual help meeting.</source>
        <translation>Bydd yn cael ei ddarllen allan yn y cyfarfod cyd-gymorth.</translation>
    </message>
    <message>
        <source>They will get it.</source>
        <translation>Byddan nhw&apos;n ei gael.</translation>
    </message>
    <message>
        <source>{name} will get it.</source>
        <translation>Bydd {name} yn ei gael.</translation>
    </message>
    <message>
        <source>It is on the thank-you wall.</source>
        <translation>Mae ar y wal ddiolch.</translation>
    </message>
</context>
<context>
    <name>EraseConfirm</name>
    <message>
        <source>Are you really sure?</source>
        <translation>Ydych chi&apos;n hollol siŵr?</translation>
    </message>
    <message>
        <source>Press &quot;Erase for ever&quot; to erase {name}. There is no way back.</source>
        <translation>Pwyswch &quot;Dileu am byth&quot; i ddileu {name}. Does dim ffordd yn ôl.</translation>
    </message>
    <message>
        <source>Erase {name} for ever?</source>
        <translation>Dileu {name} am byth?</translation>
    </message>
    <message>
        <source>This deletes everything about them: their name, picture, settings, PIN and meetings. It cannot be undone. The audit log will only keep that someone was erased, by you, and when.</source>
        <translation>Mae hyn yn dileu popeth amdanyn nhw: eu henw, eu llun, eu gosodiadau, eu PIN a&apos;u cyfarfodydd. Does dim modd ei ddadwneud. Bydd y log archwilio ond yn cadw bod rhywun wedi&apos;i ddileu, gennych chi, a phryd.</translation>
    </message>
    <message>
        <source>No, keep them</source>
        <translation>Na, cadwch nhw</translation>
    </message>
    <message>
        <source>Yes, go on</source>
        <translation>Ie, ewch ymlaen</translation>
    </message>
    <message>
        <source>Erase for ever</source>
        <translation>Dileu am byth</translation>
    </message>
</context>
<context>
    <name>ExportScreen</name>
    <message>
        <source>Choose a folder for the export</source>
        <translation>Dewiswch ffolder ar gyfer yr allforio</translation>
    </message>
    <message>
        <source>Export to staff</source>
        <translation>Allforio i staff</translation>
    </message>
    <message>
        <source>About each person (name, ward, ward rep)</source>
        <translation>Am bob person (enw, ward, cynrychiolydd y ward)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <source>How each person likes to communicate</source>
        <translation>Sut mae pob person yn hoffi cyfathrebu</translation>
    </message>
    <message>
        <source>What each person wants to say at their meetings</source>
        <translation>Beth mae pob person eisiau ei ddweud yn eu cyfarfodydd</translation>
    </message>
    <message>
        <source>Thank-yous (as each author chose)</source>
        <translation>Negeseuon diolch (fel y dewisodd pob awdur)</translation>
    </message>
    <message>
        <source>You said, we did (without names)</source>
        <translation>Dywedoch chi, gwnaethon ni (heb enwau)</translation>
    </message>
    <message>
        <source>SAY group views and minutes (without names)</source>
        <translation>Barn a chofnodion grwpiau SAY (heb enwau)</translation>
    </message>
    <message>
        <source>Experience questions: answers and charts (charts without names)</source>
        <translation>Cwestiynau profiad: atebion a siartiau (siartiau heb enwau)</translation>
    </message>
    <message>
        <source>Recovery council packs (without names)</source>
        <translation>Pecynnau&apos;r cyngor adferiad (heb enwau)</translation>
    </message>
    <message>
        <source>The team&apos;s partnership self-checks</source>
        <translation>Hunanwiriadau partneriaeth y tîm</translation>
    </message>
    <message>
        <source>Makes a PDF report, spreadsheet files and a data file. Only what each person agreed to share goes in: anything they keep just for themselves never does.</source>
        <translation>Mae&apos;n gwneud adroddiad PDF, ffeiliau taenlen a ffeil ddata. Dim ond yr hyn y cytunodd pob person i&apos;w rannu sy&apos;n mynd i mewn: dydy dim byd maen nhw&apos;n ei gadw iddyn nhw eu hunain byth yn mynd.</translation>
    </message>
    <message>
        <source>Who is it about?</source>
        <translation>Am bwy mae e?</translation>
    </message>
    <message>
        <source>Who is it about? The whole ward, or one person</source>
        <translation>Am bwy mae e? Y ward gyfan, neu un person</translation>
    </message>
    <message>
        <source>The whole ward: {ward}</source>
        <translation>Y ward gyfan: {ward}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>O&apos;r diwrnod hwn</translation>
    </message>
    <message>
        <source>To this day (included)</source>
        <translation>Hyd at y diwrnod hwn (yn gynwysedig)</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Beth i&apos;w gynnwys</translation>
    </message>
    <message>
        <source>For the patients&apos; council (no names)</source>
        <translation>Ar gyfer cyngor y cleifion (dim enwau)</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Cadw yn</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Does dim ffolder wedi&apos;i ddewis eto.</translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation>Dewis ffolder</translation>
    </message>
    <message>
        <source>Choose the folder to save the export in</source>
        <translation>Dewis y ffolder i gadw&apos;r allforio ynddo</translation>
    </message>
    <message>
        <source>Put it all in one .zip file</source>
        <translation>Rhoi&apos;r cyfan mewn un ffeil .zip</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>Cyfrinair (dewisol)</translation>
    </message>
    <message>
        <source>Password for the .zip file (optional)</source>
        <translation>Cyfrinair ar gyfer y ffeil .zip (dewisol)</translation>
    </message>
    <message>
        <source>Leave empty for no password</source>
        <translation>Gadewch yn wag os nad oes angen cyfrinair</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Export now</source>
        <translation>Allforio nawr</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Canslo&apos;r allforio</translation>
    </message>
    <message>
        <source>How much of the export is done</source>
        <translation>Faint o&apos;r allforio sydd wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>An export is being made.</source>
        <translation>Mae allforyn yn cael ei wneud.</translation>
    </message>
    <message>
        <source>Choose whose export it is first.</source>
        <translation>Dewiswch allforyn pwy yw e yn gyntaf.</translation>
    </message>
    <message>
        <source>Choose a folder to save it in first.</source>
        <translation>Dewiswch ffolder i&apos;w gadw ynddo yn gyntaf.</translation>
    </message>
    <message>
        <source>Tick at least one thing to export first.</source>
        <translation>Ticiwch o leiaf un peth i&apos;w allforio yn gyntaf.</translation>
    </message>
    <message>
        <source>Exporting. Please wait, or press Cancel to stop.</source>
        <translation>Wrthi&apos;n allforio. Arhoswch, neu pwyswch Canslo i stopio.</translation>
    </message>
    <message>
        <source>Stopping the export…</source>
        <translation>Yn stopio&apos;r allforio…</translation>
    </message>
    <message>
        <source>Export stopped. Nothing was saved.</source>
        <translation>Mae&apos;r allforio wedi stopio. Chafodd dim byd ei gadw.</translation>
    </message>
    <message>
        <source>The last day is before the first day. Change the dates and try again.</source>
        <translation>Mae&apos;r diwrnod olaf cyn y diwrnod cyntaf. Newidiwch y dyddiadau a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>{what}: {count}</source>
        <translation>{what}: {count}</translation>
    </message>
    <message>
        <source>Done. The export is saved in:
{path}
{counts}</source>
        <translation>Wedi gorffen. Mae&apos;r allforio wedi&apos;i gadw yn:
{path}
{counts}</translation>
    </message>
    <message>
        <source>The folder {folder} is not there. Check the drive or network is connected, or choose another folder. Nothing was saved.</source>
        <translation>Dydy&apos;r ffolder {folder} ddim yno. Gwiriwch fod y gyriant neu&apos;r rhwydwaith wedi&apos;i gysylltu, neu dewiswch ffolder arall. Chafodd dim byd ei gadw.</translation>
    </message>
    <message>
        <source>My Say is not allowed to save files in {folder}. Choose another folder. Nothing was saved.</source>
        <translation>Dydy My Say ddim yn cael cadw ffeiliau yn {folder}. Dewiswch ffolder arall. Chafodd dim byd ei gadw.</translation>
    </message>
    <message>
        <source>The disk is full, so the export could not be saved in {folder}. Free some space or choose another folder. Nothing was saved.</source>
        <translation>Mae&apos;r ddisg yn llawn, felly doedd dim modd cadw&apos;r allforio yn {folder}. Rhyddhewch rywfaint o le neu dewiswch ffolder arall. Chafodd dim byd ei gadw.</translation>
    </message>
    <message>
        <source>The export did not work. Nothing was saved. Details: {detail}</source>
        <translation>Wnaeth yr allforio ddim gweithio. Chafodd dim byd ei gadw. Manylion: {detail}</translation>
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
        <translation>Dydy&apos;r ddau PIN ddim yr un fath. Teipiwch nhw eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Please type the ward&apos;s name and your name.</source>
        <translation>Teipiwch enw&apos;r ward a&apos;ch enw chi, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Welcome. Name this ward and make the first staff account. You will use your PIN to open the staff area.</source>
        <translation>Croeso. Rhowch enw i&apos;r ward hon a gwnewch y cyfrif staff cyntaf. Byddwch chi&apos;n defnyddio&apos;ch PIN i agor yr ardal staff.</translation>
    </message>
    <message>
        <source>Ward name</source>
        <translation>Enw&apos;r ward</translation>
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
        <source>Who is the ward&apos;s advocate (or IMHA)? People who are not happy will see this. You can leave it for now and add it in Ward settings.</source>
        <translation>Pwy yw eiriolwr y ward (neu IMHA)? Bydd pobl sydd ddim yn hapus yn gweld hyn. Gallwch chi ei adael am nawr a&apos;i ychwanegu yng Ngosodiadau&apos;r ward.</translation>
    </message>
    <message>
        <source>Advocate&apos;s name</source>
        <translation>Enw&apos;r eiriolwr</translation>
    </message>
    <message>
        <source>Advocate&apos;s phone number</source>
        <translation>Rhif ffôn yr eiriolwr</translation>
    </message>
    <message>
        <source>When the advocate visits</source>
        <translation>Pryd mae&apos;r eiriolwr yn ymweld</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
</context>
<context>
    <name>HaveMySayScreen</name>
    <message>
        <source>Have my say</source>
        <translation>Dweud fy marn</translation>
    </message>
    <message>
        <source>Tell us what you think about the ward. Staff will answer.</source>
        <translation>Dwedwch wrthon ni beth rydych chi&apos;n ei feddwl am y ward. Bydd staff yn ateb.</translation>
    </message>
    <message>
        <source>SAY group on now</source>
        <translation>Grŵp SAY ymlaen nawr</translation>
    </message>
    <message>
        <source>I have an idea</source>
        <translation>Mae gen i syniad</translation>
    </message>
    <message>
        <source>I am not happy about something</source>
        <translation>Dw i ddim yn hapus am rywbeth</translation>
    </message>
</context>
<context>
    <name>HelpBanner</name>
    <message>
        <source>{name} needs help at {device}.</source>
        <translation>Mae {name} angen help wrth {device}.</translation>
    </message>
    <message>
        <source>Someone needs help at {device}.</source>
        <translation>Mae rhywun angen help wrth {device}.</translation>
    </message>
    <message>
        <source>Pressed {count} times.</source>
        <translation>Wedi pwyso {count} o weithiau.</translation>
    </message>
    <message>
        <source>Asked just now.</source>
        <translation>Newydd ofyn.</translation>
    </message>
    <message>
        <source>Asked 1 minute ago.</source>
        <translation>Wedi gofyn 1 munud yn ôl.</translation>
    </message>
    <message>
        <source>Asked {minutes} minutes ago.</source>
        <translation>Wedi gofyn {minutes} munud yn ôl.</translation>
    </message>
    <message>
        <source>I need help: not answered yet</source>
        <translation>Dw i angen help: heb ateb eto</translation>
    </message>
    <message>
        <source>I am here</source>
        <translation>Dw i yma</translation>
    </message>
    <message>
        <source>I am here, for {who}</source>
        <translation>Dw i yma, ar gyfer {who}</translation>
    </message>
</context>
<context>
    <name>HelpComingScreen</name>
    <message>
        <source>A member of staff saw this. They are coming.</source>
        <translation>Mae aelod o staff wedi gweld hyn. Maen nhw&apos;n dod.</translation>
    </message>
    <message>
        <source>Show this to staff. I need help.</source>
        <translation>Dangoswch hwn i staff. Dw i angen help.</translation>
    </message>
    <message>
        <source>I am OK now</source>
        <translation>Dw i&apos;n iawn nawr</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Hello, {name}</source>
        <translation>Helo, {name}</translation>
    </message>
    <message>
        <source>Hello, {name}. If this is not you, press This is not me.</source>
        <translation>Helo, {name}. Os nad chi yw hwn, pwyswch Nid fi yw hwn.</translation>
    </message>
    <message>
        <source>No meeting is booked yet. Get ready for my next meeting.</source>
        <translation>Does dim cyfarfod wedi&apos;i drefnu eto. Paratowch ar gyfer fy nghyfarfod nesaf.</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>Dywedoch chi, gwnaethon ni</translation>
    </message>
    <message>
        <source>You said: {said}</source>
        <translation>Dywedoch chi: {said}</translation>
    </message>
    <message>
        <source>My meeting</source>
        <translation>Fy nghyfarfod</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Diolch</translation>
    </message>
    <message>
        <source>Say thank you</source>
        <translation>Dweud diolch</translation>
    </message>
    <message>
        <source>Thank-you wall</source>
        <translation>Wal ddiolch</translation>
    </message>
    <message>
        <source>Thank-you wall: see the thank-yous</source>
        <translation>Wal ddiolch: gweld y diolchiadau</translation>
    </message>
    <message>
        <source>Have my say</source>
        <translation>Dweud fy marn</translation>
    </message>
    <message>
        <source>SAY group on now</source>
        <translation>Grŵp SAY ymlaen nawr</translation>
    </message>
    <message>
        <source>Help me say it</source>
        <translation>Helpwch fi i&apos;w ddweud</translation>
    </message>
    <message>
        <source>Recovery council</source>
        <translation>Cyngor adferiad</translation>
    </message>
    <message>
        <source>Recovery council: get the ward&apos;s views ready</source>
        <translation>Cyngor adferiad: paratoi barn y ward</translation>
    </message>
    <message>
        <source>Questions for me</source>
        <translation>Cwestiynau i mi</translation>
    </message>
    <message>
        <source>Questions for me: how is the ward for you? You can skip any question.</source>
        <translation>Cwestiynau i mi: sut mae&apos;r ward i chi? Gallwch chi neidio dros unrhyw gwestiwn.</translation>
    </message>
    <message>
        <source>How I like it</source>
        <translation>Sut dw i&apos;n ei hoffi</translation>
    </message>
    <message>
        <source>How I like it: how the app talks and looks</source>
        <translation>Sut dw i&apos;n ei hoffi: sut mae&apos;r ap yn siarad ac yn edrych</translation>
    </message>
    <message>
        <source>This is not me</source>
        <translation>Nid fi yw hwn</translation>
    </message>
    <message>
        <source>Who has seen my things</source>
        <translation>Pwy welodd fy mhethau</translation>
    </message>
</context>
<context>
    <name>HowIPressScreen</name>
    <message>
        <source>How I press</source>
        <translation>Sut dw i&apos;n pwyso</translation>
    </message>
    <message>
        <source>Keep this way of pressing? It goes back in {seconds} seconds.</source>
        <translation>Cadw&apos;r ffordd hon o bwyso? Mae&apos;n mynd yn ôl mewn {seconds} eiliad.</translation>
    </message>
    <message>
        <source>How do you press?</source>
        <translation>Sut ydych chi&apos;n pwyso?</translation>
    </message>
    <message>
        <source>Touch or keys</source>
        <translation>Cyffwrdd neu fysellau</translation>
    </message>
    <message>
        <source>Touch or keys. Space presses.</source>
        <translation>Cyffwrdd neu fysellau. Mae Bwlch yn pwyso.</translation>
    </message>
    <message>
        <source>Two switches</source>
        <translation>Dau switsh</translation>
    </message>
    <message>
        <source>Two switches. One moves on, the other picks.</source>
        <translation>Dau switsh. Mae un yn symud ymlaen, a&apos;r llall yn dewis.</translation>
    </message>
    <message>
        <source>One switch</source>
        <translation>Un switsh</translation>
    </message>
    <message>
        <source>One switch. It moves by itself; press to pick.</source>
        <translation>Un switsh. Mae&apos;n symud ar ei ben ei hun; pwyswch i ddewis.</translation>
    </message>
    <message>
        <source>Say each choice as you get to it?</source>
        <translation>Dweud pob dewis wrth i chi gyrraedd ato?</translation>
    </message>
    <message>
        <source>Say it</source>
        <translation>Dweud</translation>
    </message>
    <message>
        <source>Say it. Say each choice.</source>
        <translation>Dweud. Dweud pob dewis.</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Tawel</translation>
    </message>
    <message>
        <source>Quiet. Do not say each choice.</source>
        <translation>Tawel. Peidio â dweud pob dewis.</translation>
    </message>
    <message>
        <source>How fast does it move? Every {seconds} seconds</source>
        <translation>Pa mor gyflym mae&apos;n symud? Bob {seconds} eiliad</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Arafach</translation>
    </message>
    <message>
        <source>Slower. Wait longer on each choice.</source>
        <translation>Arafach. Aros yn hirach ar bob dewis.</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Cyflymach</translation>
    </message>
    <message>
        <source>Faster. Move on sooner.</source>
        <translation>Cyflymach. Symud ymlaen yn gynt.</translation>
    </message>
    <message>
        <source>Times round before it waits: {count}</source>
        <translation>Sawl gwaith o gwmpas cyn aros: {count}</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Llai</translation>
    </message>
    <message>
        <source>Fewer times round</source>
        <translation>Llai o weithiau o gwmpas</translation>
    </message>
    <message>
        <source>More times</source>
        <translation>Mwy o weithiau</translation>
    </message>
    <message>
        <source>More times round</source>
        <translation>Mwy o weithiau o gwmpas</translation>
    </message>
    <message>
        <source>How does it move?</source>
        <translation>Sut mae&apos;n symud?</translation>
    </message>
    <message>
        <source>One at a time</source>
        <translation>Un ar y tro</translation>
    </message>
    <message>
        <source>One at a time. Every choice in turn.</source>
        <translation>Un ar y tro. Pob dewis yn ei dro.</translation>
    </message>
    <message>
        <source>A row first</source>
        <translation>Rhes yn gyntaf</translation>
    </message>
    <message>
        <source>A row first. Pick a row, then a choice in it.</source>
        <translation>Rhes yn gyntaf. Dewis rhes, yna dewis ynddi.</translation>
    </message>
    <message>
        <source>How long do you hold to pick?</source>
        <translation>Am faint ydych chi&apos;n dal i ddewis?</translation>
    </message>
    <message>
        <source>Just press</source>
        <translation>Pwyso&apos;n unig</translation>
    </message>
    <message>
        <source>Just press to pick</source>
        <translation>Pwyso&apos;n unig i ddewis</translation>
    </message>
    <message>
        <source>Short hold</source>
        <translation>Dal am ychydig</translation>
    </message>
    <message>
        <source>Short hold. Half a second.</source>
        <translation>Dal am ychydig. Hanner eiliad.</translation>
    </message>
    <message>
        <source>Long hold</source>
        <translation>Dal am hirach</translation>
    </message>
    <message>
        <source>Long hold. One second.</source>
        <translation>Dal am hirach. Un eiliad.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Keep this way of pressing</source>
        <translation>Cadw&apos;r ffordd hon o bwyso</translation>
    </message>
    <message>
        <source>Change back</source>
        <translation>Newid yn ôl</translation>
    </message>
    <message>
        <source>Change back to how it was</source>
        <translation>Newid yn ôl i fel roedd e</translation>
    </message>
    <message>
        <source>Do you use a screen reader?</source>
        <translation>Ydych chi&apos;n defnyddio darllenydd sgrin?</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nac ydw</translation>
    </message>
    <message>
        <source>No. My Say talks.</source>
        <translation>Nac ydw. Mae My Say yn siarad.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ydw</translation>
    </message>
    <message>
        <source>Yes, I use one. My Say does not talk over it.</source>
        <translation>Ydw, dw i&apos;n defnyddio un. Dydy My Say ddim yn siarad drosto.</translation>
    </message>
</context>
<context>
    <name>HowPage</name>
    <message>
        <source>Add words if you want to. They are kept as you type.</source>
        <translation>Ychwanegwch eiriau os ydych chi eisiau. Maen nhw&apos;n cael eu cadw wrth i chi deipio.</translation>
    </message>
    <message>
        <source>Record your voice if you want to.</source>
        <translation>Recordiwch eich llais os ydych chi eisiau.</translation>
    </message>
    <message>
        <source>Send it now, or add more first.</source>
        <translation>Anfonwch e nawr, neu ychwanegwch fwy yn gyntaf.</translation>
    </message>
    <message>
        <source>Say why</source>
        <translation>Dweud pam</translation>
    </message>
    <message>
        <source>Say why you are thanking them</source>
        <translation>Dweud pam rydych chi’n diolch iddyn nhw</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Lluniau</translation>
    </message>
    <message>
        <source>Say it with pictures</source>
        <translation>Ei ddweud gyda lluniau</translation>
    </message>
    <message>
        <source>My voice</source>
        <translation>Fy llais</translation>
    </message>
    <message>
        <source>Record my voice</source>
        <translation>Recordio fy llais</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Geiriau</translation>
    </message>
    <message>
        <source>Add words</source>
        <translation>Ychwanegu geiriau</translation>
    </message>
    <message>
        <source>Read it out at the mutual help meeting</source>
        <translation>Ei ddarllen allan yn y cyfarfod cyd-gymorth</translation>
    </message>
    <message>
        <source>Just send it</source>
        <translation>Dim ond ei anfon</translation>
    </message>
    <message>
        <source>Put it on the thank-you wall?</source>
        <translation>Ei roi ar y wal ddiolch?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>Yes, put it on the thank-you wall</source>
        <translation>Ie, rhowch e ar y wal ddiolch</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>No, keep it off the wall</source>
        <translation>Na, cadwch e oddi ar y wal</translation>
    </message>
    <message>
        <source>Thank you to {name}</source>
        <translation>Diolch i {name}</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Pam: {reasons}</translation>
    </message>
    <message>
        <source>Words: {words}</source>
        <translation>Geiriau: {words}</translation>
    </message>
    <message>
        <source>Your voice is recorded.</source>
        <translation>Mae eich llais wedi&apos;i recordio.</translation>
    </message>
</context>
<context>
    <name>IsThisYouScreen</name>
    <message>
        <source>Is this you, {name}?</source>
        <translation>Ai chi yw hwn, {name}?</translation>
    </message>
    <message>
        <source>Yes, this is me</source>
        <translation>Ie, fi yw hwn</translation>
    </message>
    <message>
        <source>No, it is not me</source>
        <translation>Na, nid fi yw hwn</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your private things are locked. Ask staff to help you choose your pictures.</source>
        <translation>Mae eich pethau preifat wedi&apos;u cloi. Gofynnwch i staff eich helpu i ddewis eich lluniau.</translation>
    </message>
    <message>
        <source>My Say is locked. Staff: sign in, then choose Close My Say.</source>
        <translation>Mae My Say wedi&apos;i gloi. Staff: mewngofnodwch, yna dewiswch Cau My Say.</translation>
    </message>
</context>
<context>
    <name>ManagerOnly</name>
    <message>
        <source>Only a ward manager can erase a person. Ask your ward manager.</source>
        <translation>Dim ond rheolwr ward sy&apos;n gallu dileu person. Gofynnwch i reolwr eich ward.</translation>
    </message>
    <message>
        <source>Only a ward manager can restore a backup. Ask your ward manager.</source>
        <translation>Dim ond rheolwr ward sy&apos;n gallu adfer copi wrth gefn. Gofynnwch i reolwr eich ward.</translation>
    </message>
    <message>
        <source>Only a ward manager can export the whole ward. Ask your ward manager.</source>
        <translation>Dim ond rheolwr ward sy&apos;n gallu allforio&apos;r ward gyfan. Gofynnwch i reolwr eich ward.</translation>
    </message>
    <message>
        <source>Only a ward manager can change ward settings. Ask your ward manager.</source>
        <translation>Dim ond rheolwr ward sy&apos;n gallu newid gosodiadau&apos;r ward. Gofynnwch i reolwr eich ward.</translation>
    </message>
    <message>
        <source>Only a ward manager can change a staff member&apos;s role. Ask your ward manager.</source>
        <translation>Dim ond rheolwr ward sy&apos;n gallu newid rôl aelod o staff. Gofynnwch i reolwr eich ward.</translation>
    </message>
    <message>
        <source>Only a ward manager can change a ward manager&apos;s PIN. Ask your ward manager.</source>
        <translation>Dim ond rheolwr ward sy&apos;n gallu newid PIN rheolwr ward. Gofynnwch i reolwr eich ward.</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Their usual topics</source>
        <translation>Eu pynciau arferol</translation>
    </message>
    <message>
        <source>Default topics</source>
        <translation>Pynciau diofyn</translation>
    </message>
    <message>
        <source>{name} (for {person})</source>
        <translation>{name} (ar gyfer {person})</translation>
    </message>
    <message>
        <source>What kind of meeting?</source>
        <translation>Pa fath o gyfarfod?</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Title (you can leave this empty)</source>
        <translation>Teitl (gallwch adael hwn yn wag)</translation>
    </message>
    <message>
        <source>Topics to start from</source>
        <translation>Pynciau i ddechrau ohonynt</translation>
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
    <name>MeetingsScreen</name>
    <message>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <source>Choose a person.</source>
        <translation>Dewiswch berson.</translation>
    </message>
    <message>
        <source>Add a meeting</source>
        <translation>Ychwanegu cyfarfod</translation>
    </message>
    <message>
        <source>Add this meeting</source>
        <translation>Ychwanegu&apos;r cyfarfod hwn</translation>
    </message>
    <message>
        <source>Cancel this meeting</source>
        <translation>Canslo&apos;r cyfarfod hwn</translation>
    </message>
    <message>
        <source>Write what was agreed</source>
        <translation>Ysgrifennu beth gafodd ei gytuno</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Dim cyfarfodydd eto.</translation>
    </message>
    <message>
        <source>Meetings that have happened</source>
        <translation>Cyfarfodydd sydd wedi bod</translation>
    </message>
    <message>
        <source>Meetings for {name}</source>
        <translation>Cyfarfodydd ar gyfer {name}</translation>
    </message>
    <message>
        <source>Change this meeting</source>
        <translation>Newid y cyfarfod hwn</translation>
    </message>
    <message>
        <source>Choose what kind of meeting it is.</source>
        <translation>Dewiswch pa fath o gyfarfod ydyw.</translation>
    </message>
    <message>
        <source>Meeting added. Changes now save by themselves.</source>
        <translation>Cyfarfod wedi&apos;i ychwanegu. Mae newidiadau nawr yn cael eu cadw ar unwaith.</translation>
    </message>
    <message>
        <source>This meeting was cancelled somewhere else.</source>
        <translation>Cafodd y cyfarfod hwn ei ganslo yn rhywle arall.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Cancel this meeting? {meeting}</source>
        <translation>Canslo&apos;r cyfarfod hwn? {meeting}</translation>
    </message>
    <message>
        <source>The meeting is cancelled.</source>
        <translation>Mae&apos;r cyfarfod wedi&apos;i ganslo.</translation>
    </message>
</context>
<context>
    <name>MutualHelpScreen</name>
    <message>
        <source>The recording will not play. Here are the words instead.</source>
        <translation>Dydy&apos;r recordiad ddim yn chwarae. Dyma&apos;r geiriau yn lle hynny.</translation>
    </message>
    <message>
        <source>The recording of the name will not play.</source>
        <translation>Dydy recordiad yr enw ddim yn chwarae.</translation>
    </message>
    <message>
        <source>Marked as read out: {thanks}.</source>
        <translation>Wedi&apos;i farcio fel wedi&apos;i ddarllen allan: {thanks}.</translation>
    </message>
    <message>
        <source>Mutual help meeting</source>
        <translation>Cyfarfod cyd-gymorth</translation>
    </message>
    <message>
        <source>Thank-yous to read out: {count}.</source>
        <translation>Negeseuon diolch i&apos;w darllen allan: {count}.</translation>
    </message>
    <message>
        <source>Thank-yous people asked to have read out. Read each one, then mark it as read out.</source>
        <translation>Negeseuon diolch mae pobl wedi gofyn iddyn nhw gael eu darllen allan. Darllenwch bob un, yna marciwch ei fod wedi&apos;i ddarllen allan.</translation>
    </message>
    <message>
        <source>There are no thank-yous to read out. All done.</source>
        <translation>Does dim negeseuon diolch i&apos;w darllen allan. Popeth wedi&apos;i wneud.</translation>
    </message>
</context>
<context>
    <name>MyMeetingScreen</name>
    <message>
        <source>The topic is back.</source>
        <translation>Mae&apos;r pwnc yn ôl.</translation>
    </message>
    <message>
        <source>My next meeting</source>
        <translation>Fy nghyfarfod nesaf</translation>
    </message>
    <message>
        <source>My meeting: {kind}</source>
        <translation>Fy nghyfarfod: {kind}</translation>
    </message>
    <message>
        <source>No meeting is booked yet. You can still get ready.</source>
        <translation>Does dim cyfarfod wedi&apos;i drefnu eto. Gallwch chi baratoi o hyd.</translation>
    </message>
    <message>
        <source>What I want to say. Add a topic to start.</source>
        <translation>Beth dw i eisiau ei ddweud. Ychwanegwch bwnc i ddechrau.</translation>
    </message>
    <message>
        <source>What I want to say: {done} of {total} done</source>
        <translation>Beth dw i eisiau ei ddweud: {done} o {total} wedi&apos;u gorffen</translation>
    </message>
    <message>
        <source>What we agreed last time</source>
        <translation>Beth wnaethon ni gytuno y tro diwethaf</translation>
    </message>
    <message>
        <source>Staff with me</source>
        <translation>Staff gyda mi</translation>
    </message>
    <message>
        <source>Staff with me: say who you are</source>
        <translation>Staff gyda mi: dwedwch pwy ydych chi</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>Gyda {name}</translation>
    </message>
    <message>
        <source>{name} is with me</source>
        <translation>Mae {name} gyda mi</translation>
    </message>
    <message>
        <source>Hear what we agreed last time</source>
        <translation>Gwrando ar beth wnaethon ni gytuno y tro diwethaf</translation>
    </message>
    <message>
        <source>Hear it</source>
        <translation>Gwrando ar hwn</translation>
    </message>
    <message>
        <source>Hear what we agreed</source>
        <translation>Gwrando ar beth wnaethon ni gytuno</translation>
    </message>
    <message>
        <source>How I take part</source>
        <translation>Sut dw i&apos;n cymryd rhan</translation>
    </message>
    <message>
        <source>Show my slides</source>
        <translation>Dangos fy sleidiau</translation>
    </message>
    <message>
        <source>Share my slides</source>
        <translation>Rhannu fy sleidiau</translation>
    </message>
    <message>
        <source>Help me say it</source>
        <translation>Helpwch fi i&apos;w ddweud</translation>
    </message>
    <message>
        <source>You removed “{topic}”.</source>
        <translation>Rydych chi wedi tynnu “{topic}”.</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>Dod â&apos;r pwnc yn ôl</translation>
    </message>
    <message>
        <source>Add my own topic</source>
        <translation>Ychwanegu fy mhwnc fy hun</translation>
    </message>
</context>
<context>
    <name>MySettingsScreen</name>
    <message>
        <source>How I like it</source>
        <translation>Sut dw i&apos;n ei hoffi</translation>
    </message>
    <message>
        <source>This is how fast I talk.</source>
        <translation>Dyma pa mor gyflym dw i&apos;n siarad.</translation>
    </message>
    <message>
        <source>Do you want the app to talk?</source>
        <translation>Ydych chi eisiau i&apos;r ap siarad?</translation>
    </message>
    <message>
        <source>Talk to me</source>
        <translation>Siarad â mi</translation>
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
        <translation>Pa mor fawr ddylai&apos;r geiriau fod?</translation>
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
        <source>Dark screen, bright words</source>
        <translation>Sgrin dywyll, geiriau llachar</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <source>Which language?</source>
        <translation>Pa iaith?</translation>
    </message>
    <message>
        <source>How long before My Say asks if you are still there?</source>
        <translation>Pa mor hir cyn i My Say ofyn ydych chi&apos;n dal yno?</translation>
    </message>
    <message>
        <source>Usual time</source>
        <translation>Amser arferol</translation>
    </message>
    <message>
        <source>Usual time before it asks</source>
        <translation>Amser arferol cyn iddo ofyn</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Dw i angen mwy o amser</translation>
    </message>
    <message>
        <source>I need more time. Twice as long.</source>
        <translation>Dw i angen mwy o amser. Dwywaith mor hir.</translation>
    </message>
    <message>
        <source>Touch, keys or switches?</source>
        <translation>Cyffwrdd, bysellau neu switsys?</translation>
    </message>
    <message>
        <source>How I press</source>
        <translation>Sut dw i&apos;n pwyso</translation>
    </message>
    <message>
        <source>How I press and move</source>
        <translation>Sut dw i&apos;n pwyso ac yn symud</translation>
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
        <translation>Darllenwch hwn i mi</translation>
    </message>
    <message>
        <source>I need help</source>
        <translation>Dw i angen help</translation>
    </message>
</context>
<context>
    <name>NextTopicStrip</name>
    <message>
        <source>{topic}: {face}. Saved.</source>
        <translation>{topic}: {face}. Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Every topic has a face now.</source>
        <translation>Mae wyneb gan bob pwnc nawr.</translation>
    </message>
    <message>
        <source>Next: {topic}. How do I feel about it?</source>
        <translation>Nesaf: {topic}. Sut dw i&apos;n teimlo amdano?</translation>
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
    <name>OutcomeForm</name>
    <message>
        <source>What was agreed</source>
        <translation>Beth gafodd ei gytuno</translation>
    </message>
    <message>
        <source>Write what was agreed, in plain words</source>
        <translation>Ysgrifennwch beth gafodd ei gytuno, mewn geiriau syml</translation>
    </message>
    <message>
        <source>Use short sentences and everyday words. The person will hear this read aloud.</source>
        <translation>Defnyddiwch frawddegau byr a geiriau bob dydd. Bydd y person yn clywed hyn yn cael ei ddarllen yn uchel.</translation>
    </message>
    <message>
        <source>Save what was agreed</source>
        <translation>Cadw beth gafodd ei gytuno</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Written before</source>
        <translation>Wedi&apos;i ysgrifennu o&apos;r blaen</translation>
    </message>
    <message>
        <source>Nothing is written for this meeting yet.</source>
        <translation>Does dim byd wedi&apos;i ysgrifennu ar gyfer y cyfarfod hwn eto.</translation>
    </message>
    <message>
        <source>Please write what was agreed first. Then press Save.</source>
        <translation>Ysgrifennwch beth gafodd ei gytuno yn gyntaf, os gwelwch yn dda. Yna pwyswch Cadw.</translation>
    </message>
    <message>
        <source>This meeting was cancelled somewhere else. Nothing was saved.</source>
        <translation>Cafodd y cyfarfod hwn ei ganslo yn rhywle arall. Chafodd dim byd ei gadw.</translation>
    </message>
    <message>
        <source>Saved. {name} will hear it next time they open My meeting.</source>
        <translation>Wedi&apos;i gadw. Bydd {name} yn ei glywed y tro nesaf y byddan nhw&apos;n agor Fy nghyfarfod.</translation>
    </message>
    <message>
        <source>Written {when} by {name}.</source>
        <translation>Wedi&apos;i ysgrifennu ar {when} gan {name}.</translation>
    </message>
    <message>
        <source>Written {when}.</source>
        <translation>Wedi&apos;i ysgrifennu ar {when}.</translation>
    </message>
    <message>
        <source>They have heard it.</source>
        <translation>Maen nhw wedi&apos;i glywed.</translation>
    </message>
    <message>
        <source>They have not heard it yet.</source>
        <translation>Dydyn nhw ddim wedi&apos;i glywed eto.</translation>
    </message>
</context>
<context>
    <name>PagedGrid</name>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Tudalen {number} o {count}</translation>
    </message>
    <message>
        <source>Page before</source>
        <translation>Tudalen cynt</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mwy</translation>
    </message>
</context>
<context>
    <name>Partnership</name>
    <message>
        <source>Laying the foundation</source>
        <translation>Gosod y sylfaen</translation>
    </message>
    <message>
        <source>We tell each person how they can have a say, in a way they understand.</source>
        <translation>Rydyn ni&apos;n dweud wrth bob person sut gallan nhw ddweud eu barn, mewn ffordd maen nhw&apos;n ei deall.</translation>
    </message>
    <message>
        <source>Our notices and letters come in easy words and pictures.</source>
        <translation>Mae ein hysbysiadau a&apos;n llythyrau mewn geiriau hawdd a lluniau.</translation>
    </message>
    <message>
        <source>We make time to listen, not only when there is a problem.</source>
        <translation>Rydyn ni&apos;n gwneud amser i wrando, nid dim ond pan fydd problem.</translation>
    </message>
    <message>
        <source>We ask each person how they want to take part, including not at all.</source>
        <translation>Rydyn ni&apos;n gofyn i bob person sut maen nhw eisiau cymryd rhan, gan gynnwys peidio â chymryd rhan o gwbl.</translation>
    </message>
    <message>
        <source>We tell people what happened to what they said, even when it is no.</source>
        <translation>Rydyn ni&apos;n dweud wrth bobl beth ddigwyddodd i&apos;r hyn a ddywedon nhw, hyd yn oed pan fydd yr ateb yn na.</translation>
    </message>
    <message>
        <source>Identifying and building skills</source>
        <translation>Nodi a datblygu sgiliau</translation>
    </message>
    <message>
        <source>We find out what each person is good at and what they enjoy.</source>
        <translation>Rydyn ni&apos;n darganfod beth mae pob person yn dda am ei wneud a beth maen nhw&apos;n ei fwynhau.</translation>
    </message>
    <message>
        <source>People can take on a role, such as ward rep or group helper.</source>
        <translation>Gall pobl gymryd rôl, fel cynrychiolydd y ward neu helpwr grŵp.</translation>
    </message>
    <message>
        <source>People can learn skills for meetings, like speaking up or chairing.</source>
        <translation>Gall pobl ddysgu sgiliau ar gyfer cyfarfodydd, fel lleisio eu barn neu gadeirio.</translation>
    </message>
    <message>
        <source>We help people get ready before meetings about their care.</source>
        <translation>Rydyn ni&apos;n helpu pobl i baratoi cyn cyfarfodydd am eu gofal.</translation>
    </message>
    <message>
        <source>Staff learn with patients, not only about them.</source>
        <translation>Mae staff yn dysgu gyda chleifion, nid dim ond amdanyn nhw.</translation>
    </message>
    <message>
        <source>Working in partnership</source>
        <translation>Gweithio mewn partneriaeth</translation>
    </message>
    <message>
        <source>Patients help decide how the ward is run.</source>
        <translation>Mae cleifion yn helpu i benderfynu sut mae&apos;r ward yn cael ei rhedeg.</translation>
    </message>
    <message>
        <source>Each person writes their care plan with us, in their words.</source>
        <translation>Mae pob person yn ysgrifennu eu cynllun gofal gyda ni, yn eu geiriau eu hunain.</translation>
    </message>
    <message>
        <source>Patients help choose and train new staff.</source>
        <translation>Mae cleifion yn helpu i ddewis a hyfforddi staff newydd.</translation>
    </message>
    <message>
        <source>Patients&apos; views go to the hospital council and come back answered.</source>
        <translation>Mae barn cleifion yn mynd i gyngor yr ysbyty ac yn dod yn ôl gydag ateb.</translation>
    </message>
    <message>
        <source>We check this list with patients, not only about them.</source>
        <translation>Rydyn ni&apos;n gwirio&apos;r rhestr hon gyda chleifion, nid dim ond amdanyn nhw.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Yn dechrau</translation>
    </message>
    <message>
        <source>Mostly</source>
        <translation>Gan amlaf</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Bob amser</translation>
    </message>
</context>
<context>
    <name>PartnershipScreen</name>
    <message>
        <source>{practice} {rating}</source>
        <translation>{practice} {rating}</translation>
    </message>
    <message>
        <source>Not saved yet. Press Save this check.</source>
        <translation>Heb ei gadw eto. Pwyswch Cadw&apos;r gwiriad hwn.</translation>
    </message>
    <message>
        <source>Saved. See Progress</source>
        <translation>Wedi&apos;i gadw. Gweler Cynnydd</translation>
    </message>
    <message>
        <source>{level}: not rated</source>
        <translation>{level}: heb ei sgorio</translation>
    </message>
    <message>
        <source>{level}: {percent}%</source>
        <translation>{level}: {percent}%</translation>
    </message>
    <message>
        <source>Each level, check by check</source>
        <translation>Pob lefel, fesul gwiriad</translation>
    </message>
    <message>
        <source>Working in partnership</source>
        <translation>Gweithio mewn partneriaeth</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Gwirio nawr</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>As a team, rate how often you do each practice. It starts from your last check. Leave a practice blank if you are not sure. Press Save this check when you are done.</source>
        <translation>Fel tîm, sgoriwch pa mor aml rydych chi&apos;n gwneud pob arfer. Mae&apos;n dechrau o&apos;ch gwiriad diwethaf. Gadewch arfer yn wag os nad ydych chi&apos;n siŵr. Pwyswch Cadw&apos;r gwiriad hwn pan fyddwch chi wedi gorffen.</translation>
    </message>
    <message>
        <source>Save this check</source>
        <translation>Cadw&apos;r gwiriad hwn</translation>
    </message>
    <message>
        <source>How each level is going: percent of Always</source>
        <translation>Sut mae pob lefel yn mynd: canran Bob amser</translation>
    </message>
    <message>
        <source>No checks yet. Rate the practices in Check now and press Save. Progress shows here.</source>
        <translation>Dim gwiriadau eto. Sgoriwch yr arferion yn Gwirio nawr a phwyswch Cadw. Bydd y cynnydd yn dangos yma.</translation>
    </message>
    <message>
        <source>The last checks</source>
        <translation>Y gwiriadau diwethaf</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>People with no ward</source>
        <translation>Pobl heb ward</translation>
    </message>
    <message>
        <source>{name} (ward manager)</source>
        <translation>{name} (rheolwr ward)</translation>
    </message>
    <message>
        <source>{name} (staff)</source>
        <translation>{name} (staff)</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (wedi&apos;i archifo)</translation>
    </message>
    <message>
        <source>This person is no longer here. Someone may have erased them.</source>
        <translation>Dydy&apos;r person hwn ddim yma bellach. Efallai fod rhywun wedi&apos;u dileu.</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Chafodd dim byd ei ddileu.</translation>
    </message>
    <message>
        <source>You cannot erase yourself while you are signed in.</source>
        <translation>Allwch chi ddim dileu eich hun tra byddwch wedi mewngofnodi.</translation>
    </message>
    <message>
        <source>{name} has been erased. The audit log keeps only that it happened.</source>
        <translation>Mae popeth am {name} wedi&apos;i ddileu. Dim ond y ffaith i hyn ddigwydd y mae&apos;r log archwilio yn ei chadw.</translation>
    </message>
    <message>
        <source>Show people on</source>
        <translation>Dangos pobl ar</translation>
    </message>
    <message>
        <source>Show archived people too</source>
        <translation>Dangos yr archif hefyd</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Claf newydd</translation>
    </message>
    <message>
        <source>New staff</source>
        <translation>Staff newydd</translation>
    </message>
    <message>
        <source>People on this ward</source>
        <translation>Pobl ar y ward hon</translation>
    </message>
    <message>
        <source>Choose a person from the list, or add someone new.</source>
        <translation>Dewiswch berson o&apos;r rhestr, neu ychwanegwch rywun newydd.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>No ward</source>
        <translation>Dim ward</translation>
    </message>
    <message>
        <source>A name cannot be empty. The last name typed is kept.</source>
        <translation>All enw ddim bod yn wag. Mae&apos;r enw diwethaf a deipiwyd wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Moved to {ward}.</source>
        <translation>Wedi symud i {ward}.</translation>
    </message>
    <message>
        <source>You cannot do that to yourself while you are signed in.</source>
        <translation>Allwch chi ddim gwneud hynny i chi&apos;ch hun tra byddwch wedi mewngofnodi.</translation>
    </message>
    <message>
        <source>This person is no longer here. Someone may have erased them.</source>
        <translation>Dydy&apos;r person hwn ddim yma bellach. Efallai fod rhywun wedi&apos;u dileu.</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Dewis llun</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp)</source>
        <translation>Lluniau (*.jpg *.jpeg *.png *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>The picture is saved.</source>
        <translation>Mae&apos;r llun wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>This picture is too big ({width} × {height}). Please choose a smaller one: at most 10000 on each side and 40 megapixels in all.</source>
        <translation>Mae&apos;r llun hwn yn rhy fawr ({width} × {height}). Dewiswch un llai: dim mwy na 10000 ar bob ochr a 40 megapicsel i gyd.</translation>
    </message>
    <message>
        <source>This file is too big. Please choose a picture under 60 MB.</source>
        <translation>Mae&apos;r ffeil hon yn rhy fawr. Dewiswch lun sy&apos;n llai na 60 MB.</translation>
    </message>
    <message>
        <source>The picture could not be saved. Please tell the ward&apos;s IT contact.</source>
        <translation>Doedd dim modd cadw&apos;r llun. Rhowch wybod i gyswllt TG y ward.</translation>
    </message>
    <message>
        <source>This file is not a picture we can use, or it is damaged.</source>
        <translation>Dydy&apos;r ffeil hon ddim yn llun y gallwn ei ddefnyddio, neu mae wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <source>The picture is removed.</source>
        <translation>Mae&apos;r llun wedi&apos;i dynnu.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type them again.</source>
        <translation>Dydy&apos;r ddau PIN ddim yr un fath. Teipiwch nhw eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>The new PIN is saved.</source>
        <translation>Mae&apos;r PIN newydd wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Save a PIN for them first. Then you can change their role.</source>
        <translation>Cadwch PIN iddyn nhw yn gyntaf. Yna gallwch chi newid eu rôl.</translation>
    </message>
    <message>
        <source>The ward must always have a ward manager. Make someone else a ward manager first.</source>
        <translation>Rhaid i&apos;r ward gael rheolwr ward bob amser. Gwnewch rywun arall yn rheolwr ward yn gyntaf.</translation>
    </message>
    <message>
        <source>{name} is now a ward manager.</source>
        <translation>Mae {name} yn rheolwr ward nawr.</translation>
    </message>
    <message>
        <source>{name} is now ward staff.</source>
        <translation>Mae {name} yn staff ward nawr.</translation>
    </message>
    <message>
        <source>Archived. They are hidden from the ward until brought back.</source>
        <translation>Wedi&apos;i archifo. Maen nhw wedi&apos;u cuddio o&apos;r ward nes iddyn nhw gael eu dwyn yn ôl.</translation>
    </message>
    <message>
        <source>Brought back to the ward.</source>
        <translation>Wedi dod yn ôl i&apos;r ward.</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Dod â nhw&apos;n ôl</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archifo</translation>
    </message>
    <message>
        <source>Role: ward manager</source>
        <translation>Rôl: rheolwr ward</translation>
    </message>
    <message>
        <source>Role: ward staff</source>
        <translation>Rôl: staff ward</translation>
    </message>
    <message>
        <source>Make ward staff</source>
        <translation>Gwneud yn staff ward</translation>
    </message>
    <message>
        <source>Make ward manager</source>
        <translation>Gwneud yn rheolwr ward</translation>
    </message>
    <message>
        <source>New staff member: type their name. It saves by itself.</source>
        <translation>Aelod newydd o staff: teipiwch eu henw. Mae&apos;n cadw&apos;n awtomatig.</translation>
    </message>
    <message>
        <source>New patient: type their name. It saves by itself.</source>
        <translation>Claf newydd: teipiwch eu henw. Mae&apos;n cadw&apos;n awtomatig.</translation>
    </message>
    <message>
        <source>Archived: hidden from the ward</source>
        <translation>Wedi&apos;i archifo: wedi&apos;i guddio o&apos;r ward</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Aelod o staff</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Claf</translation>
    </message>
    <message>
        <source>Their picture</source>
        <translation>Eu llun</translation>
    </message>
    <message>
        <source>Name they like to be called</source>
        <translation>Yr enw maen nhw&apos;n hoffi cael eu galw</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>New PIN (4 to 8 numbers)</source>
        <translation>PIN newydd (4 i 8 rhif)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Yr un PIN eto</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>A ward rep speaks for the ward at the recovery council.</source>
        <translation>Mae cynrychiolydd ward yn siarad dros y ward yn y cyngor adferiad.</translation>
    </message>
    <message>
        <source>PIN for signing in</source>
        <translation>PIN i fewngofnodi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>A ward manager can also erase people, restore backups, export the whole ward, change ward settings and change roles. Only a ward manager can change a role.</source>
        <translation>Mae rheolwr ward hefyd yn gallu dileu pobl, adfer copïau wrth gefn, allforio&apos;r ward gyfan, newid gosodiadau&apos;r ward a newid rolau. Dim ond rheolwr ward sy&apos;n gallu newid rôl.</translation>
    </message>
    <message>
        <source>Archive or erase</source>
        <translation>Archifo neu ddileu</translation>
    </message>
    <message>
        <source>You are signed in as this person, so you cannot archive or erase yourself.</source>
        <translation>Rydych chi wedi mewngofnodi fel y person hwn, felly allwch chi ddim archifo na dileu eich hun.</translation>
    </message>
    <message>
        <source>Ward rep</source>
        <translation>Cynrychiolydd ward</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Dewis llun…</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Tynnu&apos;r llun</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Cadw&apos;r PIN</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Dileu&apos;r person hwn…</translation>
    </message>
</context>
<context>
    <name>PictureChooser</name>
    <message>
        <source>Picture {number}</source>
        <translation>Llun {number}</translation>
    </message>
    <message>
        <source>Picture {number} of {count}</source>
        <translation>Llun {number} o {count}</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Dewis llun</translation>
    </message>
    <message>
        <source>There are no pictures here yet. Staff can put your photos in the new pictures folder or plug in a camera card.</source>
        <translation>Does dim lluniau yma eto. Gall staff roi eich lluniau yn y ffolder lluniau newydd neu roi cerdyn camera i mewn.</translation>
    </message>
</context>
<context>
    <name>PicturePasswordScreen</name>
    <message>
        <source>{name}, press your 3 pictures in order</source>
        <translation>{name}, pwyswch eich 3 llun yn eu trefn</translation>
    </message>
    <message>
        <source>{done} of {total} pictures pressed</source>
        <translation>{done} o {total} llun wedi&apos;u pwyso</translation>
    </message>
    <message>
        <source>That was not right. Please wait {seconds} seconds, then try again.</source>
        <translation>Doedd hynny ddim yn iawn. Arhoswch {seconds} eiliad, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That was not right. Try again.</source>
        <translation>Doedd hynny ddim yn iawn. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Forgotten your pictures? A member of staff can set new ones with you.</source>
        <translation>Wedi anghofio eich lluniau? Gall aelod o staff osod rhai newydd gyda chi.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Dechrau eto</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Dim nawr</translation>
    </message>
    <message>
        <source>Not now. Keep my private things hidden.</source>
        <translation>Dim nawr. Cadw fy mhethau preifat yn gudd.</translation>
    </message>
</context>
<context>
    <name>PicturePasswordsScreen</name>
    <message>
        <source>The two tries were not the same. Press the 3 pictures again.</source>
        <translation>Doedd y ddau gynnig ddim yr un fath. Pwyswch y 3 llun eto.</translation>
    </message>
    <message>
        <source>{name}&apos;s picture password is saved.</source>
        <translation>Mae cyfrinair lluniau {name} wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Remove {name}&apos;s picture password? They can choose a new one with you.</source>
        <translation>Tynnu cyfrinair lluniau {name}? Gallan nhw ddewis un newydd gyda chi.</translation>
    </message>
    <message>
        <source>Removed. {name} can choose a new one now.</source>
        <translation>Wedi&apos;i dynnu. Gall {name} ddewis un newydd nawr.</translation>
    </message>
    <message>
        <source>Picture passwords</source>
        <translation>Cyfrineiriau lluniau</translation>
    </message>
    <message>
        <source>A picture password keeps a person&apos;s private things (what was agreed, staff notes, their words) hidden from other patients. Sit with the person: they choose it, not you.</source>
        <translation>Mae cyfrinair lluniau yn cadw pethau preifat person (beth gafodd ei gytuno, nodiadau staff, eu geiriau) yn gudd rhag cleifion eraill. Eisteddwch gyda&apos;r person: nhw sy&apos;n ei ddewis, nid chi.</translation>
    </message>
    <message>
        <source>Has a picture password</source>
        <translation>Gyda chyfrinair lluniau</translation>
    </message>
    <message>
        <source>No picture password</source>
        <translation>Heb gyfrinair lluniau</translation>
    </message>
    <message>
        <source>Choose a person.</source>
        <translation>Dewiswch berson.</translation>
    </message>
    <message>
        <source>{name} chooses 9 pictures they like: {count} of 9 chosen.</source>
        <translation>Mae {name} yn dewis 9 llun maen nhw&apos;n eu hoffi: {count} o 9 wedi&apos;u dewis.</translation>
    </message>
    <message>
        <source>{name} presses their 3 pictures in order: {count} of 3.</source>
        <translation>Mae {name} yn pwyso eu 3 llun yn eu trefn: {count} o 3.</translation>
    </message>
    <message>
        <source>Once more, to be sure: {count} of 3.</source>
        <translation>Unwaith eto, i fod yn siŵr: {count} o 3.</translation>
    </message>
    <message>
        <source>Set a new picture password</source>
        <translation>Gosod cyfrinair lluniau newydd</translation>
    </message>
    <message>
        <source>Remove it (forgotten)</source>
        <translation>Ei dynnu (wedi anghofio)</translation>
    </message>
    <message>
        <source>Next: press 3 in order</source>
        <translation>Nesaf: pwyso 3 yn eu trefn</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Dechrau eto</translation>
    </message>
</context>
<context>
    <name>PieceCard</name>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Does dim modd dangos y llun hwn.</translation>
    </message>
    <message>
        <source>number {number}: {what}</source>
        <translation>rhif {number}: {what}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Chwarae</translation>
    </message>
    <message>
        <source>Play my recording</source>
        <translation>Chwarae fy recordiad</translation>
    </message>
    <message>
        <source>Hear</source>
        <translation>Gwrando</translation>
    </message>
    <message>
        <source>Hear it</source>
        <translation>Gwrando ar hwn</translation>
    </message>
    <message>
        <source>Change these words</source>
        <translation>Newid y geiriau hyn</translation>
    </message>
    <message>
        <source>Remove this</source>
        <translation>Tynnu hwn</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
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
        <translation>{count} rhif wedi&apos;u rhoi</translation>
    </message>
</context>
<context>
    <name>PinWords</name>
    <message>
        <source>A PIN is made of numbers only.</source>
        <translation>Rhifau yn unig sydd mewn PIN.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 numbers.</source>
        <translation>Mae gan PIN 4 i 8 rhif.</translation>
    </message>
    <message>
        <source>A PIN cannot be one number repeated.</source>
        <translation>All PIN ddim bod yr un rhif drosodd a throsodd.</translation>
    </message>
    <message>
        <source>A PIN cannot be numbers in a row, like 1234.</source>
        <translation>All PIN ddim bod yn rhifau yn eu trefn, fel 1234.</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <source>My point {n}</source>
        <translation>Fy mhwynt {n}</translation>
    </message>
    <message>
        <source>Symbols: {symbols}</source>
        <translation>Symbolau: {symbols}</translation>
    </message>
    <message>
        <source>My voice is recorded.</source>
        <translation>Mae fy llais wedi&apos;i recordio.</translation>
    </message>
    <message>
        <source>Hear it</source>
        <translation>Gwrando ar hwn</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>This could not be saved. Please ask staff for help.</source>
        <translation>Doedd dim modd cadw hwn. Gofynnwch i staff am help, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>This recording will not play. It may be damaged.</source>
        <translation>Dydy&apos;r recordiad hwn ddim yn chwarae. Efallai ei fod wedi&apos;i ddifrodi.</translation>
    </message>
    <message>
        <source>Remove this point?</source>
        <translation>Tynnu&apos;r pwynt hwn?</translation>
    </message>
    <message>
        <source>The point is removed.</source>
        <translation>Mae&apos;r pwynt wedi&apos;i dynnu.</translation>
    </message>
    <message>
        <source>Back to my points</source>
        <translation>Yn ôl i fy mhwyntiau</translation>
    </message>
    <message>
        <source>Back to my points. Your words are saved.</source>
        <translation>Yn ôl i fy mhwyntiau. Mae eich geiriau wedi&apos;u cadw.</translation>
    </message>
    <message>
        <source>My own points. Say them with pictures, your voice or words.</source>
        <translation>Fy mhwyntiau fy hun. Dwedwch nhw gyda lluniau, eich llais neu eiriau.</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Lluniau</translation>
    </message>
    <message>
        <source>Add a point with pictures</source>
        <translation>Ychwanegu pwynt gyda lluniau</translation>
    </message>
    <message>
        <source>No points yet. Add one with pictures, your voice or words.</source>
        <translation>Dim pwyntiau eto. Ychwanegwch un gyda lluniau, eich llais neu eiriau.</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Geiriau</translation>
    </message>
    <message>
        <source>Add a point in words</source>
        <translation>Ychwanegu pwynt mewn geiriau</translation>
    </message>
    <message>
        <source>My voice</source>
        <translation>Fy llais</translation>
    </message>
    <message>
        <source>Add a point in my voice</source>
        <translation>Ychwanegu pwynt yn fy llais</translation>
    </message>
</context>
<context>
    <name>PreferencesPanel</name>
    <message>
        <source>{rate} words a minute</source>
        <translation>{rate} gair y funud</translation>
    </message>
    <message>
        <source>Standard voice</source>
        <translation>Llais safonol</translation>
    </message>
    <message>
        <source>Scottish English</source>
        <translation>Saesneg yr Alban</translation>
    </message>
    <message>
        <source>West Midlands English</source>
        <translation>Saesneg Gorllewin Canolbarth Lloegr</translation>
    </message>
    <message>
        <source>Received Pronunciation (RP) English</source>
        <translation>Saesneg ynganiad safonol (RP)</translation>
    </message>
    <message>
        <source>Lancashire English</source>
        <translation>Saesneg Swydd Gaerhirfryn</translation>
    </message>
    <message>
        <source>How the app talks and looks for them</source>
        <translation>Sut mae&apos;r ap yn siarad ac yn edrych iddyn nhw</translation>
    </message>
    <message>
        <source>Speak out loud</source>
        <translation>Siarad yn uchel</translation>
    </message>
    <message>
        <source>Dark screen, bright words</source>
        <translation>Sgrin dywyll, geiriau llachar</translation>
    </message>
    <message>
        <source>Show symbols</source>
        <translation>Dangos symbolau</translation>
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
        <source>Try it</source>
        <translation>Rhowch gynnig arni</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Llais</translation>
    </message>
    <message>
        <source>Size of words</source>
        <translation>Maint y geiriau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>How fast it talks</source>
        <translation>Pa mor gyflym mae&apos;n siarad</translation>
    </message>
    <message>
        <source>Speaks a sample with this voice and speed</source>
        <translation>Yn dweud enghraifft gyda&apos;r llais a&apos;r cyflymder hwn</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Arferol</translation>
    </message>
    <message>
        <source>Big</source>
        <translation>Mawr</translation>
    </message>
    <message>
        <source>Biggest</source>
        <translation>Mwyaf</translation>
    </message>
    <message>
        <source>Same as the ward</source>
        <translation>Yr un fath â&apos;r ward</translation>
    </message>
</context>
<context>
    <name>PremCharts</name>
    <message>
        <source>Answers over time</source>
        <translation>Atebion dros amser</translation>
    </message>
    <message>
        <source>fewer than 3</source>
        <translation>llai na 3</translation>
    </message>
    <message>
        <source>n={n}</source>
        <translation>n={n}</translation>
    </message>
    <message>
        <source>Ward trend</source>
        <translation>Tuedd y ward</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
</context>
<context>
    <name>PremItems</name>
    <message>
        <source>I feel safe on the ward.</source>
        <translation>Dw i&apos;n teimlo&apos;n ddiogel ar y ward.</translation>
    </message>
    <message>
        <source>Staff listen to me.</source>
        <translation>Mae staff yn gwrando arna i.</translation>
    </message>
    <message>
        <source>Staff are kind to me.</source>
        <translation>Mae staff yn garedig wrtha i.</translation>
    </message>
    <message>
        <source>I have a say in my care.</source>
        <translation>Mae gen i lais yn fy ngofal.</translation>
    </message>
    <message>
        <source>I know what is happening in my care.</source>
        <translation>Dw i&apos;n gwybod beth sy&apos;n digwydd yn fy ngofal.</translation>
    </message>
    <message>
        <source>There are things to do that I like.</source>
        <translation>Mae pethau i&apos;w gwneud dw i&apos;n eu hoffi.</translation>
    </message>
    <message>
        <source>I can keep in touch with family and friends.</source>
        <translation>Dw i&apos;n gallu cadw mewn cysylltiad â theulu a ffrindiau.</translation>
    </message>
    <message>
        <source>I feel hopeful about my future.</source>
        <translation>Dw i&apos;n teimlo&apos;n obeithiol am fy nyfodol.</translation>
    </message>
</context>
<context>
    <name>PremWords</name>
    <message>
        <source>You skipped this one</source>
        <translation>Neidioch chi dros hwn</translation>
    </message>
    <message>
        <source>Better than last time</source>
        <translation>Yn well na&apos;r tro diwethaf</translation>
    </message>
    <message>
        <source>The same as last time</source>
        <translation>Yr un fath â&apos;r tro diwethaf</translation>
    </message>
    <message>
        <source>Worse than last time</source>
        <translation>Yn waeth na&apos;r tro diwethaf</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>Y tro cyntaf</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Heb ofyn</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Bob wythnos</translation>
    </message>
    <message>
        <source>Every {weeks} weeks</source>
        <translation>Bob {weeks} wythnos</translation>
    </message>
    <message>
        <source>Every {days} days</source>
        <translation>Bob {days} diwrnod</translation>
    </message>
</context>
<context>
    <name>PremsScreen</name>
    <message>
        <source>Not asked</source>
        <translation>Heb ofyn</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Yn ddyledus nawr</translation>
    </message>
    <message>
        <source>Next: {day}</source>
        <translation>Nesaf: {day}</translation>
    </message>
    <message>
        <source>{weeks} weeks</source>
        <translation>{weeks} wythnos</translation>
    </message>
    <message>
        <source>{name}: {how_often}</source>
        <translation>{name}: {how_often}</translation>
    </message>
    <message>
        <source>Ask now</source>
        <translation>Gofyn nawr</translation>
    </message>
    <message>
        <source>Ask {name} now</source>
        <translation>Gofyn i {name} nawr</translation>
    </message>
    <message>
        <source>{name} will not be asked.</source>
        <translation>Fydd dim cwestiynau&apos;n cael eu gofyn i {name}.</translation>
    </message>
    <message>
        <source>Saved. {name}: {how_often}.</source>
        <translation>Wedi&apos;i gadw. {name}: {how_often}.</translation>
    </message>
    <message>
        <source>{name} will see the questions on their Home screen now.</source>
        <translation>Bydd {name} yn gweld y cwestiynau ar eu sgrin Adref nawr.</translation>
    </message>
    <message>
        <source>Not saved yet. Press Save the questions.</source>
        <translation>Heb ei gadw eto. Pwyswch Cadw&apos;r cwestiynau.</translation>
    </message>
    <message>
        <source>There are enough questions. Keep it short.</source>
        <translation>Mae digon o gwestiynau. Cadwch e&apos;n fyr.</translation>
    </message>
    <message>
        <source>Keep at least one question.</source>
        <translation>Cadwch o leiaf un cwestiwn.</translation>
    </message>
    <message>
        <source>Choose a picture for: {question}</source>
        <translation>Dewiswch lun ar gyfer: {question}</translation>
    </message>
    <message>
        <source>Saved as a new version ({version}). The answers people gave before keep the old words.</source>
        <translation>Wedi&apos;i gadw fel fersiwn newydd ({version}). Mae&apos;r atebion a roddodd pobl o&apos;r blaen yn cadw&apos;r hen eiriau.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Does dim byd wedi newid.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>There are no earlier versions.</source>
        <translation>Does dim fersiynau cynharach.</translation>
    </message>
    <message>
        <source>Version {version}, made {day}</source>
        <translation>Fersiwn {version}, wedi&apos;i gwneud ar {day}</translation>
    </message>
    <message>
        <source>Version {version}. People have answered these questions. Saving a change makes a new version. The answers people gave keep the old words.</source>
        <translation>Fersiwn {version}. Mae pobl wedi ateb y cwestiynau hyn. Mae cadw newid yn gwneud fersiwn newydd. Mae&apos;r atebion a roddodd pobl yn cadw&apos;r hen eiriau.</translation>
    </message>
    <message>
        <source>Version {version}. Nobody has answered these yet, so changes replace them.</source>
        <translation>Fersiwn {version}. Does neb wedi ateb y rhain eto, felly bydd newidiadau&apos;n cymryd eu lle.</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>Cwestiwn {number}</translation>
    </message>
    <message>
        <source>Write the question in easy words</source>
        <translation>Ysgrifennwch y cwestiwn mewn geiriau hawdd</translation>
    </message>
    <message>
        <source>Change the picture for question {number}</source>
        <translation>Newid y llun ar gyfer cwestiwn {number}</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <source>Move question {number} up</source>
        <translation>Symud cwestiwn {number} i fyny</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <source>Move question {number} down</source>
        <translation>Symud cwestiwn {number} i lawr</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove question {number}</source>
        <translation>Tynnu cwestiwn {number}</translation>
    </message>
    <message>
        <source>Answers from {name}</source>
        <translation>Atebion gan {name}</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Pob cwestiwn</translation>
    </message>
    <message>
        <source>Show: {question}</source>
        <translation>Dangos: {question}</translation>
    </message>
    <message>
        <source>No answers from {name} yet. When they answer, their answers show here.</source>
        <translation>Dim atebion gan {name} eto. Pan fyddan nhw&apos;n ateb, bydd eu hatebion yn dangos yma.</translation>
    </message>
    <message>
        <source>There is nobody on this ward yet.</source>
        <translation>Does neb ar y ward hon eto.</translation>
    </message>
    <message>
        <source>{name}: answers over time</source>
        <translation>{name}: atebion dros amser</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>{mean} ({count})</source>
        <translation>{mean} ({count})</translation>
    </message>
    <message>
        <source>fewer than 3 answers</source>
        <translation>llai na 3 ateb</translation>
    </message>
    <message>
        <source>{count}, fewer than 3 people</source>
        <translation>{count}, llai na 3 o bobl</translation>
    </message>
    <message>
        <source>No answers in this time. Try a longer time, or ask people first.</source>
        <translation>Dim atebion yn yr amser hwn. Rhowch gynnig ar amser hirach, neu gofynnwch i bobl yn gyntaf.</translation>
    </message>
    <message>
        <source>No answers to this question in this time. Try a longer time.</source>
        <translation>Dim atebion i&apos;r cwestiwn hwn yn yr amser hwn. Rhowch gynnig ar amser hirach.</translation>
    </message>
    <message>
        <source>Too few answers to draw without names yet. The numbers are below, as fewer than 3.</source>
        <translation>Does dim digon o atebion eto i lunio siart heb enwau. Mae&apos;r rhifau isod, fel llai na 3.</translation>
    </message>
    <message>
        <source>The ward: how it is going</source>
        <translation>Y ward: sut mae pethau&apos;n mynd</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Atebion</translation>
    </message>
    <message>
        <source>fewer than 3</source>
        <translation>llai na 3</translation>
    </message>
    <message>
        <source>Experience questions</source>
        <translation>Cwestiynau profiad</translation>
    </message>
    <message>
        <source>Who is asked</source>
        <translation>Pwy sy&apos;n cael eu holi</translation>
    </message>
    <message>
        <source>The questions</source>
        <translation>Y cwestiynau</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <source>Choose how often each person is asked. It saves at once. When it is time, the person sees Questions for me on their Home screen.</source>
        <translation>Dewiswch pa mor aml mae pob person yn cael eu holi. Mae&apos;n cadw ar unwaith. Pan fydd hi&apos;n amser, bydd y person yn gweld Cwestiynau i mi ar eu sgrin Adref.</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Ychwanegu cwestiwn</translation>
    </message>
    <message>
        <source>Save the questions</source>
        <translation>Cadw&apos;r cwestiynau</translation>
    </message>
    <message>
        <source>Undo my changes</source>
        <translation>Dadwneud fy newidiadau</translation>
    </message>
    <message>
        <source>Keep the picture</source>
        <translation>Cadw&apos;r llun</translation>
    </message>
    <message>
        <source>Earlier versions (kept as they were)</source>
        <translation>Fersiynau cynharach (wedi&apos;u cadw fel yr oedden nhw)</translation>
    </message>
    <message>
        <source>Which question</source>
        <translation>Pa gwestiwn</translation>
    </message>
    <message>
        <source>One person&apos;s answers over time</source>
        <translation>Atebion un person dros amser</translation>
    </message>
    <message>
        <source>The whole ward, without names</source>
        <translation>Y ward gyfan, heb enwau</translation>
    </message>
    <message>
        <source>Scores: good 3, not sure 2, not good 1. Skipped questions are left out. Where fewer than 3 people answered, the score is hidden so nobody can be picked out.</source>
        <translation>Sgoriau: da 3, ddim yn siŵr 2, ddim yn dda 1. Dydy cwestiynau a gafodd eu hepgor ddim yn cael eu cyfrif. Lle atebodd llai na 3 o bobl, mae&apos;r sgôr wedi&apos;i chuddio fel na all neb gael ei adnabod.</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Y 3 mis diwethaf</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Y 12 mis diwethaf</translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation>Y 5 mlynedd diwethaf</translation>
    </message>
</context>
<context>
    <name>PresentScreen</name>
    <message>
        <source>What I want to say at my next meeting</source>
        <translation>Beth dw i eisiau ei ddweud yn fy nghyfarfod nesaf</translation>
    </message>
    <message>
        <source>What I want to say at my {kind}</source>
        <translation>Beth dw i eisiau ei ddweud yn fy nghyfarfod: {kind}</translation>
    </message>
    <message>
        <source>This recording will not play.</source>
        <translation>Dydy&apos;r recordiad hwn ddim yn chwarae.</translation>
    </message>
    <message>
        <source>Slide {number} of {count}</source>
        <translation>Sleid {number} o {count}</translation>
    </message>
    <message>
        <source>My slides</source>
        <translation>Fy sleidiau</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Back a slide</source>
        <translation>Un sleid yn ôl</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Sleid nesaf</translation>
    </message>
    <message>
        <source>Read it</source>
        <translation>Darllen</translation>
    </message>
    <message>
        <source>Read this slide</source>
        <translation>Darllen y sleid hon</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <source>Stop talking</source>
        <translation>Stopio siarad</translation>
    </message>
    <message>
        <source>Help me say it</source>
        <translation>Helpwch fi i&apos;w ddweud</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Close my slides</source>
        <translation>Cau fy sleidiau</translation>
    </message>
    <message>
        <source>No topics are finished yet. Finish a topic in My meeting and it shows here.</source>
        <translation>Does dim pynciau wedi&apos;u gorffen eto. Gorffennwch bwnc yn Fy nghyfarfod a bydd yn dangos yma.</translation>
    </message>
</context>
<context>
    <name>PrivateCover</name>
    <message>
        <source>{what} is private. Press Show to see it.</source>
        <translation>{what}: mae hyn yn breifat. Pwyswch Dangos i&apos;w weld.</translation>
    </message>
    <message>
        <source>{what} is private.</source>
        <translation>{what}: mae hyn yn breifat.</translation>
    </message>
    <message>
        <source>Your private things are hidden. Press Show to see them.</source>
        <translation>Mae eich pethau preifat yn gudd. Pwyswch Dangos i&apos;w gweld.</translation>
    </message>
    <message>
        <source>Your private things are hidden.</source>
        <translation>Mae eich pethau preifat yn gudd.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>Show my private things</source>
        <translation>Dangos fy mhethau preifat</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Skipped. That is fine.</source>
        <translation>Wedi neidio drosto. Mae hynny&apos;n iawn.</translation>
    </message>
    <message>
        <source>You answered {answered} of {total} questions before. Carry on, or start again?</source>
        <translation>Ateboch chi {answered} o {total} cwestiwn o’r blaen. Parhau, neu ddechrau eto?</translation>
    </message>
    <message>
        <source>Questions about the ward. You can skip any question.</source>
        <translation>Cwestiynau am y ward. Gallwch chi neidio dros unrhyw gwestiwn.</translation>
    </message>
    <message>
        <source>Questions for me</source>
        <translation>Cwestiynau i mi</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Neidio drosto</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Neidio dros y cwestiwn hwn</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Cwestiwn nesaf</translation>
    </message>
    <message>
        <source>Thank you. Here is how it went.</source>
        <translation>Diolch. Dyma sut aeth hi.</translation>
    </message>
    <message>
        <source>Hear it again</source>
        <translation>Gwrando arno eto</translation>
    </message>
    <message>
        <source>Hear how it went again</source>
        <translation>Gwrando eto ar sut aeth hi</translation>
    </message>
    <message>
        <source>Change my answers</source>
        <translation>Newid fy atebion</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>I have finished the questions</source>
        <translation>Dw i wedi gorffen y cwestiynau</translation>
    </message>
    <message>
        <source>The questions are not ready just now. Please ask staff.</source>
        <translation>Dydy&apos;r cwestiynau ddim yn barod ar hyn o bryd. Gofynnwch i staff, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Adref</translation>
    </message>
    <message>
        <source>Go back home</source>
        <translation>Mynd yn ôl adref</translation>
    </message>
</context>
<context>
    <name>RaiseScreen</name>
    <message>
        <source>You are not on a ward yet. Please ask staff for help.</source>
        <translation>Dydych chi ddim ar ward eto. Gofynnwch i staff am help, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Please say what it is first: with pictures, your voice or words.</source>
        <translation>Dwedwch beth yw e yn gyntaf, os gwelwch yn dda: gyda lluniau, eich llais neu eiriau.</translation>
    </message>
    <message>
        <source>Please say what it is first. Staff can type it for you.</source>
        <translation>Dwedwch beth ydyw yn gyntaf, os gwelwch yn dda. Gall staff ei deipio i chi.</translation>
    </message>
    <message>
        <source>This could not be sent. Please ask staff for help.</source>
        <translation>Doedd dim modd anfon hwn. Gofynnwch i staff am help, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>I am not happy about something</source>
        <translation>Dw i ddim yn hapus am rywbeth</translation>
    </message>
    <message>
        <source>I have an idea</source>
        <translation>Mae gen i syniad</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Am beth mae e?</translation>
    </message>
    <message>
        <source>Skip this</source>
        <translation>Neidio dros hyn</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Neidio dros y cwestiwn hwn</translation>
    </message>
    <message>
        <source>What are you not happy about?</source>
        <translation>Am beth dydych chi ddim yn hapus?</translation>
    </message>
    <message>
        <source>What is your idea?</source>
        <translation>Beth yw eich syniad?</translation>
    </message>
    <message>
        <source>Hear it</source>
        <translation>Gwrando ar hwn</translation>
    </message>
    <message>
        <source>Say it with pictures</source>
        <translation>Ei ddweud gyda lluniau</translation>
    </message>
    <message>
        <source>Say it in my voice</source>
        <translation>Ei ddweud yn fy llais</translation>
    </message>
    <message>
        <source>Say it in my own voice. Record it.</source>
        <translation>Ei ddweud yn fy llais fy hun. Ei recordio.</translation>
    </message>
    <message>
        <source>Send it</source>
        <translation>Anfon</translation>
    </message>
    <message>
        <source>Send it to staff</source>
        <translation>Ei anfon at staff</translation>
    </message>
    <message>
        <source>Who can know about this?</source>
        <translation>Pwy sy&apos;n cael gwybod am hyn?</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Staff yn unig</translation>
    </message>
    <message>
        <source>Staff only. Only staff will know.</source>
        <translation>Staff yn unig. Dim ond staff fydd yn gwybod.</translation>
    </message>
    <message>
        <source>Staff and the advocate</source>
        <translation>Staff a&apos;r eiriolwr</translation>
    </message>
    <message>
        <source>Staff and the advocate. Staff will tell the advocate.</source>
        <translation>Staff a&apos;r eiriolwr. Bydd staff yn dweud wrth yr eiriolwr.</translation>
    </message>
    <message>
        <source>The ward, without my name</source>
        <translation>Y ward, heb fy enw</translation>
    </message>
    <message>
        <source>The ward, without my name. Staff and I agree the words first.</source>
        <translation>Y ward, heb fy enw. Bydd staff a fi yn cytuno ar y geiriau yn gyntaf.</translation>
    </message>
    <message>
        <source>Staff will tell the advocate too.</source>
        <translation>Bydd staff yn dweud wrth yr eiriolwr hefyd.</translation>
    </message>
    <message>
        <source>Staff will talk with you about words for the ward. Your name is not shown.</source>
        <translation>Bydd staff yn siarad gyda chi am eiriau i&apos;r ward. Fydd eich enw ddim yn cael ei ddangos.</translation>
    </message>
    <message>
        <source>Only staff will see it.</source>
        <translation>Dim ond staff fydd yn ei weld.</translation>
    </message>
    <message>
        <source>Thank you. Staff will read this and answer you.</source>
        <translation>Diolch. Bydd staff yn darllen hwn ac yn eich ateb.</translation>
    </message>
    <message>
        <source>You will find the answer in What I said, on You said, we did.</source>
        <translation>Byddwch chi&apos;n dod o hyd i&apos;r ateb yn Beth ddywedais i, ar Dywedoch chi, gwnaethon ni.</translation>
    </message>
    <message>
        <source>Thank you. It is on You said, we did now. Staff will answer.</source>
        <translation>Diolch. Mae ar Dywedoch chi, gwnaethon ni nawr. Bydd staff yn ateb.</translation>
    </message>
    <message>
        <source>Thank you. Staff will look at this. Then it goes on You said, we did.</source>
        <translation>Diolch. Bydd staff yn edrych ar hwn. Yna bydd yn mynd ar Dywedoch chi, gwnaethon ni.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Adref</translation>
    </message>
    <message>
        <source>You started to say what you are not happy about. Carry on, or start again?</source>
        <translation>Dechreuoch chi ddweud beth sy&apos;n eich gwneud chi&apos;n anhapus. Parhau, neu ddechrau eto?</translation>
    </message>
    <message>
        <source>You started an idea. Carry on, or start again?</source>
        <translation>Dechreuoch chi syniad. Parhau, neu ddechrau eto?</translation>
    </message>
    <message>
        <source>Back to sending</source>
        <translation>Yn ôl i anfon</translation>
    </message>
    <message>
        <source>Back to sending. Your words are saved.</source>
        <translation>Yn ôl i anfon. Mae eich geiriau wedi&apos;u cadw.</translation>
    </message>
    <message>
        <source>Type it</source>
        <translation>Ei deipio</translation>
    </message>
    <message>
        <source>Type it, or staff type it for me</source>
        <translation>Ei deipio, neu staff yn ei deipio i mi</translation>
    </message>
    <message>
        <source>Go Home</source>
        <translation>Mynd adref</translation>
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
    <name>RecordPanel</name>
    <message>
        <source>Record</source>
        <translation>Recordio</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Chwarae</translation>
    </message>
    <message>
        <source>Sorry, this recording will not play. Please ask staff for help.</source>
        <translation>Mae&apos;n ddrwg gennym, dydy&apos;r recordiad hwn ddim yn chwarae. Gofynnwch i staff am help, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Press Stop when you have finished.</source>
        <translation>Pwyswch Stopio pan fyddwch chi wedi gorffen.</translation>
    </message>
    <message>
        <source>Your recording is saved.</source>
        <translation>Mae eich recordiad wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Press Record and say what you want.</source>
        <translation>Pwyswch Recordio a dwedwch beth rydych chi eisiau.</translation>
    </message>
    <message>
        <source>Recording... {time}</source>
        <translation>Yn recordio... {time}</translation>
    </message>
    <message>
        <source>That is the longest a recording can be.</source>
        <translation>Dyna&apos;r hiraf y gall recordiad fod.</translation>
    </message>
    <message>
        <source>Press Play to listen.</source>
        <translation>Pwyswch Chwarae i wrando.</translation>
    </message>
</context>
<context>
    <name>RestoreOfferPanel</name>
    <message>
        <source>Go back to a backup</source>
        <translation>Mynd yn ôl i gopi wrth gefn</translation>
    </message>
    <message>
        <source>Looking for the last good backup. Please wait.</source>
        <translation>Yn chwilio am y copi wrth gefn da diwethaf. Arhoswch, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}. Ask IT for help.</source>
        <translation>Chafwyd dim copi wrth gefn da yn {folder}. Gofynnwch i&apos;r tîm TG am help.</translation>
    </message>
    <message>
        <source>The backup from {date} is whole and can be used.</source>
        <translation>Mae&apos;r copi wrth gefn o {date} yn gyfan a gallwch ei ddefnyddio.</translation>
    </message>
    <message>
        <source>Putting the backup in place. Please wait.</source>
        <translation>Yn rhoi&apos;r copi wrth gefn yn ei le. Arhoswch, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Done. The backup from {date} is in place. The damaged file is kept as {file}.</source>
        <translation>Wedi gorffen. Mae&apos;r copi wrth gefn o {date} yn ei le. Mae&apos;r ffeil sydd wedi&apos;i difrodi wedi&apos;i chadw fel {file}.</translation>
    </message>
    <message>
        <source>The backup could not be put in place. Nothing was deleted. {detail}</source>
        <translation>Doedd dim modd rhoi&apos;r copi wrth gefn yn ei le. Chafodd dim byd ei ddileu. {detail}</translation>
    </message>
    <message>
        <source>Use the last good backup from {date}</source>
        <translation>Defnyddio&apos;r copi wrth gefn da diwethaf o {date}</translation>
    </message>
    <message>
        <source>Use the backup from {date}?</source>
        <translation>Defnyddio&apos;r copi wrth gefn o {date}?</translation>
    </message>
    <message>
        <source>The damaged file is not deleted. It is moved aside and kept. Anything saved after {date} is not in the backup.</source>
        <translation>Fydd y ffeil sydd wedi&apos;i difrodi ddim yn cael ei dileu. Bydd yn cael ei symud o&apos;r ffordd a&apos;i chadw. Dydy dim byd a gadwyd ar ôl {date} yn y copi wrth gefn.</translation>
    </message>
    <message>
        <source>Are you sure?</source>
        <translation>Ydych chi&apos;n siŵr?</translation>
    </message>
    <message>
        <source>My Say will put the backup from {date} in place of the damaged file.</source>
        <translation>Bydd My Say yn rhoi&apos;r copi wrth gefn o {date} yn lle&apos;r ffeil sydd wedi&apos;i difrodi.</translation>
    </message>
</context>
<context>
    <name>RoomWords</name>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>SaidAnyWay</name>
    <message>
        <source>Your voice is recorded.</source>
        <translation>Mae eich llais wedi&apos;i recordio.</translation>
    </message>
    <message>
        <source>Nothing said yet.</source>
        <translation>Dim byd wedi&apos;i ddweud eto.</translation>
    </message>
</context>
<context>
    <name>SaidShown</name>
    <message>
        <source>This recording will not play.</source>
        <translation>Dydy&apos;r recordiad hwn ddim yn chwarae.</translation>
    </message>
    <message>
        <source>Said with pictures:</source>
        <translation>Wedi&apos;i ddweud gyda lluniau:</translation>
    </message>
    <message>
        <source>Play their own voice</source>
        <translation>Chwarae eu llais eu hunain</translation>
    </message>
</context>
<context>
    <name>SayGroupRoundScreen</name>
    <message>
        <source>Pass the tablet to the next person.</source>
        <translation>Rhowch y dabled i&apos;r person nesaf.</translation>
    </message>
    <message>
        <source>{name}
Had a turn</source>
        <translation>{name}
Wedi cael tro</translation>
    </message>
    <message>
        <source>{name}. Had a turn</source>
        <translation>{name}. Wedi cael tro</translation>
    </message>
    <message>
        <source>Who is this?</source>
        <translation>Pwy sydd yma?</translation>
    </message>
    <message>
        <source>{name}&apos;s turn</source>
        <translation>Tro {name}</translation>
    </message>
    <message>
        <source>SAY group. Choose your name. {done} of {total} people have had a turn.</source>
        <translation>Grŵp SAY. Dewiswch eich enw. Mae {done} o {total} o bobl wedi cael tro.</translation>
    </message>
    <message>
        <source>Give your views. Then pass the tablet on.</source>
        <translation>Rhowch eich barn. Yna rhowch y dabled i&apos;r person nesaf.</translation>
    </message>
    <message>
        <source>Pass the tablet on</source>
        <translation>Pasio&apos;r dabled ymlaen</translation>
    </message>
    <message>
        <source>I have finished. Pass the tablet on.</source>
        <translation>Dw i wedi gorffen. Pasio&apos;r dabled ymlaen.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>Finish passing the tablet round</source>
        <translation>Gorffen pasio&apos;r dabled o gwmpas</translation>
    </message>
</context>
<context>
    <name>SayGroupScreen</name>
    <message>
        <source>SAY group</source>
        <translation>Grŵp SAY</translation>
    </message>
    <message>
        <source>The SAY group has finished. Thank you. Your views can go to the next one.</source>
        <translation>Mae&apos;r grŵp SAY wedi gorffen. Diolch. Gall eich barn fynd i&apos;r grŵp nesaf.</translation>
    </message>
    <message>
        <source>Choose a topic. A tick shows you gave your view.</source>
        <translation>Dewiswch bwnc. Mae tic yn dangos eich bod wedi rhoi eich barn.</translation>
    </message>
    <message>
        <source>Choose a topic. Say what you think about it.</source>
        <translation>Dewiswch bwnc. Dwedwch beth rydych chi&apos;n ei feddwl amdano.</translation>
    </message>
    <message>
        <source>You gave your view</source>
        <translation>Rydych chi wedi rhoi eich barn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
</context>
<context>
    <name>SayGroupTopics</name>
    <message>
        <source>Food</source>
        <translation>Bwyd</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Gweithgareddau</translation>
    </message>
    <message>
        <source>The ward</source>
        <translation>Y ward</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rheolau</translation>
    </message>
    <message>
        <source>Going out</source>
        <translation>Mynd allan</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Unrhyw beth arall</translation>
    </message>
</context>
<context>
    <name>SayGroupsScreen</name>
    <message>
        <source>SAY groups</source>
        <translation>Grwpiau SAY</translation>
    </message>
    <message>
        <source>The group now</source>
        <translation>Y grŵp nawr</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Past groups</source>
        <translation>Grwpiau sydd wedi bod</translation>
    </message>
    <message>
        <source>Start a SAY group</source>
        <translation>Dechrau grŵp SAY</translation>
    </message>
    <message>
        <source>Pass the tablet round</source>
        <translation>Pasio&apos;r dabled o gwmpas</translation>
    </message>
    <message>
        <source>End the group</source>
        <translation>Gorffen y grŵp</translation>
    </message>
    <message>
        <source>Show new views</source>
        <translation>Dangos barn newydd</translation>
    </message>
    <message>
        <source>The topics each new SAY group starts with. A group already on keeps its own topics.</source>
        <translation>Y pynciau mae pob grŵp SAY newydd yn dechrau gyda nhw. Mae grŵp sydd ymlaen yn barod yn cadw ei bynciau ei hun.</translation>
    </message>
    <message>
        <source>A new topic</source>
        <translation>Pwnc newydd</translation>
    </message>
    <message>
        <source>Add this topic</source>
        <translation>Ychwanegu&apos;r pwnc hwn</translation>
    </message>
    <message>
        <source>Close the pictures</source>
        <translation>Cau&apos;r lluniau</translation>
    </message>
    <message>
        <source>No SAY group is on now. Start one when the group meets.</source>
        <translation>Does dim grŵp SAY ymlaen nawr. Dechreuwch un pan fydd y grŵp yn cwrdd.</translation>
    </message>
    <message>
        <source>A SAY group is on now. It started at {time}.</source>
        <translation>Mae grŵp SAY ymlaen nawr. Dechreuodd am {time}.</translation>
    </message>
    <message>
        <source>{topic}: {count} views</source>
        <translation>{topic}: {count} barn</translation>
    </message>
    <message>
        <source>{topic}: no views yet</source>
        <translation>{topic}: dim barn eto</translation>
    </message>
    <message>
        <source>The SAY group has started. People can give their views now.</source>
        <translation>Mae&apos;r grŵp SAY wedi dechrau. Gall pobl roi eu barn nawr.</translation>
    </message>
    <message>
        <source>End the SAY group? People cannot add views after this.</source>
        <translation>Gorffen y grŵp SAY? Fydd pobl ddim yn gallu rhoi barn ar ôl hyn.</translation>
    </message>
    <message>
        <source>The SAY group has ended. Its minutes are in Past groups.</source>
        <translation>Mae&apos;r grŵp SAY wedi gorffen. Mae ei gofnodion yn Grwpiau sydd wedi bod.</translation>
    </message>
    <message>
        <source>Action made: {said}. It is on You said, we did.</source>
        <translation>Cam gweithredu wedi&apos;i wneud: {said}. Mae ar Dywedoch chi, gwnaethon ni.</translation>
    </message>
    <message>
        <source>Agenda saved.</source>
        <translation>Mae&apos;r agenda wedi&apos;i chadw.</translation>
    </message>
    <message>
        <source>Type the new topic&apos;s name first.</source>
        <translation>Teipiwch enw&apos;r pwnc newydd yn gyntaf.</translation>
    </message>
    <message>
        <source>Choose a picture for {topic}</source>
        <translation>Dewiswch lun ar gyfer {topic}</translation>
    </message>
    <message>
        <source>Remove “{topic}” from the agenda?</source>
        <translation>Tynnu “{topic}” oddi ar yr agenda?</translation>
    </message>
    <message>
        <source>No SAY groups have ended yet.</source>
        <translation>Does dim grwpiau SAY wedi gorffen eto.</translation>
    </message>
    <message>
        <source>{count} topics</source>
        <translation>{count} pwnc</translation>
    </message>
    <message>
        <source>A SAY group is already on. End it first.</source>
        <translation>Mae grŵp SAY ymlaen yn barod. Gorffennwch hwnnw yn gyntaf.</translation>
    </message>
    <message>
        <source>A SAY group needs at least one topic.</source>
        <translation>Mae angen o leiaf un pwnc ar grŵp SAY.</translation>
    </message>
    <message>
        <source>Keep the agenda short: at most {count} topics.</source>
        <translation>Cadwch yr agenda yn fyr: dim mwy na {count} pwnc.</translation>
    </message>
    <message>
        <source>Give each topic a name.</source>
        <translation>Rhowch enw i bob pwnc.</translation>
    </message>
    <message>
        <source>This SAY group has finished.</source>
        <translation>Mae&apos;r grŵp SAY hwn wedi gorffen.</translation>
    </message>
    <message>
        <source>That could not be done. The group may have changed on another screen.</source>
        <translation>Doedd dim modd gwneud hynny. Efallai fod y grŵp wedi newid ar sgrin arall.</translation>
    </message>
</context>
<context>
    <name>SayItBoardScreen</name>
    <message>
        <source>Help me say it</source>
        <translation>Helpwch fi i&apos;w ddweud</translation>
    </message>
    <message>
        <source>Show the room</source>
        <translation>Dangos i&apos;r ystafell</translation>
    </message>
    <message>
        <source>Add my own phrase</source>
        <translation>Ychwanegu fy ymadrodd fy hun</translation>
    </message>
    <message>
        <source>Change my phrases</source>
        <translation>Newid fy ymadroddion</translation>
    </message>
    <message>
        <source>You have no phrases of your own yet.</source>
        <translation>Does gennych chi ddim ymadroddion eich hun eto.</translation>
    </message>
    <message>
        <source>I want to say something</source>
        <translation>Dw i eisiau dweud rhywbeth</translation>
    </message>
    <message>
        <source>I don&apos;t understand</source>
        <translation>Dw i ddim yn deall</translation>
    </message>
    <message>
        <source>Please say that again</source>
        <translation>Dwedwch eto, os gwelwch yn dda</translation>
    </message>
    <message>
        <source>Please slow down</source>
        <translation>Arafwch, os gwelwch yn dda</translation>
    </message>
    <message>
        <source>I need a break</source>
        <translation>Dw i angen seibiant</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Dw i ddim yn gwybod</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Dw i&apos;n cytuno</translation>
    </message>
    <message>
        <source>I don&apos;t agree</source>
        <translation>Dw i ddim yn cytuno</translation>
    </message>
    <message>
        <source>Show the room is on</source>
        <translation>Mae Dangos i&apos;r ystafell ymlaen</translation>
    </message>
    <message>
        <source>Show the room is off</source>
        <translation>Mae Dangos i&apos;r ystafell i ffwrdd</translation>
    </message>
    <message>
        <source>Change my phrases is on</source>
        <translation>Mae Newid fy ymadroddion ymlaen</translation>
    </message>
    <message>
        <source>Change my phrases is off</source>
        <translation>Mae Newid fy ymadroddion i ffwrdd</translation>
    </message>
    <message>
        <source>Press a picture to choose it.</source>
        <translation>Pwyswch lun i&apos;w ddewis.</translation>
    </message>
    <message>
        <source>Type your words. Then press Save.</source>
        <translation>Teipiwch eich geiriau. Yna pwyswch Cadw.</translation>
    </message>
    <message>
        <source>Press Remove to take a phrase off your board.</source>
        <translation>Pwyswch Tynnu i dynnu ymadrodd oddi ar eich bwrdd.</translation>
    </message>
    <message>
        <source>Press a phrase. It shows big for the room to see.</source>
        <translation>Pwyswch ymadrodd. Bydd yn dangos yn fawr i bawb yn yr ystafell ei weld.</translation>
    </message>
    <message>
        <source>Press a phrase. The computer says it for you.</source>
        <translation>Pwyswch ymadrodd. Bydd y cyfrifiadur yn ei ddweud i chi.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove: {words}</source>
        <translation>Tynnu: {words}</translation>
    </message>
    <message>
        <source>Take this phrase off your board? {words}</source>
        <translation>Tynnu&apos;r ymadrodd hwn oddi ar eich bwrdd? {words}</translation>
    </message>
    <message>
        <source>Done. That phrase is off your board.</source>
        <translation>Wedi gorffen. Mae&apos;r ymadrodd wedi&apos;i dynnu oddi ar eich bwrdd.</translation>
    </message>
    <message>
        <source>Saved. Your phrase is on your board.</source>
        <translation>Wedi&apos;i gadw. Mae eich ymadrodd ar eich bwrdd.</translation>
    </message>
</context>
<context>
    <name>SayMinutesView</name>
    <message>
        <source>No face chosen.</source>
        <translation>Dim wyneb wedi&apos;i ddewis.</translation>
    </message>
    <message>
        <source>Symbols: {symbols}.</source>
        <translation>Symbolau: {symbols}.</translation>
    </message>
    <message>
        <source>A recording.</source>
        <translation>Recordiad.</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} am {time}</translation>
    </message>
    <message>
        <source>Good: {good}. Not sure: {not_sure}. Not good: {not_good}.</source>
        <translation>Da: {good}. Ddim yn siŵr: {not_sure}. Ddim yn dda: {not_good}.</translation>
    </message>
    <message>
        <source>Choose a group to see its minutes.</source>
        <translation>Dewiswch grŵp i weld ei gofnodion.</translation>
    </message>
    <message>
        <source>Minutes: SAY group on {when}</source>
        <translation>Cofnodion: grŵp SAY ar {when}</translation>
    </message>
    <message>
        <source>Led by {name}.</source>
        <translation>Arweinydd: {name}.</translation>
    </message>
    <message>
        <source>{count} people gave their views.</source>
        <translation>Rhoddodd {count} o bobl eu barn.</translation>
    </message>
    <message>
        <source>The group is still on.</source>
        <translation>Mae&apos;r grŵp yn dal ymlaen.</translation>
    </message>
    <message>
        <source>Nobody gave a view on this.</source>
        <translation>Wnaeth neb roi barn ar hyn.</translation>
    </message>
    <message>
        <source>Action: {said}. {status}.</source>
        <translation>Cam gweithredu: {said}. {status}.</translation>
    </message>
</context>
<context>
    <name>SayThankYouScreen</name>
    <message>
        <source>Chosen</source>
        <translation>Wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Heb ei ddewis</translation>
    </message>
    <message>
        <source>Back to sending</source>
        <translation>Yn ôl i anfon</translation>
    </message>
    <message>
        <source>Back to sending. Your words are saved.</source>
        <translation>Yn ôl i anfon. Mae eich geiriau wedi&apos;u cadw.</translation>
    </message>
    <message>
        <source>Choose who you want to thank.</source>
        <translation>Dewiswch i bwy rydych chi eisiau diolch.</translation>
    </message>
    <message>
        <source>Done. Back to sending</source>
        <translation>Wedi gorffen. Yn ôl i anfon</translation>
    </message>
    <message>
        <source>You started a thank-you to {name}. Carry on, or start again?</source>
        <translation>Dechreuoch chi ddiolch i {name}. Parhau, neu ddechrau eto?</translation>
    </message>
    <message>
        <source>You started a thank-you. Carry on, or start again?</source>
        <translation>Dechreuoch chi ddiolch. Parhau, neu ddechrau eto?</translation>
    </message>
    <message>
        <source>Who do you want to thank?</source>
        <translation>I bwy rydych chi eisiau diolch?</translation>
    </message>
    <message>
        <source>Why do you want to thank {name}? Choose one or more.</source>
        <translation>Pam rydych chi eisiau diolch i {name}? Dewiswch un neu fwy.</translation>
    </message>
    <message>
        <source>Why do you want to say thank you? Choose one or more.</source>
        <translation>Pam rydych chi eisiau dweud diolch? Dewiswch un neu fwy.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Cwestiwn nesaf</translation>
    </message>
    <message>
        <source>Choose how to send it: read out, or just send.</source>
        <translation>Dewiswch sut i&apos;w anfon: ei ddarllen allan, neu dim ond ei anfon.</translation>
    </message>
    <message>
        <source>Say thank you</source>
        <translation>Dweud diolch</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>You cannot thank yourself. Choose someone else.</source>
        <translation>Allwch chi ddim diolch i chi&apos;ch hun. Dewiswch rywun arall.</translation>
    </message>
    <message>
        <source>This person is not on your ward now. Choose “Someone else” to thank them.</source>
        <translation>Dydy’r person hwn ddim ar eich ward nawr. Dewiswch “Rhywun arall” i ddiolch iddyn nhw.</translation>
    </message>
    <message>
        <source>Choose a picture of them, or say or type their name. Staff can help.</source>
        <translation>Dewiswch lun ohonyn nhw, neu dwedwch neu teipiwch eu henw. Gall staff helpu.</translation>
    </message>
    <message>
        <source>Sorry, the thank-you could not be sent. It is kept. Please ask staff for help.</source>
        <translation>Mae&apos;n ddrwg gennym, doedd dim modd anfon y diolch. Mae wedi&apos;i gadw. Gofynnwch i staff am help, os gwelwch yn dda.</translation>
    </message>
</context>
<context>
    <name>SayViewPanel</name>
    <message>
        <source>The SAY group has finished. Thank you. Your views can go to the next one.</source>
        <translation>Mae&apos;r grŵp SAY wedi gorffen. Diolch. Gall eich barn fynd i&apos;r grŵp nesaf.</translation>
    </message>
    <message>
        <source>This could not be saved. Please ask staff for help.</source>
        <translation>Doedd dim modd cadw hwn. Gofynnwch i staff am help, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Your voice is recorded.</source>
        <translation>Mae eich llais wedi&apos;i recordio.</translation>
    </message>
    <message>
        <source>I feel: {rating}</source>
        <translation>Dw i&apos;n teimlo: {rating}</translation>
    </message>
    <message>
        <source>How do you feel about it?</source>
        <translation>Sut rydych chi&apos;n teimlo amdano?</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Lluniau</translation>
    </message>
    <message>
        <source>Say it with pictures</source>
        <translation>Ei ddweud gyda lluniau</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Geiriau</translation>
    </message>
    <message>
        <source>Add words</source>
        <translation>Ychwanegu geiriau</translation>
    </message>
    <message>
        <source>Choose a face. Then say it with pictures, your voice or words if you want.</source>
        <translation>Dewiswch wyneb. Yna dwedwch e gyda lluniau, eich llais neu eiriau os ydych chi eisiau.</translation>
    </message>
    <message>
        <source>My voice</source>
        <translation>Fy llais</translation>
    </message>
    <message>
        <source>Record my voice</source>
        <translation>Recordio fy llais</translation>
    </message>
</context>
<context>
    <name>SayViewScreen</name>
    <message>
        <source>Thank you. Your view is saved.</source>
        <translation>Diolch. Mae eich barn wedi&apos;i chadw.</translation>
    </message>
    <message>
        <source>The SAY group has finished. Thank you. Your views can go to the next one.</source>
        <translation>Mae&apos;r grŵp SAY wedi gorffen. Diolch. Gall eich barn fynd i&apos;r grŵp nesaf.</translation>
    </message>
    <message>
        <source>You gave a view on this before. This is a new one.</source>
        <translation>Rydych chi wedi rhoi barn ar hyn o&apos;r blaen. Mae hon yn un newydd.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>I have finished. Save my view.</source>
        <translation>Dw i wedi gorffen. Cadw fy marn.</translation>
    </message>
</context>
<context>
    <name>ScrollPager</name>
    <message>
        <source>Page before</source>
        <translation>Tudalen cynt</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mwy</translation>
    </message>
</context>
<context>
    <name>ShareScreen</name>
    <message>
        <source>Making the copy. Please wait.</source>
        <translation>Yn gwneud y copi. Arhoswch, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>The copy for {who} is ready. Staff will give it to them.</source>
        <translation>Mae&apos;r copi ar gyfer {who} yn barod. Bydd staff yn ei roi iddyn nhw.</translation>
    </message>
    <message>
        <source>There is nothing to share yet. Finish a topic first.</source>
        <translation>Does dim byd i&apos;w rannu eto. Gorffennwch bwnc yn gyntaf.</translation>
    </message>
    <message>
        <source>The copy could not be saved. Please ask staff to help.</source>
        <translation>Doedd dim modd cadw&apos;r copi. Gofynnwch i staff helpu, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was saved. Please ask staff to help.</source>
        <translation>Aeth rhywbeth o&apos;i le. Chafodd dim byd ei gadw. Gofynnwch i staff helpu, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>My care team</source>
        <translation>Fy nhîm gofal</translation>
    </message>
    <message>
        <source>Share my slides</source>
        <translation>Rhannu fy sleidiau</translation>
    </message>
    <message>
        <source>You have not said anyone can have a copy. You can choose in How I take part.</source>
        <translation>Dydych chi ddim wedi dweud bod unrhyw un yn cael copi. Gallwch chi ddewis yn Sut dw i&apos;n cymryd rhan.</translation>
    </message>
    <message>
        <source>You said these people can have a copy. Choose slides or a paper copy.</source>
        <translation>Dywedoch chi fod y bobl hyn yn cael copi. Dewiswch sleidiau neu gopi papur.</translation>
    </message>
    <message>
        <source>How I take part</source>
        <translation>Sut dw i&apos;n cymryd rhan</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Sleidiau</translation>
    </message>
    <message>
        <source>PowerPoint slides for {who}</source>
        <translation>Sleidiau PowerPoint ar gyfer {who}</translation>
    </message>
    <message>
        <source>Paper copy</source>
        <translation>Copi papur</translation>
    </message>
    <message>
        <source>A paper copy for {who}</source>
        <translation>Copi papur ar gyfer {who}</translation>
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
        <translation>Dydy&apos;r PIN yna ddim yn iawn. {count} cynnig arall cyn bydd rhaid i chi aros.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Dydy&apos;r PIN yna ddim yn iawn.</translation>
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
    <name>SlideView</name>
    <message>
        <source>Play my voice</source>
        <translation>Chwarae fy llais</translation>
    </message>
</context>
<context>
    <name>SomeoneElse</name>
    <message>
        <source>someone you named in your voice</source>
        <translation>rhywun a enwoch chi yn eich llais</translation>
    </message>
    <message>
        <source>Choose a picture of them.</source>
        <translation>Dewiswch lun ohonyn nhw.</translation>
    </message>
    <message>
        <source>Say their name. Press Record, then Stop.</source>
        <translation>Dwedwch eu henw. Pwyswch Recordio, yna Stopio.</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>Their picture: {word}</source>
        <translation>Eu llun: {word}</translation>
    </message>
    <message>
        <source>Change it</source>
        <translation>Ei newid</translation>
    </message>
    <message>
        <source>A picture of them</source>
        <translation>Llun ohonyn nhw</translation>
    </message>
    <message>
        <source>Their name is recorded</source>
        <translation>Mae eu henw wedi&apos;i recordio</translation>
    </message>
    <message>
        <source>Say it again</source>
        <translation>Ei ddweud eto</translation>
    </message>
    <message>
        <source>Say their name</source>
        <translation>Dweud eu henw</translation>
    </message>
    <message>
        <source>Say their name in my voice. Record it.</source>
        <translation>Dweud eu henw yn fy llais. Ei recordio.</translation>
    </message>
    <message>
        <source>Type their name</source>
        <translation>Teipiwch eu henw</translation>
    </message>
    <message>
        <source>Who is it?</source>
        <translation>Pwy ydyn nhw?</translation>
    </message>
</context>
<context>
    <name>SpeechNotices</name>
    <message>
        <source>Only the app&apos;s own words can be spoken: the speech engine (espeak-ng) is not installed on this computer, so names and typed words are not read aloud.</source>
        <translation>Dim ond geiriau&apos;r ap ei hun y gellir eu dweud: dydy&apos;r peiriant lleferydd (espeak-ng) ddim wedi&apos;i osod ar y cyfrifiadur hwn, felly does dim modd darllen enwau a geiriau wedi&apos;u teipio yn uchel.</translation>
    </message>
    <message>
        <source>Speech is off: this computer has no speakers or headphones connected.</source>
        <translation>Mae&apos;r llais i ffwrdd: does dim seinyddion na chlustffonau wedi&apos;u cysylltu â&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Speech is switched off for this app (started with --no-speech).</source>
        <translation>Mae&apos;r llais wedi&apos;i ddiffodd ar gyfer yr ap hwn (wedi&apos;i ddechrau gyda --no-speech).</translation>
    </message>
</context>
<context>
    <name>StaffAreas</name>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Picture passwords</source>
        <translation>Cyfrineiriau lluniau</translation>
    </message>
    <message>
        <source>The ward&apos;s pictures</source>
        <translation>Lluniau&apos;r ward</translation>
    </message>
    <message>
        <source>Wards</source>
        <translation>Wardiau</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <source>SAY groups</source>
        <translation>Grwpiau SAY</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>Dywedoch chi, gwnaethon ni</translation>
    </message>
    <message>
        <source>Worries</source>
        <translation>Pryderon</translation>
    </message>
    <message>
        <source>Mutual help meeting</source>
        <translation>Cyfarfod cyd-gymorth</translation>
    </message>
    <message>
        <source>Recovery council</source>
        <translation>Cyngor adferiad</translation>
    </message>
    <message>
        <source>Experience questions</source>
        <translation>Cwestiynau profiad</translation>
    </message>
    <message>
        <source>Working in partnership</source>
        <translation>Gweithio mewn partneriaeth</translation>
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
        <translation>Gosodiadau&apos;r ward</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <source>Staff area. Signed in as {name}, ward manager</source>
        <translation>Ardal staff. Wedi mewngofnodi fel {name}, rheolwr ward</translation>
    </message>
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
        <translation>Mae&apos;r ffeiliau cyfieithu ar goll. Rhedwch scripts/setup i&apos;w hadeiladu.</translation>
    </message>
</context>
<context>
    <name>StepScreen</name>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Cwestiwn {number} o {total}</translation>
    </message>
    <message>
        <source>You started this before. Carry on, or start again?</source>
        <translation>Dechreuoch chi hyn o’r blaen. Parhau, neu ddechrau eto?</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Cwestiwn nesaf</translation>
    </message>
</context>
<context>
    <name>StillThereScreen</name>
    <message>
        <source>Are you still there?</source>
        <translation>Ydych chi&apos;n dal yno?</translation>
    </message>
    <message>
        <source>Are you still there, {name}?</source>
        <translation>Ydych chi&apos;n dal yno, {name}?</translation>
    </message>
    <message>
        <source>Press anything to carry on. Otherwise My Say closes in {seconds} seconds.</source>
        <translation>Pwyswch unrhyw beth i gario ymlaen. Os na wnewch chi, bydd My Say yn cau mewn {seconds} eiliad.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Dw i&apos;n dal yma</translation>
    </message>
    <message>
        <source>I am still here. Carry on.</source>
        <translation>Dw i&apos;n dal yma. Cario ymlaen.</translation>
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
        <translation>Does dim byd wedi cael ei newid, ei symud na&apos;i ddileu.</translation>
    </message>
    <message>
        <source>My Say cannot save its work here</source>
        <translation>Dydy My Say ddim yn gallu cadw ei waith yma</translation>
    </message>
    <message>
        <source>The data folder cannot be written to. {unchanged}</source>
        <translation>Does dim modd ysgrifennu i&apos;r ffolder data. {unchanged}</translation>
    </message>
    <message>
        <source>Ask IT to let this user account write to the folder, or start My Say with --data-dir and a folder it can write to.</source>
        <translation>Gofynnwch i&apos;r tîm TG adael i&apos;r cyfrif defnyddiwr hwn ysgrifennu i&apos;r ffolder, neu dechreuwch My Say gyda --data-dir a ffolder y gall ysgrifennu iddo.</translation>
    </message>
    <message>
        <source>My Say is already open</source>
        <translation>Mae My Say ar agor yn barod</translation>
    </message>
    <message>
        <source>Another copy of My Say, or another program, is using the store.</source>
        <translation>Mae copi arall o My Say, neu raglen arall, yn defnyddio&apos;r storfa.</translation>
    </message>
    <message>
        <source>Close the other copy and start My Say again. If none is open, restart the computer.</source>
        <translation>Caewch y copi arall a dechrau My Say eto. Os nad oes un ar agor, ailgychwynnwch y cyfrifiadur.</translation>
    </message>
    <message>
        <source>This store is from a newer My Say</source>
        <translation>Daw&apos;r storfa hon o fersiwn mwy newydd o My Say</translation>
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
        <translation>Peidiwch â dileu unrhyw ffeiliau. Gofynnwch i&apos;r tîm TG am help a rhowch y manylion isod iddyn nhw.</translation>
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
        <translation>Gwiriwch y rhwydwaith a&apos;r gweinydd, yna dechrau My Say eto.</translation>
    </message>
    <message>
        <source>The My Say store is damaged</source>
        <translation>Mae storfa My Say wedi&apos;i difrodi</translation>
    </message>
    <message>
        <source>The store file is damaged or is not a My Say store. {unchanged}</source>
        <translation>Mae ffeil y storfa wedi&apos;i difrodi, neu nid yw&apos;n storfa My Say. {unchanged}</translation>
    </message>
    <message>
        <source>Do not delete it. Ask IT to restore the last good backup from the backups folder beside it, or start My Say with --data-dir and another folder.</source>
        <translation>Peidiwch â&apos;i dileu. Gofynnwch i&apos;r tîm TG adfer y copi wrth gefn da diwethaf o&apos;r ffolder backups wrth ei hymyl, neu dechreuwch My Say gyda --data-dir a ffolder arall.</translation>
    </message>
</context>
<context>
    <name>SymbolPicker</name>
    <message>
        <source>Moving around</source>
        <translation>Symud o gwmpas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Teimladau</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Pynciau</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lleoedd</translation>
    </message>
    <message>
        <source>Things to do</source>
        <translation>Pethau i&apos;w gwneud</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Bwyd a diod</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Things</source>
        <translation>Pethau</translation>
    </message>
    <message>
        <source>My care</source>
        <translation>Fy ngofal</translation>
    </message>
    <message>
        <source>The ward</source>
        <translation>Y ward</translation>
    </message>
    <message>
        <source>Little words: I, want, more</source>
        <translation>Geiriau bach: fi, eisiau, mwy</translation>
    </message>
    <message>
        <source>Our ward&apos;s pictures</source>
        <translation>Lluniau ein ward ni</translation>
    </message>
    <message>
        <source>More faces and feelings</source>
        <translation>Rhagor o wynebau a theimladau</translation>
    </message>
    <message>
        <source>More people and bodies</source>
        <translation>Rhagor o bobl a chyrff</translation>
    </message>
    <message>
        <source>Animals and nature</source>
        <translation>Anifeiliaid a natur</translation>
    </message>
    <message>
        <source>More food and drink</source>
        <translation>Rhagor o fwyd a diod</translation>
    </message>
    <message>
        <source>More places and travel</source>
        <translation>Rhagor o leoedd a theithio</translation>
    </message>
    <message>
        <source>More things to do</source>
        <translation>Rhagor o bethau i&apos;w gwneud</translation>
    </message>
    <message>
        <source>More things</source>
        <translation>Rhagor o bethau</translation>
    </message>
    <message>
        <source>Signs and shapes</source>
        <translation>Arwyddion a siapiau</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Baneri</translation>
    </message>
    <message>
        <source>Find a picture by a word</source>
        <translation>Dod o hyd i lun drwy air</translation>
    </message>
    <message>
        <source>Or look in a group</source>
        <translation>Neu edrychwch mewn grŵp</translation>
    </message>
    <message>
        <source>No pictures match. Try another word.</source>
        <translation>Does dim lluniau&apos;n cyfateb. Rhowch gynnig ar air arall.</translation>
    </message>
    <message>
        <source>Pictures before</source>
        <translation>Lluniau cynt</translation>
    </message>
    <message>
        <source>More pictures</source>
        <translation>Rhagor o luniau</translation>
    </message>
</context>
<context>
    <name>SymbolSentence</name>
    <message>
        <source>What I am saying</source>
        <translation>Beth dw i&apos;n ei ddweud</translation>
    </message>
    <message>
        <source>Press the pictures to say it</source>
        <translation>Pwyswch y lluniau i&apos;w ddweud</translation>
    </message>
    <message>
        <source>No pictures yet.</source>
        <translation>Dim lluniau eto.</translation>
    </message>
    <message>
        <source>Hear it</source>
        <translation>Gwrando ar hwn</translation>
    </message>
    <message>
        <source>Hear what I am saying</source>
        <translation>Gwrando ar beth dw i&apos;n ei ddweud</translation>
    </message>
    <message>
        <source>Take one off</source>
        <translation>Dileu un</translation>
    </message>
    <message>
        <source>Take one off: the last picture</source>
        <translation>Dileu un: y llun olaf</translation>
    </message>
    <message>
        <source>More pictures</source>
        <translation>Rhagor o luniau</translation>
    </message>
    <message>
        <source>That is it</source>
        <translation>Dyna ni</translation>
    </message>
    <message>
        <source>That is it. Go back.</source>
        <translation>Dyna ni. Mynd yn ôl.</translation>
    </message>
</context>
<context>
    <name>TakingPartScreen</name>
    <message>
        <source>Type the name of your family member first.</source>
        <translation>Teipiwch enw aelod o&apos;ch teulu yn gyntaf.</translation>
    </message>
    <message>
        <source>You can name up to 10 family members.</source>
        <translation>Gallwch chi enwi hyd at 10 aelod o&apos;r teulu.</translation>
    </message>
    <message>
        <source>Now choose who from the staff will show them.</source>
        <translation>Nawr dewiswch pwy o&apos;r staff fydd yn eu dangos.</translation>
    </message>
    <message>
        <source>The meeting has happened, so this can no longer change.</source>
        <translation>Mae&apos;r cyfarfod wedi bod, felly does dim modd newid hyn bellach.</translation>
    </message>
    <message>
        <source>{name} can see them. Press to take {name} off.</source>
        <translation>Mae {name} yn cael eu gweld. Pwyswch i dynnu {name} oddi ar y rhestr.</translation>
    </message>
    <message>
        <source>How I take part</source>
        <translation>Sut dw i&apos;n cymryd rhan</translation>
    </message>
    <message>
        <source>You have not chosen yet.</source>
        <translation>Dydych chi ddim wedi dewis eto.</translation>
    </message>
    <message>
        <source>Saved on {date}, with {name}.</source>
        <translation>Wedi&apos;i gadw ar {date}, gyda {name}.</translation>
    </message>
    <message>
        <source>Saved on {date}.</source>
        <translation>Wedi&apos;i gadw ar {date}.</translation>
    </message>
    <message>
        <source>Will you go to the meeting?</source>
        <translation>Fyddwch chi&apos;n mynd i&apos;r cyfarfod?</translation>
    </message>
    <message>
        <source>I will go</source>
        <translation>Bydda i&apos;n mynd</translation>
    </message>
    <message>
        <source>Show my slides without me</source>
        <translation>Dangos fy sleidiau hebdda i</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>Dim y tro hwn</translation>
    </message>
    <message>
        <source>I don&apos;t want to take part this time</source>
        <translation>Dw i ddim eisiau cymryd rhan y tro hwn</translation>
    </message>
    <message>
        <source>Who shows your slides?</source>
        <translation>Pwy sy&apos;n dangos eich sleidiau?</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Fi</translation>
    </message>
    <message>
        <source>Staff I choose</source>
        <translation>Staff dw i&apos;n eu dewis</translation>
    </message>
    <message>
        <source>A member of staff I choose</source>
        <translation>Aelod o staff dw i&apos;n ei ddewis</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Neb</translation>
    </message>
    <message>
        <source>Which member of staff?</source>
        <translation>Pa aelod o staff?</translation>
    </message>
    <message>
        <source>Who can see your slides afterwards?</source>
        <translation>Pwy sy&apos;n cael gweld eich sleidiau wedyn?</translation>
    </message>
    <message>
        <source>My care team</source>
        <translation>Fy nhîm gofal</translation>
    </message>
    <message>
        <source>Nobody else</source>
        <translation>Neb arall</translation>
    </message>
    <message>
        <source>A family member&apos;s name</source>
        <translation>Enw aelod o&apos;r teulu</translation>
    </message>
    <message>
        <source>A family member who can see them</source>
        <translation>Aelod o&apos;r teulu sy&apos;n cael eu gweld</translation>
    </message>
    <message>
        <source>Add family</source>
        <translation>Ychwanegu teulu</translation>
    </message>
    <message>
        <source>Add a family member who can see them</source>
        <translation>Ychwanegu aelod o&apos;r teulu sy&apos;n cael eu gweld</translation>
    </message>
</context>
<context>
    <name>TemplatesScreen</name>
    <message>
        <source>Topic templates</source>
        <translation>Templedi pynciau</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templedi</translation>
    </message>
    <message>
        <source>Name of this copy</source>
        <translation>Enw&apos;r copi hwn</translation>
    </message>
    <message>
        <source>Copy for this ward</source>
        <translation>Copïo ar gyfer y ward hon</translation>
    </message>
    <message>
        <source>Copy for a person</source>
        <translation>Copïo ar gyfer person</translation>
    </message>
    <message>
        <source>Remove this copy</source>
        <translation>Tynnu&apos;r copi hwn</translation>
    </message>
    <message>
        <source>Add a topic</source>
        <translation>Ychwanegu pwnc</translation>
    </message>
    <message>
        <source>Who is this copy for?</source>
        <translation>I bwy mae&apos;r copi hwn?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Default topics</source>
        <translation>Pynciau diofyn</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Darllen yn unig</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>Ar gyfer {name}</translation>
    </message>
    <message>
        <source>Whole ward</source>
        <translation>Y ward gyfan</translation>
    </message>
    <message>
        <source>These are the default topics. To change them, copy them for this ward or a person.</source>
        <translation>Dyma&apos;r pynciau diofyn. I&apos;w newid, copïwch nhw ar gyfer y ward hon neu berson.</translation>
    </message>
    <message>
        <source>Changes save by themselves.</source>
        <translation>Mae newidiadau&apos;n cael eu cadw ar unwaith.</translation>
    </message>
    <message>
        <source>Words for topic {number}</source>
        <translation>Geiriau ar gyfer pwnc {number}</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Change the picture for {topic}</source>
        <translation>Newid y llun ar gyfer {topic}</translation>
    </message>
    <message>
        <source>Move {topic} up</source>
        <translation>Symud {topic} i fyny</translation>
    </message>
    <message>
        <source>Move {topic} down</source>
        <translation>Symud {topic} i lawr</translation>
    </message>
    <message>
        <source>Remove {topic}</source>
        <translation>Tynnu {topic}</translation>
    </message>
    <message>
        <source>The default topics cannot be changed. Copy them first.</source>
        <translation>Does dim modd newid y pynciau diofyn. Copïwch nhw yn gyntaf.</translation>
    </message>
    <message>
        <source>A topic needs some words.</source>
        <translation>Mae angen geiriau ar bwnc.</translation>
    </message>
    <message>
        <source>A template needs at least one topic.</source>
        <translation>Mae angen o leiaf un pwnc ar dempled.</translation>
    </message>
    <message>
        <source>This was removed somewhere else.</source>
        <translation>Cafodd hwn ei dynnu yn rhywle arall.</translation>
    </message>
    <message>
        <source>Copied for this ward. You can change the copy now.</source>
        <translation>Wedi&apos;i gopïo ar gyfer y ward hon. Gallwch newid y copi nawr.</translation>
    </message>
    <message>
        <source>Copied for {name}. You can change the copy now.</source>
        <translation>Wedi&apos;i gopïo ar gyfer {name}. Gallwch newid y copi nawr.</translation>
    </message>
    <message>
        <source>Remove this copy? {name}</source>
        <translation>Tynnu&apos;r copi hwn? {name}</translation>
    </message>
    <message>
        <source>The copy is removed.</source>
        <translation>Mae&apos;r copi wedi&apos;i dynnu.</translation>
    </message>
    <message>
        <source>The copy needs a name.</source>
        <translation>Mae angen enw ar y copi.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>Wedi symud.</translation>
    </message>
    <message>
        <source>Remove this topic? {topic}</source>
        <translation>Tynnu&apos;r pwnc hwn? {topic}</translation>
    </message>
    <message>
        <source>The topic is removed.</source>
        <translation>Mae&apos;r pwnc wedi&apos;i dynnu.</translation>
    </message>
    <message>
        <source>Topic added. Type its words.</source>
        <translation>Pwnc wedi&apos;i ychwanegu. Teipiwch ei eiriau.</translation>
    </message>
    <message>
        <source>Choose a picture for {topic}</source>
        <translation>Dewiswch lun ar gyfer {topic}</translation>
    </message>
</context>
<context>
    <name>ThankYouWallScreen</name>
    <message>
        <source>Press Hear the name to hear who it is.</source>
        <translation>Pwyswch Clywed yr enw i glywed pwy ydyn nhw.</translation>
    </message>
    <message>
        <source>Hear the name</source>
        <translation>Clywed yr enw</translation>
    </message>
    <message>
        <source>Hear the name {author} said</source>
        <translation>Clywed yr enw a ddywedodd {author}</translation>
    </message>
    <message>
        <source>This recording will not play.</source>
        <translation>Dydy&apos;r recordiad hwn ddim yn chwarae.</translation>
    </message>
    <message>
        <source>The wall</source>
        <translation>Y wal</translation>
    </message>
    <message>
        <source>Thank-yous for me</source>
        <translation>Negeseuon diolch i mi</translation>
    </message>
    <message>
        <source>Show the thank-you wall</source>
        <translation>Dangos y wal ddiolch</translation>
    </message>
    <message>
        <source>Show the thank-yous for me</source>
        <translation>Dangos y negeseuon diolch i mi</translation>
    </message>
    <message>
        <source>Showing: the thank-you wall</source>
        <translation>Yn dangos: y wal ddiolch</translation>
    </message>
    <message>
        <source>Showing: thank-yous for me</source>
        <translation>Yn dangos: negeseuon diolch i mi</translation>
    </message>
    <message>
        <source>There are no thank-yous on the wall yet. You can say thank you to someone.</source>
        <translation>Does dim negeseuon diolch ar y wal eto. Gallwch chi ddweud diolch i rywun.</translation>
    </message>
    <message>
        <source>There are no thank-yous for you yet. You can still say thank you to someone.</source>
        <translation>Does dim negeseuon diolch i chi eto. Gallwch chi ddweud diolch i rywun o hyd.</translation>
    </message>
    <message>
        <source>Thank-yous on the wall: {count}.</source>
        <translation>Negeseuon diolch ar y wal: {count}.</translation>
    </message>
    <message>
        <source>Thank-yous for you: {count}.</source>
        <translation>Negeseuon diolch i chi: {count}.</translation>
    </message>
    <message>
        <source>Tap one to hear it.</source>
        <translation>Cyffyrddwch ag un i wrando arno.</translation>
    </message>
    <message>
        <source>The thank-you wall</source>
        <translation>Y wal ddiolch</translation>
    </message>
    <message>
        <source>Thank-yous. Tap one to hear it.</source>
        <translation>Negeseuon diolch. Cyffyrddwch ag un i wrando arno.</translation>
    </message>
</context>
<context>
    <name>ThankYouWords</name>
    <message>
        <source>Helped me</source>
        <translation>Wedi fy helpu</translation>
    </message>
    <message>
        <source>Listened to me</source>
        <translation>Wedi gwrando arna i</translation>
    </message>
    <message>
        <source>Made me laugh</source>
        <translation>Wedi gwneud i mi chwerthin</translation>
    </message>
    <message>
        <source>Was kind</source>
        <translation>Wedi bod yn garedig</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>Wedi rhannu gyda mi</translation>
    </message>
    <message>
        <source>Calmed me down</source>
        <translation>Wedi fy nhawelu</translation>
    </message>
    <message>
        <source>Taught me something</source>
        <translation>Wedi dysgu rhywbeth i mi</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Rhywbeth arall</translation>
    </message>
    <message>
        <source>someone named in their own voice</source>
        <translation>rhywun a enwyd yn eu llais eu hunain</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>rhywun</translation>
    </message>
    <message>
        <source>From {author} to {to}</source>
        <translation>Oddi wrth {author} i {to}</translation>
    </message>
    <message>
        <source>{author} says thank you to {to}.</source>
        <translation>Mae {author} yn dweud diolch i {to}.</translation>
    </message>
    <message>
        <source>Why: {reasons}.</source>
        <translation>Pam: {reasons}.</translation>
    </message>
</context>
<context>
    <name>ThanksCard</name>
    <message>
        <source>Why: {reasons}</source>
        <translation>Pam: {reasons}</translation>
    </message>
    <message>
        <source>Play their recording</source>
        <translation>Chwarae eu recordiad</translation>
    </message>
    <message>
        <source>Read it aloud</source>
        <translation>Ei ddarllen yn uchel</translation>
    </message>
    <message>
        <source>Play the name</source>
        <translation>Chwarae&apos;r enw</translation>
    </message>
    <message>
        <source>Mark as read out</source>
        <translation>Marcio fel wedi&apos;i ddarllen allan</translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <source>What people said in SAY groups</source>
        <translation>Beth ddywedodd pobl mewn grwpiau SAY</translation>
    </message>
    <message>
        <source>Ideas, and things people are not happy about</source>
        <translation>Syniadau, a phethau dydy pobl ddim yn hapus amdanyn nhw</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>Dywedoch chi, gwnaethon ni</translation>
    </message>
    <message>
        <source>In people&apos;s own words</source>
        <translation>Yng ngeiriau pobl eu hunain</translation>
    </message>
    <message>
        <source>Nobody said yes to sharing their words this time.</source>
        <translation>Wnaeth neb ddweud ie i rannu eu geiriau y tro hwn.</translation>
    </message>
    <message>
        <source>Press Take this for each one.</source>
        <translation>Pwyswch Mynd â hwn ar gyfer pob un.</translation>
    </message>
    <message>
        <source>What people on the ward said. Choose what to take.</source>
        <translation>Beth ddywedodd pobl ar y ward. Dewiswch beth i fynd ag e i&apos;r cyngor.</translation>
    </message>
    <message>
        <source>Nothing was said on the ward in this time. You can choose another time.</source>
        <translation>Chafodd dim byd ei ddweud ar y ward yn yr amser hwn. Gallwch chi ddewis amser arall.</translation>
    </message>
    <message>
        <source>You can still add your own points.</source>
        <translation>Gallwch chi ychwanegu eich pwyntiau eich hun o hyd.</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Dewis amser arall</translation>
    </message>
    <message>
        <source>Add my own points</source>
        <translation>Ychwanegu fy mhwyntiau fy hun</translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>A picture</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>A symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>My voice</source>
        <translation>Fy llais</translation>
    </message>
    <message>
        <source>Done. Well done.</source>
        <translation>Wedi gorffen. Da iawn.</translation>
    </message>
    <message>
        <source>Skipped. You can come back to it.</source>
        <translation>Wedi neidio drosto. Gallwch chi ddod yn ôl ato.</translation>
    </message>
    <message>
        <source>Remove this topic?</source>
        <translation>Tynnu&apos;r pwnc hwn?</translation>
    </message>
    <message>
        <source>Remove this topic? What you said in it goes too.</source>
        <translation>Tynnu&apos;r pwnc hwn? Bydd beth ddywedoch chi ynddo yn mynd hefyd.</translation>
    </message>
    <message>
        <source>Getting the picture ready…</source>
        <translation>Yn paratoi&apos;r llun…</translation>
    </message>
    <message>
        <source>The picture is added.</source>
        <translation>Mae&apos;r llun wedi&apos;i ychwanegu.</translation>
    </message>
    <message>
        <source>This picture is too big. Please choose a smaller one.</source>
        <translation>Mae&apos;r llun hwn yn rhy fawr. Dewiswch un llai, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>The picture could not be saved. Please ask staff for help.</source>
        <translation>Doedd dim modd cadw&apos;r llun. Gofynnwch i staff am help, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>This picture cannot be used. It may be damaged. Please try another.</source>
        <translation>Does dim modd defnyddio&apos;r llun hwn. Efallai ei fod wedi&apos;i ddifrodi. Rhowch gynnig ar un arall, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>This recording will not play. It may be damaged.</source>
        <translation>Dydy&apos;r recordiad hwn ddim yn chwarae. Efallai ei fod wedi&apos;i ddifrodi.</translation>
    </message>
    <message>
        <source>Remove this?</source>
        <translation>Tynnu hwn?</translation>
    </message>
    <message>
        <source>I feel: {rating}</source>
        <translation>Dw i&apos;n teimlo: {rating}</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>This topic is finished. Press to open it again.</source>
        <translation>Mae&apos;r pwnc hwn wedi gorffen. Pwyswch i&apos;w agor eto.</translation>
    </message>
    <message>
        <source>I have finished this topic</source>
        <translation>Dw i wedi gorffen y pwnc hwn</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Neidio drosto</translation>
    </message>
    <message>
        <source>Skip this topic</source>
        <translation>Neidio dros y pwnc hwn</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove this topic</source>
        <translation>Tynnu&apos;r pwnc hwn</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Geiriau</translation>
    </message>
    <message>
        <source>Add words</source>
        <translation>Ychwanegu geiriau</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation>Ychwanegu llun</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Add a symbol</source>
        <translation>Ychwanegu symbol</translation>
    </message>
    <message>
        <source>Record my voice</source>
        <translation>Recordio fy llais</translation>
    </message>
    <message>
        <source>Nothing here yet. Add words, a picture, a symbol or your voice.</source>
        <translation>Does dim byd yma eto. Ychwanegwch eiriau, llun, symbol neu eich llais.</translation>
    </message>
</context>
<context>
    <name>TopicWords</name>
    <message>
        <source>New topic</source>
        <translation>Pwnc newydd</translation>
    </message>
    <message>
        <source>Topics for {name}</source>
        <translation>Pynciau ar gyfer {name}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Wedi neidio drosto</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>{person}&apos;s own words</source>
        <translation>Geiriau {person} ei hun</translation>
    </message>
    <message>
        <source>{staff} wrote down what {person} said</source>
        <translation>Ysgrifennodd {staff} beth ddywedodd {person}</translation>
    </message>
    <message>
        <source>Note by {staff}</source>
        <translation>Nodyn gan {staff}</translation>
    </message>
</context>
<context>
    <name>TwoStepConfirm</name>
    <message>
        <source>Yes, I am sure</source>
        <translation>Ydw, dw i&apos;n siŵr</translation>
    </message>
    <message>
        <source>No, stop</source>
        <translation>Na, stopiwch</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
</context>
<context>
    <name>ViewRow</name>
    <message>
        <source>Make this an action</source>
        <translation>Gwneud hwn yn gam gweithredu</translation>
    </message>
    <message>
        <source>Make this an action: {view}</source>
        <translation>Gwneud hwn yn gam gweithredu: {view}</translation>
    </message>
    <message>
        <source>Action made</source>
        <translation>Cam gweithredu wedi&apos;i wneud</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <source>This computer has no microphone, so you cannot record here. You can still type or ask staff to write what you say.</source>
        <translation>Does dim meicroffon ar y cyfrifiadur hwn, felly allwch chi ddim recordio yma. Gallwch chi deipio o hyd, neu ofyn i staff ysgrifennu beth rydych chi&apos;n ei ddweud.</translation>
    </message>
    <message>
        <source>The recording did not start. Please try again, or ask staff for help.</source>
        <translation>Wnaeth y recordio ddim dechrau. Rhowch gynnig arall arni, neu gofynnwch i staff am help.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please try again.</source>
        <translation>Chafodd dim byd ei recordio. Rhowch gynnig arall arni, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Your recording could not be saved. Please ask staff for help.</source>
        <translation>Doedd dim modd cadw eich recordiad. Gofynnwch i staff am help, os gwelwch yn dda.</translation>
    </message>
</context>
<context>
    <name>WardPicturesScreen</name>
    <message>
        <source>Places</source>
        <translation>Lleoedd</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Things</source>
        <translation>Pethau</translation>
    </message>
    <message>
        <source>Things to do</source>
        <translation>Pethau i&apos;w gwneud</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Bwyd a diod</translation>
    </message>
    <message>
        <source>My care</source>
        <translation>Fy ngofal</translation>
    </message>
    <message>
        <source>The ward</source>
        <translation>Y ward</translation>
    </message>
    <message>
        <source>The ward&apos;s pictures</source>
        <translation>Lluniau&apos;r ward</translation>
    </message>
    <message>
        <source>Choose a photo for the ward&apos;s pictures</source>
        <translation>Dewiswch lun ar gyfer lluniau&apos;r ward</translation>
    </message>
    <message>
        <source>Type a word for the new picture first, then add it.</source>
        <translation>Teipiwch air ar gyfer y llun newydd yn gyntaf, yna ychwanegwch e.</translation>
    </message>
    <message>
        <source>This picture cannot be used: {why}</source>
        <translation>Does dim modd defnyddio&apos;r llun hwn: {why}</translation>
    </message>
    <message>
        <source>Added. Patients can choose it now.</source>
        <translation>Wedi&apos;i ychwanegu. Gall cleifion ei ddewis nawr.</translation>
    </message>
    <message>
        <source>A picture needs a word. The last word typed is kept.</source>
        <translation>Mae angen gair ar lun. Mae&apos;r gair olaf a deipiwyd wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Remove {word} from the ward&apos;s pictures?</source>
        <translation>Tynnu {word} o luniau&apos;r ward?</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Wedi&apos;i dynnu.</translation>
    </message>
    <message>
        <source>Photos of the ward&apos;s own places and things, for patients to choose as pictures. Check each photo first: no other patients, keys, doors or private details.</source>
        <translation>Lluniau o leoedd a phethau&apos;r ward ei hun, i gleifion eu dewis fel lluniau. Gwiriwch bob llun yn gyntaf: dim cleifion eraill, allweddi, drysau na manylion preifat.</translation>
    </message>
    <message>
        <source>Word for the picture</source>
        <translation>Gair ar gyfer y llun</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Ychwanegu llun</translation>
    </message>
    <message>
        <source>Add a photo with this word</source>
        <translation>Ychwanegu llun gyda&apos;r gair hwn</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Ei dynnu</translation>
    </message>
    <message>
        <source>Remove the chosen picture</source>
        <translation>Tynnu&apos;r llun a ddewiswyd</translation>
    </message>
</context>
<context>
    <name>WardSettingsScreen</name>
    <message>
        <source>Ward settings</source>
        <translation>Gosodiadau&apos;r ward</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Dewiswch y ffolder copïau wrth gefn</translation>
    </message>
    <message>
        <source>Choose a photo of the advocate</source>
        <translation>Dewiswch lun o&apos;r eiriolwr</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp)</source>
        <translation>Lluniau (*.jpg *.jpeg *.png *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>This photo cannot be used. Please choose another.</source>
        <translation>Does dim modd defnyddio&apos;r llun hwn. Dewiswch un arall, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Sign staff out after this many idle minutes</source>
        <translation>Allgofnodi staff ar ôl y nifer hwn o funudau segur</translation>
    </message>
    <message>
        <source>Patient screens: minutes before “Are you still there?”</source>
        <translation>Sgriniau cleifion: munudau cyn “Ydych chi&apos;n dal yno?”</translation>
    </message>
    <message>
        <source>Picture passwords</source>
        <translation>Cyfrineiriau lluniau</translation>
    </message>
    <message>
        <source>Ideas on You said, we did</source>
        <translation>Syniadau ar Dywedoch chi, gwnaethon ni</translation>
    </message>
    <message>
        <source>One switch on Who are you?</source>
        <translation>Un switsh ar Pwy ydych chi?</translation>
    </message>
    <message>
        <source>Ask “Is this you?”</source>
        <translation>Gofyn “Ai chi yw hwn?”</translation>
    </message>
    <message>
        <source>Advocate&apos;s name (or IMHA)</source>
        <translation>Enw&apos;r eiriolwr (neu IMHA)</translation>
    </message>
    <message>
        <source>Advocate&apos;s phone number</source>
        <translation>Rhif ffôn yr eiriolwr</translation>
    </message>
    <message>
        <source>When the advocate visits, in easy words</source>
        <translation>Pryd mae&apos;r eiriolwr yn ymweld, mewn geiriau hawdd</translation>
    </message>
    <message>
        <source>Advocate&apos;s photo</source>
        <translation>Llun yr eiriolwr</translation>
    </message>
    <message>
        <source>Other ways to complain, in easy words</source>
        <translation>Ffyrdd eraill o gwyno, mewn geiriau hawdd</translation>
    </message>
    <message>
        <source>Backup folder (empty: the data folder)</source>
        <translation>Ffolder copïau wrth gefn (gwag: y ffolder data)</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>Sawl copi wrth gefn i&apos;w gadw</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Modd ciosg</translation>
    </message>
    <message>
        <source>Everyone uses a picture password</source>
        <translation>Mae pawb yn defnyddio cyfrinair lluniau</translation>
    </message>
    <message>
        <source>Ideas go on the board at once</source>
        <translation>Mae syniadau&apos;n mynd ar y bwrdd ar unwaith</translation>
    </message>
    <message>
        <source>Who are you? moves by itself</source>
        <translation>Mae Pwy ydych chi? yn symud ar ei ben ei hun</translation>
    </message>
    <message>
        <source>Ask “Is this you?” after a picture is pressed</source>
        <translation>Gofyn “Ai chi yw hwn?” ar ôl pwyso llun</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Dewis llun</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Tynnu&apos;r llun</translation>
    </message>
    <message>
        <source>After this many quiet minutes (1 to 60), the app asks, then goes back to the start.</source>
        <translation>Ar ôl y nifer hwn o funudau tawel (1 i 60), mae&apos;r ap yn gofyn, ac yna&apos;n mynd yn ôl i&apos;r dechrau.</translation>
    </message>
    <message>
        <source>Without a picture password, a person&apos;s private things stay hidden until they press Show.</source>
        <translation>Heb gyfrinair lluniau, mae pethau preifat person yn aros yn gudd nes iddyn nhw bwyso Dangos.</translation>
    </message>
    <message>
        <source>When this is off, an idea waits until a member of staff has looked at it. Worries always go to staff first, never to the board.</source>
        <translation>Pan fydd hwn i ffwrdd, mae syniad yn aros nes bod aelod o staff wedi edrych arno. Mae pryderon bob amser yn mynd at staff yn gyntaf, byth i&apos;r bwrdd.</translation>
    </message>
    <message>
        <source>For someone with one switch: the pictures light up one by one and any press picks. After that, each person&apos;s own way of pressing is used.</source>
        <translation>I rywun ag un switsh: mae&apos;r lluniau&apos;n goleuo fesul un ac mae unrhyw bwysiad yn dewis. Ar ôl hynny, mae ffordd pob person ei hun o bwyso yn cael ei defnyddio.</translation>
    </message>
    <message>
        <source>One more press for everyone, for when pictures are often pressed by mistake. When this is off, a picture opens that person&apos;s Home with “This is not me” on it, and their private things still wait for Show.</source>
        <translation>Un pwyso arall i bawb, ar gyfer pan fydd lluniau’n cael eu pwyso’n aml drwy gamgymeriad. Pan fydd hyn i ffwrdd, mae llun yn agor Adref y person hwnnw gyda “Nid fi yw hwn” arno, ac mae eu pethau preifat yn dal i aros am Dangos.</translation>
    </message>
    <message>
        <source>Everyone who says “I am not happy” sees the advocate&apos;s photo, name and phone.</source>
        <translation>Mae pawb sy&apos;n dweud “Dw i ddim yn hapus” yn gweld llun, enw a rhif ffôn yr eiriolwr.</translation>
    </message>
    <message>
        <source>Language before a person is chosen</source>
        <translation>Iaith cyn i berson gael ei ddewis</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Full screen, and only staff can close My Say</source>
        <translation>Sgrin lawn, a dim ond staff sy&apos;n gallu cau My Say</translation>
    </message>
</context>
<context>
    <name>WardsScreen</name>
    <message>
        <source>Wards</source>
        <translation>Wardiau</translation>
    </message>
    <message>
        <source>{name} (this device)</source>
        <translation>{name} (y ddyfais hon)</translation>
    </message>
    <message>
        <source>Please type the new ward&apos;s name.</source>
        <translation>Teipiwch enw&apos;r ward newydd, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Ward added.</source>
        <translation>Ward wedi&apos;i hychwanegu.</translation>
    </message>
    <message>
        <source>A ward needs a name. The last name typed is kept.</source>
        <translation>Mae angen enw ar ward. Mae&apos;r enw olaf a deipiwyd yn cael ei gadw.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>This device now shows {name}.</source>
        <translation>Mae&apos;r ddyfais hon nawr yn dangos {name}.</translation>
    </message>
    <message>
        <source>Archive {name}? It will be hidden.</source>
        <translation>Archifo {name}? Bydd yn cael ei chuddio.</translation>
    </message>
    <message>
        <source>Move or archive the people on this ward first.</source>
        <translation>Symudwch neu archifwch y bobl ar y ward hon yn gyntaf.</translation>
    </message>
    <message>
        <source>The ward is archived.</source>
        <translation>Mae&apos;r ward wedi&apos;i harchifo.</translation>
    </message>
    <message>
        <source>Add a ward</source>
        <translation>Ychwanegu ward</translation>
    </message>
    <message>
        <source>New ward&apos;s name</source>
        <translation>Enw&apos;r ward newydd</translation>
    </message>
    <message>
        <source>Ward name</source>
        <translation>Enw&apos;r ward</translation>
    </message>
    <message>
        <source>Use this ward on this device</source>
        <translation>Defnyddio&apos;r ward hon ar y ddyfais hon</translation>
    </message>
    <message>
        <source>Archive this ward</source>
        <translation>Archifo&apos;r ward hon</translation>
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
        <translation>Cyffyrddwch â&apos;ch llun</translation>
    </message>
    <message>
        <source>Nobody has been added to this ward yet. Please ask a member of staff.</source>
        <translation>Does neb wedi cael ei ychwanegu at y ward hon eto. Gofynnwch i aelod o staff.</translation>
    </message>
    <message>
        <source>Symbols: OpenMoji (CC BY-SA 4.0) and our own drawings</source>
        <translation>Symbolau: OpenMoji (CC BY-SA 4.0) a&apos;n lluniau ein hunain</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>WhoHasSeenScreen</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Tudalen {page} o {pages}</translation>
    </message>
    <message>
        <source>Do you want to stop sharing your things from now on?</source>
        <translation>Ydych chi eisiau stopio rhannu eich pethau o nawr ymlaen?</translation>
    </message>
    <message>
        <source>Copies people already have cannot be taken back.</source>
        <translation>Does dim modd cymryd yn ôl y copïau sydd gan bobl yn barod.</translation>
    </message>
    <message>
        <source>Done. You stopped sharing from now on.</source>
        <translation>Wedi gorffen. Rydych chi wedi stopio rhannu o nawr ymlaen.</translation>
    </message>
    <message>
        <source>Only you can see your slides now.</source>
        <translation>Dim ond chi sy&apos;n gallu gweld eich sleidiau nawr.</translation>
    </message>
    <message>
        <source>Your thank-yous are off the wall.</source>
        <translation>Mae eich negeseuon diolch wedi&apos;u tynnu oddi ar y wal.</translation>
    </message>
    <message>
        <source>The council will not read out your words.</source>
        <translation>Fydd y cyngor ddim yn darllen eich geiriau allan.</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>On {day}, {who} made a copy of your slides for {name}.</source>
        <translation>Ar {day}, gwnaeth {who} gopi o&apos;ch sleidiau i {name}.</translation>
    </message>
    <message>
        <source>On {day}, {who} made a copy of your slides for your care team.</source>
        <translation>Ar {day}, gwnaeth {who} gopi o&apos;ch sleidiau i&apos;ch tîm gofal.</translation>
    </message>
    <message>
        <source>On {day}, {who} made a paper copy of your slides for {name}.</source>
        <translation>Ar {day}, gwnaeth {who} gopi papur o&apos;ch sleidiau i {name}.</translation>
    </message>
    <message>
        <source>On {day}, {who} made a paper copy of your slides for your care team.</source>
        <translation>Ar {day}, gwnaeth {who} gopi papur o&apos;ch sleidiau i&apos;ch tîm gofal.</translation>
    </message>
    <message>
        <source>On {day}, your words went to the council without your name.</source>
        <translation>Ar {day}, aeth eich geiriau i&apos;r cyngor heb eich enw.</translation>
    </message>
    <message>
        <source>On {day}, you stopped sharing from then on.</source>
        <translation>Ar {day}, stopioch chi rannu o hynny ymlaen.</translation>
    </message>
    <message>
        <source>On {day}, {who} made a copy of your things for your care team.</source>
        <translation>Ar {day}, gwnaeth {who} gopi o&apos;ch pethau i&apos;ch tîm gofal.</translation>
    </message>
    <message>
        <source>On {day}, {who} gave your views to the council without your name.</source>
        <translation>Ar {day}, rhoddodd {who} eich barn i&apos;r cyngor heb eich enw.</translation>
    </message>
    <message>
        <source>On {day}, {who} put your things in a copy for the ward team.</source>
        <translation>Ar {day}, rhoddodd {who} eich pethau mewn copi i dîm y ward.</translation>
    </message>
    <message>
        <source>On {day}, {who} put your views in a copy for the ward team, without your name.</source>
        <translation>Ar {day}, rhoddodd {who} eich barn mewn copi i dîm y ward, heb eich enw.</translation>
    </message>
    <message>
        <source>Who has seen my things</source>
        <translation>Pwy sydd wedi gweld fy mhethau</translation>
    </message>
    <message>
        <source>Here is every copy made of your things. Tap one to hear it.</source>
        <translation>Dyma bob copi sydd wedi&apos;i wneud o&apos;ch pethau. Cyffyrddwch ag un i wrando arno.</translation>
    </message>
    <message>
        <source>Nobody has had a copy of your things.</source>
        <translation>Does neb wedi cael copi o&apos;ch pethau.</translation>
    </message>
    <message>
        <source>Back a page</source>
        <translation>Un dudalen yn ôl</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Tudalen nesaf</translation>
    </message>
    <message>
        <source>Stop sharing from now on</source>
        <translation>Stopio rhannu o nawr ymlaen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
</context>
<context>
    <name>WhoPage</name>
    <message>
        <source>Someone else</source>
        <translation>Rhywun arall</translation>
    </message>
    <message>
        <source>Someone else. A picture of them, or their name.</source>
        <translation>Rhywun arall. Llun ohonyn nhw, neu eu henw.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>WordsEditor</name>
    <message>
        <source>That is a lot of words. Only the first {count} letters are kept.</source>
        <translation>Mae hynny&apos;n llawer o eiriau. Dim ond y {count} llythyren gyntaf sy&apos;n cael eu cadw.</translation>
    </message>
    <message>
        <source>Whose words are these?</source>
        <translation>Geiriau pwy yw&apos;r rhain?</translation>
    </message>
    <message>
        <source>My own words</source>
        <translation>Fy ngeiriau fy hun</translation>
    </message>
    <message>
        <source>I typed what they said</source>
        <translation>Teipiais i beth ddywedon nhw</translation>
    </message>
    <message>
        <source>Staff note</source>
        <translation>Nodyn staff</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Geiriau</translation>
    </message>
    <message>
        <source>Type here. It saves as you type.</source>
        <translation>Teipiwch yma. Mae&apos;n cadw wrth i chi deipio.</translation>
    </message>
    <message>
        <source>Hear it</source>
        <translation>Gwrando ar hwn</translation>
    </message>
    <message>
        <source>Back to my topic</source>
        <translation>Yn ôl i fy mhwnc</translation>
    </message>
    <message>
        <source>Back to my topic. Your words are saved.</source>
        <translation>Yn ôl i fy mhwnc. Mae eich geiriau wedi&apos;u cadw.</translation>
    </message>
</context>
<context>
    <name>WorriesScreen</name>
    <message>
        <source>Someone</source>
        <translation>Rhywun</translation>
    </message>
    <message>
        <source>Not triaged yet</source>
        <translation>Heb ei frysbennu eto</translation>
    </message>
    <message>
        <source>Safeguarding</source>
        <translation>Diogelu</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Heb ei ateb eto</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Wedi&apos;i ateb</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Am: %1</translation>
    </message>
    <message>
        <source>Waiting for triage: {count}</source>
        <translation>Yn aros i gael eu brysbennu: {count}</translation>
    </message>
    <message>
        <source>Worries</source>
        <translation>Pryderon</translation>
    </message>
    <message>
        <source>Worries, not yet triaged first</source>
        <translation>Pryderon, y rhai heb eu brysbennu yn gyntaf</translation>
    </message>
    <message>
        <source>The chosen worry</source>
        <translation>Y pryder sydd wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>No worries here. When someone is not happy, it shows here first.</source>
        <translation>Does dim pryderon yma. Pan fydd rhywun ddim yn hapus, bydd yn dangos yma yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>WorryForm</name>
    <message>
        <source>Staff and the advocate may know. Tell the advocate.</source>
        <translation>Mae staff a&apos;r eiriolwr yn cael gwybod. Dwedwch wrth yr eiriolwr.</translation>
    </message>
    <message>
        <source>The ward may know, without their name, in words you agree with them.</source>
        <translation>Mae&apos;r ward yn cael gwybod, heb eu henw, mewn geiriau rydych chi&apos;n eu cytuno gyda nhw.</translation>
    </message>
    <message>
        <source>Staff only.</source>
        <translation>Staff yn unig.</translation>
    </message>
    <message>
        <source>Answer both questions: Yes or No.</source>
        <translation>Atebwch y ddau gwestiwn: Ie neu Na.</translation>
    </message>
    <message>
        <source>Say who the safeguarding concern was passed on to.</source>
        <translation>Dwedwch at bwy cafodd y pryder diogelu ei basio ymlaen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Answer the two questions first, then the person.</source>
        <translation>Atebwch y ddau gwestiwn yn gyntaf, yna&apos;r person.</translation>
    </message>
    <message>
        <source>Write the answer in easy words: they hear it read aloud.</source>
        <translation>Ysgrifennwch yr ateb mewn geiriau hawdd: byddan nhw&apos;n ei glywed yn cael ei ddarllen yn uchel.</translation>
    </message>
    <message>
        <source>Sent. They will see and hear it in What I said.</source>
        <translation>Wedi&apos;i anfon. Byddan nhw&apos;n ei weld ac yn ei glywed yn Beth ddywedais i.</translation>
    </message>
    <message>
        <source>These words name {names}. Words on the board must not name anyone.</source>
        <translation>Mae&apos;r geiriau hyn yn enwi {names}. Rhaid i eiriau ar y bwrdd beidio ag enwi neb.</translation>
    </message>
    <message>
        <source>Write the words you and the person agreed for the board.</source>
        <translation>Ysgrifennwch y geiriau rydych chi a&apos;r person wedi&apos;u cytuno ar gyfer y bwrdd.</translation>
    </message>
    <message>
        <source>On the board now, without their name. Answer it in You said, we did.</source>
        <translation>Ar y bwrdd nawr, heb eu henw. Atebwch e yn Dywedoch chi, gwnaethon ni.</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Brysbennu</translation>
    </message>
    <message>
        <source>Does this need action today?</source>
        <translation>Oes angen gwneud rhywbeth am hyn heddiw?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Is this a safeguarding concern?</source>
        <translation>Ydy hwn yn bryder diogelu?</translation>
    </message>
    <message>
        <source>Passed on to (name and role)</source>
        <translation>Wedi&apos;i basio ymlaen at (enw a rôl)</translation>
    </message>
    <message>
        <source>Save the two answers</source>
        <translation>Cadw&apos;r ddau ateb</translation>
    </message>
    <message>
        <source>Answer to the person, in easy words (they hear it read aloud)</source>
        <translation>Ateb i&apos;r person, mewn geiriau hawdd (maen nhw&apos;n ei glywed yn cael ei ddarllen yn uchel)</translation>
    </message>
    <message>
        <source>Send the answer</source>
        <translation>Anfon yr ateb</translation>
    </message>
    <message>
        <source>Words for the board, agreed with the person. No names.</source>
        <translation>Geiriau ar gyfer y bwrdd, wedi&apos;u cytuno gyda&apos;r person. Dim enwau.</translation>
    </message>
    <message>
        <source>Put these words on the board</source>
        <translation>Rhoi&apos;r geiriau hyn ar y bwrdd</translation>
    </message>
    <message>
        <source>Choose a worry</source>
        <translation>Dewiswch bryder</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Rhywun</translation>
    </message>
    <message>
        <source>{name} is not happy</source>
        <translation>Dydy {name} ddim yn hapus</translation>
    </message>
    <message>
        <source>Raised {when}.</source>
        <translation>Wedi&apos;i godi ar {when}.</translation>
    </message>
    <message>
        <source>{staff} typed what they said.</source>
        <translation>Teipiodd {staff} beth ddywedon nhw.</translation>
    </message>
    <message>
        <source>On the board: {words}</source>
        <translation>Ar y bwrdd: {words}</translation>
    </message>
    <message>
        <source>Not triaged yet.</source>
        <translation>Heb ei frysbennu eto.</translation>
    </message>
    <message>
        <source>Triaged by {staff}, {when}.</source>
        <translation>Wedi&apos;i frysbennu gan {staff}, {when}.</translation>
    </message>
    <message>
        <source>Passed on to {whom}, {when}.</source>
        <translation>Wedi&apos;i basio ymlaen at {whom}, {when}.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Heb ei ateb eto.</translation>
    </message>
    <message>
        <source>Answered by {staff}, {when}.</source>
        <translation>Wedi&apos;i ateb gan {staff}, {when}.</translation>
    </message>
    <message>
        <source>They have not heard it yet.</source>
        <translation>Dydyn nhw ddim wedi&apos;i glywed eto.</translation>
    </message>
    <message>
        <source>They heard it {when}.</source>
        <translation>Wedi&apos;i glywed ar {when}.</translation>
    </message>
</context>
<context>
    <name>YouSaidWeDidScreen</name>
    <message>
        <source>You said: {said}</source>
        <translation>Dywedoch chi: {said}</translation>
    </message>
    <message>
        <source>Staff answered you</source>
        <translation>Mae staff wedi eich ateb</translation>
    </message>
    <message>
        <source>Staff have read this</source>
        <translation>Mae staff wedi darllen hwn</translation>
    </message>
    <message>
        <source>Staff will read this soon</source>
        <translation>Bydd staff yn darllen hwn cyn hir</translation>
    </message>
    <message>
        <source>Staff will look at this</source>
        <translation>Bydd staff yn edrych ar hwn</translation>
    </message>
    <message>
        <source>Staff said: {answer}</source>
        <translation>Dywedodd staff: {answer}</translation>
    </message>
    <message>
        <source>Only staff see this.</source>
        <translation>Dim ond staff sy&apos;n gweld hwn.</translation>
    </message>
    <message>
        <source>We did: {reply}</source>
        <translation>Gwnaethon ni: {reply}</translation>
    </message>
    <message>
        <source>Staff will tell you more soon.</source>
        <translation>Bydd staff yn dweud mwy wrthych chi cyn hir.</translation>
    </message>
    <message>
        <source>On the board, without your name: {words}</source>
        <translation>Ar y bwrdd, heb eich enw: {words}</translation>
    </message>
    <message>
        <source>Why not: {reason}</source>
        <translation>Pam ddim: {reason}</translation>
    </message>
    <message>
        <source>You are not on a ward yet, so there is nothing to show.</source>
        <translation>Dydych chi ddim ar ward eto, felly does dim byd i&apos;w ddangos.</translation>
    </message>
    <message>
        <source>Nothing here yet. When someone has an idea or is not happy, the answer shows here.</source>
        <translation>Does dim byd yma eto. Pan fydd gan rywun syniad, neu pan fydd rhywun ddim yn hapus, bydd yr ateb yn dangos yma.</translation>
    </message>
    <message>
        <source>Nothing here right now.</source>
        <translation>Does dim byd yma ar hyn o bryd.</translation>
    </message>
    <message>
        <source>Raised {raised}.</source>
        <translation>Wedi&apos;i godi ar {raised}.</translation>
    </message>
    <message>
        <source>Answered {answered}.</source>
        <translation>Wedi&apos;i ateb ar {answered}.</translation>
    </message>
    <message>
        <source>Raised {raised}. Last changed {changed}.</source>
        <translation>Wedi&apos;i godi ar {raised}. Wedi&apos;i newid ddiwethaf ar {changed}.</translation>
    </message>
    <message>
        <source>Hear it</source>
        <translation>Gwrando ar hwn</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>Dywedoch chi, gwnaethon ni</translation>
    </message>
    <message>
        <source>Choose one to hear it.</source>
        <translation>Dewiswch un i wrando arno.</translation>
    </message>
    <message>
        <source>The answers. Press Enter to hear one.</source>
        <translation>Yr atebion. Pwyswch Enter i glywed un.</translation>
    </message>
    <message>
        <source>What I said when I was not happy</source>
        <translation>Beth ddywedais i pan oeddwn i ddim yn hapus</translation>
    </message>
    <message>
        <source>What I said</source>
        <translation>Fy marn</translation>
    </message>
    <message>
        <source>Show what I said</source>
        <translation>Dangos beth ddywedais i</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Popeth</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Dangos popeth</translation>
    </message>
    <message>
        <source>Show what is done</source>
        <translation>Dangos beth sydd wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Show what we are working on</source>
        <translation>Dangos beth rydyn ni&apos;n gweithio arno</translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation>Gweithio arno</translation>
    </message>
    <message>
        <source>Show what we can&apos;t do</source>
        <translation>Dangos beth allwn ni ddim ei wneud</translation>
    </message>
    <message>
        <source>We can&apos;t do this</source>
        <translation>Dim yn bosib</translation>
    </message>
</context>
</TS>
