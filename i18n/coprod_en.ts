<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionForm</name>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red means we can&apos;t do this. Say why, so people know the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply in easy words: people will hear it read aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action was changed or removed somewhere else. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Patients see and hear this answer on You said, we did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot go on the board from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is on the board now. Every patient can see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An idea from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not happy about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone is not happy about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a SAY group ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a SAY group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: {who} set {colour} ({words}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: {reply}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said: {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised {raised}. Last changed {changed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the board yet. Patients will see it once you put it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the board. A worry goes there only in agreed words, from Worries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply in easy words (people hear it read aloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why we can&apos;t do this (needed for Red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is doing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date to be done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear it as patients will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionWords</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can&apos;t do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsBoardScreen</name>
    <message>
        <source>Why not: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: {reply}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the board yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a look ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this device&apos;s ward first (Ward settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was said first, then press Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added. Now give it an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something said on the ward or at a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action: what was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the board here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPhrasePanel</name>
    <message>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your picture: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a lot of words. Only the first {count} letters fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture or type your words first. Then press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel. Do not save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddTopicScreen</name>
    <message>
        <source>Please type a few words for your topic first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your topic is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my own topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my own topic. Choose a picture for what you want to talk about, or type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture for it, or type its words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to talk about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvocateCard</name>
    <message>
        <source>You can talk to the advocate: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can talk to an advocate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: {phone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff will tell you how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also make a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaRow</name>
    <message>
        <source>Change the picture for {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {topic}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerRow</name>
    <message>
        <source>Write the council&apos;s answer in easy words: people will hear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Green, Amber or Red for the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red means the council can&apos;t do this. Say why, so people know the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. People see and hear this answer on You said, we did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council said: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council&apos;s answer, in easy words (people hear it read aloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the council can&apos;t do this (needed for Red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>Signed out</source>
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
        <source>Person brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person moved to another ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic template copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic template removed</source>
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
        <source>Ward renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward archived</source>
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
        <source>Backup failed</source>
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
    <name>BackupsScreen</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are saved in: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups you can go back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not there now. Check the drive or network is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size}. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy kept before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy kept before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made: {date}. It has been checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping a copy of the data as it is now, then restoring. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. The data is now as it was on {date}. The data from before is kept as a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be used: it is not there. Check the drive or network is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be used: My Say is not allowed to save files in it. Ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be used: the disk is full. Choose another folder in Ward settings, or ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {file} did not pass its check, so it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a My Say backup in the backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work. Nothing was deleted. Details: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the backup from {date}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything saved after {date} will be replaced by the backup. First, My Say keeps a copy of the data as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This changes the data for everyone on this computer. A copy of the data as it is now is kept first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarryOnQuestion</name>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on where I was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from the beginning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPanel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilPacksScreen</name>
    <message>
        <source>The council has answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken to the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being got ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ward rep&apos;s point {n}: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been chosen for this pack yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols: {symbols}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recording by the ward rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people said about {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as taken to the council. The pack stays as it was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the files. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is made again. The files are in {folder}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ward rep&apos;s packs for the recovery council. Open one to see it and record the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packs yet. The ward rep makes one from their Home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the files again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark it taken to the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the council&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each answer goes on You said, we did, so the ward hears what the council said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was chosen to answer in this pack.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilQuestion</name>
    <message>
        <source>Can the ward rep read out your words at the council? Your name will not be said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, the ward rep can read out my words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, keep my words on the ward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilScreen</name>
    <message>
        <source>You are not on a ward yet. Please ask staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This did not work. Please ask staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be saved. Please ask staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the pack. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is ready. Staff can print it or show it on a screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is in this folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose {themes} things, {quotes} quotes and {points} of your own points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which time do you want to talk about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk about this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk about the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk about the time since the last council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the pack for the council. It has no names in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the pack for the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have finished. Go Home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: my points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next. Add my own points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: make the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next. Make the pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilWords</name>
    <message>
        <source>fewer than 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few people talked about this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not good {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face chosen {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views given: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas about {about}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not happy about {about}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said in a SAY group about {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An idea someone had</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something someone is not happy about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something someone raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be made. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be made: a font is missing on this computer. Please ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be saved. The folder may be full. Please ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. The pack was not made. Please ask staff to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking this to the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press to leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this to the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am taking this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Thank you for saying thank you to {name}. It is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be read out at the mutual help meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} will get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is on the thank-you wall.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseConfirm</name>
    <message>
        <source>Are you really sure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press &quot;Erase for ever&quot; to erase {name}. There is no way back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {name} for ever?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes everything about them: their name, picture, settings, PIN and meetings. It cannot be undone. The audit log will only keep that someone was erased, by you, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for ever</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportScreen</name>
    <message>
        <source>Choose a folder for the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About each person (name, ward, ward rep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each person likes to communicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each person wants to say at their meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-yous (as each author chose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said, we did (without names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAY group views and minutes (without names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience questions: answers and charts (charts without names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery council packs (without names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s partnership self-checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a PDF report, spreadsheet files and a data file. Only what each person agreed to share goes in: anything they keep just for themselves never does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is it about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is it about? The whole ward, or one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole ward: {ward}</source>
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
    <message>
        <source>From this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To this day (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the patients&apos; council (no names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to save the export in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it all in one .zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the .zip file (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the export is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is being made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whose export it is first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder to save it in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one thing to export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting. Please wait, or press Cancel to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stopped. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is before the first day. Change the dates and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. The export is saved in:
{path}
{counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} is not there. Check the drive or network is connected, or choose another folder. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Say is not allowed to save files in {folder}. Choose another folder. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the export could not be saved in {folder}. Free some space or choose another folder. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export did not work. Nothing was saved. Details: {detail}</source>
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
        <source>Who is the ward&apos;s advocate (or IMHA)? People who are not happy will see this. You can leave it for now and add it in Ward settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the advocate visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HaveMySayScreen</name>
    <message>
        <source>Have my say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us what you think about the ward. Staff will answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAY group on now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have an idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am not happy about something</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpBanner</name>
    <message>
        <source>{name} needs help at {device}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone needs help at {device}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressed {count} times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked 1 minute ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked {minutes} minutes ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I need help: not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am here, for {who}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpComingScreen</name>
    <message>
        <source>A member of staff saw this. They are coming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this to staff. I need help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am OK now</source>
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
        <source>Hello, {name}. If this is not you, press This is not me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting is booked yet. Get ready for my next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said: {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you wall: see the thank-yous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have my say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAY group on now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help me say it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery council: get the ward&apos;s views ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for me: how is the ward for you? You can skip any question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I like it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I like it: how the app talks and looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has seen my things</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HowIPressScreen</name>
    <message>
        <source>How I press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this way of pressing? It goes back in {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you press?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch or keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch or keys. Space presses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two switches. One moves on, the other picks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One switch. It moves by itself; press to pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say each choice as you get to it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it. Say each choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet. Do not say each choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast does it move? Every {seconds} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower. Wait longer on each choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster. Move on sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times round before it waits: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer times round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More times round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does it move?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One at a time. Every choice in turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row first. Pick a row, then a choice in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long do you hold to pick?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just press to pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short hold. Half a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long hold. One second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this way of pressing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change back to how it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you use a screen reader?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. My Say talks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I use one. My Say does not talk over it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HowPage</name>
    <message>
        <source>Add words if you want to. They are kept as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record your voice if you want to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it now, or add more first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you are thanking them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it with pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record my voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it out at the mutual help meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it on the thank-you wall?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, put it on the thank-you wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, keep it off the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voice is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsThisYouScreen</name>
    <message>
        <source>Is this you, {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, this is me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, it is not me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your private things are locked. Ask staff to help you choose your pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Say is locked. Staff: sign in, then choose Close My Say.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagerOnly</name>
    <message>
        <source>Only a ward manager can erase a person. Ask your ward manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a ward manager can restore a backup. Ask your ward manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a ward manager can export the whole ward. Ask your ward manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a ward manager can change ward settings. Ask your ward manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a ward manager can change a staff member&apos;s role. Ask your ward manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a ward manager can change a ward manager&apos;s PIN. Ask your ward manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Their usual topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (for {person})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (you can leave this empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics to start from</source>
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
    <name>MeetingsScreen</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings that have happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of meeting it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting added. Changes now save by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting was cancelled somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this meeting? {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MutualHelpScreen</name>
    <message>
        <source>The recording will not play. Here are the words instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording of the name will not play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as read out: {thanks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual help meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-yous to read out: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-yous people asked to have read out. Read each one, then mark it as read out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no thank-yous to read out. All done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyMeetingScreen</name>
    <message>
        <source>The topic is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My meeting: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting is booked yet. You can still get ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want to say. Add a topic to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want to say: {done} of {total} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we agreed last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff with me: say who you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear what we agreed last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear what we agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share my slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help me say it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You removed “{topic}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my own topic</source>
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
        <source>Dark screen, bright words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which language?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long before My Say asks if you are still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual time before it asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I need more time. Twice as long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch, keys or switches?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I press and move</source>
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
    <name>NextTopicStrip</name>
    <message>
        <source>{topic}: {face}. Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every topic has a face now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {topic}. How do I feel about it?</source>
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
    <name>OutcomeForm</name>
    <message>
        <source>What was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was agreed, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use short sentences and everyday words. The person will hear this read aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written for this meeting yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write what was agreed first. Then press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting was cancelled somewhere else. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. {name} will hear it next time they open My meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written {when} by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have heard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have not heard it yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedGrid</name>
    <message>
        <source>Page {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Partnership</name>
    <message>
        <source>Laying the foundation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We tell each person how they can have a say, in a way they understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our notices and letters come in easy words and pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We make time to listen, not only when there is a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We ask each person how they want to take part, including not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We tell people what happened to what they said, even when it is no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifying and building skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We find out what each person is good at and what they enjoy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People can take on a role, such as ward rep or group helper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People can learn skills for meetings, like speaking up or chairing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We help people get ready before meetings about their care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff learn with patients, not only about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working in partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients help decide how the ward is run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person writes their care plan with us, in their words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients help choose and train new staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients&apos; views go to the hospital council and come back answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We check this list with patients, not only about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipScreen</name>
    <message>
        <source>{practice} {rating}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet. Press Save this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. See Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level}: not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level}: {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each level, check by check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working in partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a team, rate how often you do each practice. It starts from your last check. Leave a practice blank if you are not sure. Press Save this check when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each level is going: percent of Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checks yet. Rate the practices in Check now and press Save. Progress shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with no ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (ward manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer here. Someone may have erased them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot erase yourself while you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has been erased. The audit log keeps only that it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show people on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived people too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People on this ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person from the list, or add someone new.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>No ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot be empty. The last name typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to {ward}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot do that to yourself while you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer here. Someone may have erased them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is too big ({width} × {height}). Please choose a smaller one: at most 10000 on each side and 40 megapixels in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too big. Please choose a picture under 60 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be saved. Please tell the ward&apos;s IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a picture we can use, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new PIN is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PIN for them first. Then you can change their role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ward must always have a ward manager. Make someone else a ward manager first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now a ward manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now ward staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived. They are hidden from the ward until brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought back to the ward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: ward manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: ward staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make ward staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make ward manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff member: type their name. It saves by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient: type their name. It saves by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: hidden from the ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name they like to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN (4 to 8 numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ward rep speaks for the ward at the recovery council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN for signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ward manager can also erase people, restore backups, export the whole ward, change ward settings and change roles. Only a ward manager can change a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive or erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as this person, so you cannot archive or erase yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureChooser</name>
    <message>
        <source>Picture {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no pictures here yet. Staff can put your photos in the new pictures folder or plug in a camera card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PicturePasswordScreen</name>
    <message>
        <source>{name}, press your 3 pictures in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} pictures pressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was not right. Please wait {seconds} seconds, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten your pictures? A member of staff can set new ones with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now. Keep my private things hidden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PicturePasswordsScreen</name>
    <message>
        <source>The two tries were not the same. Press the 3 pictures again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s picture password is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}&apos;s picture password? They can choose a new one with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed. {name} can choose a new one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture password keeps a person&apos;s private things (what was agreed, staff notes, their words) hidden from other patients. Sit with the person: they choose it, not you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a picture password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} chooses 9 pictures they like: {count} of 9 chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} presses their 3 pictures in order: {count} of 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once more, to be sure: {count} of 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new picture password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it (forgotten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: press 3 in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PieceCard</name>
    <message>
        <source>This picture cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number {number}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play my recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
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
    <name>PinWords</name>
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
</context>
<context>
    <name>PointsPage</name>
    <message>
        <source>My point {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols: {symbols}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My voice is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be saved. Please ask staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording will not play. It may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this point?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my points. Your words are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own points. Say them with pictures, your voice or words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a point with pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No points yet. Add one with pictures, your voice or words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a point in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a point in my voice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesPanel</name>
    <message>
        <source>{rate} words a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scottish English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>West Midlands English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received Pronunciation (RP) English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lancashire English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the app talks and looks for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak out loud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark screen, bright words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show symbols</source>
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
        <source>Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast it talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks a sample with this voice and speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the ward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PremCharts</name>
    <message>
        <source>Answers over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n={n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PremItems</name>
    <message>
        <source>I feel safe on the ward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff listen to me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff are kind to me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a say in my care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know what is happening in my care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are things to do that I like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can keep in touch with family and friends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I feel hopeful about my future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PremWords</name>
    <message>
        <source>You skipped this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better than last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse than last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {weeks} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {days} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PremsScreen</name>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weeks} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {how_often}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask {name} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} will not be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. {name}: {how_often}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} will see the questions on their Home screen now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet. Press Save the questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are enough questions. Keep it short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture for: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a new version ({version}). The answers people gave before keep the old words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no earlier versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}, made {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}. People have answered these questions. Saving a change makes a new version. The answers people gave keep the old words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}. Nobody has answered these yet, so changes replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the question in easy words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the picture for question {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move question {number} up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move question {number} down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove question {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers from {name} yet. When they answer, their answers show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody on this ward yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: answers over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mean} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than 3 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}, fewer than 3 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers in this time. Try a longer time, or ask people first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers to this question in this time. Try a longer time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few answers to draw without names yet. The numbers are below, as fewer than 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ward: how it is going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how often each person is asked. It saves at once. When it is time, the person sees Questions for me on their Home screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions (kept as they were)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person&apos;s answers over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole ward, without names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores: good 3, not sure 2, not good 1. Skipped questions are left out. Where fewer than 3 people answered, the score is hidden so nobody can be picked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentScreen</name>
    <message>
        <source>What I want to say at my next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want to say at my {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording will not play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back a slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help me say it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close my slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topics are finished yet. Finish a topic in My meeting and it shows here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateCover</name>
    <message>
        <source>{what} is private. Press Show to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private things are hidden. Press Show to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private things are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my private things</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped. That is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered {answered} of {total} questions before. Carry on, or start again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions about the ward. You can skip any question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. Here is how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear how it went again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have finished the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions are not ready just now. Please ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaiseScreen</name>
    <message>
        <source>You are not on a ward yet. Please ask staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say what it is first: with pictures, your voice or words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say what it is first. Staff can type it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be sent. Please ask staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am not happy about something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have an idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are you not happy about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is your idea?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it with pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it in my voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it in my own voice. Record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it to staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can know about this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only. Only staff will know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff and the advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff and the advocate. Staff will tell the advocate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ward, without my name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ward, without my name. Staff and I agree the words first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff will tell the advocate too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff will talk with you about words for the ward. Your name is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only staff will see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. Staff will read this and answer you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will find the answer in What I said, on You said, we did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. It is on You said, we did now. Staff will answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. Staff will look at this. Then it goes on You said, we did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You started to say what you are not happy about. Carry on, or start again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You started an idea. Carry on, or start again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to sending. Your words are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it, or staff type it for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Home</source>
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
    <name>RecordPanel</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, this recording will not play. Please ask staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Stop when you have finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recording is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Record and say what you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording... {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the longest a recording can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Play to listen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreOfferPanel</name>
    <message>
        <source>Go back to a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the last good backup. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup was found in {folder}. Ask IT for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup from {date} is whole and can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the backup in place. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. The backup from {date} is in place. The damaged file is kept as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be put in place. Nothing was deleted. {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the last good backup from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the backup from {date}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is not deleted. It is moved aside and kept. Anything saved after {date} is not in the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Say will put the backup from {date} in place of the damaged file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomWords</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaidAnyWay</name>
    <message>
        <source>Your voice is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing said yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaidShown</name>
    <message>
        <source>This recording will not play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said with pictures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play their own voice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SayGroupRoundScreen</name>
    <message>
        <source>Pass the tablet to the next person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
Had a turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}. Had a turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAY group. Choose your name. {done} of {total} people have had a turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your views. Then pass the tablet on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the tablet on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have finished. Pass the tablet on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish passing the tablet round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SayGroupScreen</name>
    <message>
        <source>SAY group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAY group has finished. Thank you. Your views can go to the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a topic. A tick shows you gave your view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a topic. Say what you think about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You gave your view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SayGroupTopics</name>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SayGroupsScreen</name>
    <message>
        <source>SAY groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a SAY group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the tablet round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show new views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topics each new SAY group starts with. A group already on keeps its own topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SAY group is on now. Start one when the group meets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SAY group is on now. It started at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{topic}: {count} views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{topic}: no views yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAY group has started. People can give their views now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the SAY group? People cannot add views after this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAY group has ended. Its minutes are in Past groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action made: {said}. It is on You said, we did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new topic&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture for {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{topic}” from the agenda?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SAY groups have ended yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SAY group is already on. End it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SAY group needs at least one topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the agenda short: at most {count} topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each topic a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SAY group has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be done. The group may have changed on another screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SayItBoardScreen</name>
    <message>
        <source>Help me say it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my own phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no phrases of your own yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I want to say something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say that again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I need a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the room is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the room is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my phrases is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my phrases is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press a picture to choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your words. Then press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Remove to take a phrase off your board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press a phrase. It shows big for the room to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press a phrase. The computer says it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this phrase off your board? {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. That phrase is off your board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Your phrase is on your board.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SayMinutesView</name>
    <message>
        <source>No face chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols: {symbols}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good: {good}. Not sure: {not_sure}. Not good: {not_good}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group to see its minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes: SAY group on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people gave their views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group is still on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody gave a view on this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: {said}. {status}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SayThankYouScreen</name>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to sending. Your words are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you want to thank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Back to sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You started a thank-you to {name}. Carry on, or start again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You started a thank-you. Carry on, or start again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who do you want to thank?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you want to thank {name}? Choose one or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you want to say thank you? Choose one or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how to send it: read out, or just send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot thank yourself. Choose someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is not on your ward now. Choose “Someone else” to thank them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture of them, or say or type their name. Staff can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, the thank-you could not be sent. It is kept. Please ask staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SayViewPanel</name>
    <message>
        <source>The SAY group has finished. Thank you. Your views can go to the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be saved. Please ask staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your voice is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I feel: {rating}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you feel about it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it with pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a face. Then say it with pictures, your voice or words if you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record my voice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SayViewScreen</name>
    <message>
        <source>Thank you. Your view is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAY group has finished. Thank you. Your views can go to the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You gave a view on this before. This is a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have finished. Save my view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScrollPager</name>
    <message>
        <source>Page before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareScreen</name>
    <message>
        <source>Making the copy. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy for {who} is ready. Staff will give it to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to share yet. Finish a topic first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved. Please ask staff to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was saved. Please ask staff to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share my slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not said anyone can have a copy. You can choose in How I take part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said these people can have a copy. Choose slides or a paper copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerPoint slides for {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paper copy for {who}</source>
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
    <name>SlideView</name>
    <message>
        <source>Play my voice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SomeoneElse</name>
    <message>
        <source>someone you named in your voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say their name. Press Record, then Stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their picture: {word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say their name in my voice. Record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechNotices</name>
    <message>
        <source>Only the app&apos;s own words can be spoken: the speech engine (espeak-ng) is not installed on this computer, so names and typed words are not read aloud.</source>
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
        <source>Picture passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ward&apos;s pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAY groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual help meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working in partnership</source>
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
        <source>Staff area. Signed in as {name}, ward manager</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>StepScreen</name>
    <message>
        <source>Question {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You started this before. Carry on, or start again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StillThereScreen</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you still there, {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press anything to carry on. Otherwise My Say closes in {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am still here. Carry on.</source>
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
    <name>SymbolPicker</name>
    <message>
        <source>Moving around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little words: I, want, more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our ward&apos;s pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More faces and feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More people and bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animals and nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More food and drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More places and travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More things to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs and shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a picture by a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or look in a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pictures match. Try another word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More pictures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymbolSentence</name>
    <message>
        <source>What I am saying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the pictures to say it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pictures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear what I am saying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take one off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take one off: the last picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is it. Go back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakingPartScreen</name>
    <message>
        <source>Type the name of your family member first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can name up to 10 family members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now choose who from the staff will show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has happened, so this can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can see them. Press to take {name} off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on {date}, with {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will you go to the meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I will go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my slides without me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t want to take part this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who shows your slides?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff I choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member of staff I choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which member of staff?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can see your slides afterwards?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family member who can see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a family member who can see them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesScreen</name>
    <message>
        <source>Topic templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for this ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is this copy for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the default topics. To change them, copy them for this ward or a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes save by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words for topic {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the picture for {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {topic} up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {topic} down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default topics cannot be changed. Copy them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic needs some words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs at least one topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was removed somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied for this ward. You can change the copy now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied for {name}. You can change the copy now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this copy? {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this topic? {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic added. Type its words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture for {topic}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThankYouWallScreen</name>
    <message>
        <source>Press Hear the name to hear who it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear the name {author} said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording will not play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-yous for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the thank-you wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the thank-yous for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing: the thank-you wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing: thank-yous for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no thank-yous on the wall yet. You can say thank you to someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no thank-yous for you yet. You can still say thank you to someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-yous on the wall: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-yous for you: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap one to hear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thank-you wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-yous. Tap one to hear it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThankYouWords</name>
    <message>
        <source>Helped me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listened to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made me laugh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calmed me down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taught me something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone named in their own voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {author} to {to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{author} says thank you to {to}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThanksCard</name>
    <message>
        <source>Why: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play their recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as read out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <source>What people said in SAY groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas, and things people are not happy about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In people&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody said yes to sharing their words this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Take this for each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people on the ward said. Choose what to take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was said on the ward in this time. You can choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can still add your own points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my own points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicScreen</name>
    <message>
        <source>A picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped. You can come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this topic?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this topic? What you said in it goes too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the picture ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is too big. Please choose a smaller one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be saved. Please ask staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture cannot be used. It may be damaged. Please try another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording will not play. It may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I feel: {rating}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This topic is finished. Press to open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have finished this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record my voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Add words, a picture, a symbol or your voice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicWords</name>
    <message>
        <source>New topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person}&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} wrote down what {person} said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note by {staff}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwoStepConfirm</name>
    <message>
        <source>Yes, I am sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewRow</name>
    <message>
        <source>Make this an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this an action: {view}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <source>This computer has no microphone, so you cannot record here. You can still type or ask staff to write what you say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording did not start. Please try again, or ask staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recording could not be saved. Please ask staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WardPicturesScreen</name>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ward&apos;s pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo for the ward&apos;s pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word for the new picture first, then add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture cannot be used: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added. Patients can choose it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture needs a word. The last word typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {word} from the ward&apos;s pictures?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of the ward&apos;s own places and things, for patients to choose as pictures. Check each photo first: no other patients, keys, doors or private details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word for the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo with this word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen picture</source>
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
        <source>Choose a photo of the advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo cannot be used. Please choose another.</source>
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
        <source>Patient screens: minutes before “Are you still there?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas on You said, we did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One switch on Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask “Is this you?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate&apos;s name (or IMHA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the advocate visits, in easy words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate&apos;s photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ways to complain, in easy words</source>
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
        <source>Everyone uses a picture password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas go on the board at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are you? moves by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask “Is this you?” after a picture is pressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this many quiet minutes (1 to 60), the app asks, then goes back to the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a picture password, a person&apos;s private things stay hidden until they press Show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this is off, an idea waits until a member of staff has looked at it. Worries always go to staff first, never to the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For someone with one switch: the pictures light up one by one and any press picks. After that, each person&apos;s own way of pressing is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more press for everyone, for when pictures are often pressed by mistake. When this is off, a picture opens that person&apos;s Home with “This is not me” on it, and their private things still wait for Show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who says “I am not happy” sees the advocate&apos;s photo, name and phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language before a person is chosen</source>
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
    <name>WardsScreen</name>
    <message>
        <source>Wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the new ward&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ward needs a name. The last name typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device now shows {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {name}? It will be hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move or archive the people on this ward first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ward is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ward&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this ward on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive this ward</source>
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
<context>
    <name>WhoHasSeenScreen</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to stop sharing your things from now on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies people already have cannot be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. You stopped sharing from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you can see your slides now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your thank-yous are off the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council will not read out your words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {day}, {who} made a copy of your slides for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {day}, {who} made a copy of your slides for your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {day}, {who} made a paper copy of your slides for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {day}, {who} made a paper copy of your slides for your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {day}, your words went to the council without your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {day}, you stopped sharing from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {day}, {who} made a copy of your things for your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {day}, {who} gave your views to the council without your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {day}, {who} put your things in a copy for the ward team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {day}, {who} put your views in a copy for the ward team, without your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has seen my things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is every copy made of your things. Tap one to hear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has had a copy of your things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoPage</name>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else. A picture of them, or their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordsEditor</name>
    <message>
        <source>That is a lot of words. Only the first {count} letters are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose words are these?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I typed what they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type here. It saves as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my topic. Your words are saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorriesScreen</name>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not triaged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for triage: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worries, not yet triaged first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen worry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worries here. When someone is not happy, it shows here first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorryForm</name>
    <message>
        <source>Staff and the advocate may know. Tell the advocate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ward may know, without their name, in words you agree with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer both questions: Yes or No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who the safeguarding concern was passed on to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the two questions first, then the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the answer in easy words: they hear it read aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent. They will see and hear it in What I said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These words name {names}. Words on the board must not name anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the words you and the person agreed for the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the board now, without their name. Answer it in You said, we did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does this need action today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this a safeguarding concern?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed on to (name and role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the two answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to the person, in easy words (they hear it read aloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words for the board, agreed with the person. No names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put these words on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a worry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{staff} typed what they said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the board: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not triaged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triaged by {staff}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed on to {whom}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by {staff}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have not heard it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They heard it {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YouSaidWeDidScreen</name>
    <message>
        <source>You said: {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff answered you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff have read this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff will read this soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff will look at this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff said: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only staff see this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We did: {reply}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff will tell you more soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the board, without your name: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not on a ward yet, so there is nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. When someone has an idea or is not happy, the answer shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised {raised}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered {answered}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised {raised}. Last changed {changed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one to hear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers. Press Enter to hear one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I said when I was not happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what I said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what we are working on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what we can&apos;t do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can&apos;t do this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
