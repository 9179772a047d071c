"""report.pdf (issue 15 §2): the report rendered with Qt (QTextDocument onto QPdfWriter, PDF/A-1b), outside the
Qt-free core; the exporter calls it through the callable the CLI and the app hand it (archive.export's ``pdf``)."""
