"""Renders the two Teams icons: ``color.png`` (192×192) and ``outline.png`` (32×32, white on
transparent). Run ``python -m manifest.icons`` after changing the drawing; the PNGs are committed.

The mark: a speech bubble with a check mark — a chat helper that checks before it sends.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

MANIFEST_DIR = Path(__file__).resolve().parent
ACCENT = (31, 78, 121, 255)  # #1F4E79, the manifest's accentColor
WHITE = (255, 255, 255, 255)
SUPERSAMPLE = 8


def _draw_mark(draw: ImageDraw.ImageDraw, size: int, colour: tuple, stroke: float) -> None:
    """A rounded speech bubble outline with a tail and a check mark inside, scaled to ``size``."""
    s = size / 32
    draw.rounded_rectangle([3 * s, 4 * s, 29 * s, 23 * s], radius=5 * s, outline=colour, width=round(stroke * s))
    draw.polygon([(9 * s, 22 * s), (9 * s, 29 * s), (16 * s, 22 * s)], fill=colour)
    draw.line([(9.5 * s, 13.5 * s), (14 * s, 18 * s), (22.5 * s, 9.5 * s)], fill=colour, width=round(stroke * 1.2 * s),
              joint="curve")


def render_color(size: int = 192) -> Image.Image:
    big = size * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), ACCENT)
    inner = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    margin = big // 6
    mark = big - 2 * margin
    tile = Image.new("RGBA", (mark, mark), (0, 0, 0, 0))
    _draw_mark(ImageDraw.Draw(tile), mark, WHITE, stroke=2.4)
    inner.paste(tile, (margin, margin), tile)
    image.alpha_composite(inner)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def render_outline(size: int = 32) -> Image.Image:
    big = size * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    _draw_mark(ImageDraw.Draw(image), big, WHITE, stroke=2.4)
    image = image.resize((size, size), Image.Resampling.LANCZOS)
    # Teams wants pure white on transparent: keep only the alpha channel's shape.
    alpha = image.getchannel("A")
    result = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    result.putalpha(alpha)
    return result


def main() -> None:
    render_color().save(MANIFEST_DIR / "color.png")
    render_outline().save(MANIFEST_DIR / "outline.png")
    print(f"Wrote {MANIFEST_DIR / 'color.png'} and {MANIFEST_DIR / 'outline.png'}")


if __name__ == "__main__":
    main()
