"""Evidence Recorder: tamper-evident, encrypted recording of visits and calls."""

__version__ = "0.1.0"
APP_NAME = "evidence-recorder"
