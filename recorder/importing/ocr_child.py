"""The OCR child process (see ocr.py): an image on stdin, its text boxes as JSON on stdout. Run only as
``python -m recorder.importing.ocr_child`` (or, in the packaged app, which has no Python to run ``-m`` with, as the
app itself with the first argument :data:`CHILD_ARGUMENT`); it imports OpenCV, which must never share a process
with Qt."""

from __future__ import annotations

import json
import sys

CHILD_ARGUMENT = "--ocr-child"


def main() -> int:
    import numpy as np
    from rapidocr_onnxruntime import RapidOCR  # the models come inside the wheel

    data = sys.stdin.buffer.read()
    import cv2

    image = cv2.imdecode(np.frombuffer(data, dtype=np.uint8), cv2.IMREAD_COLOR)
    if image is None:
        print("not an image", file=sys.stderr)
        return 2
    result, _elapsed = RapidOCR()(image)
    boxes = []
    for corners, text, score in result or []:
        ys = [float(p[1]) for p in corners]
        xs = [float(p[0]) for p in corners]
        boxes.append(
            {"text": str(text), "x": min(xs), "y": (min(ys) + max(ys)) / 2, "height": max(ys) - min(ys),
             "score": float(score)}
        )  # fmt: skip
    json.dump(boxes, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
