"""Sentences of the archive layer (context ``Archive``), collected by pyside6-lupdate; Qt-free."""

from __future__ import annotations

from ..core.messages import QT_TRANSLATE_NOOP

# Export
NO_SESSIONS = QT_TRANSLATE_NOOP("Archive", "There is nothing to export: no recording was chosen.")
NO_CASE = QT_TRANSLATE_NOOP("Archive", "There is no recording in the case “{case}”.")
SESSION_STILL_RECORDING = QT_TRANSLATE_NOOP(
    "Archive", "The recording {session} is still being made. Stop it before exporting."
)
SESSION_DAMAGED = QT_TRANSLATE_NOOP(
    "Archive", "The recording {session} is damaged at entry {seq} and cannot be exported. Run “recorder check”."
)
OUT_EXISTS = QT_TRANSLATE_NOOP("Archive", "The file {path} already exists. Choose another name; nothing was changed.")
OUT_FOLDER = QT_TRANSLATE_NOOP("Archive", "The folder for {path} does not exist or cannot be written to.")
BAD_RECIPIENT = QT_TRANSLATE_NOOP("Archive", "“{recipient}” is not an age public key (it starts with “age1”).")
BOTH_ENCRYPTIONS = QT_TRANSLATE_NOOP("Archive", "Choose either a recipient key or a passphrase, not both.")
EXTRA_MEMBER_NAME = QT_TRANSLATE_NOOP("Archive", "An extra file for the archive has an unsafe name: {path}.")

# Verify: reading
UNREADABLE = QT_TRANSLATE_NOOP("Archive", "The file {path} cannot be read: {why}.")
# The system's own reason is English whatever the language; the common ones are said in a sentence of their own.
NO_SUCH_FILE = QT_TRANSLATE_NOOP("Archive", "There is no file {path}: check its name and folder.")
UNREADABLE_DENIED = QT_TRANSLATE_NOOP("Archive", "The file {path} cannot be read: this user is not allowed to read it.")
NOT_A_FILE = QT_TRANSLATE_NOOP("Archive", "{path} is not a file: give the evidence package itself (a .zip file).")
NOT_ZIP = QT_TRANSLATE_NOOP("Archive", "The file is not a zip archive (or it is damaged beyond reading).")
ENCRYPTED_NEEDS_KEY = QT_TRANSLATE_NOOP(
    "Archive", "The evidence package is encrypted. Give the age key file or the export passphrase to open it."
)
DECRYPT_FAILED = QT_TRANSLATE_NOOP(
    "Archive", "The encrypted evidence package cannot be opened with the key or passphrase given."
)
BAD_AGE_KEY = QT_TRANSLATE_NOOP("Archive", "The age key given is not a valid age secret key.")
TOO_MANY_MEMBERS = QT_TRANSLATE_NOOP("Archive", "The archive has {count} files; more than {limit} are refused.")
UNSAFE_NAME = QT_TRANSLATE_NOOP(
    "Archive", "The archive holds a file with an unsafe name ({name}): absolute, with “..”, or with odd characters."
)
DUPLICATE_NAME = QT_TRANSLATE_NOOP("Archive", "The archive holds the name {name} more than once.")
SYMLINK = QT_TRANSLATE_NOOP("Archive", "The archive member {name} is a link or a special file, not a plain file.")
ZIP_ENCRYPTED = QT_TRANSLATE_NOOP("Archive", "The archive member {name} uses zip encryption, which is not allowed.")
BAD_METHOD = QT_TRANSLATE_NOOP("Archive", "The archive member {name} uses an unsupported compression method.")
TOO_BIG = QT_TRANSLATE_NOOP("Archive", "The archive member {name} is larger than this verifier accepts.")
BOMB = QT_TRANSLATE_NOOP(
    "Archive", "The archive member {name} expands far beyond its stored size (a decompression bomb); refused."
)
MEMBER_DAMAGED = QT_TRANSLATE_NOOP("Archive", "The archive member {name} is damaged and cannot be read.")
LAYOUT = QT_TRANSLATE_NOOP(
    "Archive",
    "The zip structure around {name} has been altered (headers, dates, modes or bytes between files differ from "
    "how the archive was written).",
)
MEMBER_SIZE_WRONG = QT_TRANSLATE_NOOP("Archive", "The archive member {name} is not as long as the archive says.")

