<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="104"/>
        <source>About Evidence Recorder</source>
        <translation>About Evidence Recorder</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="110"/>
        <source>Evidence Recorder</source>
        <translation>Evidence Recorder</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="111"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="112"/>
        <source>Hash value (SHA-256) of this program&apos;s code, also written into every recording:</source>
        <translation>Hash value (SHA-256) of this program&apos;s code, also written into every recording:</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="115"/>
        <source>Free software under the GNU General Public License, version 3 or later ({link}).</source>
        <translation>Free software under the GNU General Public License, version 3 or later ({link}).</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="29"/>
        <source>Add a later annotation</source>
        <translation>Add a later annotation</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="33"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="34"/>
        <location filename="../../recorder/gui/review/annotate.py" line="65"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="39"/>
        <source>What you want to add, in your own words</source>
        <translation>What you want to add, in your own words</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="40"/>
        <source>At {time} (the playhead)</source>
        <translation>At {time} (the playhead)</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="45"/>
        <source>About the selected {what} at {time}</source>
        <translation>About the selected {what} at {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="51"/>
        <source>About an event (select one in the list first)</source>
        <translation>About an event (select one in the list first)</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="56"/>
        <source>It will be shown as added later, with today&apos;s date, and kept apart from the recording, which is never changed.</source>
        <translation>It will be shown as added later, with today&apos;s date, and kept apart from the recording, which is never changed.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="64"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/annotate.py" line="66"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <location filename="../../recorder/archive/messages.py" line="8"/>
        <source>There is nothing to export: no recording was chosen.</source>
        <translation>There is nothing to export: no recording was chosen.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="9"/>
        <source>There is no recording in the case “{case}”.</source>
        <translation>There is no recording in the case “{case}”.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="10"/>
        <source>The recording {session} is still being made. Stop it before exporting.</source>
        <translation>The recording {session} is still being made. Stop it before exporting.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="13"/>
        <source>The recording {session} is damaged at entry {seq} and cannot be exported. Run “recorder check”.</source>
        <translation>The recording {session} is damaged at entry {seq} and cannot be exported. Run “recorder check”.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="16"/>
        <source>The file {path} already exists. Choose another name; nothing was changed.</source>
        <translation>The file {path} already exists. Choose another name; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="17"/>
        <source>The folder for {path} does not exist or cannot be written to.</source>
        <translation>The folder for {path} does not exist or cannot be written to.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="18"/>
        <source>“{recipient}” is not an age public key (it starts with “age1”).</source>
        <translation>“{recipient}” is not an age public key (it starts with “age1”).</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="19"/>
        <source>Choose either a recipient key or a passphrase, not both.</source>
        <translation>Choose either a recipient key or a passphrase, not both.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="20"/>
        <source>An extra file for the archive has an unsafe name: {path}.</source>
        <translation>An extra file for the archive has an unsafe name: {path}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="23"/>
        <source>The file {path} cannot be read: {why}.</source>
        <translation>The file {path} cannot be read: {why}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="25"/>
        <source>There is no file {path}: check its name and folder.</source>
        <translation>There is no file {path}: check its name and folder.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="26"/>
        <source>The file {path} cannot be read: this user is not allowed to read it.</source>
        <translation>The file {path} cannot be read: this user is not allowed to read it.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="27"/>
        <source>{path} is not a file: give the evidence package itself (a .zip file).</source>
        <translation>{path} is not a file: give the evidence package itself (a .zip file).</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="28"/>
        <source>The file is not a zip archive (or it is damaged beyond reading).</source>
        <translation>The file is not a zip archive (or it is damaged beyond reading).</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="29"/>
        <source>The evidence package is encrypted. Give the age key file or the export passphrase to open it.</source>
        <translation>The evidence package is encrypted. Give the age key file or the export passphrase to open it.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="32"/>
        <source>The encrypted evidence package cannot be opened with the key or passphrase given.</source>
        <translation>The encrypted evidence package cannot be opened with the key or passphrase given.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="35"/>
        <source>The age key given is not a valid age secret key.</source>
        <translation>The age key given is not a valid age secret key.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="36"/>
        <source>The archive has {count} files; more than {limit} are refused.</source>
        <translation>The archive has {count} files; more than {limit} are refused.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="37"/>
        <source>The archive holds a file with an unsafe name ({name}): absolute, with “..”, or with odd characters.</source>
        <translation>The archive holds a file with an unsafe name ({name}): absolute, with “..”, or with odd characters.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="40"/>
        <source>The archive holds the name {name} more than once.</source>
        <translation>The archive holds the name {name} more than once.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="41"/>
        <source>The archive member {name} is a link or a special file, not a plain file.</source>
        <translation>The archive member {name} is a link or a special file, not a plain file.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="42"/>
        <source>The archive member {name} uses zip encryption, which is not allowed.</source>
        <translation>The archive member {name} uses zip encryption, which is not allowed.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="43"/>
        <source>The archive member {name} uses an unsupported compression method.</source>
        <translation>The archive member {name} uses an unsupported compression method.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="44"/>
        <source>The archive member {name} is larger than this verifier accepts.</source>
        <translation>The archive member {name} is larger than this verifier accepts.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="45"/>
        <source>The archive member {name} expands far beyond its stored size (a decompression bomb); refused.</source>
        <translation>The archive member {name} expands far beyond its stored size (a decompression bomb); refused.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="48"/>
        <source>The archive member {name} is damaged and cannot be read.</source>
        <translation>The archive member {name} is damaged and cannot be read.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="49"/>
        <source>The zip structure around {name} has been altered (headers, dates, modes or bytes between files differ from how the archive was written).</source>
        <translation>The zip structure around {name} has been altered (headers, dates, modes or bytes between files differ from how the archive was written).</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="54"/>
        <source>The archive member {name} is not as long as the archive says.</source>
        <translation>The archive member {name} is not as long as the archive says.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="57"/>
        <source>The file {name} is missing from the archive.</source>
        <translation>The file {name} is missing from the archive.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="58"/>
        <source>The file {name} is in the archive but not listed in SHA256SUMS.</source>
        <translation>The file {name} is in the archive but not listed in SHA256SUMS.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="65"/>
        <source>The file {name} does not match its SHA-256 in SHA256SUMS.</source>
        <translation>The file {name} does not match its SHA-256 in SHA256SUMS.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="66"/>
        <source>SHA256SUMS line {line} is not in the form “&lt;hash&gt;  &lt;file&gt;”.</source>
        <translation>SHA256SUMS line {line} is not in the form “&lt;hash&gt;  &lt;file&gt;”.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="67"/>
        <source>SHA256SUMS lists {name} more than once.</source>
        <translation>SHA256SUMS lists {name} more than once.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="68"/>
        <source>The vault&apos;s public key ({name}) cannot be read.</source>
        <translation>The vault&apos;s public key ({name}) cannot be read.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="69"/>
        <source>The signature {name} over SHA256SUMS does not verify with identity.pem.</source>
        <translation>The signature {name} over SHA256SUMS does not verify with identity.pem.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="70"/>
        <source>The SSH signature {name} over SHA256SUMS is wrong: {why}.</source>
        <translation>The SSH signature {name} over SHA256SUMS is wrong: {why}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="71"/>
        <source>The key file {name} does not hold the same key as {other}.</source>
        <translation>The key file {name} does not hold the same key as {other}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="72"/>
        <source>The manifest is not valid: {why}.</source>
        <translation>The manifest is not valid: {why}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="73"/>
        <source>The archive was made by a newer version of this app (format {version}). Please update.</source>
        <translation>The archive was made by a newer version of this app (format {version}). Please update.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="76"/>
        <source>{name}, line {line}: {what}.</source>
        <translation>{name}, line {line}: {what}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="77"/>
        <source>{name}, line {line}: the line is too long to be an entry.</source>
        <translation>{name}, line {line}: the line is too long to be an entry.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="78"/>
        <source>{name} does not end with a line break (cut short?).</source>
        <translation>{name} does not end with a line break (cut short?).</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="79"/>
        <source>{name} holds no entry.</source>
        <translation>{name} holds no entry.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="80"/>
        <source>{name} holds the recording {found}, not {expected}.</source>
        <translation>{name} holds the recording {found}, not {expected}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="81"/>
        <source>The recording {session} was made in a vault with another key than the one that signed this archive.</source>
        <translation>The recording {session} was made in a vault with another key than the one that signed this archive.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="85"/>
        <source>The session key file {name} is not the key named in the recording&apos;s first entry.</source>
        <translation>The session key file {name} is not the key named in the recording&apos;s first entry.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="88"/>
        <source>The audio file {name} does not have the expected WAV header.</source>
        <translation>The audio file {name} does not have the expected WAV header.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="89"/>
        <source>The audio file {name} holds {found} samples where the journal records {expected}.</source>
        <translation>The audio file {name} holds {found} samples where the journal records {expected}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="93"/>
        <source>The audio file {name} is {found} bytes long where the {frames} samples the journal records take {expected}.</source>
        <translation>The audio file {name} is {found} bytes long where the {frames} samples the journal records take {expected}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="97"/>
        <source>The audio of {name} does not line up with the audio blocks the journal records ({count} left unmatched).</source>
        <translation>The audio of {name} does not line up with the audio blocks the journal records ({count} left unmatched).</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="101"/>
        <source>Audio block {seq} (at {offset} in {name}) does not match the hash recorded at capture.</source>
        <translation>Audio block {seq} (at {offset} in {name}) does not match the hash recorded at capture.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="104"/>
        <source>The audio parts of recording {session} do not follow each other.</source>
        <translation>The audio parts of recording {session} do not follow each other.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="105"/>
        <source>The attachment {name} (entry {seq}) does not match the hash recorded at capture.</source>
        <translation>The attachment {name} (entry {seq}) does not match the hash recorded at capture.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="108"/>
        <source>The attachment of entry {seq} in recording {session} is missing.</source>
        <translation>The attachment of entry {seq} in recording {session} is missing.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="109"/>
        <source>Recording {session} is a call in two tracks, but the manifest does not describe the other party&apos;s track.</source>
        <translation>Recording {session} is a call in two tracks, but the manifest does not describe the other party&apos;s track.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="113"/>
        <source>The manifest describes recording {session} as a call in two tracks, but its journal has one track.</source>
        <translation>The manifest describes recording {session} as a call in two tracks, but its journal has one track.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="116"/>
        <source>The alignment data {name} is not the one derived from the journal of recording {session}.</source>
        <translation>The alignment data {name} is not the one derived from the journal of recording {session}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="119"/>
        <source>The listening copy {name} is not the one derived from the two tracks of recording {session}.</source>
        <translation>The listening copy {name} is not the one derived from the two tracks of recording {session}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="122"/>
        <source>The manifest says {what} for recording {session}, but the journal shows otherwise.</source>
        <translation>The manifest says {what} for recording {session}, but the journal shows otherwise.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="125"/>
        <source>The facts in report.html for recording {session} do not agree with the journal: {fact} is stated as {stated}; the journal gives {computed}.</source>
        <translation>The facts in report.html for recording {session} do not agree with the journal: {fact} is stated as {stated}; the journal gives {computed}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="130"/>
        <source>report.html does not carry its facts in a readable form.</source>
        <translation>report.html does not carry its facts in a readable form.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="131"/>
        <source>report.html is not in the one form the format gives it: exactly one script element, its facts, in canonical JSON.</source>
        <translation>report.html is not in the one form the format gives it: exactly one script element, its facts, in canonical JSON.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="135"/>
        <source>{name} is listed in SHA256SUMS, but the manifest does not say what it is.</source>
        <translation>{name} is listed in SHA256SUMS, but the manifest does not say what it is.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="138"/>
        <source>Recording {session}: {what}</source>
        <translation>Recording {session}: {what}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="139"/>
        <source>its trusted time stamps cannot be read ({why}); they prove nothing.</source>
        <translation>its trusted time stamps cannot be read ({why}); they prove nothing.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="141"/>
        <source>nested too deeply</source>
        <translation>nested too deeply</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="142"/>
        <source>a library it uses stopped on this data</source>
        <translation>a library it uses stopped on this data</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="143"/>
        <source>too large to hold in memory</source>
        <translation>too large to hold in memory</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="144"/>
        <source>an error it did not expect</source>
        <translation>an error it did not expect</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="145"/>
        <source>The verifier met something in {name} it cannot interpret ({why}); the archive is not accepted.</source>
        <translation>The verifier met something in {name} it cannot interpret ({why}); the archive is not accepted.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="150"/>
        <source>Every file in the archive is listed in SHA256SUMS and matches its SHA-256 ({count} files).</source>
        <translation>Every file in the archive is listed in SHA256SUMS and matches its SHA-256 ({count} files).</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="153"/>
        <source>SHA256SUMS is signed by the vault key {fingerprint} (raw Ed25519 and SSH signature). Compare this fingerprint with the one the owner gave you: the archive itself cannot prove whose key it is.</source>
        <translation>SHA256SUMS is signed by the vault key {fingerprint} (raw Ed25519 and SSH signature). Compare this fingerprint with the one the owner gave you: the archive itself cannot prove whose key it is.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="158"/>
        <source>Recording {session}: all {entries} entries are present and linked in one hash chain; every checkpoint and the seal are signed by the recording&apos;s own key, which was made in the vault {fingerprint}.</source>
        <translation>Recording {session}: all {entries} entries are present and linked in one hash chain; every checkpoint and the seal are signed by the recording&apos;s own key, which was made in the vault {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="163"/>
        <source>Recording {session}: the audio ({seconds} s) is exactly the sound captured: every block matches the hash written at the moment of capture.</source>
        <translation>Recording {session}: the audio ({seconds} s) is exactly the sound captured: every block matches the hash written at the moment of capture.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="168"/>
        <source>Recording {session}: all {entries} entries are present and linked in one hash chain; its start and every checkpoint are signed by the recording&apos;s own key, which was made in the vault {fingerprint}. It has no seal.</source>
        <translation>Recording {session}: all {entries} entries are present and linked in one hash chain; its start and every checkpoint are signed by the recording&apos;s own key, which was made in the vault {fingerprint}. It has no seal.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="173"/>
        <source>Recording {session}: the first {seconds} s of audio, which a signature covers, are exactly the sound captured: every block matches the hash written at the moment of capture.</source>
        <translation>Recording {session}: the first {seconds} s of audio, which a signature covers, are exactly the sound captured: every block matches the hash written at the moment of capture.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="193"/>
        <source>Recording {session} was sealed at {end} ({reason}).</source>
        <translation>Recording {session} was sealed at {end} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="200"/>
        <source>Recording {session} is a call in two tracks: me, the microphone “{me}”, and the other party, what the computer played on “{other}”.</source>
        <translation>Recording {session} is a call in two tracks: me, the microphone “{me}”, and the other party, what the computer played on “{other}”.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="205"/>
        <source>Recording {session}: the other party&apos;s audio ({seconds} s) is exactly the sound captured: every block matches the hash written at the moment of capture.</source>
        <translation>Recording {session}: the other party&apos;s audio ({seconds} s) is exactly the sound captured: every block matches the hash written at the moment of capture.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="210"/>
        <source>Recording {session}: the clocks of the two devices were measured {ppm} ppm apart; the tracks are aligned by the capture time of each block, not by counting samples, and {name} is exactly what the journal gives.</source>
        <translation>Recording {session}: the clocks of the two devices were measured {ppm} ppm apart; the tracks are aligned by the capture time of each block, not by counting samples, and {name} is exactly what the journal gives.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="216"/>
        <source>Recording {session}: {ppm} ppm is far more than device clocks differ (tens of ppm, a few hundred at most): the measure also counts a step in one track&apos;s capture times, as when the computer moves its sound to another output, so it does not show the clocks alone.</source>
        <translation>Recording {session}: {ppm} ppm is far more than device clocks differ (tens of ppm, a few hundred at most): the measure also counts a step in one track&apos;s capture times, as when the computer moves its sound to another output, so it does not show the clocks alone.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="222"/>
        <source>Recording {session}: no difference between the clocks of the two devices could be measured; the tracks are aligned by the capture time of each block, and {name} is exactly what the journal gives.</source>
        <translation>Recording {session}: no difference between the clocks of the two devices could be measured; the tracks are aligned by the capture time of each block, and {name} is exactly what the journal gives.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="227"/>
        <source>Recording {session}: {name} is a stereo listening copy derived from the two tracks (left: me, right: the other party), exactly as the rule derives it; the two tracks are the evidence.</source>
        <translation>Recording {session}: {name} is a stereo listening copy derived from the two tracks (left: me, right: the other party), exactly as the rule derives it; the two tracks are the evidence.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="232"/>
        <source>Recording {session} is NOT a live recording: its source is “{source}” ({kind}).</source>
        <translation>Recording {session} is NOT a live recording: its source is “{source}” ({kind}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="235"/>
        <source>Recording {session} has %n recorded gaps in its audio.</source>
        <translation>
            <numerusform>Recording {session} has %n recorded gap in its audio.</numerusform>
            <numerusform>Recording {session} has %n recorded gaps in its audio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="236"/>
        <source>Recording {session}: %n attachments are byte-identical to what was recorded.</source>
        <translation>
            <numerusform>Recording {session}: %n attachment is byte-identical to what was recorded.</numerusform>
            <numerusform>Recording {session}: %n attachments are byte-identical to what was recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="239"/>
        <source>Recording {session}: %n later annotations, signed by the vault key, added after the recording.</source>
        <translation>
            <numerusform>Recording {session}: %n later annotation, signed by the vault key, added after the recording.</numerusform>
            <numerusform>Recording {session}: %n later annotations, signed by the vault key, added after the recording.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="257"/>
        <source>Recording {session}: %n further files (such as trusted timestamps) were not checked by this verifier; they are covered by SHA256SUMS.</source>
        <translation>
            <numerusform>Recording {session}: %n further file (such as a trusted timestamp) was not checked by this verifier; it is covered by SHA256SUMS.</numerusform>
            <numerusform>Recording {session}: %n further files (such as trusted timestamps) were not checked by this verifier; they are covered by SHA256SUMS.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="245"/>
        <source>The facts stated in report.html agree with the journal.</source>
        <translation>The facts stated in report.html agree with the journal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="59"/>
        <source>…and %n more files are in the archive but not listed in SHA256SUMS.</source>
        <translation>
            <numerusform>…and %n more file is in the archive but not listed in SHA256SUMS.</numerusform>
            <numerusform>…and %n more files are in the archive but not listed in SHA256SUMS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="62"/>
        <source>…and %n more files listed in SHA256SUMS are missing from the archive.</source>
        <translation>
            <numerusform>…and %n more file listed in SHA256SUMS is missing from the archive.</numerusform>
            <numerusform>…and %n more files listed in SHA256SUMS are missing from the archive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="178"/>
        <source>Recording {session}: the last %n entries, after entry {last} (the last signed one, at {signed_end}), and the {seconds} s of audio they hold are hash-chained but NOT signed: anyone who held the file before it was exported could have appended them. The report&apos;s facts leave them out.</source>
        <translation>
            <numerusform>Recording {session}: the last entry, after entry {last} (the last signed one, at {signed_end}), and the {seconds} s of audio it holds are hash-chained but NOT signed: anyone who held the file before it was exported could have appended it. The report&apos;s facts leave it out.</numerusform>
            <numerusform>Recording {session}: the last %n entries, after entry {last} (the last signed one, at {signed_end}), and the {seconds} s of audio they hold are hash-chained but NOT signed: anyone who held the file before it was exported could have appended them. The report&apos;s facts leave them out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="186"/>
        <source>Stated by the owner at export, not proven: which recordings make up the case (an archive cannot show that no recording was left out), the time zone the report uses for local times (UTC{offset}), and the dates of later annotations (the owner&apos;s device clock), except for a review sitting a trusted time stamp covers (stated above).</source>
        <translation>Stated by the owner at export, not proven: which recordings make up the case (an archive cannot show that no recording was left out), the time zone the report uses for local times (UTC{offset}), and the dates of later annotations (the owner&apos;s device clock), except for a review sitting a trusted time stamp covers (stated above).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/messages.py" line="194"/>
        <source>Recording {session} ended by interruption at {end}; the last %n entries are hash-chained but not signed.</source>
        <translation>
            <numerusform>Recording {session} ended by interruption at {end}; the last entry is hash-chained but not signed.</numerusform>
            <numerusform>Recording {session} ended by interruption at {end}; the last %n entries are hash-chained but not signed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="246"/>
        <source>report.pdf carries the same facts as report.html (in its metadata, compared byte for byte); its pages are a rendering of the report and are not compared.</source>
        <translation>report.pdf carries the same facts as report.html (in its metadata, compared byte for byte); its pages are a rendering of the report and are not compared.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="251"/>
        <source>report.pdf does not carry the facts of report.html: {what}.</source>
        <translation>report.pdf does not carry the facts of report.html: {what}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="252"/>
        <source>Not proven: the times come from the recording device&apos;s own clock; no trusted timestamp shows when the recording existed.</source>
        <translation>Not proven: the times come from the recording device&apos;s own clock; no trusted timestamp shows when the recording existed.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/messages.py" line="264"/>
        <source>Not proven: that the events recorded were not staged, or that what was said is true. The signatures show the recording was not changed after capture, not who holds the key.</source>
        <translation>Not proven: that the events recorded were not staged, or that what was said is true. The signatures show the recording was not changed after capture, not who holds the key.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/imports.py" line="52"/>
        <source>Import {session}: %n files imported on {when}, NOT recorded by this app (source stated: “{source}”). Their content before the import is not proven by this app; from the import on, the files are byte-identical to what was imported.</source>
        <translation>
            <numerusform>Import {session}: %n file imported on {when}, NOT recorded by this app (source stated: “{source}”). Its content before the import is not proven by this app; from the import on, the file is byte-identical to what was imported.</numerusform>
            <numerusform>Import {session}: %n files imported on {when}, NOT recorded by this app (source stated: “{source}”). Their content before the import is not proven by this app; from the import on, the files are byte-identical to what was imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="60"/>
        <source>The imported file {name} (entry {seq}) does not match the hash recorded at its import.</source>
        <translation>The imported file {name} (entry {seq}) does not match the hash recorded at its import.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="63"/>
        <source>The derived rows {name} (entry {seq}) do not match the hash recorded at the import.</source>
        <translation>The derived rows {name} (entry {seq}) do not match the hash recorded at the import.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="66"/>
        <source>Import {session}: the rows of entry {seq} could not be derived again from the imported original ({what}).</source>
        <translation>Import {session}: the rows of entry {seq} could not be derived again from the imported original ({what}).</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="70"/>
        <source>Import {session}: {rows} call rows were read from a screenshot and confirmed or corrected by the user; they are the user&apos;s reading of the image, not derived again by the verifier.</source>
        <translation>Import {session}: {rows} call rows were read from a screenshot and confirmed or corrected by the user; they are the user&apos;s reading of the image, not derived again by the verifier.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="75"/>
        <source>Import {session}: {rows} call-log rows were decrypted from an encrypted iPhone backup with its passphrase, which the package does not hold: the encrypted originals are checked, the rows could not be derived again.</source>
        <translation>Import {session}: {rows} call-log rows were decrypted from an encrypted iPhone backup with its passphrase, which the package does not hold: the encrypted originals are checked, the rows could not be derived again.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="80"/>
        <source>Import {session}: the {rows} call-log rows were parsed again from the imported original (parser {parser}, version {version}) and are identical; the call and message figures in the report were recomputed from them.</source>
        <translation>Import {session}: the {rows} call-log rows were parsed again from the imported original (parser {parser}, version {version}) and are identical; the call and message figures in the report were recomputed from them.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="25"/>
        <source>Marks {session}: on {when} the owner marked {numbers} (their own statement of whose numbers these are, not proven by anything).</source>
        <translation>Marks {session}: on {when} the owner marked {numbers} (their own statement of whose numbers these are, not proven by anything).</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="30"/>
        <source>The report&apos;s call and message figures of the case differ from those recomputed from the imported logs and marks: {fact} is stated as {stated}, recomputed as {computed}.</source>
        <translation>The report&apos;s call and message figures of the case differ from those recomputed from the imported logs and marks: {fact} is stated as {stated}, recomputed as {computed}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_verify.py" line="24"/>
        <source>Excerpt {name} holds exactly the samples of recording {session} from frame {start} to {end} ({seconds} s); its Opus copy is only derived from it (for playing), not proven to sound the same.</source>
        <translation>Excerpt {name} holds exactly the samples of recording {session} from frame {start} to {end} ({seconds} s); its Opus copy is only derived from it (for playing), not proven to sound the same.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_verify.py" line="29"/>
        <source>Excerpt {name} does not hold the samples its manifest entry states: it was changed.</source>
        <translation>Excerpt {name} does not hold the samples its manifest entry states: it was changed.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_verify.py" line="32"/>
        <source>Excerpt {name} is not the samples of recording {session} from frame {start} to {end}.</source>
        <translation>Excerpt {name} is not the samples of recording {session} from frame {start} to {end}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_verify.py" line="35"/>
        <source>Excerpt {name} names recording {session}, whose audio this archive does not hold at those frames.</source>
        <translation>Excerpt {name} names recording {session}, whose audio this archive does not hold at those frames.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="19"/>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="20"/>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="21"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="22"/>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="23"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="24"/>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="25"/>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="26"/>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="27"/>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="28"/>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="29"/>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="30"/>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="31"/>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="32"/>
        <source>expected %s argument</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="33"/>
        <source>expected %s arguments</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="34"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="35"/>
        <source>unexpected option string: %s</source>
        <translation>unexpected option string: %s</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="36"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="37"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="38"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/argparse_words.py" line="40"/>
        <source>show program&apos;s version number and exit</source>
        <translation>show program&apos;s version number and exit</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../recorder/gui/banner.py" line="50"/>
        <location filename="../../recorder/gui/banner.py" line="70"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../recorder/cli/common.py" line="26"/>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/common.py" line="27"/>
        <source>Choose a passphrase: </source>
        <translation>Choose a passphrase: </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/common.py" line="28"/>
        <source>Current passphrase: </source>
        <translation>Current passphrase: </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/common.py" line="29"/>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/common.py" line="81"/>
        <source>The first line of {path} is longer than {limit} characters: it is not a passphrase file.</source>
        <translation>The first line of {path} is longer than {limit} characters: it is not a passphrase file.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/common.py" line="90"/>
        <source>A passphrase is needed. Give it with --passphrase-file FILE.</source>
        <translation>A passphrase is needed. Give it with --passphrase-file FILE.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="25"/>
        <source>VERIFIED: the evidence package {name} is authentic and complete.</source>
        <translation>VERIFIED: the evidence package {name} is authentic and complete.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="26"/>
        <source>NOT VERIFIED: the evidence package {name} fails the checks below.</source>
        <translation>NOT VERIFIED: the evidence package {name} fails the checks below.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="30"/>
        <source>export recordings as one sealed evidence package (zip)</source>
        <translation>export recordings as one sealed evidence package (zip)</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="32"/>
        <source>export every recording of this case</source>
        <translation>export every recording of this case</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="35"/>
        <source>restricted-hours rules</source>
        <translation>restricted-hours rules</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="40"/>
        <source>language of the report (default: the language of the program)</source>
        <translation>language of the report (default: the language of the program)</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="43"/>
        <source>encrypt to an age public key</source>
        <translation>encrypt to an age public key</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="44"/>
        <source>encrypt with a passphrase</source>
        <translation>encrypt with a passphrase</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="50"/>
        <source>carry a stretch in the package as an excerpt (FROM, TO: h:m:s or a tag); repeatable</source>
        <translation>carry a stretch in the package as an excerpt (FROM, TO: h:m:s or a tag); repeatable</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="56"/>
        <source>carry excerpt folders made with “recorder excerpt” (one, or a folder of them)</source>
        <translation>carry excerpt folders made with “recorder excerpt” (one, or a folder of them)</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="61"/>
        <source>verify an evidence package (exit 0 authentic, 1 not)</source>
        <translation>verify an evidence package (exit 0 authentic, 1 not)</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="66"/>
        <source>age key to open an encrypted package</source>
        <translation>age key to open an encrypted package</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="77"/>
        <source>A passphrase for the package is needed: give --export-passphrase-file FILE.</source>
        <translation>A passphrase for the package is needed: give --export-passphrase-file FILE.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="79"/>
        <location filename="../../recorder/cli/archive_cmds.py" line="179"/>
        <source>Passphrase for the evidence package: </source>
        <translation>Passphrase for the evidence package: </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="80"/>
        <location filename="../../recorder/cli/common.py" line="92"/>
        <source>Type the passphrase again: </source>
        <translation>Type the passphrase again: </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="101"/>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="53"/>
        <source>Name one recording, or a case with --case NAME.</source>
        <translation>Name one recording, or a case with --case NAME.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="103"/>
        <source>--export-passphrase-file goes with --encrypt-passphrase.</source>
        <translation>--export-passphrase-file goes with --encrypt-passphrase.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/archive_cmds.py" line="116"/>
        <source>%n time stamps that were waiting were obtained and go into the package.</source>
        <translation>
            <numerusform>%n time stamp that was waiting was obtained and goes into the package.</numerusform>
            <numerusform>%n time stamps that were waiting were obtained and go into the package.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/archive_cmds.py" line="134"/>
        <source>Exported %n recordings to {path} ({size} bytes). Vault key fingerprint: {fingerprint}</source>
        <translation>
            <numerusform>Exported %n recording to {path} ({size} bytes). Vault key fingerprint: {fingerprint}</numerusform>
            <numerusform>Exported %n recordings to {path} ({size} bytes). Vault key fingerprint: {fingerprint}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/archive_cmds.py" line="156"/>
        <source>{path} is not a regular file: give the evidence package itself (a .zip file).</source>
        <translation>{path} is not a regular file: give the evidence package itself (a .zip file).</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/common.py" line="106"/>
        <source>Recording {session} was interrupted; it was closed at its last intact entry.</source>
        <translation>Recording {session} was interrupted; it was closed at its last intact entry.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="63"/>
        <source>Evidence Recorder: record visits and calls as evidence that anyone can verify.</source>
        <translation>Evidence Recorder: record visits and calls as evidence that anyone can verify.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="74"/>
        <source>the vault folder (default: $RECORDER_HOME or the user data folder)</source>
        <translation>the vault folder (default: $RECORDER_HOME or the user data folder)</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="79"/>
        <source>read the passphrase from the first line of FILE instead of asking for it</source>
        <translation>read the passphrase from the first line of FILE instead of asking for it</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="84"/>
        <source>the language of the messages (default: the system&apos;s)</source>
        <translation>the language of the messages (default: the system&apos;s)</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="86"/>
        <source>open the app already recording</source>
        <translation>open the app already recording</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="87"/>
        <source>open, record 1 s, seal, check, exit</source>
        <translation>open, record 1 s, seal, check, exit</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="145"/>
        <source>Stopped before a recording began: nothing was recorded.</source>
        <translation>Stopped before a recording began: nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/main.py" line="146"/>
        <source>Stopped by Ctrl-C or SIGTERM before the command finished. Nothing was changed.</source>
        <translation>Stopped by Ctrl-C or SIGTERM before the command finished. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="22"/>
        <source>recording</source>
        <translation>recording</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="23"/>
        <source>sealed</source>
        <translation>sealed</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="24"/>
        <source>recovered after interruption</source>
        <translation>recovered after interruption</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="25"/>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="26"/>
        <source>damaged</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="27"/>
        <source>MISSING (listed in the vault&apos;s ledger, cannot be read)</source>
        <translation>MISSING (listed in the vault&apos;s ledger, cannot be read)</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="32"/>
        <source>list recordings (recovers interrupted ones)</source>
        <translation>list recordings (recovers interrupted ones)</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="35"/>
        <source>check recordings in the vault</source>
        <translation>check recordings in the vault</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="63"/>
        <source>No recordings yet.</source>
        <translation>No recordings yet.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="67"/>
        <source>{id}  {state}</source>
        <translation>{id}  {state}</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="70"/>
        <source>{id}  {state}: {problem}</source>
        <translation>{id}  {state}: {problem}</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="73"/>
        <source>{id}  {start}  {state}  (case, end and length are locked: give the passphrase to see them)</source>
        <translation>{id}  {start}  {state}  (case, end and length are locked: give the passphrase to see them)</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="82"/>
        <source>{id}  {case}  {start} – {end}  {seconds:.1f} s  {state}  {checked}</source>
        <translation>{id}  {case}  {start} – {end}  {seconds:.1f} s  {state}  {checked}</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="89"/>
        <source>checked</source>
        <translation>checked</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="89"/>
        <source>NOT CHECKED</source>
        <translation>NOT CHECKED</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="97"/>
        <source>  A call: me {me:.1f} s, the other party {other:.1f} s of audio.</source>
        <translation>  A call: me {me:.1f} s, the other party {other:.1f} s of audio.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="179"/>
        <source>{session}: all checks hold ({entries} entries, {seconds:.1f} s of audio).</source>
        <translation>{session}: all checks hold ({entries} entries, {seconds:.1f} s of audio).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/session_cmds.py" line="187"/>
        <source>  The last %n entries (after the last signature, before the interruption at {end}) are hash-chained but not signed.</source>
        <translation>
            <numerusform>  The last entry (after the last signature, before the interruption at {end}) is hash-chained but not signed.</numerusform>
            <numerusform>  The last %n entries (after the last signature, before the interruption at {end}) are hash-chained but not signed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="198"/>
        <location filename="../../recorder/cli/session_cmds.py" line="207"/>
        <source>{session}: CHECK FAILED.</source>
        <translation>{session}: CHECK FAILED.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="200"/>
        <location filename="../../recorder/cli/session_cmds.py" line="210"/>
        <source>  {problem}</source>
        <translation>  {problem}</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/session_cmds.py" line="208"/>
        <source>The vault&apos;s ledger</source>
        <translation>The vault&apos;s ledger</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/vault_cmds.py" line="14"/>
        <source>create an evidence vault</source>
        <translation>create an evidence vault</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/vault_cmds.py" line="16"/>
        <source>change the vault passphrase</source>
        <translation>change the vault passphrase</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/vault_cmds.py" line="25"/>
        <source>Evidence vault created in {home}.</source>
        <translation>Evidence vault created in {home}.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/vault_cmds.py" line="27"/>
        <source>Keep the passphrase safe: if it is forgotten, the recordings cannot be opened by anyone.</source>
        <translation>Keep the passphrase safe: if it is forgotten, the recordings cannot be opened by anyone.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/vault_cmds.py" line="39"/>
        <source>The passphrase was changed. Recordings were not touched.</source>
        <translation>The passphrase was changed. Recordings were not touched.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="47"/>
        <source>record from the microphone until Ctrl-C; lines typed become notes, “#word” tags</source>
        <translation>record from the microphone until Ctrl-C; lines typed become notes, “#word” tags</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="49"/>
        <source>the case this recording is for</source>
        <translation>the case this recording is for</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="50"/>
        <source>stop after S seconds</source>
        <translation>stop after S seconds</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="51"/>
        <source>the input&apos;s name or number (see “devices”)</source>
        <translation>the input&apos;s name or number (see “devices”)</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="52"/>
        <source>sample rate (default 48000)</source>
        <translation>sample rate (default 48000)</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="56"/>
        <source>record a test signal instead: “test-tone”, or “file:PATH.wav” (never marked live)</source>
        <translation>record a test signal instead: “test-tone”, or “file:PATH.wav” (never marked live)</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="61"/>
        <source>call mode: the microphone (me) and what the computer plays (the other party) as two tracks</source>
        <translation>call mode: the microphone (me) and what the computer plays (the other party) as two tracks</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="68"/>
        <source>in call mode, the output whose sound is the other party (default: the default output)</source>
        <translation>in call mode, the output whose sound is the other party (default: the default output)</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="72"/>
        <source>list audio inputs</source>
        <translation>list audio inputs</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="76"/>
        <source>list the outputs whose sound call mode can record (the other party)</source>
        <translation>list the outputs whose sound call mode can record (the other party)</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="89"/>
        <source>Unknown source “{source}”: use “test-tone” or “file:PATH.wav”.</source>
        <translation>Unknown source “{source}”: use “test-tone” or “file:PATH.wav”.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="92"/>
        <source>The other party&apos;s sound is no longer being recorded because of an unexpected error. Your microphone goes on recording.</source>
        <translation>The other party&apos;s sound is no longer being recorded because of an unexpected error. Your microphone goes on recording.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="99"/>
        <source>The computer&apos;s sound (the other party) can no longer be recorded either. Each is recorded again as soon as it is back; the gaps are recorded.</source>
        <translation>The computer&apos;s sound (the other party) can no longer be recorded either. Each is recorded again as soon as it is back; the gaps are recorded.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="168"/>
        <source>The case name holds bytes that are not text in this system&apos;s encoding. Nothing was recorded: type the name again, or choose another.</source>
        <translation>The case name holds bytes that are not text in this system&apos;s encoding. Nothing was recorded: type the name again, or choose another.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="175"/>
        <source>The case name is empty. Nothing was recorded: give it with --case NAME.</source>
        <translation>The case name is empty. Nothing was recorded: give it with --case NAME.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="178"/>
        <source>The case name is {length} characters long; at most {limit} are allowed.</source>
        <translation>The case name is {length} characters long; at most {limit} are allowed.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="183"/>
        <source>The input&apos;s name holds bytes that are not text: see “recorder devices”.</source>
        <translation>The input&apos;s name holds bytes that are not text: see “recorder devices”.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="187"/>
        <source>--duration takes a number of seconds above 0 and at most {limit:.0f}.</source>
        <translation>--duration takes a number of seconds above 0 and at most {limit:.0f}.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="194"/>
        <source>--rate takes a sample rate in Hz from 1000 to 384000.</source>
        <translation>--rate takes a sample rate in Hz from 1000 to 384000.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="198"/>
        <source>--stamp-every takes a number of minutes above 0 and at most {limit:.0f}.</source>
        <translation>--stamp-every takes a number of minutes above 0 and at most {limit:.0f}.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="224"/>
        <source>Laws on recording calls differ: in some places every party to the call must agree to be recorded.</source>
        <translation>Laws on recording calls differ: in some places every party to the call must agree to be recorded.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="230"/>
        <source>--loopback is for call mode: add --call.</source>
        <translation>--loopback is for call mode: add --call.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="256"/>
        <source>Recording {session} as a call: me from “{input}”, the other party from “{other}”. Stop with Ctrl-C. A line typed here becomes a note; “#word” a tag.</source>
        <translation>Recording {session} as a call: me from “{input}”, the other party from “{other}”. Stop with Ctrl-C. A line typed here becomes a note; “#word” a tag.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="267"/>
        <source>Recording {session} from “{input}”. Stop with Ctrl-C. A line typed here becomes a note; “#word” a tag.</source>
        <translation>Recording {session} from “{input}”. Stop with Ctrl-C. A line typed here becomes a note; “#word” a tag.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="303"/>
        <source>Trusted time stamps: {got} obtained, {waiting} waiting for a time-stamp authority.</source>
        <translation>Trusted time stamps: {got} obtained, {waiting} waiting for a time-stamp authority.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="421"/>
        <source>Typed lines can no longer be read (standard input failed); recording goes on.</source>
        <translation>Typed lines can no longer be read (standard input failed); recording goes on.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="442"/>
        <source>A typed line could not be added to the recording; the next lines are read.</source>
        <translation>A typed line could not be added to the recording; the next lines are read.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="476"/>
        <source>The other party&apos;s sound was not recorded to the end (an unexpected error); your microphone&apos;s was.</source>
        <translation>The other party&apos;s sound was not recorded to the end (an unexpected error); your microphone&apos;s was.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="493"/>
        <source>Sealed {session}: {seconds:.1f} s of audio; notes: {notes}, tags: {tags}, gaps: {gaps}; fingerprint {fingerprint}.</source>
        <translation>Sealed {session}: {seconds:.1f} s of audio; notes: {notes}, tags: {tags}, gaps: {gaps}; fingerprint {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="503"/>
        <source>Saved {session} up to the failure: {seconds:.1f} s of audio. It could not be sealed now and will be marked as interrupted the next time the vault is opened.</source>
        <translation>Saved {session} up to the failure: {seconds:.1f} s of audio. It could not be sealed now and will be marked as interrupted the next time the vault is opened.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/record_cmds.py" line="528"/>
        <source>%n typed lines were not added to the recording (the reasons are above).</source>
        <translation>
            <numerusform>%n typed line was not added to the recording (the reason is above).</numerusform>
            <numerusform>%n typed lines were not added to the recording (the reasons are above).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="543"/>
        <source>No audio input was found.</source>
        <translation>No audio input was found.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="547"/>
        <source>{mark} {index:&gt;3}  {name}  ({rate} Hz, {api})</source>
        <translation>{mark} {index:&gt;3}  {name}  ({rate} Hz, {api})</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="554"/>
        <source>* the default input</source>
        <translation>* the default input</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="562"/>
        <source>No output whose sound can be recorded was found.</source>
        <translation>No output whose sound can be recorded was found.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="570"/>
        <source>{mark} {id}  {name}</source>
        <translation>{mark} {id}  {name}</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/record_cmds.py" line="577"/>
        <source>* the default output&apos;s sound, recorded when --loopback is not given</source>
        <translation>* the default output&apos;s sound, recorded when --loopback is not given</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/cli_options.py" line="33"/>
        <source>a time-stamp authority to ask, tried in order (repeat for more; default: settings)</source>
        <translation>a time-stamp authority to ask, tried in order (repeat for more; default: settings)</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/cli_options.py" line="39"/>
        <source>also trust this root certificate for time-stamp tokens (repeatable)</source>
        <translation>also trust this root certificate for time-stamp tokens (repeatable)</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/cli_options.py" line="45"/>
        <source>ask 2 different authorities for each stamp</source>
        <translation>ask 2 different authorities for each stamp</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/cli_options.py" line="53"/>
        <source>minutes between time stamps of the newest checkpoint while recording (default 5)</source>
        <translation>minutes between time stamps of the newest checkpoint while recording (default 5)</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="35"/>
        <source>import files (call recordings, screenshots, backups) into a case, sealed</source>
        <translation>import files (call recordings, screenshots, backups) into a case, sealed</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="39"/>
        <source>where the files come from, e.g. “Xiaomi call recorder”</source>
        <translation>where the files come from, e.g. “Xiaomi call recorder”</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="47"/>
        <source>import a call log or message backup (SMS Backup &amp; Restore XML, CSV template)</source>
        <translation>import a call log or message backup (SMS Backup &amp; Restore XML, CSV template)</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="50"/>
        <source>where the backup comes from</source>
        <translation>where the backup comes from</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="54"/>
        <source>the phone&apos;s time zone, e.g. Asia/Shanghai (default: this computer&apos;s)</source>
        <translation>the phone&apos;s time zone, e.g. Asia/Shanghai (default: this computer&apos;s)</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="61"/>
        <source>an encrypted iPhone backup&apos;s passphrase, on the first line of FILE</source>
        <translation>an encrypted iPhone backup&apos;s passphrase, on the first line of FILE</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="69"/>
        <source>mark a number as the collector&apos;s (company, platform, person) or a family member&apos;s</source>
        <translation>mark a number as the collector&apos;s (company, platform, person) or a family member&apos;s</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="73"/>
        <source>the company that collects, as you know it</source>
        <translation>the company that collects, as you know it</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="74"/>
        <source>the lending app or platform of the debt</source>
        <translation>the lending app or platform of the debt</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="75"/>
        <source>the person&apos;s name, as given</source>
        <translation>the person&apos;s name, as given</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="79"/>
        <source>the pattern of calls and messages in a case&apos;s imported logs</source>
        <translation>the pattern of calls and messages in a case&apos;s imported logs</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="103"/>
        <source>Imported {name} ({size} bytes, SHA-256 {sha256}).</source>
        <translation>Imported {name} ({size} bytes, SHA-256 {sha256}).</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="132"/>
        <source>This iPhone backup is encrypted: give its passphrase with --backup-passphrase-file FILE.</source>
        <translation>This iPhone backup is encrypted: give its passphrase with --backup-passphrase-file FILE.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="134"/>
        <source>Passphrase of the iPhone backup: </source>
        <translation>Passphrase of the iPhone backup: </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="147"/>
        <source>Imported {path} into “{case}” as import {session}, sealed: {rows} calls and messages read by the {parser} parser, times in {zone}.</source>
        <translation>Imported {path} into “{case}” as import {session}, sealed: {rows} calls and messages read by the {parser} parser, times in {zone}.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="168"/>
        <source>Marked {numbers} in “{case}” ({mark}), signed as marks {session}.</source>
        <translation>Marked {numbers} in “{case}” ({mark}), signed as marks {session}.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="182"/>
        <source>the collector&apos;s</source>
        <translation>the collector&apos;s</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="183"/>
        <source>family</source>
        <translation>family</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="184"/>
        <source>a colleague</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="185"/>
        <source>another contact</source>
        <translation>another contact</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="186"/>
        <source>no mark</source>
        <translation>no mark</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="190"/>
        <source>company: {text}</source>
        <translation>company: {text}</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="191"/>
        <source>platform: {text}</source>
        <translation>platform: {text}</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="192"/>
        <source>person: {text}</source>
        <translation>person: {text}</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="207"/>
        <source>No call log or messages have been imported into “{case}”.</source>
        <translation>No call log or messages have been imported into “{case}”.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="215"/>
        <source>Times in {zone} (the phone&apos;s time zone, as stated at the import).</source>
        <translation>Times in {zone} (the phone&apos;s time zone, as stated at the import).</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="217"/>
        <source>In total: {calls} calls received ({answered} answered, {missed} missed, {rejected} rejected or blocked), {out} calls made, {msg_in} messages received, {msg_out} sent.</source>
        <translation>In total: {calls} calls received ({answered} answered, {missed} missed, {rejected} rejected or blocked), {out} calls made, {msg_in} messages received, {msg_out} sent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/import_cmds.py" line="302"/>
        <source>%n of these calls were read from screenshots and confirmed by you.</source>
        <translation>
            <numerusform>%n of these calls was read from a screenshot and confirmed by you.</numerusform>
            <numerusform>%n of these calls were read from screenshots and confirmed by you.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="307"/>
        <source>Contacts with numbers marked as family, colleagues or other contacts: {count}.</source>
        <translation>Contacts with numbers marked as family, colleagues or other contacts: {count}.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="234"/>
        <source>  {number}{mark}: {calls} calls received ({missed} missed, {rejected} rejected), {msg_in} messages</source>
        <translation>  {number}{mark}: {calls} calls received ({missed} missed, {rejected} rejected), {msg_in} messages</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/import_cmds.py" line="109"/>
        <source>%n files imported into “{case}” as import {session}, sealed. Their content before the import is not proven by this app; from now on any change is detected.</source>
        <translation>
            <numerusform>%n file imported into “{case}” as import {session}, sealed. Its content before the import is not proven by this app; from now on any change is detected.</numerusform>
            <numerusform>%n files imported into “{case}” as import {session}, sealed. Their content before the import is not proven by this app; from now on any change is detected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/import_cmds.py" line="212"/>
        <source>%n calls or messages present in two imported logs were counted once.</source>
        <translation>
            <numerusform>%n call or message present in two imported logs was counted once.</numerusform>
            <numerusform>%n calls or messages present in two imported logs were counted once.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="247"/>
        <source>  {day}: {calls} calls received ({missed} missed, {rejected} rejected), {msg_in} messages received</source>
        <translation>  {day}: {calls} calls received ({missed} missed, {rejected} rejected), {msg_in} messages received</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="261"/>
        <source>Contacts between {start} and {end} ({rule}): {count}.</source>
        <translation>Contacts between {start} and {end} ({rule}): {count}.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="270"/>
        <source>{day}: {n} unanswered calls from {number} — exceeds guideline “{rule}” (at most {limit} a day).</source>
        <translation>{day}: {n} unanswered calls from {number} — exceeds guideline “{rule}” (at most {limit} a day).</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="281"/>
        <source>7 days up to {day}: {n} calls from {number} — more than {limit}, exceeds “{rule}”.</source>
        <translation>7 days up to {day}: {n} calls from {number} — more than {limit}, exceeds “{rule}”.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="290"/>
        <source>{when}: a call from {number} within 7 days after a conversation on {talk} — exceeds “{rule}”.</source>
        <translation>{when}: a call from {number} within 7 days after a conversation on {talk} — exceeds “{rule}”.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/import_cmds.py" line="299"/>
        <source>No rule is cited for this region: the counts are shown without a guideline.</source>
        <translation>No rule is cited for this region: the counts are shown without a guideline.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="17"/>
        <source>Excerpt of {session} written to {path}: {seconds} s, {wav} bytes as WAV, {small} bytes as Opus.</source>
        <translation>Excerpt of {session} written to {path}: {seconds} s, {wav} bytes as WAV, {small} bytes as Opus.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="20"/>
        <source>VERIFIED: the excerpt is signed and whole.</source>
        <translation>VERIFIED: the excerpt is signed and whole.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="21"/>
        <source>NOT VERIFIED: the excerpt fails the checks below.</source>
        <translation>NOT VERIFIED: the excerpt fails the checks below.</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="25"/>
        <source>export a stretch of a recording, signed, as a folder</source>
        <translation>export a stretch of a recording, signed, as a folder</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="27"/>
        <source>the recording of this case holding the start tag</source>
        <translation>the recording of this case holding the start tag</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="29"/>
        <source>start: h:m:s or a tag</source>
        <translation>start: h:m:s or a tag</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="31"/>
        <source>end: h:m:s or a tag</source>
        <translation>end: h:m:s or a tag</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="36"/>
        <source>the full archive of this recording, named in the excerpt</source>
        <translation>the full archive of this recording, named in the excerpt</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="40"/>
        <source>check an excerpt folder (exit 0 authentic, 1 not)</source>
        <translation>check an excerpt folder (exit 0 authentic, 1 not)</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/excerpt_cmds.py" line="42"/>
        <source>the full archive it was cut from</source>
        <translation>the full archive it was cut from</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/cli/complaint_cmds.py" line="13"/>
        <source>Complaint package for {channel} written to {path}: %n files attached, narrative {chars} of {limit} characters.</source>
        <translation>
            <numerusform>Complaint package for {channel} written to {path}: %n file attached, narrative {chars} of {limit} characters.</numerusform>
            <numerusform>Complaint package for {channel} written to {path}: %n files attached, narrative {chars} of {limit} characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/cli/complaint_cmds.py" line="22"/>
        <source>make a complaint package for one channel from a case</source>
        <translation>make a complaint package for one channel from a case</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/complaint_cmds.py" line="29"/>
        <source>the case&apos;s sealed archive (made now when not given)</source>
        <translation>the case&apos;s sealed archive (made now when not given)</translation>
    </message>
    <message>
        <location filename="../../recorder/cli/complaint_cmds.py" line="32"/>
        <source>an excerpt folder to attach</source>
        <translation>an excerpt folder to attach</translation>
    </message>
</context>
<context>
    <name>CallMeters</name>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="206"/>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="207"/>
        <source>The other party</source>
        <translation>The other party</translation>
    </message>
</context>
<context>
    <name>CallMode</name>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="39"/>
        <source>There is no output called “{device}” whose sound can be recorded, so the other party&apos;s sound is not being recorded. Your microphone is recording.</source>
        <translation>There is no output called “{device}” whose sound can be recorded, so the other party&apos;s sound is not being recorded. Your microphone is recording.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="45"/>
        <source>The other party&apos;s sound is no longer being recorded because of an unexpected error. Your microphone goes on recording.</source>
        <translation>The other party&apos;s sound is no longer being recorded because of an unexpected error. Your microphone goes on recording.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="50"/>
        <source>The other party&apos;s sound (what the computer plays) cannot be recorded here ({reason}), so only your microphone is being recorded.</source>
        <translation>The other party&apos;s sound (what the computer plays) cannot be recorded here ({reason}), so only your microphone is being recorded.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="59"/>
        <source>The computer&apos;s sound (the other party) was lost while the recording is paused. When you resume, your microphone is recorded, and the other party&apos;s sound as soon as it is back; the gap is recorded.</source>
        <translation>The computer&apos;s sound (the other party) was lost while the recording is paused. When you resume, your microphone is recorded, and the other party&apos;s sound as soon as it is back; the gap is recorded.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="68"/>
        <source>The computer&apos;s sound (the other party) can no longer be recorded either. Each is recorded again as soon as it is back; the gaps are recorded.</source>
        <translation>The computer&apos;s sound (the other party) can no longer be recorded either. Each is recorded again as soon as it is back; the gaps are recorded.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="77"/>
        <source>The other party&apos;s sound is back (“{device}”); it is recorded when you resume.</source>
        <translation>The other party&apos;s sound is back (“{device}”); it is recorded when you resume.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="83"/>
        <source>Laws on recording calls differ: in some places every party to the call must agree to be recorded.</source>
        <translation>Laws on recording calls differ: in some places every party to the call must agree to be recorded.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="95"/>
        <source>Call recording started (me: {me}; the other party&apos;s sound could not be opened)</source>
        <translation>Call recording started (me: {me}; the other party&apos;s sound could not be opened)</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="98"/>
        <source>Call recording started (me: {me}; the other party: {other})</source>
        <translation>Call recording started (me: {me}; the other party: {other})</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="102"/>
        <source>The other party&apos;s sound lost ({device}); the gap is recorded</source>
        <translation>The other party&apos;s sound lost ({device}); the gap is recorded</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="106"/>
        <source>The other party&apos;s sound is back ({device})</source>
        <translation>The other party&apos;s sound is back ({device})</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="110"/>
        <source>The other party: gap of {seconds} s</source>
        <translation>The other party: gap of {seconds} s</translation>
    </message>
</context>
<context>
    <name>CallModeHelp</name>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="233"/>
        <source>Call mode</source>
        <translation>Call mode</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="238"/>
        <source>Call mode records a call you take on this computer (WeChat, QQ, Skype, a softphone) as two tracks of one recording: your microphone (me) and what the computer plays (the other party). Turn on “Call mode” beside Record, then record as usual.</source>
        <translation>Call mode records a call you take on this computer (WeChat, QQ, Skype, a softphone) as two tracks of one recording: your microphone (me) and what the computer plays (the other party). Turn on “Call mode” beside Record, then record as usual.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="243"/>
        <source>If either sound is lost, the other goes on being recorded and the gap is recorded; the strip at the top says which.</source>
        <translation>If either sound is lost, the other goes on being recorded and the gap is recorded; the strip at the top says which.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="247"/>
        <source>On macOS, install a virtual output such as BlackHole and send the call&apos;s sound to it (see the README).</source>
        <translation>On macOS, install a virtual output such as BlackHole and send the call&apos;s sound to it (see the README).</translation>
    </message>
</context>
<context>
    <name>CallSwitch</name>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="151"/>
        <source>☎ Call mode: on</source>
        <translation>☎ Call mode: on</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="151"/>
        <source>☎ Call mode: off</source>
        <translation>☎ Call mode: off</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="159"/>
        <source>On: Record records a call on this computer as two tracks, your microphone (me) and what the computer plays (the other party). Chosen before recording starts.</source>
        <translation>On: Record records a call on this computer as two tracks, your microphone (me) and what the computer plays (the other party). Chosen before recording starts.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/call_mode.py" line="163"/>
        <source>Call mode</source>
        <translation>Call mode</translation>
    </message>
</context>
<context>
    <name>CallsView</name>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="136"/>
        <source>Calls and messages: {case}</source>
        <translation>Calls and messages: {case}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="139"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="140"/>
        <location filename="../../recorder/gui/calls_view.py" line="155"/>
        <source>Calls received</source>
        <translation>Calls received</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="141"/>
        <location filename="../../recorder/gui/calls_view.py" line="156"/>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="142"/>
        <source>Rejected or blocked</source>
        <translation>Rejected or blocked</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="143"/>
        <location filename="../../recorder/gui/calls_view.py" line="157"/>
        <source>Messages received</source>
        <translation>Messages received</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="144"/>
        <source>In restricted hours</source>
        <translation>In restricted hours</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="145"/>
        <source>Calls received in 7 days</source>
        <translation>Calls received in 7 days</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="150"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="151"/>
        <source>Marked as</source>
        <translation>Marked as</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="152"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="153"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="154"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="160"/>
        <source>Mark a number…</source>
        <translation>Mark a number…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="163"/>
        <source>Bars, from the bottom: answered (blue), missed (amber), rejected or blocked (red), messages (grey).</source>
        <translation>Bars, from the bottom: answered (blue), missed (amber), rejected or blocked (red), messages (grey).</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="176"/>
        <source>Reading the imported logs…</source>
        <translation>Reading the imported logs…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="181"/>
        <source>The logs could not be read.</source>
        <translation>The logs could not be read.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="188"/>
        <source>No call log or messages have been imported into this case.</source>
        <translation>No call log or messages have been imported into this case.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="197"/>
        <source>{calls} calls received ({missed} missed, {rejected} rejected or blocked) and {messages} messages, times in {zone} (the phone&apos;s time zone, as stated at the import). Imported, not recorded by this app.</source>
        <translation>{calls} calls received ({missed} missed, {rejected} rejected or blocked) and {messages} messages, times in {zone} (the phone&apos;s time zone, as stated at the import). Imported, not recorded by this app.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="224"/>
        <source>Contacts between {start} and {end}: {count}.</source>
        <translation>Contacts between {start} and {end}: {count}.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="232"/>
        <source>{day}: {n} unanswered calls from {number} — exceeds guideline {rule}.</source>
        <translation>{day}: {n} unanswered calls from {number} — exceeds guideline {rule}.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="240"/>
        <source>7 days up to {day}: {n} calls from {number} — exceeds guideline {rule}.</source>
        <translation>7 days up to {day}: {n} calls from {number} — exceeds guideline {rule}.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="248"/>
        <source>{when}: a call from {number} within 7 days after a conversation — exceeds guideline {rule}.</source>
        <translation>{when}: a call from {number} within 7 days after a conversation — exceeds guideline {rule}.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="255"/>
        <source>No rule is cited for this region: the counts are shown without a guideline.</source>
        <translation>No rule is cited for this region: the counts are shown without a guideline.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="260"/>
        <source>the collector&apos;s</source>
        <translation>the collector&apos;s</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="261"/>
        <source>family</source>
        <translation>family</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="262"/>
        <source>a colleague</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="263"/>
        <source>another contact</source>
        <translation>another contact</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/calls_view.py" line="289"/>
        <source>Mark this number…</source>
        <translation>Mark this number…</translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="133"/>
        <source>checked, no problems</source>
        <translation>checked, no problems</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="133"/>
        <source>check found problems</source>
        <translation>check found problems</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="139"/>
        <source>A call: two tracks, me and the other party</source>
        <translation>A call: two tracks, me and the other party</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="144"/>
        <source>sealed</source>
        <translation>sealed</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="145"/>
        <source>recording</source>
        <translation>recording</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="146"/>
        <source>recovered after interruption</source>
        <translation>recovered after interruption</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="147"/>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="148"/>
        <source>damaged</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="221"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="221"/>
        <source>Cases (unlock to see them)</source>
        <translation>Cases (unlock to see them)</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="222"/>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="222"/>
        <source>Recordings, newest first</source>
        <translation>Recordings, newest first</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="223"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="224"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/case_list.py" line="225"/>
        <source>Unlock to see cases and play recordings…</source>
        <translation>Unlock to see cases and play recordings…</translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <location filename="../../recorder/core/chain.py" line="263"/>
        <source>signature does not verify</source>
        <translation>signature does not verify</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="264"/>
        <source>the first entry must be, and only the first entry may be, “{kind}”</source>
        <translation>the first entry must be, and only the first entry may be, “{kind}”</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="266"/>
        <source>has no clock measure (drift), which a call&apos;s checkpoints and seal carry</source>
        <translation>has no clock measure (drift), which a call&apos;s checkpoints and seal carry</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="267"/>
        <source>its clock measure (drift) does not match the call&apos;s audio entries before it</source>
        <translation>its clock measure (drift) does not match the call&apos;s audio entries before it</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="268"/>
        <source>carries a clock measure (drift), which belongs only in a call&apos;s checkpoints and seal after its first track entry</source>
        <translation>carries a clock measure (drift), which belongs only in a call&apos;s checkpoints and seal after its first track entry</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="331"/>
        <source>not valid JSON</source>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="334"/>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="337"/>
        <source>not in canonical form</source>
        <translation>not in canonical form</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="341"/>
        <source>unknown entry version {version}</source>
        <translation>unknown entry version {version}</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="345"/>
        <source>has no body</source>
        <translation>has no body</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="349"/>
        <source>unknown kind {kind}</source>
        <translation>unknown kind {kind}</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="352"/>
        <source>has an unknown field {name}</source>
        <translation>has an unknown field {name}</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="354"/>
        <location filename="../../recorder/core/chain.py" line="445"/>
        <source>comes after the seal</source>
        <translation>comes after the seal</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="358"/>
        <source>names an unknown track {track}</source>
        <translation>names an unknown track {track}</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="365"/>
        <source>has no valid time</source>
        <translation>has no valid time</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="373"/>
        <location filename="../../recorder/core/chain.py" line="377"/>
        <location filename="../../recorder/core/chain.py" line="381"/>
        <location filename="../../recorder/core/chain.py" line="460"/>
        <location filename="../../recorder/core/chain.py" line="496"/>
        <source>time runs backwards</source>
        <translation>time runs backwards</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="392"/>
        <source>has a malformed payload reference</source>
        <translation>has a malformed payload reference</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="413"/>
        <source>carries a signature where none belongs</source>
        <translation>carries a signature where none belongs</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="429"/>
        <source>sequence number {seq} where {expected} was expected (missing, repeated or moved entry)</source>
        <translation>sequence number {seq} where {expected} was expected (missing, repeated or moved entry)</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="436"/>
        <source>does not link to the previous entry (hash chain broken)</source>
        <translation>does not link to the previous entry (hash chain broken)</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="440"/>
        <source>belongs to another recording</source>
        <translation>belongs to another recording</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="530"/>
        <source>the start entry has no valid session public key</source>
        <translation>the start entry has no valid session public key</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="539"/>
        <source>audio block without a valid length or rate</source>
        <translation>audio block without a valid length or rate</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="543"/>
        <source>audio of an unknown track {track}</source>
        <translation>audio of an unknown track {track}</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="548"/>
        <source>audio offset {offset} where {expected} was expected</source>
        <translation>audio offset {offset} where {expected} was expected</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="559"/>
        <source>the sample rate changes within the recording</source>
        <translation>the sample rate changes within the recording</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="561"/>
        <source>unsupported sample format</source>
        <translation>unsupported sample format</translation>
    </message>
    <message>
        <location filename="../../recorder/core/chain.py" line="563"/>
        <source>audio payload size does not match its frame count</source>
        <translation>audio payload size does not match its frame count</translation>
    </message>
</context>
<context>
    <name>Complaint</name>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="9"/>
        <source>“{channel}” is not a channel this app knows: choose one of {known}.</source>
        <translation>“{channel}” is not a channel this app knows: choose one of {known}.</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="10"/>
        <source>The channel file {path} cannot be read: {why}.</source>
        <translation>The channel file {path} cannot be read: {why}.</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="11"/>
        <source>The evidence package {path} does not verify, so no complaint is made from it.</source>
        <translation>The evidence package {path} does not verify, so no complaint is made from it.</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="14"/>
        <source>The evidence package {path} is not of the case “{case}”.</source>
        <translation>The evidence package {path} is not of the case “{case}”.</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="15"/>
        <source>{path} already exists. Choose another folder name; nothing was changed.</source>
        <translation>{path} already exists. Choose another folder name; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="16"/>
        <source>The folder for {path} does not exist or cannot be written to.</source>
        <translation>The folder for {path} does not exist or cannot be written to.</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="17"/>
        <source>{path} is not an excerpt that verifies, so it is not attached.</source>
        <translation>{path} is not an excerpt that verifies, so it is not attached.</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="19"/>
        <source>The case has no tags: the narrative says only what the recordings and the call log show.</source>
        <translation>The case has no tags: the narrative says only what the recordings and the call log show.</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="22"/>
        <source>The case has no visitors card: fill in who came yourself in the fields that ask for it.</source>
        <translation>The case has no visitors card: fill in who came yourself in the fields that ask for it.</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="25"/>
        <source>The case has no call log: the package names no collectors&apos; numbers unless the visitors card has them.</source>
        <translation>The case has no call log: the package names no collectors&apos; numbers unless the visitors card has them.</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="28"/>
        <source>{name} is not attached: {why}.</source>
        <translation>{name} is not attached: {why}.</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="29"/>
        <source>larger than this channel accepts ({size} bytes, at most {limit})</source>
        <translation>larger than this channel accepts ({size} bytes, at most {limit})</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="30"/>
        <source>this channel accepts no .{ext} files</source>
        <translation>this channel accepts no .{ext} files</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="31"/>
        <source>this channel accepts at most {limit} files</source>
        <translation>this channel accepts at most {limit} files</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="32"/>
        <source>the files together would exceed this channel&apos;s {limit} bytes</source>
        <translation>the files together would exceed this channel&apos;s {limit} bytes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/complaint/messages.py" line="33"/>
        <source>The narrative&apos;s draft left out %n sentences to stay within {limit} characters; they are in cover.txt.</source>
        <translation>
            <numerusform>The narrative&apos;s draft left out %n sentence to stay within {limit} characters; it is in cover.txt.</numerusform>
            <numerusform>The narrative&apos;s draft left out %n sentences to stay within {limit} characters; they are in cover.txt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="39"/>
        <source>The evidence package holds no report.pdf: the report is attached as report.html where allowed.</source>
        <translation>The evidence package holds no report.pdf: the report is attached as report.html where allowed.</translation>
    </message>
    <message>
        <location filename="../../recorder/complaint/messages.py" line="42"/>
        <source>This channel&apos;s form could not be checked when its limits were written ({date}): {note}</source>
        <translation>This channel&apos;s form could not be checked when its limits were written ({date}): {note}</translation>
    </message>
</context>
<context>
    <name>ComplaintWizard</name>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="249"/>
        <source>Complaint package</source>
        <translation>Complaint package</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <location filename="../../recorder/gui/review/events_panel.py" line="191"/>
        <source>Search notes and tags</source>
        <translation>Search notes and tags</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/events_panel.py" line="200"/>
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/events_panel.py" line="201"/>
        <source>Added later</source>
        <translation>Added later</translation>
    </message>
</context>
<context>
    <name>Excerpt</name>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="14"/>
        <source>{path} already exists. Choose another folder name; nothing was changed.</source>
        <translation>{path} already exists. Choose another folder name; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="15"/>
        <source>The folder for {path} does not exist or cannot be written to.</source>
        <translation>The folder for {path} does not exist or cannot be written to.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="16"/>
        <source>The recording {session} is still being made. Stop it first.</source>
        <translation>The recording {session} is still being made. Stop it first.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="17"/>
        <source>The recording {session} is damaged; run “recorder check” on it.</source>
        <translation>The recording {session} is damaged; run “recorder check” on it.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="18"/>
        <source>The recording {session} holds no audio, so there is nothing to excerpt.</source>
        <translation>The recording {session} holds no audio, so there is nothing to excerpt.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="19"/>
        <source>{spec} is after the end of the recording, which is {length} long.</source>
        <translation>{spec} is after the end of the recording, which is {length} long.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="20"/>
        <source>The recording {session} has no tag “{tag}”.</source>
        <translation>The recording {session} has no tag “{tag}”.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="21"/>
        <source>The recording {session} has no tag “{tag}” after the start of the stretch.</source>
        <translation>The recording {session} has no tag “{tag}” after the start of the stretch.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="24"/>
        <source>No recording of this case has a tag “{tag}”.</source>
        <translation>No recording of this case has a tag “{tag}”.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="25"/>
        <source>The case has more than one recording: start the stretch at a tag, or name the recording.</source>
        <translation>The case has more than one recording: start the stretch at a tag, or name the recording.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="28"/>
        <source>The stretch from {start} to {end} is empty: its end is not after its start.</source>
        <translation>The stretch from {start} to {end} is empty: its end is not after its start.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="31"/>
        <source>The stretch is too long for one WAV file (over 12 hours at 48 kHz).</source>
        <translation>The stretch is too long for one WAV file (over 12 hours at 48 kHz).</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="32"/>
        <source>{path} is not an archive of the recording {session}: its audio differs at this stretch.</source>
        <translation>{path} is not an archive of the recording {session}: its audio differs at this stretch.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/archive/excerpt_text.py" line="35"/>
        <source>The stretch crosses %n pauses or gaps; it holds only the captured samples, and they are listed in excerpt.json.</source>
        <translation>
            <numerusform>The stretch crosses %n pause or gap; it holds only the captured samples, and it is listed in excerpt.json.</numerusform>
            <numerusform>The stretch crosses %n pauses or gaps; it holds only the captured samples, and they are listed in excerpt.json.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="43"/>
        <source>The excerpt&apos;s file {name} is missing or cannot be read.</source>
        <translation>The excerpt&apos;s file {name} is missing or cannot be read.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="44"/>
        <source>The excerpt&apos;s SHA256SUMS is not the list this format writes.</source>
        <translation>The excerpt&apos;s SHA256SUMS is not the list this format writes.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="45"/>
        <source>The excerpt&apos;s signature {name} does not verify with identity.pem.</source>
        <translation>The excerpt&apos;s signature {name} does not verify with identity.pem.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="46"/>
        <source>The excerpt&apos;s file {name} has been changed since it was signed.</source>
        <translation>The excerpt&apos;s file {name} has been changed since it was signed.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="47"/>
        <source>The excerpt&apos;s excerpt.json is not of this format: {why}.</source>
        <translation>The excerpt&apos;s excerpt.json is not of this format: {why}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="48"/>
        <source>excerpt.wav does not hold the samples excerpt.json names.</source>
        <translation>excerpt.wav does not hold the samples excerpt.json names.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="49"/>
        <source>Signed by the vault key {fingerprint}; compare it with the one the owner gave you.</source>
        <translation>Signed by the vault key {fingerprint}; compare it with the one the owner gave you.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="52"/>
        <source>The original {path} does not verify, so it proves nothing.</source>
        <translation>The original {path} does not verify, so it proves nothing.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="53"/>
        <source>The original {path} does not hold the recording {session} with the chain head the excerpt names.</source>
        <translation>The original {path} does not hold the recording {session} with the chain head the excerpt names.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="56"/>
        <source>The original {path} is signed by another vault key.</source>
        <translation>The original {path} is signed by another vault key.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="57"/>
        <source>The excerpt&apos;s samples differ from the original&apos;s at frames {start} to {end}.</source>
        <translation>The excerpt&apos;s samples differ from the original&apos;s at frames {start} to {end}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="60"/>
        <source>The original {path} is not the file the excerpt names (its SHA-256 differs).</source>
        <translation>The original {path} is not the file the excerpt names (its SHA-256 differs).</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="63"/>
        <source>The excerpt&apos;s samples are the original&apos;s, recording {session}, frames {start} to {end}.</source>
        <translation>The excerpt&apos;s samples are the original&apos;s, recording {session}, frames {start} to {end}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="66"/>
        <source>The excerpt is signed and whole; give the full archive with --original to prove its samples are the original&apos;s.</source>
        <translation>The excerpt is signed and whole; give the full archive with --original to prove its samples are the original&apos;s.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/excerpt_text.py" line="70"/>
        <source>The original {path} is encrypted: decrypt it first (age -d) and give the zip.</source>
        <translation>The original {path} is encrypted: decrypt it first (age -d) and give the zip.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/excerpt_action.py" line="23"/>
        <source>New folder for the excerpt</source>
        <translation>New folder for the excerpt</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/excerpt_action.py" line="44"/>
        <source>Excerpt from {start} to {end} written to {path}; its VERIFY.txt says how anyone can check it. To add it to the evidence package, give this folder under Excerpts when exporting.</source>
        <translation>Excerpt from {start} to {end} written to {path}; its VERIFY.txt says how anyone can check it. To add it to the evidence package, give this folder under Excerpts when exporting.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/archive_excerpts.py" line="30"/>
        <source>An excerpt is written FROM..TO, a time (h:m:s) or a tag at each end: “{text}”.</source>
        <translation>An excerpt is written FROM..TO, a time (h:m:s) or a tag at each end: “{text}”.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/archive_excerpts.py" line="33"/>
        <source>{path} is not an excerpt folder that verifies; check it with “recorder verify-excerpt”.</source>
        <translation>{path} is not an excerpt folder that verifies; check it with “recorder verify-excerpt”.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/archive_excerpts.py" line="36"/>
        <source>The excerpt folder {path} does not hold the samples of recording {session} at its frames.</source>
        <translation>The excerpt folder {path} does not hold the samples of recording {session} at its frames.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/archive_excerpts.py" line="39"/>
        <source>The excerpt&apos;s recording {session} is not among the recordings exported; add it to the export.</source>
        <translation>The excerpt&apos;s recording {session} is not among the recordings exported; add it to the export.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="153"/>
        <source>Save the evidence package as</source>
        <translation>Save the evidence package as</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="198"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="205"/>
        <source>The evidence package was written to {path}.</source>
        <translation>The evidence package was written to {path}.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="222"/>
        <source>Export cancelled; nothing was left behind.</source>
        <translation>Export cancelled; nothing was left behind.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="227"/>
        <source>The export failed; details are in the log file.</source>
        <translation>The export failed; details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="230"/>
        <source>Export an evidence package</source>
        <translation>Export an evidence package</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="237"/>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="238"/>
        <source>Report rules for</source>
        <translation>Report rules for</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="239"/>
        <source>Report language</source>
        <translation>Report language</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="240"/>
        <source>Lock it for one person (optional)</source>
        <translation>Lock it for one person (optional)</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="264"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="265"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="266"/>
        <source>Excerpts to add to the evidence package (optional):</source>
        <translation>Excerpts to add to the evidence package (optional):</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="268"/>
        <source>from..to (a time h:m:s or a tag), or an excerpt folder; several separated by ;</source>
        <translation>from..to (a time h:m:s or a tag), or an excerpt folder; several separated by ;</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="248"/>
        <source>Mainland China</source>
        <translation>Mainland China</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/gui/export_dialog.py" line="233"/>
        <source>Case “{case}”: %n recordings will be put into one sealed evidence package.</source>
        <translation>
            <numerusform>Case “{case}”: %n recording will be put into one sealed evidence package.</numerusform>
            <numerusform>Case “{case}”: %n recordings will be put into one sealed evidence package.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="249"/>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="250"/>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="251"/>
        <source>United States</source>
        <translation>United States</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="255"/>
        <source>their age key, starting with age1</source>
        <translation>their age key, starting with age1</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="258"/>
        <source>Leave empty to save the package as it is. To send it safely, paste the public key (age1…) of the person who will open it, for example your lawyer: only their key can open it then.</source>
        <translation>Leave empty to save the package as it is. To send it safely, paste the public key (age1…) of the person who will open it, for example your lawyer: only their key can open it then.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="262"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="263"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/export_dialog.py" line="264"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="165"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="166"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="167"/>
        <source>Call mode</source>
        <translation>Call mode</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="168"/>
        <source>About Evidence Recorder</source>
        <translation>About Evidence Recorder</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="82"/>
        <source>Import into “{case}”</source>
        <translation>Import into “{case}”</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="85"/>
        <source>Drop files or folders here (call recordings, screenshots, backups). They are kept byte for byte and sealed at once; what happened to them before the import cannot be proven by this app.</source>
        <translation>Drop files or folders here (call recordings, screenshots, backups). They are kept byte for byte and sealed at once; what happened to them before the import cannot be proven by this app.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="89"/>
        <source>Where do they come from? e.g. “Xiaomi call recorder”</source>
        <translation>Where do they come from? e.g. “Xiaomi call recorder”</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="90"/>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="91"/>
        <source>Add folder…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="92"/>
        <source>Read as a call log or message backup (SMS Backup &amp; Restore, CSV, iPhone backup)</source>
        <translation>Read as a call log or message backup (SMS Backup &amp; Restore, CSV, iPhone backup)</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="93"/>
        <source>Phone&apos;s time zone, e.g. Asia/Shanghai</source>
        <translation>Phone&apos;s time zone, e.g. Asia/Shanghai</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="94"/>
        <source>Passphrase of the encrypted iPhone backup</source>
        <translation>Passphrase of the encrypted iPhone backup</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="95"/>
        <source>Import and seal</source>
        <translation>Import and seal</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="110"/>
        <source>Add files</source>
        <translation>Add files</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="114"/>
        <source>Add folder</source>
        <translation>Add folder</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="128"/>
        <source>Add the files to import first.</source>
        <translation>Add the files to import first.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="161"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/gui/import_dialog.py" line="169"/>
        <source>%n files imported and sealed. From now on any change to them is detected.</source>
        <translation>
            <numerusform>%n file imported and sealed. From now on any change to it is detected.</numerusform>
            <numerusform>%n files imported and sealed. From now on any change to them is detected.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="182"/>
        <source>Choose one call log or backup at a time.</source>
        <translation>Choose one call log or backup at a time.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/import_dialog.py" line="184"/>
        <source>The import failed; nothing was imported.</source>
        <translation>The import failed; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>ImportedView</name>
    <message>
        <location filename="../../recorder/gui/imported_view.py" line="89"/>
        <source>Imported files ({session})</source>
        <translation>Imported files ({session})</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/imported_view.py" line="92"/>
        <source>Imported, not recorded by this app. What happened to these files before the import is not proven; from the import on, any change is detected.</source>
        <translation>Imported, not recorded by this app. What happened to these files before the import is not proven; from the import on, any change is detected.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/imported_view.py" line="96"/>
        <source>Play / pause</source>
        <translation>Play / pause</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/imported_view.py" line="119"/>
        <source>Read from the file, not measured by this app ({reader} {version}):</source>
        <translation>Read from the file, not measured by this app ({reader} {version}):</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/imported_view.py" line="155"/>
        <source>This file could not be decoded as audio.</source>
        <translation>This file could not be decoded as audio.</translation>
    </message>
</context>
<context>
    <name>IntegrityPanel</name>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="77"/>
        <source>Checking the recording…</source>
        <translation>Checking the recording…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="97"/>
        <source>Audio source: {name} (live recording)</source>
        <translation>Audio source: {name} (live recording)</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="99"/>
        <source>Audio source: {name} — NOT a live recording ({kind})</source>
        <translation>Audio source: {name} — NOT a live recording ({kind})</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="81"/>
        <source>✔ Verified: every entry, signature and audio block is as it was recorded ({n} entries).</source>
        <translation>✔ Verified: every entry, signature and audio block is as it was recorded ({n} entries).</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="87"/>
        <source>✘ Not verified — {n} problems found:</source>
        <translation>✘ Not verified — {n} problems found:</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="118"/>
        <source>The other party (what the computer played): {name}</source>
        <translation>The other party (what the computer played): {name}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="126"/>
        <source>Fingerprint: {code}</source>
        <translation>Fingerprint: {code}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="129"/>
        <source>From {start} to {end}</source>
        <translation>From {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="142"/>
        <source>Gap in the other party&apos;s track at {at}: {reason} ({length})</source>
        <translation>Gap in the other party&apos;s track at {at}: {reason} ({length})</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="148"/>
        <source>Gap at {at}: {reason} ({length} lost)</source>
        <translation>Gap at {at}: {reason} ({length} lost)</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="154"/>
        <source>The last {n} entries are hash-chained but unsigned: the recording was interrupted.</source>
        <translation>The last {n} entries are hash-chained but unsigned: the recording was interrupted.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="160"/>
        <source>The recording ended by interruption; everything up to its last intact entry is kept.</source>
        <translation>The recording ended by interruption; everything up to its last intact entry is kept.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="163"/>
        <source>Sealed ({reason}).</source>
        <translation>Sealed ({reason}).</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="170"/>
        <source>No later annotations.</source>
        <translation>No later annotations.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="173"/>
        <source>Later annotations: {n} (review sittings: {k}), kept apart from the recording; verified.</source>
        <translation>Later annotations: {n} (review sittings: {k}), kept apart from the recording; verified.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="175"/>
        <source>Later annotations: {n} problems found — {first}</source>
        <translation>Later annotations: {n} problems found — {first}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/integrity.py" line="74"/>
        <source>The recording could not be checked: {why}</source>
        <translation>The recording could not be checked: {why}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="195"/>
        <location filename="../../recorder/gui/main_window.py" line="247"/>
        <source>Unsorted recordings</source>
        <translation>Unsorted recordings</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="215"/>
        <source>Attach photos or files</source>
        <translation>Attach photos or files</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="257"/>
        <source>The recording was saved and sealed.</source>
        <translation>The recording was saved and sealed.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/locking.py" line="78"/>
        <source>Locked after a time without use. Recording still works.</source>
        <translation>Locked after a time without use. Recording still works.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="367"/>
        <source>Your recordings are not locked yet: anyone with this computer can open them. Set a passphrase.</source>
        <translation>Your recordings are not locked yet: anyone with this computer can open them. Set a passphrase.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="372"/>
        <location filename="../../recorder/gui/main_window.py" line="535"/>
        <source>Set a passphrase…</source>
        <translation>Set a passphrase…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="473"/>
        <source>A recording started {start} was interrupted and has been recovered; it ends at {end}.</source>
        <translation>A recording started {start} was interrupted and has been recovered; it ends at {end}.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="485"/>
        <source>Something went wrong. What was recorded is kept; details are in the log file.</source>
        <translation>Something went wrong. What was recorded is kept; details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="508"/>
        <source>A recording is in progress. Closing the window would stop it.</source>
        <translation>A recording is in progress. Closing the window would stop it.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="511"/>
        <source>Keep recording</source>
        <translation>Keep recording</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="513"/>
        <source>Stop recording and close</source>
        <translation>Stop recording and close</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="523"/>
        <source>No evidence vault yet</source>
        <translation>No evidence vault yet</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="525"/>
        <source>Not locked yet (no passphrase)</source>
        <translation>Not locked yet (no passphrase)</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="527"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="529"/>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="530"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="530"/>
        <source>Unlock…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="75"/>
        <source>Evidence Recorder</source>
        <translation>Evidence Recorder</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="345"/>
        <source>Passphrase set. You will need it to open, play or export recordings.</source>
        <translation>Passphrase set. You will need it to open, play or export recordings.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="536"/>
        <source>Import phone evidence…</source>
        <translation>Import phone evidence…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="537"/>
        <source>Calls and messages</source>
        <translation>Calls and messages</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="538"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="539"/>
        <source>Verify an evidence package…</source>
        <translation>Verify an evidence package…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="540"/>
        <source>Complaint package…</source>
        <translation>Complaint package…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="541"/>
        <source>Print a report…</source>
        <translation>Print a report…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/main_window.py" line="542"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="37"/>
        <source>Mark a number</source>
        <translation>Mark a number</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="41"/>
        <source>The collector&apos;s (calls on behalf of a lender)</source>
        <translation>The collector&apos;s (calls on behalf of a lender)</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="42"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="43"/>
        <source>A colleague</source>
        <translation>A colleague</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="44"/>
        <source>Another contact</source>
        <translation>Another contact</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="45"/>
        <source>No mark (withdraw an earlier one)</source>
        <translation>No mark (withdraw an earlier one)</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="55"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="56"/>
        <source>Whose number</source>
        <translation>Whose number</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="57"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="58"/>
        <source>Lending platform or app</source>
        <translation>Lending platform or app</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="59"/>
        <source>Person&apos;s name, as given</source>
        <translation>Person&apos;s name, as given</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/mark_dialog.py" line="61"/>
        <source>A mark is your own statement, kept as a new signed entry of the case; the imports are unchanged.</source>
        <translation>A mark is your own statement, kept as a new signed entry of the case; the imports are unchanged.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../recorder/core/messages.py" line="20"/>
        <source>The passphrase is wrong. Nothing was changed; please try again.</source>
        <translation>The passphrase is wrong. Nothing was changed; please try again.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="21"/>
        <source>The passphrase is empty. Please choose a passphrase.</source>
        <translation>The passphrase is empty. Please choose a passphrase.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="22"/>
        <source>There is no evidence vault in {home}. Create one first with “recorder init”.</source>
        <translation>There is no evidence vault in {home}. Create one first with “recorder init”.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="23"/>
        <source>An evidence vault already exists in {home}. Nothing was changed.</source>
        <translation>An evidence vault already exists in {home}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="24"/>
        <source>The evidence vault file {path} is damaged and cannot be read. Nothing was changed.</source>
        <translation>The evidence vault file {path} is damaged and cannot be read. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="27"/>
        <source>The evidence vault in {home} was made by a newer version of this app (format {version}). Please update Evidence Recorder.</source>
        <translation>The evidence vault in {home} was made by a newer version of this app (format {version}). Please update Evidence Recorder.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="32"/>
        <source>The folder {home} cannot be written to. Please choose another folder or check its permissions.</source>
        <translation>The folder {home} cannot be written to. Please choose another folder or check its permissions.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="35"/>
        <source>The disk is full. Everything recorded up to now is saved; please free some space.</source>
        <translation>The disk is full. Everything recorded up to now is saved; please free some space.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="38"/>
        <source>There is no recording called {session} in this vault.</source>
        <translation>There is no recording called {session} in this vault.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="39"/>
        <source>The recording {session} is being written by another window or program. Nothing was changed.</source>
        <translation>The recording {session} is being written by another window or program. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="42"/>
        <source>The recording {session} has ended; nothing can be added to it. Start a new recording instead.</source>
        <translation>The recording {session} has ended; nothing can be added to it. Start a new recording instead.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="45"/>
        <source>The recording file {path} is damaged at byte {offset}: {what}. Nothing was changed.</source>
        <translation>The recording file {path} is damaged at byte {offset}: {what}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="48"/>
        <source>The recording file {path} was made by a newer version of this app (format {version}). Please update Evidence Recorder.</source>
        <translation>The recording file {path} was made by a newer version of this app (format {version}). Please update Evidence Recorder.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="53"/>
        <source>The file {path} is not a recording made by this app.</source>
        <translation>The file {path} is not a recording made by this app.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="54"/>
        <source>The passphrase file {path} cannot be read.</source>
        <translation>The passphrase file {path} cannot be read.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="55"/>
        <source>The two passphrases are not the same. Please try again.</source>
        <translation>The two passphrases are not the same. Please try again.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="56"/>
        <source>The file {path} cannot be read, so it was not attached.</source>
        <translation>The file {path} cannot be read, so it was not attached.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="57"/>
        <source>This passphrase is too easy to guess. {advice} Nothing was changed; please choose another.</source>
        <translation>This passphrase is too easy to guess. {advice} Nothing was changed; please choose another.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="60"/>
        <source>{home} is a file, not a folder, so it cannot hold an evidence vault. Nothing was changed.</source>
        <translation>{home} is a file, not a folder, so it cannot hold an evidence vault. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="63"/>
        <source>The evidence vault file {path} asks for a key derivation this app does not accept ({what}). Nothing was changed.</source>
        <translation>The evidence vault file {path} asks for a key derivation this app does not accept ({what}). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="67"/>
        <source>The test setting RECORDER_TEST_KDF_COST={value} is not accepted: it must be MEMORY_KIB:PASSES within the limits in docs/FORMAT.md. Nothing was changed.</source>
        <translation>The test setting RECORDER_TEST_KDF_COST={value} is not accepted: it must be MEMORY_KIB:PASSES within the limits in docs/FORMAT.md. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="72"/>
        <source>The evidence vault file {path} was replaced by one with other keys, so your passphrase cannot open it (the passphrase is not the problem). Put your own vault file back, from a backup, to read your recordings.</source>
        <translation>The evidence vault file {path} was replaced by one with other keys, so your passphrase cannot open it (the passphrase is not the problem). Put your own vault file back, from a backup, to read your recordings.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="77"/>
        <source>Warning: the evidence vault file {path} was replaced by one with other keys. New recordings are still encrypted to the keys this vault was made with, never to the new ones.</source>
        <translation>Warning: the evidence vault file {path} was replaced by one with other keys. New recordings are still encrypted to the keys this vault was made with, never to the new ones.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="82"/>
        <source>The recording {session} is listed in the vault&apos;s ledger, but its file is gone: it was deleted.</source>
        <translation>The recording {session} is listed in the vault&apos;s ledger, but its file is gone: it was deleted.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="85"/>
        <source>The recording {session} is listed in the vault&apos;s ledger, but its folder is gone: it was deleted.</source>
        <translation>The recording {session} is listed in the vault&apos;s ledger, but its folder is gone: it was deleted.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="88"/>
        <source>The recording {session} is listed in the vault&apos;s ledger, but its file was replaced by something that is not a recording file.</source>
        <translation>The recording {session} is listed in the vault&apos;s ledger, but its file was replaced by something that is not a recording file.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="93"/>
        <source>The recording {session} is listed in the vault&apos;s ledger, but its file was replaced by a link.</source>
        <translation>The recording {session} is listed in the vault&apos;s ledger, but its file was replaced by a link.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="96"/>
        <source>The recording {session} is listed in the vault&apos;s ledger, but its file cannot be read.</source>
        <translation>The recording {session} is listed in the vault&apos;s ledger, but its file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="99"/>
        <source>The vault&apos;s ledger of recordings was cut short: it listed {before} recordings, now it lists {now}.</source>
        <translation>The vault&apos;s ledger of recordings was cut short: it listed {before} recordings, now it lists {now}.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="102"/>
        <source>The vault&apos;s ledger of recordings was altered or damaged at line {line}.</source>
        <translation>The vault&apos;s ledger of recordings was altered or damaged at line {line}.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="105"/>
        <source>The vault&apos;s ledger of recordings was rewritten: its entries are not the ones last written on this computer.</source>
        <translation>The vault&apos;s ledger of recordings was rewritten: its entries are not the ones last written on this computer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/core/messages.py" line="109"/>
        <source>The vault had no ledger of its recordings; one was made now from the %n recordings present.</source>
        <translation>
            <numerusform>The vault had no ledger of its recordings; one was made now from the %n recording present.</numerusform>
            <numerusform>The vault had no ledger of its recordings; one was made now from the %n recordings present.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/core/messages.py" line="115"/>
        <source>The recording {session} was not in the vault&apos;s ledger; it has been added.</source>
        <translation>The recording {session} was not in the vault&apos;s ledger; it has been added.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/review.py" line="38"/>
        <source>The recording {session} is still being made. It can be reviewed once it has ended.</source>
        <translation>The recording {session} is still being made. It can be reviewed once it has ended.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/review.py" line="41"/>
        <source>Annotations to {session} are being added in another window. Please close that one first.</source>
        <translation>Annotations to {session} are being added in another window. Please close that one first.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/review.py" line="44"/>
        <source>This review has been closed; open the recording again to add more.</source>
        <translation>This review has been closed; open the recording again to add more.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/review.py" line="45"/>
        <source>The annotation is empty. Please write a note or choose a tag.</source>
        <translation>The annotation is empty. Please write a note or choose a tag.</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="8"/>
        <source>No microphone or other audio input was found. Connect one and try again; nothing was recorded.</source>
        <translation>No microphone or other audio input was found. Connect one and try again; nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="11"/>
        <source>There is no audio input called “{device}”. Nothing was recorded; choose one of the listed inputs.</source>
        <translation>There is no audio input called “{device}”. Nothing was recorded; choose one of the listed inputs.</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="14"/>
        <source>“{device}” is a loudspeaker or other output, not an audio input. Nothing was recorded.</source>
        <translation>“{device}” is a loudspeaker or other output, not an audio input. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="17"/>
        <source>The audio input “{device}” does not accept recording at {rate} Hz, mono, 16 bit. Nothing was recorded.</source>
        <translation>The audio input “{device}” does not accept recording at {rate} Hz, mono, 16 bit. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="21"/>
        <source>The audio input “{device}” could not be opened ({reason}). Nothing was recorded.</source>
        <translation>The audio input “{device}” could not be opened ({reason}). Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="25"/>
        <source>The microphone stopped working. The recording goes on as soon as an input is back; the gap is recorded.</source>
        <translation>The microphone stopped working. The recording goes on as soon as an input is back; the gap is recorded.</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="29"/>
        <source>Recording again from “{device}” after a gap of {seconds:.1f} s; the gap is recorded.</source>
        <translation>Recording again from “{device}” after a gap of {seconds:.1f} s; the gap is recorded.</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="32"/>
        <source>The computer switched the recording to another input: “{device}” (was “{previous}”). The recording goes on; the change is recorded.</source>
        <translation>The computer switched the recording to another input: “{device}” (was “{previous}”). The recording goes on; the change is recorded.</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="37"/>
        <source>{seconds:.1f} s of audio could not be captured ({reason}); the gap is recorded.</source>
        <translation>{seconds:.1f} s of audio could not be captured ({reason}); the gap is recorded.</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="40"/>
        <source>Recording stopped because of an unexpected error. Everything captured before it is saved.</source>
        <translation>Recording stopped because of an unexpected error. Everything captured before it is saved.</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="43"/>
        <source>The sound file {path} cannot be read as WAV audio.</source>
        <translation>The sound file {path} cannot be read as WAV audio.</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="45"/>
        <source>What the computer plays cannot be recorded here ({reason}). Nothing was recorded; record without call mode or choose the output with --loopback.</source>
        <translation>What the computer plays cannot be recorded here ({reason}). Nothing was recorded; record without call mode or choose the output with --loopback.</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="50"/>
        <source>There is no output called “{device}” whose sound can be recorded. Nothing was recorded; choose one of the outputs listed by “recorder devices --loopback”.</source>
        <translation>There is no output called “{device}” whose sound can be recorded. Nothing was recorded; choose one of the outputs listed by “recorder devices --loopback”.</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="55"/>
        <source>The computer&apos;s sound (the other party) can no longer be recorded. Your microphone goes on recording; the gap is recorded.</source>
        <translation>The computer&apos;s sound (the other party) can no longer be recorded. Your microphone goes on recording; the gap is recorded.</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="62"/>
        <source>The other party&apos;s sound is recorded again, from “{device}”, after a gap of {seconds:.1f} s; the gap is recorded.</source>
        <translation>The other party&apos;s sound is recorded again, from “{device}”, after a gap of {seconds:.1f} s; the gap is recorded.</translation>
    </message>
    <message>
        <location filename="../../recorder/audio/messages.py" line="67"/>
        <source>no sound server answered</source>
        <translation>no sound server answered</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="10"/>
        <source>The time-stamp authority address {url} is not an http:// or https:// address.</source>
        <translation>The time-stamp authority address {url} is not an http:// or https:// address.</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="13"/>
        <source>The file {path} cannot be read as a PEM root certificate, so it was not added.</source>
        <translation>The file {path} cannot be read as a PEM root certificate, so it was not added.</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="18"/>
        <source>The time-stamp authority {authority} could not be reached ({detail}); the stamp waits in the queue.</source>
        <translation>The time-stamp authority {authority} could not be reached ({detail}); the stamp waits in the queue.</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="22"/>
        <source>its address could not be looked up: no network, or a wrong address</source>
        <translation>its address could not be looked up: no network, or a wrong address</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="23"/>
        <source>the connection was refused</source>
        <translation>the connection was refused</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="24"/>
        <source>the connection was cut</source>
        <translation>the connection was cut</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="25"/>
        <source>there is no network</source>
        <translation>there is no network</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="26"/>
        <source>The time-stamp authority {authority} did not answer within {seconds} s; the stamp waits in the queue.</source>
        <translation>The time-stamp authority {authority} did not answer within {seconds} s; the stamp waits in the queue.</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="30"/>
        <source>The time-stamp authority {authority} answered with HTTP error {code}; the stamp waits in the queue.</source>
        <translation>The time-stamp authority {authority} answered with HTTP error {code}; the stamp waits in the queue.</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="33"/>
        <source>Not sent yet; the stamp waits in the queue.</source>
        <translation>Not sent yet; the stamp waits in the queue.</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="36"/>
        <source>The answer from {authority} is not a time-stamp token.</source>
        <translation>The answer from {authority} is not a time-stamp token.</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="37"/>
        <source>The time-stamp authority {authority} refused to stamp ({detail}).</source>
        <translation>The time-stamp authority {authority} refused to stamp ({detail}).</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="38"/>
        <source>The token from {authority} is for other data, not for this recording&apos;s entry.</source>
        <translation>The token from {authority} is for other data, not for this recording&apos;s entry.</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="41"/>
        <source>The token from {authority} does not answer this request (the request&apos;s number differs).</source>
        <translation>The token from {authority} does not answer this request (the request&apos;s number differs).</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="44"/>
        <source>The certificate that signed the token from {authority} is not meant for time-stamping.</source>
        <translation>The certificate that signed the token from {authority} is not meant for time-stamping.</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="47"/>
        <source>The certificate that signed the token from {authority} was not valid at the stamped time {time}.</source>
        <translation>The certificate that signed the token from {authority} was not valid at the stamped time {time}.</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="51"/>
        <source>The token from {authority} is not issued under a trusted root certificate. If you trust this authority, add its root certificate (--tsa-root).</source>
        <translation>The token from {authority} is not issued under a trusted root certificate. If you trust this authority, add its root certificate (--tsa-root).</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="56"/>
        <source>The token from {authority} does not verify: {detail}.</source>
        <translation>The token from {authority} does not verify: {detail}.</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="57"/>
        <source>The token from {authority} does not carry the certificate that signed it.</source>
        <translation>The token from {authority} does not carry the certificate that signed it.</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="62"/>
        <source>the session&apos;s first entry</source>
        <translation>the session&apos;s first entry</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="63"/>
        <source>the checkpoint at entry {seq}</source>
        <translation>the checkpoint at entry {seq}</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="64"/>
        <source>the seal (the session&apos;s last entry)</source>
        <translation>the seal (the session&apos;s last entry)</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="65"/>
        <source>entry {seq}</source>
        <translation>entry {seq}</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="66"/>
        <source>review sitting {sitting} (the later annotations added in it)</source>
        <translation>review sitting {sitting} (the later annotations added in it)</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="67"/>
        <source>The later annotations of review sitting {sitting} are dated by the owner&apos;s device clock alone (the sitting ended at {time} by that clock): no trusted time stamp covers them.</source>
        <translation>The later annotations of review sitting {sitting} are dated by the owner&apos;s device clock alone (the sitting ended at {time} by that clock): no trusted time stamp covers them.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/timestamp/messages.py" line="101"/>
        <source>%n time stamps for this session were still waiting for an authority when it was exported.</source>
        <translation>
            <numerusform>%n time stamp for this session was still waiting for an authority when it was exported.</numerusform>
            <numerusform>%n time stamps for this session were still waiting for an authority when it was exported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="72"/>
        <source>{what} existed no later than {time}, stamped by {authority}.</source>
        <translation>{what} existed no later than {time}, stamped by {authority}.</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="73"/>
        <source>That stamp was obtained {minutes} min after the entry was written (no authority answered earlier); it still proves the entry existed no later than {time}.</source>
        <translation>That stamp was obtained {minutes} min after the entry was written (no authority answered earlier); it still proves the entry existed no later than {time}.</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="78"/>
        <source>The device clock differed from the time of {authority} by {seconds} s when this stamp was received (more than 2 minutes): the times the device wrote in the recording may be off by as much.</source>
        <translation>The device clock differed from the time of {authority} by {seconds} s when this stamp was received (more than 2 minutes): the times the device wrote in the recording may be off by as much.</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="83"/>
        <source>The device clock agreed with the time of {authority} to within {seconds} s.</source>
        <translation>The device clock agreed with the time of {authority} to within {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="84"/>
        <source>The time-stamp token {name} does not hold: {reason}</source>
        <translation>The time-stamp token {name} does not hold: {reason}</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="85"/>
        <source>The time-stamp token {name} covers a hash that is not an entry of this session.</source>
        <translation>The time-stamp token {name} covers a hash that is not an entry of this session.</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="88"/>
        <source>The time-stamp token {name} is named for another entry than the one it covers (moved).</source>
        <translation>The time-stamp token {name} is named for another entry than the one it covers (moved).</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="91"/>
        <source>The time-stamp list names {name}, but the archive does not contain it.</source>
        <translation>The time-stamp list names {name}, but the archive does not contain it.</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="92"/>
        <source>The time-stamp list {name} is damaged: {detail}.</source>
        <translation>The time-stamp list {name} is damaged: {detail}.</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="93"/>
        <source>That token holds under the root certificate kept in the archive, {subject}, which is not in the public root store: compare its SHA-256 fingerprint {sha256} with the one the authority publishes.</source>
        <translation>That token holds under the root certificate kept in the archive, {subject}, which is not in the public root store: compare its SHA-256 fingerprint {sha256} with the one the authority publishes.</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="98"/>
        <source>This session has no trusted time stamp: its times rest on the device clock alone.</source>
        <translation>This session has no trusted time stamp: its times rest on the device clock alone.</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/messages.py" line="109"/>
        <source>While recording, the app shows the recording&apos;s current fingerprint (a short code, and a QR code carrying the full chain hash). If it was sent to someone else during the recording — a message, an e-mail — that message, timed by the service that carried it, shows the recording had reached that point by then: the chain hash it carries appears in this archive&apos;s journal, and nothing recorded before it can have been changed afterwards without changing that hash.</source>
        <translation>While recording, the app shows the recording&apos;s current fingerprint (a short code, and a QR code carrying the full chain hash). If it was sent to someone else during the recording — a message, an e-mail — that message, timed by the service that carried it, shows the recording had reached that point by then: the chain hash it carries appears in this archive&apos;s journal, and nothing recorded before it can have been changed afterwards without changing that hash.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/limits.py" line="34"/>
        <source>The note is {length} characters long; at most {limit} are kept. Nothing was added.</source>
        <translation>The note is {length} characters long; at most {limit} are kept. Nothing was added.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/limits.py" line="37"/>
        <source>The tag is {length} characters long; at most {limit} are kept. Nothing was added.</source>
        <translation>The tag is {length} characters long; at most {limit} are kept. Nothing was added.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/limits.py" line="40"/>
        <source>The file name is {length} characters long; at most {limit} are kept. Nothing was added.</source>
        <translation>The file name is {length} characters long; at most {limit} are kept. Nothing was added.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/limits.py" line="43"/>
        <source>This entry would be {length} bytes long; at most {limit} are kept. Nothing was added.</source>
        <translation>This entry would be {length} bytes long; at most {limit} are kept. Nothing was added.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/limits.py" line="46"/>
        <source>The line is {length} bytes long; at most {limit} are read. Nothing was added.</source>
        <translation>The line is {length} bytes long; at most {limit} are read. Nothing was added.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/messages.py" line="5"/>
        <source>There is nothing to import in {path}. Nothing was imported.</source>
        <translation>There is nothing to import in {path}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/messages.py" line="6"/>
        <source>The file {path} does not exist. Nothing was imported.</source>
        <translation>The file {path} does not exist. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/messages.py" line="7"/>
        <source>The file {path} cannot be read. Nothing was imported.</source>
        <translation>The file {path} cannot be read. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/messages.py" line="8"/>
        <source>The file {path} is larger than {limit} MB, more than one import can hold. Nothing was imported.</source>
        <translation>The file {path} is larger than {limit} MB, more than one import can hold. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/messages.py" line="12"/>
        <source>The file {path} changed while it was being imported. Nothing was imported; please try again.</source>
        <translation>The file {path} changed while it was being imported. Nothing was imported; please try again.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/messages.py" line="15"/>
        <source>The file {path} was already imported on {when} (as “{name}”, import {session}). Nothing was imported.</source>
        <translation>The file {path} was already imported on {when} (as “{name}”, import {session}). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/messages.py" line="19"/>
        <source>The files {path} and {other} have the same content; import only one of them. Nothing was imported.</source>
        <translation>The files {path} and {other} have the same content; import only one of them. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/calllog.py" line="37"/>
        <source>The file {path} is not a call log or message backup this app can read (SMS Backup &amp; Restore XML, or the CSV template). Nothing was imported.</source>
        <translation>The file {path} is not a call log or message backup this app can read (SMS Backup &amp; Restore XML, or the CSV template). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/calllog.py" line="42"/>
        <source>The backup {path} is damaged or cut short (XML error at line {line}). Nothing was imported.</source>
        <translation>The backup {path} is damaged or cut short (XML error at line {line}). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/calllog.py" line="45"/>
        <source>The backup {path} contains XML entity declarations or external references, which phone backups never contain; it was not read. Nothing was imported.</source>
        <translation>The backup {path} contains XML entity declarations or external references, which phone backups never contain; it was not read. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/calllog.py" line="50"/>
        <source>The backup {path} has an unreadable entry ({where}: {what}). Nothing was imported.</source>
        <translation>The backup {path} has an unreadable entry ({where}: {what}). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/calllog.py" line="53"/>
        <source>The file {path} is not UTF-8 text (save the CSV as UTF-8 and try again). Nothing was imported.</source>
        <translation>The file {path} is not UTF-8 text (save the CSV as UTF-8 and try again). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/calllog.py" line="56"/>
        <source>The file {path} holds no calls and no messages. Nothing was imported.</source>
        <translation>The file {path} holds no calls and no messages. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/pattern.py" line="34"/>
        <source>“{zone}” is not a time zone name this app knows (e.g. Asia/Shanghai).</source>
        <translation>“{zone}” is not a time zone name this app knows (e.g. Asia/Shanghai).</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/pattern.py" line="35"/>
        <source>There is no rule profile called “{profile}”.</source>
        <translation>There is no rule profile called “{profile}”.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/iphone.py" line="30"/>
        <source>The folder {path} is not an unencrypted iPhone backup this app can read ({what}). Nothing was imported.</source>
        <translation>The folder {path} is not an unencrypted iPhone backup this app can read ({what}). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/iphone.py" line="34"/>
        <source>The iPhone backup {path} is missing {what}, so it cannot be read. Nothing was imported.</source>
        <translation>The iPhone backup {path} is missing {what}, so it cannot be read. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/ocr.py" line="22"/>
        <source>The screenshot could not be read ({what}). Nothing was changed.</source>
        <translation>The screenshot could not be read ({what}). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/ocr.py" line="23"/>
        <source>No text was found in the screenshot. Nothing was changed.</source>
        <translation>No text was found in the screenshot. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/marks.py" line="30"/>
        <source>“{number}” is not a phone number (it has no digits). Nothing was marked.</source>
        <translation>“{number}” is not a phone number (it has no digits). Nothing was marked.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/marks.py" line="31"/>
        <source>“{role}” is not a mark; use collector, family, colleague, contact or none. Nothing was marked.</source>
        <translation>“{role}” is not a mark; use collector, family, colleague, contact or none. Nothing was marked.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/marks.py" line="34"/>
        <source>A company, platform or person&apos;s name is longer than {limit} characters. Nothing was marked.</source>
        <translation>A company, platform or person&apos;s name is longer than {limit} characters. Nothing was marked.</translation>
    </message>
    <message>
        <location filename="../../recorder/report_pdf/render.py" line="40"/>
        <source>The font for report.pdf is missing ({path}); reinstall the app. No package was written.</source>
        <translation>The font for report.pdf is missing ({path}); reinstall the app. No package was written.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/print_report.py" line="25"/>
        <source>{name} is not an evidence package whose report can be printed ({why}).</source>
        <translation>{name} is not an evidence package whose report can be printed ({why}).</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/iphone_encrypted.py" line="47"/>
        <source>The iPhone backup {path} is encrypted: its backup passphrase is needed to read it. Nothing was imported.</source>
        <translation>The iPhone backup {path} is encrypted: its backup passphrase is needed to read it. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/iphone_encrypted.py" line="51"/>
        <source>The passphrase does not open the encrypted iPhone backup {path}. Nothing was imported.</source>
        <translation>The passphrase does not open the encrypted iPhone backup {path}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/iphone_encrypted.py" line="54"/>
        <source>The encrypted iPhone backup {path} uses a key bag this app cannot read ({what}). Nothing was imported.</source>
        <translation>The encrypted iPhone backup {path} uses a key bag this app cannot read ({what}). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../recorder/importing/iphone_encrypted.py" line="58"/>
        <source>The encrypted iPhone backup {path} cannot be read ({what}). Nothing was imported.</source>
        <translation>The encrypted iPhone backup {path} cannot be read ({what}). Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>NoteField</name>
    <message>
        <location filename="../../recorder/gui/note_field.py" line="61"/>
        <source>Type a note (key N); Enter adds it, Esc leaves the field. Its time is when you began typing.</source>
        <translation>Type a note (key N); Enter adds it, Esc leaves the field. Its time is when you began typing.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="25"/>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Use a few words, avoid common phrases.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="30"/>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>No need for symbols, digits, or uppercase letters.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="33"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Add another word or two. Uncommon words are better.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="36"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Straight rows of keys are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="39"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Short keyboard patterns are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="42"/>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Use a longer keyboard pattern with more turns.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="45"/>
        <source>Repeats like “aaa” are easy to guess.</source>
        <translation>Repeats like “aaa” are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="46"/>
        <source>Repeats like “abcabcabc” are only slightly harder to guess than “abc”.</source>
        <translation>Repeats like “abcabcabc” are only slightly harder to guess than “abc”.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="49"/>
        <source>Avoid repeated words and characters.</source>
        <translation>Avoid repeated words and characters.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="50"/>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation>Sequences like “abc” or “6543” are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="53"/>
        <source>Avoid sequences.</source>
        <translation>Avoid sequences.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="54"/>
        <source>Recent years are easy to guess.</source>
        <translation>Recent years are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="55"/>
        <source>Avoid recent years.</source>
        <translation>Avoid recent years.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="56"/>
        <source>Avoid years that are associated with you.</source>
        <translation>Avoid years that are associated with you.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="59"/>
        <source>Dates are often easy to guess.</source>
        <translation>Dates are often easy to guess.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="60"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Avoid dates and years that are associated with you.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="63"/>
        <source>This is one of the 10 most common passwords.</source>
        <translation>This is one of the 10 most common passwords.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="66"/>
        <source>This is one of the 100 most common passwords.</source>
        <translation>This is one of the 100 most common passwords.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="69"/>
        <source>This is a very common password.</source>
        <translation>This is a very common password.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="70"/>
        <source>This is similar to a commonly used password.</source>
        <translation>This is similar to a commonly used password.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="73"/>
        <source>A word by itself is easy to guess.</source>
        <translation>A word by itself is easy to guess.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="74"/>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Names and surnames by themselves are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="77"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Common names and surnames are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="80"/>
        <source>Capital letters do not help much.</source>
        <translation>Capital letters do not help much.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="81"/>
        <source>All capitals are almost as easy to guess as all small letters.</source>
        <translation>All capitals are almost as easy to guess as all small letters.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="84"/>
        <source>Words spelled backwards are not much harder to guess.</source>
        <translation>Words spelled backwards are not much harder to guess.</translation>
    </message>
    <message>
        <location filename="../../recorder/core/passphrase.py" line="87"/>
        <source>Predictable substitutions like “@” instead of “a” do not help much.</source>
        <translation>Predictable substitutions like “@” instead of “a” do not help much.</translation>
    </message>
</context>
<context>
    <name>PhoneActions</name>
    <message>
        <location filename="../../recorder/gui/phone_actions.py" line="19"/>
        <source>Phone evidence</source>
        <translation>Phone evidence</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/phone_actions.py" line="20"/>
        <source>Choose or create a case first.</source>
        <translation>Choose or create a case first.</translation>
    </message>
</context>
<context>
    <name>PrintReport</name>
    <message>
        <location filename="../../recorder/gui/print_report.py" line="62"/>
        <source>Print the report of an evidence package</source>
        <translation>Print the report of an evidence package</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/print_report.py" line="70"/>
        <source>Print the report</source>
        <translation>Print the report</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="188"/>
        <location filename="../../recorder/gui/record_panel.py" line="291"/>
        <location filename="../../recorder/gui/record_panel.py" line="294"/>
        <source>Input: {name}</source>
        <translation>Input: {name}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="190"/>
        <location filename="../../recorder/gui/record_panel.py" line="292"/>
        <source>Fingerprint: {code}</source>
        <translation>Fingerprint: {code}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="204"/>
        <source>Recorded {time} (paused)</source>
        <translation>Recorded {time} (paused)</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="206"/>
        <source>Recorded {time}</source>
        <translation>Recorded {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="210"/>
        <source>✓ All saved to disk</source>
        <translation>✓ All saved to disk</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="212"/>
        <source>Saving… on disk up to {time}</source>
        <translation>Saving… on disk up to {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="215"/>
        <source>Saved means written to the disk, so a crash or a power cut keeps it. The app saves at least once a second.</source>
        <translation>Saved means written to the disk, so a crash or a power cut keeps it. The app saves at least once a second.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="234"/>
        <source>Recording started ({name})</source>
        <translation>Recording started ({name})</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="236"/>
        <source>Recording stopped and sealed</source>
        <translation>Recording stopped and sealed</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="238"/>
        <source>Tag: {label}</source>
        <translation>Tag: {label}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="240"/>
        <source>Note: {text}</source>
        <translation>Note: {text}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="242"/>
        <source>Attached: {name}</source>
        <translation>Attached: {name}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="246"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="248"/>
        <source>Resumed</source>
        <translation>Resumed</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="250"/>
        <source>Input lost; the recording goes on and marks the gap</source>
        <translation>Input lost; the recording goes on and marks the gap</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="252"/>
        <source>Input back</source>
        <translation>Input back</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="254"/>
        <source>The computer switched to another input: {name}</source>
        <translation>The computer switched to another input: {name}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="255"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="258"/>
        <source>Gap of {seconds} s</source>
        <translation>Gap of {seconds} s</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="266"/>
        <source>(hidden while locked)</source>
        <translation>(hidden while locked)</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="267"/>
        <source>Case: {name}</source>
        <translation>Case: {name}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="287"/>
        <source>Times are positions in the recorded audio (pauses and gaps not counted), as in the review window.</source>
        <translation>Times are positions in the recorded audio (pauses and gaps not counted), as in the review window.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="265"/>
        <source>(none chosen)</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="244"/>
        <source>Who is here: {visitors}</source>
        <translation>Who is here: {visitors}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="270"/>
        <source>Locked: the case, the notes, who is here and the list of events are hidden until you unlock. Recording, tags and notes still work.</source>
        <translation>Locked: the case, the notes, who is here and the list of events are hidden until you unlock. Recording, tags and notes still work.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="275"/>
        <source>■ Stop ({key})</source>
        <translation>■ Stop ({key})</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="278"/>
        <source>● Record ({key})</source>
        <translation>● Record ({key})</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="281"/>
        <source>Starts and stops recording; the {key} key does the same</source>
        <translation>Starts and stops recording; the {key} key does the same</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="283"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="283"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="284"/>
        <source>Attach photo or file…</source>
        <translation>Attach photo or file…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/record_panel.py" line="285"/>
        <source>Share…</source>
        <translation>Share…</translation>
    </message>
</context>
<context>
    <name>RecordingController</name>
    <message>
        <location filename="../../recorder/gui/recording.py" line="340"/>
        <source>Something went wrong; the recording goes on.</source>
        <translation>Something went wrong; the recording goes on.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/recording.py" line="371"/>
        <source>The disk is nearly full ({mb} MB left). The recording goes on; please free some space.</source>
        <translation>The disk is nearly full ({mb} MB left). The recording goes on; please free some space.</translation>
    </message>
</context>
<context>
    <name>RecordingState</name>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="214"/>
        <source>Recording a call · me and the other party · {time} recorded</source>
        <translation>Recording a call · me and the other party · {time} recorded</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="216"/>
        <source>Recording · {time} recorded</source>
        <translation>Recording · {time} recorded</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="220"/>
        <source>The other party&apos;s sound ({device}) lost since {since} · your microphone goes on recording · {time} recorded</source>
        <translation>The other party&apos;s sound ({device}) lost since {since} · your microphone goes on recording · {time} recorded</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="228"/>
        <source>Microphone and the other party&apos;s sound lost since {since} · recording resumes by itself when either is back · {time} recorded</source>
        <translation>Microphone and the other party&apos;s sound lost since {since} · recording resumes by itself when either is back · {time} recorded</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="234"/>
        <source>Microphone lost since {since} · the other party&apos;s sound goes on being recorded · {time} recorded</source>
        <translation>Microphone lost since {since} · the other party&apos;s sound goes on being recorded · {time} recorded</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="237"/>
        <source>Paused · nothing is being recorded · {time} recorded so far</source>
        <translation>Paused · nothing is being recorded · {time} recorded so far</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="241"/>
        <source>Microphone lost since {since} · recording resumes by itself when an input is back · {time} recorded</source>
        <translation>Microphone lost since {since} · recording resumes by itself when an input is back · {time} recorded</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="244"/>
        <source>Stopped · the recording was saved and sealed · {time} recorded</source>
        <translation>Stopped · the recording was saved and sealed · {time} recorded</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="245"/>
        <source>Not recording</source>
        <translation>Not recording</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="250"/>
        <source>● Recording {time}</source>
        <translation>● Recording {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="252"/>
        <source>❚❚ Paused {time}</source>
        <translation>❚❚ Paused {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="254"/>
        <source>⚠ Microphone lost {time}</source>
        <translation>⚠ Microphone lost {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/state_strip.py" line="256"/>
        <source>⚠ Other party lost {time}</source>
        <translation>⚠ Other party lost {time}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../recorder/archive/report.py" line="169"/>
        <location filename="../../recorder/archive/report.py" line="261"/>
        <source>Note (the user&apos;s own statement)</source>
        <translation>Note (the user&apos;s own statement)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="172"/>
        <location filename="../../recorder/archive/report.py" line="259"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="175"/>
        <location filename="../../recorder/archive/report.py" line="262"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="185"/>
        <location filename="../../recorder/archive/report.py" line="263"/>
        <source>Who is here</source>
        <translation>Who is here</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="186"/>
        <source>number: {count}</source>
        <translation>number: {count}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="188"/>
        <source>names</source>
        <translation>names</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="189"/>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="190"/>
        <source>platform</source>
        <translation>platform</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="191"/>
        <source>phones</source>
        <translation>phones</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="198"/>
        <location filename="../../recorder/archive/report.py" line="264"/>
        <source>Recording paused</source>
        <translation>Recording paused</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="200"/>
        <location filename="../../recorder/archive/report.py" line="265"/>
        <source>Recording resumed</source>
        <translation>Recording resumed</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="202"/>
        <location filename="../../recorder/archive/report.py" line="266"/>
        <source>Gap in the audio</source>
        <translation>Gap in the audio</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="211"/>
        <source>Added later, on {date} (by the owner&apos;s device clock)</source>
        <translation>Added later, on {date} (by the owner&apos;s device clock)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="25"/>
        <source>Evidence report</source>
        <translation>Evidence report</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="26"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="27"/>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="28"/>
        <source>Recording {id}</source>
        <translation>Recording {id}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="29"/>
        <source>Facts from the tags</source>
        <translation>Facts from the tags</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="30"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="31"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="32"/>
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="33"/>
        <source>Trusted timestamps</source>
        <translation>Trusted timestamps</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="34"/>
        <source>How this package can be checked</source>
        <translation>How this package can be checked</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="35"/>
        <source>Please note</source>
        <translation>Please note</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="36"/>
        <source>Vault key</source>
        <translation>Vault key</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="21"/>
        <source>{local} (at {position} in the audio)</source>
        <translation>{local} (at {position} in the audio)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="37"/>
        <source>about {seconds} s missing ({reason})</source>
        <translation>about {seconds} s missing ({reason})</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="38"/>
        <source>Gap at {when}: about {seconds} s of audio missing ({reason}).</source>
        <translation>Gap at {when}: about {seconds} s of audio missing ({reason}).</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="39"/>
        <source>(about the {what} at {when})</source>
        <translation>(about the {what} at {when})</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="40"/>
        <source>Times are the recording device&apos;s clock, shown in its time zone when the recording started: {zone}. The restricted hours are counted in that local time, where the events happened.</source>
        <translation>Times are the recording device&apos;s clock, shown in its time zone when the recording started: {zone}. The restricted hours are counted in that local time, where the events happened.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="45"/>
        <source>In danger, call {numbers} at once.</source>
        <translation>In danger, call {numbers} at once.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="46"/>
        <source>{first} or {second}</source>
        <translation>{first} or {second}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="47"/>
        <source>Input device</source>
        <translation>Input device</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="48"/>
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="49"/>
        <source>The entries after {position} in the audio and the last {tail} of audio come after the last signature: anyone who held the file before export could have appended them. They are marked in the timeline and left out of the facts.</source>
        <translation>The entries after {position} in the audio and the last {tail} of audio come after the last signature: anyone who held the file before export could have appended them. They are marked in the timeline and left out of the facts.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="55"/>
        <source>Case {case} · vault key {fingerprint}</source>
        <translation>Case {case} · vault key {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="56"/>
        <source>page {page} of {pages}</source>
        <translation>page {page} of {pages}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="57"/>
        <source>Earlier name: {name} (renamed on {when})</source>
        <translation>Earlier name: {name} (renamed on {when})</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="216"/>
        <source>Added later, on {date} (by the owner&apos;s device clock); a trusted time stamp proves it existed no later than {time}</source>
        <translation>Added later, on {date} (by the owner&apos;s device clock); a trusted time stamp proves it existed no later than {time}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="240"/>
        <source>(at {pos} in the audio)</source>
        <translation>(at {pos} in the audio)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="247"/>
        <source>NOT signed (after the last checkpoint)</source>
        <translation>NOT signed (after the last checkpoint)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="22"/>
        <source>Call: two tracks</source>
        <translation>Call: two tracks</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="23"/>
        <source>Me — the microphone, {device}</source>
        <translation>Me — the microphone, {device}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="24"/>
        <source>The other party — what the computer played, {device}</source>
        <translation>The other party — what the computer played, {device}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="25"/>
        <source>not recorded (the computer&apos;s sound output could not be opened)</source>
        <translation>not recorded (the computer&apos;s sound output could not be opened)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="26"/>
        <source>Left channel of the listening copy {path} (made from the two tracks)</source>
        <translation>Left channel of the listening copy {path} (made from the two tracks)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="27"/>
        <source>Right channel of the listening copy {path} (made from the two tracks)</source>
        <translation>Right channel of the listening copy {path} (made from the two tracks)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="28"/>
        <source>Length of the audio: {length}</source>
        <translation>Length of the audio: {length}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="29"/>
        <source>Gaps: {n}</source>
        <translation>Gaps: {n}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="30"/>
        <source>Audio file: {path}</source>
        <translation>Audio file: {path}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="31"/>
        <source>Drift between the two devices</source>
        <translation>Drift between the two devices</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="32"/>
        <source>{ppm} ppm (millionths: how much faster the other party&apos;s device clock ran than the microphone&apos;s; negative: slower). Over the call ({length}), counting frames alone would have put the two tracks about {ms} ms apart.</source>
        <translation>{ppm} ppm (millionths: how much faster the other party&apos;s device clock ran than the microphone&apos;s; negative: slower). Over the call ({length}), counting frames alone would have put the two tracks about {ms} ms apart.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="37"/>
        <source>Not measured: a track has too little unbroken audio.</source>
        <translation>Not measured: a track has too little unbroken audio.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="38"/>
        <source>This is far more than device clocks differ (tens of ppm, a few hundred at most): the measure also counts a step in one track&apos;s capture times, as when the computer moves its sound to another output, so it does not show the clocks alone.</source>
        <translation>This is far more than device clocks differ (tens of ppm, a few hundred at most): the measure also counts a step in one track&apos;s capture times, as when the computer moves its sound to another output, so it does not show the clocks alone.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="46"/>
        <source>{me} in my track, {other} in the other party&apos;s (see “Call: two tracks”)</source>
        <translation>{me} in my track, {other} in the other party&apos;s (see “Call: two tracks”)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="47"/>
        <source>The two tracks are aligned by the capture time of each block of sound (one clock for both), not by counting frames: the drift between the devices does not shift one track against the other.</source>
        <translation>The two tracks are aligned by the capture time of each block of sound (one clock for both), not by counting frames: the drift between the devices does not shift one track against the other.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="52"/>
        <source>Gap in the other party&apos;s track at {when}: about {seconds} s of audio missing ({reason}).</source>
        <translation>Gap in the other party&apos;s track at {when}: about {seconds} s of audio missing ({reason}).</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="55"/>
        <source>Silence in the other party&apos;s track at {when}: for about {seconds} s the computer played nothing (not a loss).</source>
        <translation>Silence in the other party&apos;s track at {when}: for about {seconds} s the computer played nothing (not a loss).</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="59"/>
        <source>{what} (the other party&apos;s track)</source>
        <translation>{what} (the other party&apos;s track)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="91"/>
        <source>Visit start (tag “Arrived”)</source>
        <translation>Visit start (tag “Arrived”)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="92"/>
        <source>Visit end (last tag “Left”)</source>
        <translation>Visit end (last tag “Left”)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="94"/>
        <source>Visit duration</source>
        <translation>Visit duration</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="94"/>
        <location filename="../../recorder/archive/report_parts.py" line="104"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="96"/>
        <source>Number of visitors</source>
        <translation>Number of visitors</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="99"/>
        <source>Asked them to leave</source>
        <translation>Asked them to leave</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="103"/>
        <location filename="../../recorder/archive/report_parts.py" line="109"/>
        <source>Stayed after being asked to leave</source>
        <translation>Stayed after being asked to leave</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="108"/>
        <source>no “Left” tag</source>
        <translation>no “Left” tag</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="111"/>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="112"/>
        <source>Entered home</source>
        <translation>Entered home</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="113"/>
        <source>Threats and insults</source>
        <translation>Threats and insults</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="114"/>
        <source>Contacted family or others</source>
        <translation>Contacted family or others</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_parts.py" line="123"/>
        <source>Events in the restricted hours {window}</source>
        <translation>Events in the restricted hours {window}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="363"/>
        <source>Not a live recording: the sound comes from “{name}” ({kind}), not a microphone.</source>
        <translation>Not a live recording: the sound comes from “{name}” ({kind}), not a microphone.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="372"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="373"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="374"/>
        <source>Length of the audio</source>
        <translation>Length of the audio</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="376"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="383"/>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="386"/>
        <source>Sealed ({reason})</source>
        <translation>Sealed ({reason})</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="389"/>
        <location filename="../../recorder/archive/report.py" line="393"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="395"/>
        <source>Ended by interruption at {end}; the last {n} entries are hash-chained but not signed.</source>
        <translation>Ended by interruption at {end}; the last {n} entries are hash-chained but not signed.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="409"/>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="418"/>
        <source>Audio file</source>
        <translation>Audio file</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="438"/>
        <source>Time (device clock)</source>
        <translation>Time (device clock)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="439"/>
        <source>Position in the audio</source>
        <translation>Position in the audio</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="440"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="452"/>
        <source>Rows marked blue were added later, during review; they are not part of the recording.</source>
        <translation>Rows marked blue were added later, during review; they are not part of the recording.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="459"/>
        <source>Entries in the hash chain</source>
        <translation>Entries in the hash chain</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="181"/>
        <location filename="../../recorder/archive/report.py" line="460"/>
        <source>Last hash (SHA-256)</source>
        <translation>Last hash (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="183"/>
        <location filename="../../recorder/archive/report.py" line="462"/>
        <source>Fingerprint of the last signed entry</source>
        <translation>Fingerprint of the last signed entry</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="466"/>
        <source>Recording key (signs checkpoints and the seal)</source>
        <translation>Recording key (signs checkpoints and the seal)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="479"/>
        <source>Every audio block, note, tag and attachment was hashed (SHA-256) and chained to the previous entry at the moment it was captured.</source>
        <translation>Every audio block, note, tag and attachment was hashed (SHA-256) and chained to the previous entry at the moment it was captured.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="484"/>
        <source>A key made for each recording, kept only in memory and erased at its end, signed a checkpoint at least every second and the final seal.</source>
        <translation>A key made for each recording, kept only in memory and erased at its end, signed a checkpoint at least every second and the final seal.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="489"/>
        <source>The list of files (SHA256SUMS) is signed by the vault key {fingerprint}; VERIFY.txt shows how to check it with standard tools.</source>
        <translation>The list of files (SHA256SUMS) is signed by the vault key {fingerprint}; VERIFY.txt shows how to check it with standard tools.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="494"/>
        <source>The audio is the captured sound, sample for sample; nothing was converted.</source>
        <translation>The audio is the captured sound, sample for sample; nothing was converted.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="495"/>
        <source>Trusted timestamps (RFC 3161) from independent time-stamp authorities are included where listed above; each proves its entry existed no later than the time it states, and VERIFY.txt shows how to check it with openssl. All other times come from the recording device&apos;s own clock.</source>
        <translation>Trusted timestamps (RFC 3161) from independent time-stamp authorities are included where listed above; each proves its entry existed no later than the time it states, and VERIFY.txt shows how to check it with openssl. All other times come from the recording device&apos;s own clock.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="502"/>
        <source>All times come from the recording device&apos;s own clock. No trusted timestamp is included, so the time of recording is not independently proven.</source>
        <translation>All times come from the recording device&apos;s own clock. No trusted timestamp is included, so the time of recording is not independently proven.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="508"/>
        <source>Nothing here proves that the recorded events were not staged, or that what was said is true.</source>
        <translation>Nothing here proves that the recorded events were not staged, or that what was said is true.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="511"/>
        <source>Stated by the person who exported this package, not proven by it: which recordings make up the case (nothing in a package can show that no other recording was left out), the time zone of the local times ({zone}), and the dates of later annotations (their device&apos;s clock).</source>
        <translation>Stated by the person who exported this package, not proven by it: which recordings make up the case (nothing in a package can show that no other recording was left out), the time zone of the local times ({zone}), and the dates of later annotations (their device&apos;s clock).</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="523"/>
        <source>This report is not legal advice.</source>
        <translation>This report is not legal advice.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="524"/>
        <source>Laws on recording conversations, and on whose consent is needed, differ from place to place.</source>
        <translation>Laws on recording conversations, and on whose consent is needed, differ from place to place.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report.py" line="527"/>
        <source>Give recordings to the police, a regulator or a lawyer rather than publishing them.</source>
        <translation>Give recordings to the police, a regulator or a lawyer rather than publishing them.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="123"/>
        <source>Imported files</source>
        <translation>Imported files</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="125"/>
        <source>Imported, not recorded by this app. Their content before the import is not proven by this app; from the import on, any change is detected (each file&apos;s SHA-256 was chained and signed at the import).</source>
        <translation>Imported, not recorded by this app. Their content before the import is not proven by this app; from the import on, any change is detected (each file&apos;s SHA-256 was chained and signed at the import).</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="131"/>
        <source>Source stated by the user: {source}</source>
        <translation>Source stated by the user: {source}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="134"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="135"/>
        <source>Size (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="136"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="137"/>
        <source>File times as found (not proven)</source>
        <translation>File times as found (not proven)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="138"/>
        <source>Imported (device clock)</source>
        <translation>Imported (device clock)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="149"/>
        <source>Read from the file, not measured by this app ({reader} {version}):</source>
        <translation>Read from the file, not measured by this app ({reader} {version}):</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="187"/>
        <source>Import key (signed the import and its seal, then erased)</source>
        <translation>Import key (signed the import and its seal, then erased)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="308"/>
        <source>Calls and messages (derived from the imported log)</source>
        <translation>Calls and messages (derived from the imported log)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="311"/>
        <source>Read from a screenshot and confirmed by the user ({rows} rows).</source>
        <translation>Read from a screenshot and confirmed by the user ({rows} rows).</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="313"/>
        <source>Times in {zone}, the phone&apos;s time zone as stated at the import. Rules: {rules}.</source>
        <translation>Times in {zone}, the phone&apos;s time zone as stated at the import. Rules: {rules}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="318"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="44"/>
        <location filename="../../recorder/archive/imports.py" line="319"/>
        <source>Calls received</source>
        <translation>Calls received</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="45"/>
        <location filename="../../recorder/archive/imports.py" line="320"/>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="321"/>
        <source>Rejected or blocked</source>
        <translation>Rejected or blocked</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="46"/>
        <location filename="../../recorder/archive/imports.py" line="322"/>
        <source>Messages received</source>
        <translation>Messages received</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="200"/>
        <location filename="../../recorder/archive/imports.py" line="331"/>
        <source>Contacts between {start} and {end}: {count}.</source>
        <translation>Contacts between {start} and {end}: {count}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="205"/>
        <location filename="../../recorder/archive/imports.py" line="334"/>
        <source>{day}: {n} unanswered calls from {number} — exceeds guideline {rule}.</source>
        <translation>{day}: {n} unanswered calls from {number} — exceeds guideline {rule}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="208"/>
        <location filename="../../recorder/archive/imports.py" line="338"/>
        <source>7 days up to {day}: {n} calls from {number} — exceeds guideline {rule}.</source>
        <translation>7 days up to {day}: {n} calls from {number} — exceeds guideline {rule}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="342"/>
        <source>{when}: a call from {number} within 7 days after a conversation — exceeds guideline {rule}.</source>
        <translation>{when}: a call from {number} within 7 days after a conversation — exceeds guideline {rule}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/imports.py" line="347"/>
        <source>No rule is cited for this region: the counts are shown without a guideline.</source>
        <translation>No rule is cited for this region: the counts are shown without a guideline.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="36"/>
        <source>Numbers marked by the owner</source>
        <translation>Numbers marked by the owner</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="37"/>
        <source>Calls and messages of the case (all imported logs)</source>
        <translation>Calls and messages of the case (all imported logs)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="38"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="39"/>
        <source>Marked as</source>
        <translation>Marked as</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="40"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="41"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="42"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="43"/>
        <source>Marked (device clock)</source>
        <translation>Marked (device clock)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="135"/>
        <source>The owner&apos;s own statement of whose numbers these are, made after the import; not proven.</source>
        <translation>The owner&apos;s own statement of whose numbers these are, made after the import; not proven.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="154"/>
        <source>the collector&apos;s</source>
        <translation>the collector&apos;s</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="155"/>
        <source>family</source>
        <translation>family</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="156"/>
        <source>a colleague</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="157"/>
        <source>another contact</source>
        <translation>another contact</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="158"/>
        <source>no mark (withdrawn)</source>
        <translation>no mark (withdrawn)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/case_log.py" line="178"/>
        <source>Combined from {logs} imported logs: {rows} calls and messages counted; {merged} present in two logs (same number, direction and time within a second) counted once. Times in {zone}.</source>
        <translation>Combined from {logs} imported logs: {rows} calls and messages counted; {merged} present in two logs (same number, direction and time within a second) counted once. Times in {zone}.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_excerpts.py" line="17"/>
        <source>Excerpts in this package</source>
        <translation>Excerpts in this package</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_excerpts.py" line="18"/>
        <source>Each excerpt&apos;s WAV file holds exactly the recording&apos;s own samples of that stretch: “recorder verify” checks them against the recording&apos;s audio in this package. The Opus file beside it is a smaller copy made from those samples for listening; it is not evidence.</source>
        <translation>Each excerpt&apos;s WAV file holds exactly the recording&apos;s own samples of that stretch: “recorder verify” checks them against the recording&apos;s audio in this package. The Opus file beside it is a smaller copy made from those samples for listening; it is not evidence.</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_excerpts.py" line="24"/>
        <source>Excerpt {n}: recording {id}, from {start} to {end} in the audio ({length})</source>
        <translation>Excerpt {n}: recording {id}, from {start} to {end} in the audio ({length})</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_excerpts.py" line="25"/>
        <source>{position} (the tag “{tag}”)</source>
        <translation>{position} (the tag “{tag}”)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_excerpts.py" line="26"/>
        <source>The original samples: {wav}; a copy for listening: {opus}</source>
        <translation>The original samples: {wav}; a copy for listening: {opus}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_excerpts.py" line="27"/>
        <source>SHA-256 of the samples: {sha256}</source>
        <translation>SHA-256 of the samples: {sha256}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_excerpts.py" line="28"/>
        <source>Pauses or gaps inside the stretch: {n}</source>
        <translation>Pauses or gaps inside the stretch: {n}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_thumbs.py" line="29"/>
        <source>(This photo cannot be shown here: it could not be read safely as an image. The file is in the package.)</source>
        <translation>(This photo cannot be shown here: it could not be read safely as an image. The file is in the package.)</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="20"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="21"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="22"/>
        <source>Photo or file</source>
        <translation>Photo or file</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="23"/>
        <source>Who is here</source>
        <translation>Who is here</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="24"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="25"/>
        <source>Resumed</source>
        <translation>Resumed</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="26"/>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="27"/>
        <source>Input device</source>
        <translation>Input device</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="28"/>
        <source>Interrupted end</source>
        <translation>Interrupted end</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="29"/>
        <source>Added later</source>
        <translation>Added later</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="87"/>
        <source>The other party: {text}</source>
        <translation>The other party: {text}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="135"/>
        <source>about the {what} at {time}: {text}</source>
        <translation>about the {what} at {time}: {text}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="142"/>
        <source>added later, on {date}</source>
        <translation>added later, on {date}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/markers.py" line="154"/>
        <source>The recording ended by interruption</source>
        <translation>The recording ended by interruption</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/events_panel.py" line="47"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/events_panel.py" line="48"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/events_panel.py" line="49"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/events_panel.py" line="50"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="67"/>
        <source>The recording is damaged or was altered and cannot be read.</source>
        <translation>The recording is damaged or was altered and cannot be read.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="68"/>
        <source>The recording could not be opened ({what}).</source>
        <translation>The recording could not be opened ({what}).</translation>
    </message>
</context>
<context>
    <name>ScreenshotDialog</name>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="64"/>
        <source>Calls read from a screenshot: {name}</source>
        <translation>Calls read from a screenshot: {name}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="67"/>
        <source>The text of the screenshot is read on this computer. Check every row and correct it where it is wrong: only the rows you confirm count, and they stay labelled “read from a screenshot”.</source>
        <translation>The text of the screenshot is read on this computer. Check every row and correct it where it is wrong: only the rows you confirm count, and they stay labelled “read from a screenshot”.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="71"/>
        <source>Year of the calls</source>
        <translation>Year of the calls</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="72"/>
        <source>Phone&apos;s time zone, e.g. Asia/Shanghai</source>
        <translation>Phone&apos;s time zone, e.g. Asia/Shanghai</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="73"/>
        <source>Where does the screenshot come from?</source>
        <translation>Where does the screenshot come from?</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="74"/>
        <source>Read the screenshot</source>
        <translation>Read the screenshot</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="75"/>
        <source>Confirm these rows and import</source>
        <translation>Confirm these rows and import</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="77"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="77"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="77"/>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="77"/>
        <source>Duration (s)</source>
        <translation>Duration (s)</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="88"/>
        <source>Reading the screenshot…</source>
        <translation>Reading the screenshot…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="100"/>
        <source>{n} rows proposed. Check them, then confirm.</source>
        <translation>{n} rows proposed. Check them, then confirm.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="125"/>
        <source>The screenshot and {n} confirmed rows were imported and sealed.</source>
        <translation>The screenshot and {n} confirmed rows were imported and sealed.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/screenshot_dialog.py" line="130"/>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="184"/>
        <source>Recording {session}</source>
        <translation>Recording {session}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="188"/>
        <source>Opening the recording…</source>
        <translation>Opening the recording…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="190"/>
        <source>Playback speed</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="191"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="192"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="193"/>
        <source>Whole recording</source>
        <translation>Whole recording</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="194"/>
        <source>Add annotation…</source>
        <translation>Add annotation…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="195"/>
        <source>Export excerpt…</source>
        <translation>Export excerpt…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="196"/>
        <source>Drag over the waveform to choose the stretch</source>
        <translation>Drag over the waveform to choose the stretch</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="197"/>
        <source>Space: play or pause · ←/→: previous or next marker</source>
        <translation>Space: play or pause · ←/→: previous or next marker</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="199"/>
        <location filename="../../recorder/gui/review/session_view.py" line="263"/>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="199"/>
        <location filename="../../recorder/gui/review/session_view.py" line="263"/>
        <source>The other party</source>
        <translation>The other party</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="239"/>
        <source>This recording cannot be shown.</source>
        <translation>This recording cannot be shown.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="256"/>
        <source>Playback stopped: this part of the audio is damaged or was altered.</source>
        <translation>Playback stopped: this part of the audio is damaged or was altered.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="270"/>
        <source>The recording is damaged or was altered from entry {n} on. Everything before it is shown; the check below says what failed.</source>
        <translation>The recording is damaged or was altered from entry {n} on. Everything before it is shown; the check below says what failed.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="299"/>
        <source>not a live recording</source>
        <translation>not a live recording</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="337"/>
        <source>No sound output was found, so the recording cannot be played here.</source>
        <translation>No sound output was found, so the recording cannot be played here.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="367"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="367"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/session_view.py" line="443"/>
        <source>Not added</source>
        <translation>Not added</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../recorder/gui/settings.py" line="331"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="333"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="334"/>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="335"/>
        <source>Lock after idle minutes (0 = never)</source>
        <translation>Lock after idle minutes (0 = never)</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="336"/>
        <source>Input device</source>
        <translation>Input device</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="337"/>
        <source>Call mode: the other party&apos;s sound from</source>
        <translation>Call mode: the other party&apos;s sound from</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="345"/>
        <source>System default ({name})</source>
        <translation>System default ({name})</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="346"/>
        <source>What the computer plays (its default output)</source>
        <translation>What the computer plays (its default output)</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="347"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="347"/>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="347"/>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="349"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="349"/>
        <source>Quick tag</source>
        <translation>Quick tag</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/settings.py" line="350"/>
        <source>Restore the default tags</source>
        <translation>Restore the default tags</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="118"/>
        <source>Please choose a passphrase.</source>
        <translation>Please choose a passphrase.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="121"/>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>The two passphrases are not the same. Please type them again.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="124"/>
        <source>This passphrase is too easy to guess.</source>
        <translation>This passphrase is too easy to guess.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="136"/>
        <source>Strength: weak — a longer passphrase is safer</source>
        <translation>Strength: weak — a longer passphrase is safer</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="137"/>
        <source>Strength: fair — a few more words make it stronger</source>
        <translation>Strength: fair — a few more words make it stronger</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="138"/>
        <source>Strength: good</source>
        <translation>Strength: good</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="139"/>
        <source>Strength: strong</source>
        <translation>Strength: strong</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="147"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>The two passphrases are not the same yet.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="152"/>
        <source>Set up Evidence Recorder</source>
        <translation>Set up Evidence Recorder</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="155"/>
        <source>Welcome. This app records visits and calls as evidence that nobody can quietly change. Choose your language.</source>
        <translation>Welcome. This app records visits and calls as evidence that nobody can quietly change. Choose your language.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="161"/>
        <source>Choose a passphrase for your evidence vault. Recording never asks for it; you need it to listen to, review and export your recordings. Type it twice.</source>
        <translation>Choose a passphrase for your evidence vault. Recording never asks for it; you need it to listen to, review and export your recordings. Type it twice.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="165"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="166"/>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="169"/>
        <source>Write the passphrase down and keep it safe. If it is forgotten, nobody can recover it — not even the makers of this app — and your recordings cannot be opened.</source>
        <translation>Write the passphrase down and keep it safe. If it is forgotten, nobody can recover it — not even the makers of this app — and your recordings cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="173"/>
        <source>Record now, set up later</source>
        <translation>Record now, set up later</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="174"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="176"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/wizard.py" line="176"/>
        <source>Set the passphrase</source>
        <translation>Set the passphrase</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <location filename="../../recorder/timestamp/share.py" line="22"/>
        <source>Evidence Recorder, recording {session}</source>
        <translation>Evidence Recorder, recording {session}</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/share.py" line="23"/>
        <source>fingerprint {code}</source>
        <translation>fingerprint {code}</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/share.py" line="24"/>
        <source>chain hash {hash}</source>
        <translation>chain hash {hash}</translation>
    </message>
    <message>
        <location filename="../../recorder/timestamp/share.py" line="25"/>
        <source>device time {time}</source>
        <translation>device time {time}</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../recorder/gui/share_dialog.py" line="61"/>
        <source>Share the fingerprint</source>
        <translation>Share the fingerprint</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/share_dialog.py" line="64"/>
        <source>Send this to someone you trust (a message or an e-mail) or let them scan the code. Their copy, timed by the service that carried it, shows that the recording had reached this point by then.</source>
        <translation>Send this to someone you trust (a message or an e-mail) or let them scan the code. Their copy, timed by the service that carried it, shows that the recording had reached this point by then.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/share_dialog.py" line="68"/>
        <source>Copy the message</source>
        <translation>Copy the message</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/share_dialog.py" line="69"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="30"/>
        <source>Start or stop recording, from anywhere in the app</source>
        <translation>Start or stop recording, from anywhere in the app</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="31"/>
        <source>Add the quick tag shown on that button</source>
        <translation>Add the quick tag shown on that button</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="32"/>
        <source>Add a quick tag of the second row</source>
        <translation>Add a quick tag of the second row</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="33"/>
        <source>Write a note</source>
        <translation>Write a note</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="34"/>
        <source>Add the note; the next digit is a tag again</source>
        <translation>Add the note; the next digit is a tag again</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="35"/>
        <source>Leave the note field (what is typed is kept)</source>
        <translation>Leave the note field (what is typed is kept)</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="36"/>
        <source>Close a recording&apos;s review window</source>
        <translation>Close a recording&apos;s review window</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="37"/>
        <source>Play or pause, in a review window</source>
        <translation>Play or pause, in a review window</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="38"/>
        <source>Next or previous tag or note, in a review window</source>
        <translation>Next or previous tag or note, in a review window</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="39"/>
        <source>Jump forward or back, in a review window</source>
        <translation>Jump forward or back, in a review window</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="40"/>
        <source>This list</source>
        <translation>This list</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="70"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="71"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/help_menu.py" line="71"/>
        <source>What they do</source>
        <translation>What they do</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <location filename="../../recorder/core/tags.py" line="19"/>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="20"/>
        <source>Showed ID</source>
        <translation>Showed ID</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="21"/>
        <source>Refused to show ID</source>
        <translation>Refused to show ID</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="22"/>
        <source>Asked them to leave</source>
        <translation>Asked them to leave</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="23"/>
        <source>Refused to leave</source>
        <translation>Refused to leave</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="24"/>
        <source>Threat</source>
        <translation>Threat</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="25"/>
        <source>Insult</source>
        <translation>Insult</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="26"/>
        <source>They contacted my family or others</source>
        <translation>They contacted my family or others</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="30"/>
        <source>Pushed or hit</source>
        <translation>Pushed or hit</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="31"/>
        <source>Blocked the door</source>
        <translation>Blocked the door</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="32"/>
        <source>They filmed me</source>
        <translation>They filmed me</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="33"/>
        <source>I called the police</source>
        <translation>I called the police</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="27"/>
        <source>Entered home</source>
        <translation>Entered home</translation>
    </message>
    <message>
        <location filename="../../recorder/core/tags.py" line="28"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>TrackControls</name>
    <message>
        <location filename="../../recorder/gui/review/track_controls.py" line="52"/>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/track_controls.py" line="53"/>
        <source>The other party</source>
        <translation>The other party</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/track_controls.py" line="55"/>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/track_controls.py" line="57"/>
        <source>Solo</source>
        <translation>Solo</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/track_controls.py" line="58"/>
        <source>Hear only this track</source>
        <translation>Hear only this track</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/track_controls.py" line="59"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/review/track_controls.py" line="60"/>
        <source>Left: more of me · right: more of the other party</source>
        <translation>Left: more of me · right: more of the other party</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../recorder/gui/unlock_dialog.py" line="72"/>
        <location filename="../../recorder/gui/unlock_dialog.py" line="75"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/unlock_dialog.py" line="73"/>
        <source>Enter the passphrase of your evidence vault to see cases and play recordings.</source>
        <translation>Enter the passphrase of your evidence vault to see cases and play recordings.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/unlock_dialog.py" line="76"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="89"/>
        <source>Choose an evidence package</source>
        <translation>Choose an evidence package</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="105"/>
        <source>Checking {name}…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="138"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="118"/>
        <source>Verified: the evidence package {name} is authentic and complete.</source>
        <translation>Verified: the evidence package {name} is authentic and complete.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="121"/>
        <location filename="../../recorder/gui/verify_dialog.py" line="143"/>
        <source>The evidence package {name} could not be read.</source>
        <translation>The evidence package {name} could not be read.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="124"/>
        <source>Not verified: the evidence package {name} has problems (listed below).</source>
        <translation>Not verified: the evidence package {name} has problems (listed below).</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="140"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="146"/>
        <source>Verify an evidence package</source>
        <translation>Verify an evidence package</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="147"/>
        <source>Drop an evidence package here</source>
        <translation>Drop an evidence package here</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="148"/>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="149"/>
        <source>Passphrase, if the package is encrypted</source>
        <translation>Passphrase, if the package is encrypted</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/verify_dialog.py" line="150"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>VisitorsCard</name>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="64"/>
        <source>Who is here</source>
        <translation>Who is here</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="66"/>
        <source>How many visitors</source>
        <translation>How many visitors</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="67"/>
        <source>Names or staff numbers</source>
        <translation>Names or staff numbers</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="68"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="69"/>
        <source>Platform or lender</source>
        <translation>Platform or lender</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="70"/>
        <source>Phone numbers</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="74"/>
        <location filename="../../recorder/gui/visitors_card.py" line="75"/>
        <source>separate with commas</source>
        <translation>separate with commas</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/visitors_card.py" line="76"/>
        <source>Save who is here</source>
        <translation>Save who is here</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="16"/>
        <source>the microphone was lost</source>
        <translation>the microphone was lost</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="17"/>
        <source>the computer could not keep up</source>
        <translation>the computer could not keep up</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="18"/>
        <source>the sound system dropped some sound</source>
        <translation>the sound system dropped some sound</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="19"/>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="25"/>
        <source>the computer&apos;s sound output was lost</source>
        <translation>the computer&apos;s sound output was lost</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="26"/>
        <source>nothing was playing (silence, not a loss)</source>
        <translation>nothing was playing (silence, not a loss)</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="29"/>
        <source>stopped by you</source>
        <translation>stopped by you</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="30"/>
        <source>the disk was full</source>
        <translation>the disk was full</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="31"/>
        <source>the microphone could not be used</source>
        <translation>the microphone could not be used</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="32"/>
        <source>stopped by an error</source>
        <translation>stopped by an error</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="33"/>
        <source>the chosen length was reached</source>
        <translation>the chosen length was reached</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="34"/>
        <source>the app&apos;s self-test</source>
        <translation>the app&apos;s self-test</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="35"/>
        <source>imported files</source>
        <translation>imported files</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="36"/>
        <source>numbers marked by you</source>
        <translation>numbers marked by you</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="37"/>
        <source>the app was asked to close</source>
        <translation>the app was asked to close</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="40"/>
        <source>an input device</source>
        <translation>an input device</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="41"/>
        <source>a test signal</source>
        <translation>a test signal</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="42"/>
        <source>a sound file</source>
        <translation>a sound file</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="43"/>
        <source>marks of numbers (no sound)</source>
        <translation>marks of numbers (no sound)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recorder/gui/words.py" line="29"/>
        <source>%n visitors</source>
        <translation>
            <numerusform>%n visitor</numerusform>
            <numerusform>%n visitors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="45"/>
        <location filename="../../recorder/gui/words.py" line="49"/>
        <location filename="../../recorder/gui/words.py" line="59"/>
        <source>the system&apos;s default microphone</source>
        <translation>the system&apos;s default microphone</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="46"/>
        <location filename="../../recorder/gui/words.py" line="66"/>
        <source>unknown reason</source>
        <translation>unknown reason</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="48"/>
        <location filename="../../recorder/gui/words.py" line="76"/>
        <source>Recording from {device}</source>
        <translation>Recording from {device}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="49"/>
        <location filename="../../recorder/gui/words.py" line="78"/>
        <source>Input ended: {device}</source>
        <translation>Input ended: {device}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="50"/>
        <location filename="../../recorder/gui/words.py" line="80"/>
        <source>Input back: {device}</source>
        <translation>Input back: {device}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="51"/>
        <location filename="../../recorder/gui/words.py" line="82"/>
        <source>Input could not be used: {device}</source>
        <translation>Input could not be used: {device}</translation>
    </message>
    <message>
        <location filename="../../recorder/archive/report_words.py" line="52"/>
        <location filename="../../recorder/gui/words.py" line="85"/>
        <source>Input changed to {device} (was {previous})</source>
        <translation>Input changed to {device} (was {previous})</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/words.py" line="129"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../recorder/gui/words.py" line="130"/>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/words.py" line="132"/>
        <source>{people} ({names})</source>
        <translation>{people} ({names})</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/words.py" line="134"/>
        <source>{people} from {company}</source>
        <translation>{people} from {company}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/words.py" line="136"/>
        <source>{people}, for {platform}</source>
        <translation>{people}, for {platform}</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/words.py" line="138"/>
        <source>{people}; phone numbers: {phones}</source>
        <translation>{people}; phone numbers: {phones}</translation>
    </message>
</context>
<context>
    <name>_ChoosePage</name>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="79"/>
        <source>Channel and evidence</source>
        <translation>Channel and evidence</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="80"/>
        <source>Where the complaint goes, and the case&apos;s sealed evidence package it is made from.</source>
        <translation>Where the complaint goes, and the case&apos;s sealed evidence package it is made from.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="81"/>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="82"/>
        <source>Evidence package:</source>
        <translation>Evidence package:</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="83"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="84"/>
        <source>Excerpts:</source>
        <translation>Excerpts:</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="85"/>
        <source>Add an excerpt folder…</source>
        <translation>Add an excerpt folder…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="98"/>
        <source>Excerpt folder</source>
        <translation>Excerpt folder</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="103"/>
        <source>Evidence package</source>
        <translation>Evidence package</translation>
    </message>
</context>
<context>
    <name>_EditPage</name>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="143"/>
        <source>Fields and narrative</source>
        <translation>Fields and narrative</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="145"/>
        <source>Filled in from the case&apos;s facts only. Edit them; keep to what happened, in your own words.</source>
        <translation>Filled in from the case&apos;s facts only. Edit them; keep to what happened, in your own words.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="171"/>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
</context>
<context>
    <name>_SavePage</name>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="204"/>
        <source>Save the package</source>
        <translation>Save the package</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="205"/>
        <source>A new folder: the fields, the narrative, the attachments and the cover sheet.</source>
        <translation>A new folder: the fields, the narrative, the attachments and the cover sheet.</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="206"/>
        <source>New folder:</source>
        <translation>New folder:</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="207"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="210"/>
        <source>New folder</source>
        <translation>New folder</translation>
    </message>
    <message>
        <location filename="../../recorder/gui/complaint_wizard.py" line="227"/>
        <source>The package could not be written: %1</source>
        <translation>The package could not be written: %1</translation>
    </message>
</context>
</TS>
