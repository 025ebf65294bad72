"""Draw the application icon: resources/icons/thuky-iso.png (256 px) and thuky-iso.ico (16–256 px).

    .venv/bin/python packaging/make_icon.py

Run once; the files are committed. A blue tile, a white page with ruled lines, and a red seal with a
tick: a document that was checked and stamped. Pillow comes with reportlab (a dependency of the app).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"
BIG = 1024  # drawn large, then scaled down: smooth edges
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw() -> Image.Image:
    image = Image.new("RGBA", (BIG, BIG), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle((32, 32, BIG - 32, BIG - 32), radius=180, fill=(26, 77, 143, 255))
    # The page, its corner folded.
    left, top, right, bottom, fold = 250, 150, 770, 860, 150
    d.polygon(
        [(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)],
        fill=(255, 255, 255, 255),
    )
    d.polygon(
        [(right - fold, top), (right - fold, top + fold), (right, top + fold)], fill=(200, 212, 230, 255)
    )
    for row in range(5):
        y = 330 + row * 90
        d.rounded_rectangle(
            (left + 70, y, right - (230 if row >= 3 else 70), y + 34), radius=17, fill=(150, 168, 196, 255)
        )
    # The seal with its tick.
    cx, cy, r = 700, 740, 190
    d.ellipse(
        (cx - r, cy - r, cx + r, cy + r), fill=(204, 32, 39, 255), outline=(255, 255, 255, 255), width=28
    )
    d.line(
        [(cx - 95, cy + 5), (cx - 25, cy + 80), (cx + 105, cy - 75)],
        fill=(255, 255, 255, 255),
        width=56,
        joint="curve",
    )
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "thuky-iso.png", optimize=True)
    image.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "thuky-iso.ico", sizes=ICO_SIZES)
    print(f"Đã vẽ biểu tượng vào {OUT}")


if __name__ == "__main__":
    main()