# Verify: findings
MISSING_MEMBER = QT_TRANSLATE_NOOP("Archive", "The file {name} is missing from the archive.")
UNLISTED_MEMBER = QT_TRANSLATE_NOOP("Archive", "The file {name} is in the archive but not listed in SHA256SUMS.")
UNLISTED_MORE = QT_TRANSLATE_NOOP(
    "Archive", "…and %n more files are in the archive but not listed in SHA256SUMS.", None, 1
)
MISSING_MORE = QT_TRANSLATE_NOOP(
    "Archive", "…and %n more files listed in SHA256SUMS are missing from the archive.", None, 1
)
HASH_MISMATCH = QT_TRANSLATE_NOOP("Archive", "The file {name} does not match its SHA-256 in SHA256SUMS.")
SUMS_MALFORMED = QT_TRANSLATE_NOOP("Archive", "SHA256SUMS line {line} is not in the form “<hash>  <file>”.")
SUMS_DUPLICATE = QT_TRANSLATE_NOOP("Archive", "SHA256SUMS lists {name} more than once.")
IDENTITY_BAD = QT_TRANSLATE_NOOP("Archive", "The vault's public key ({name}) cannot be read.")
SIG_BAD = QT_TRANSLATE_NOOP("Archive", "The signature {name} over SHA256SUMS does not verify with identity.pem.")
SSHSIG_BAD = QT_TRANSLATE_NOOP("Archive", "The SSH signature {name} over SHA256SUMS is wrong: {why}.")
KEY_FORM_DIFFERS = QT_TRANSLATE_NOOP("Archive", "The key file {name} does not hold the same key as {other}.")
MANIFEST_BAD = QT_TRANSLATE_NOOP("Archive", "The manifest is not valid: {why}.")
MANIFEST_NEWER = QT_TRANSLATE_NOOP(
    "Archive", "The archive was made by a newer version of this app (format {version}). Please update."
)
JOURNAL_LINE = QT_TRANSLATE_NOOP("Archive", "{name}, line {line}: {what}.")
JOURNAL_LINE_LONG = QT_TRANSLATE_NOOP("Archive", "{name}, line {line}: the line is too long to be an entry.")
JOURNAL_NO_NEWLINE = QT_TRANSLATE_NOOP("Archive", "{name} does not end with a line break (cut short?).")
JOURNAL_EMPTY = QT_TRANSLATE_NOOP("Archive", "{name} holds no entry.")
SESSION_ID_DIFFERS = QT_TRANSLATE_NOOP("Archive", "{name} holds the recording {found}, not {expected}.")
IDENTITY_DIFFERS = QT_TRANSLATE_NOOP(
    "Archive",
    "The recording {session} was made in a vault with another key than the one that signed this archive.",
)
SESSION_KEY_DIFFERS = QT_TRANSLATE_NOOP(
    "Archive", "The session key file {name} is not the key named in the recording's first entry."
)
AUDIO_HEADER = QT_TRANSLATE_NOOP("Archive", "The audio file {name} does not have the expected WAV header.")
AUDIO_LENGTH = QT_TRANSLATE_NOOP(
    "Archive", "The audio file {name} holds {found} samples where the journal records {expected}."
)
# A size that is no whole number of samples: counted in samples, it read "holds 4800 … records 4800" (issue 12 §5).
AUDIO_SIZE = QT_TRANSLATE_NOOP(
    "Archive",
    "The audio file {name} is {found} bytes long where the {frames} samples the journal records take {expected}.",
)
AUDIO_BLOCKS = QT_TRANSLATE_NOOP(
    "Archive",
    "The audio of {name} does not line up with the audio blocks the journal records ({count} left unmatched).",
)
AUDIO_BLOCK = QT_TRANSLATE_NOOP(
    "Archive", "Audio block {seq} (at {offset} in {name}) does not match the hash recorded at capture."
)
AUDIO_PARTS = QT_TRANSLATE_NOOP("Archive", "The audio parts of recording {session} do not follow each other.")
ATTACHMENT_MISMATCH = QT_TRANSLATE_NOOP(
    "Archive", "The attachment {name} (entry {seq}) does not match the hash recorded at capture."
)
ATTACHMENT_MISSING = QT_TRANSLATE_NOOP("Archive", "The attachment of entry {seq} in recording {session} is missing.")
CALL_NOT_DESCRIBED = QT_TRANSLATE_NOOP(
    "Archive",
    "Recording {session} is a call in two tracks, but the manifest does not describe the other party's track.",
)
CALL_NOT_A_CALL = QT_TRANSLATE_NOOP(
    "Archive", "The manifest describes recording {session} as a call in two tracks, but its journal has one track."
)
CALL_ALIGNMENT_DIFFERS = QT_TRANSLATE_NOOP(
    "Archive", "The alignment data {name} is not the one derived from the journal of recording {session}."
)
CALL_LISTENING_DIFFERS = QT_TRANSLATE_NOOP(
    "Archive", "The listening copy {name} is not the one derived from the two tracks of recording {session}."
)
MANIFEST_DIFFERS = QT_TRANSLATE_NOOP(
    "Archive", "The manifest says {what} for recording {session}, but the journal shows otherwise."
)
REPORT_FACTS = QT_TRANSLATE_NOOP(
    "Archive",
    "The facts in report.html for recording {session} do not agree with the journal: {fact} is stated as "
    "{stated}; the journal gives {computed}.",
)
REPORT_NO_FACTS = QT_TRANSLATE_NOOP("Archive", "report.html does not carry its facts in a readable form.")
REPORT_FORM = QT_TRANSLATE_NOOP(
    "Archive",
    "report.html is not in the one form the format gives it: exactly one script element, its facts, in canonical JSON.",
)
NOT_IN_MANIFEST = QT_TRANSLATE_NOOP(
    "Archive", "{name} is listed in SHA256SUMS, but the manifest does not say what it is."
)
EXTRA_PROBLEM = QT_TRANSLATE_NOOP("Archive", "Recording {session}: {what}")
EXTRAS_UNREADABLE = QT_TRANSLATE_NOOP("Archive", "its trusted time stamps cannot be read ({why}); they prove nothing.")
# Said for a RecursionError in the sentences above, instead of its name (issue 12 §5).
NESTED_TOO_DEEPLY = QT_TRANSLATE_NOOP("Archive", "nested too deeply")
LIBRARY_STOPPED = QT_TRANSLATE_NOOP("Archive", "a library it uses stopped on this data")
TOO_LARGE_FOR_MEMORY = QT_TRANSLATE_NOOP("Archive", "too large to hold in memory")
UNEXPECTED = QT_TRANSLATE_NOOP("Archive", "an error it did not expect")
INTERNAL = QT_TRANSLATE_NOOP(
    "Archive", "The verifier met something in {name} it cannot interpret ({why}); the archive is not accepted."
)

