"""Sentences of the audio layer, in context ``Messages`` like the core's, so a RecorderError raised here is
translated by the same lookup (:meth:`recorder.core.errors.RecorderError.sentence`). Qt-free."""

from __future__ import annotations

from ..core.messages import QT_TRANSLATE_NOOP

NO_INPUT = QT_TRANSLATE_NOOP(
    "Messages", "No microphone or other audio input was found. Connect one and try again; nothing was recorded."
)
UNKNOWN_INPUT = QT_TRANSLATE_NOOP(
    "Messages", "There is no audio input called “{device}”. Nothing was recorded; choose one of the listed inputs."
)
NOT_AN_INPUT = QT_TRANSLATE_NOOP(
    "Messages", "“{device}” is a loudspeaker or other output, not an audio input. Nothing was recorded."
)
FORMAT_REFUSED = QT_TRANSLATE_NOOP(
    "Messages",
    "The audio input “{device}” does not accept recording at {rate} Hz, mono, 16 bit. Nothing was recorded.",
)
INPUT_FAILED = QT_TRANSLATE_NOOP(
    "Messages", "The audio input “{device}” could not be opened ({reason}). Nothing was recorded."
)
# Shown while the input is gone; no placeholders, so the English source is also the translation key.
INPUT_LOST = QT_TRANSLATE_NOOP(
    "Messages",
    "The microphone stopped working. The recording goes on as soon as an input is back; the gap is recorded.",
)
INPUT_RESUMED = QT_TRANSLATE_NOOP(
    "Messages", "Recording again from “{device}” after a gap of {seconds:.1f} s; the gap is recorded."
)
INPUT_CHANGED = QT_TRANSLATE_NOOP(
    "Messages",
    "The computer switched the recording to another input: “{device}” (was “{previous}”). The recording goes on; "
    "the change is recorded.",
)
AUDIO_GAP = QT_TRANSLATE_NOOP(
    "Messages", "{seconds:.1f} s of audio could not be captured ({reason}); the gap is recorded."
)
RECORDING_FAILED = QT_TRANSLATE_NOOP(
    "Messages", "Recording stopped because of an unexpected error. Everything captured before it is saved."
)
TEST_SOURCE_UNREADABLE = QT_TRANSLATE_NOOP("Messages", "The sound file {path} cannot be read as WAV audio.")
# Call mode (issue 16): the second input is what the computer plays, the other party of the call.
NO_LOOPBACK = QT_TRANSLATE_NOOP(
    "Messages",
    "What the computer plays cannot be recorded here ({reason}). Nothing was recorded; record without call mode "
    "or choose the output with --loopback.",
)
UNKNOWN_LOOPBACK = QT_TRANSLATE_NOOP(
    "Messages",
    "There is no output called “{device}” whose sound can be recorded. Nothing was recorded; choose one of the "
    "outputs listed by “recorder devices --loopback”.",
)
OTHER_LOST = QT_TRANSLATE_NOOP(
    "Messages",
    "The computer's sound (the other party) can no longer be recorded. Your microphone goes on recording; "
    "the gap is recorded.",
)
# Back after OTHER_LOST: said of the other party, so that a user who sees the output's device name ("Monitor of
# …") is not left wondering whether the microphone or the other party's sound came back.
OTHER_RESUMED = QT_TRANSLATE_NOOP(
    "Messages",
    "The other party's sound is recorded again, from “{device}”, after a gap of {seconds:.1f} s; the gap is recorded.",
)
# A reason inside NO_LOOPBACK (a Phrase of the same context): SoundCard found no sound server to connect to.
NO_SOUND_SERVER = QT_TRANSLATE_NOOP("Messages", "no sound server answered")
