"""How the app looks, from the user's settings and the system's palette: the text size, and the banners' colours
taken from palette roles so that a dark or high-contrast theme keeps them readable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

_SIZE_RESOLVED = 0x0002  # QFont::SizeResolved (PySide6 does not expose the ResolveProperties enum)
_BASE_POINT_SIZE = "recorderBasePointSize"  # the system's font size, remembered before the first change

# A banner's accent, mixed into the window's own colours (so it stays a hint on any theme).
_ACCENT = {"info": QColor("#1e6fc8"), "warning": QColor("#d49a00"), "error": QColor("#c62828")}


def apply_text_size(percent: int) -> None:
    """Scale the application's font to ``percent`` of the system's size (100 restores it)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    base = app.property(_BASE_POINT_SIZE)
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty(_BASE_POINT_SIZE, base)
    font = QFont(app.font())
    old = font.pointSizeF()
    font.setPointSizeF(float(base) * percent / 100)
    app.setFont(font)
    # Fonts a widget set for itself (the big Record button) keep their size unless scaled along.
    ratio = font.pointSizeF() / old if old > 0 else 1.0
    if ratio != 1.0:
        for widget in app.allWidgets():
            own = widget.font()
            if own.resolveMask() & _SIZE_RESOLVED and own.pointSizeF() > 0:
                own.setPointSizeF(own.pointSizeF() * ratio)
                widget.setFont(own)


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless vertical scroll area: on a screen too small for it, it scrolls instead of making
    its window taller than the screen (its width still follows the window)."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return area


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size a top-level window to ``width`` × ``height`` or the screen's free area, whichever is smaller, and
    place it wholly on that screen (a 1366×768 laptop, or 150 % scaling, leaves far less than a desktop)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    area = screen.availableGeometry()
    # The frame (title bar, borders) is drawn by the window manager outside the window's own size.
    frame_w = max(0, window.frameGeometry().width() - window.width()) or 8
    frame_h = max(0, window.frameGeometry().height() - window.height()) or 32
    w = max(1, min(width, area.width() - frame_w))
    h = max(1, min(height, area.height() - frame_h))
    window.resize(w, h)
    x = area.x() + max(0, (area.width() - w - frame_w) // 2)
    y = area.y() + max(0, (area.height() - h - frame_h) // 2)
    window.move(x, y)


def _mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    keep = 1.0 - share_of_b
    return QColor(
        round(a.red() * keep + b.red() * share_of_b),
        round(a.green() * keep + b.green() * share_of_b),
        round(a.blue() * keep + b.blue() * share_of_b),
    )


def banner_colours(level: str, palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """(background, border, text) for a banner: the window's colours tinted by the level's accent, the text in
    the palette's own text colour, so the contrast is the theme's."""
    accent = _ACCENT.get(level, _ACCENT["info"])
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return _mix(window, accent, 0.18), _mix(window, accent, 0.7), text


def banner_style(level: str, palette: QPalette) -> str:
    background, border, text = banner_colours(level, palette)
    return (
        f"QFrame#banner {{ background:{background.name()}; border:1px solid {border.name()}; border-radius:4px; }}"
        f" QFrame#banner QLabel {{ color:{text.name()}; }}"
    )


_STATUS = {"good": QColor("#1e8449"), "bad": QColor("#b71c1c")}


def status_colour(kind: str, palette: QPalette | None = None) -> QColor:
    """Green for "good", red for "bad", moved toward the palette's text colour just enough to read on its window
    (WCAG AA, 4.5:1): the usual dark green on a light theme, a light green on a dark or high-contrast one."""
    pal = palette or QApplication.palette()
    window = pal.color(QPalette.ColorRole.Window)
    text = pal.color(QPalette.ColorRole.WindowText)
    accent = _STATUS.get(kind, _STATUS["bad"])
    for step in range(11):
        colour = _mix(accent, text, step / 10)
        if contrast_ratio(colour, window) >= 4.5:
            return colour
    return text


def status_style(kind: str, bold: bool = False) -> str:
    """A label's style sheet for a verdict or an error, readable on the current palette."""
    return f"color:{status_colour(kind).name()};" + (" font-weight:bold;" if bold else "")


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio between two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: int) -> float:
            x = v / 255
            return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
