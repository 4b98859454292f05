#!/bin/sh
# Regenerate the screenshots of the Getting started page from the bundled (constructed)
# samples. Needs Debian's chromium and poppler-utils. Run from the repository root:
#     sh docs/screenshots/make_screenshots.sh
# Never point it at real source documents: only constructed samples go into the docs.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
SOURCE_DATE_EPOCH=1767225600 tei-coldwar build -o "$work/ed" || true  # publishes what is valid
shot() {  # shot PAGE OUT.png HEIGHT
    chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
        --no-first-run --disable-dev-shm-usage --user-data-dir="$work/profile" \
        --hide-scrollbars --screenshot="$work/$2" --window-size=1200,"$3" \
        "file://$work/ed/html/$1" 2>/dev/null
}
shot index.html html-index.png 600
shot frus_telegram.html html-document.png 900
pdftoppm -png -r 60 -f 2 -l 3 "$work/ed/edition.pdf" "$work/pdf"
python - "$work" "$here" <<'PY'
import sys
from pathlib import Path
from PIL import Image

work, here = Path(sys.argv[1]), Path(sys.argv[2])
def small(img, name, width):
    img = img.convert("RGB")
    if img.width > width:
        img = img.resize((width, round(img.height * width / img.width)), Image.LANCZOS)
    img.quantize(colors=128, method=Image.Quantize.MEDIANCUT).save(here / name, optimize=True)
for name in ("html-index.png", "html-document.png"):
    small(Image.open(work / name), name, 900)
pages = [Image.open(p).convert("RGB") for p in sorted(work.glob("pdf-*.png"))]
spread = Image.new("RGB", (sum(p.width for p in pages) + 10 * (len(pages) + 1),
                           max(p.height for p in pages) + 20), (200, 200, 200))
x = 10
for p in pages:
    spread.paste(p, (x, 10))
    x += p.width + 10
small(spread, "pdf-pages.png", 1000)
PY
ls -l "$here"/*.png