# Verify: statements (what is and is not proven)
ST_FILES = QT_TRANSLATE_NOOP(
    "Archive", "Every file in the archive is listed in SHA256SUMS and matches its SHA-256 ({count} files)."
)
ST_SIGNED = QT_TRANSLATE_NOOP(
    "Archive",
    "SHA256SUMS is signed by the vault key {fingerprint} (raw Ed25519 and SSH signature). Compare this "
    "fingerprint with the one the owner gave you: the archive itself cannot prove whose key it is.",
)
ST_CHAIN = QT_TRANSLATE_NOOP(
    "Archive",
    "Recording {session}: all {entries} entries are present and linked in one hash chain; every checkpoint and "
    "the seal are signed by the recording's own key, which was made in the vault {fingerprint}.",
)
ST_AUDIO = QT_TRANSLATE_NOOP(
    "Archive",
    "Recording {session}: the audio ({seconds} s) is exactly the sound captured: every block matches the hash "
    "written at the moment of capture.",
)
ST_CHAIN_UNSEALED = QT_TRANSLATE_NOOP(
    "Archive",
    "Recording {session}: all {entries} entries are present and linked in one hash chain; its start and every "
    "checkpoint are signed by the recording's own key, which was made in the vault {fingerprint}. It has no seal.",
)
ST_AUDIO_SIGNED = QT_TRANSLATE_NOOP(
    "Archive",
    "Recording {session}: the first {seconds} s of audio, which a signature covers, are exactly the sound captured: "
    "every block matches the hash written at the moment of capture.",
)
ST_TAIL = QT_TRANSLATE_NOOP(
    "Archive",
    "Recording {session}: the last %n entries, after entry {last} (the last signed one, at {signed_end}), and "
    "the {seconds} s of audio they hold are hash-chained but NOT signed: anyone who held the file before it was "
    "exported could have appended them. The report's facts leave them out.",
    None,
    1,
)
ST_OWNER_SAYS = QT_TRANSLATE_NOOP(
    "Archive",
    "Stated by the owner at export, not proven: which recordings make up the case (an archive cannot show that "
    "no recording was left out), the time zone the report uses for local times (UTC{offset}), and the dates of "
    "later annotations (the owner's device clock), except for a review sitting a trusted time stamp covers "
    "(stated above).",
)
ST_SEALED = QT_TRANSLATE_NOOP("Archive", "Recording {session} was sealed at {end} ({reason}).")
ST_INTERRUPTED = QT_TRANSLATE_NOOP(
    "Archive",
    "Recording {session} ended by interruption at {end}; the last %n entries are hash-chained but not signed.",
    None,
    1,
)
ST_CALL = QT_TRANSLATE_NOOP(
    "Archive",
    "Recording {session} is a call in two tracks: me, the microphone “{me}”, and the other party, what the "
    "computer played on “{other}”.",
)
ST_CALL_OTHER_AUDIO = QT_TRANSLATE_NOOP(
    "Archive",
    "Recording {session}: the other party's audio ({seconds} s) is exactly the sound captured: every block matches "
    "the hash written at the moment of capture.",
)
ST_CALL_DRIFT = QT_TRANSLATE_NOOP(
    "Archive",
    "Recording {session}: the clocks of the two devices were measured {ppm} ppm apart; the tracks are aligned by "
    "the capture time of each block, not by counting samples, and {name} is exactly what the journal gives.",
)
# Said after ST_CALL_DRIFT when the measure is beyond any device clock (report_parts.DRIFT_BEYOND_CLOCKS_PPB).
ST_CALL_DRIFT_BEYOND = QT_TRANSLATE_NOOP(
    "Archive",
    "Recording {session}: {ppm} ppm is far more than device clocks differ (tens of ppm, a few hundred at most): "
    "the measure also counts a step in one track's capture times, as when the computer moves its sound to another "
    "output, so it does not show the clocks alone.",
)
ST_CALL_NO_DRIFT = QT_TRANSLATE_NOOP(
    "Archive",
    "Recording {session}: no difference between the clocks of the two devices could be measured; the tracks are "
    "aligned by the capture time of each block, and {name} is exactly what the journal gives.",
)
ST_CALL_LISTENING = QT_TRANSLATE_NOOP(
    "Archive",
    "Recording {session}: {name} is a stereo listening copy derived from the two tracks (left: me, right: the other "
    "party), exactly as the rule derives it; the two tracks are the evidence.",
)
ST_NOT_LIVE = QT_TRANSLATE_NOOP(
    "Archive", "Recording {session} is NOT a live recording: its source is “{source}” ({kind})."
)
ST_GAPS = QT_TRANSLATE_NOOP("Archive", "Recording {session} has %n recorded gaps in its audio.", None, 1)
ST_ATTACHMENTS = QT_TRANSLATE_NOOP(
    "Archive", "Recording {session}: %n attachments are byte-identical to what was recorded.", None, 1
)
ST_REVIEW = QT_TRANSLATE_NOOP(
    "Archive",
    "Recording {session}: %n later annotations, signed by the vault key, added after the recording.",
    None,
    1,
)
ST_REPORT = QT_TRANSLATE_NOOP("Archive", "The facts stated in report.html agree with the journal.")
ST_REPORT_PDF = QT_TRANSLATE_NOOP(
    "Archive",
    "report.pdf carries the same facts as report.html (in its metadata, compared byte for byte); its pages are a "
    "rendering of the report and are not compared.",
)
REPORT_PDF_FACTS = QT_TRANSLATE_NOOP("Archive", "report.pdf does not carry the facts of report.html: {what}.")
ST_CLOCK = QT_TRANSLATE_NOOP(
    "Archive",
    "Not proven: the times come from the recording device's own clock; no trusted timestamp shows when the "
    "recording existed.",
)
ST_EXTRAS_UNCHECKED = QT_TRANSLATE_NOOP(
    "Archive",
    "Recording {session}: %n further files (such as trusted timestamps) were not checked by this "
    "verifier; they are covered by SHA256SUMS.",
    None,
    1,
)
ST_LIMITS = QT_TRANSLATE_NOOP(
    "Archive",
    "Not proven: that the events recorded were not staged, or that what was said is true. The signatures show "
    "the recording was not changed after capture, not who holds the key.",
)
