"""PNG pictures of maps, taken by headless Chromium once vis-network has drawn.

A plain ``chromium --screenshot`` shoots before vis-network has drawn and gives a blank picture;
here Playwright opens the page and waits for the page's own signal (``<body data-ready="true">``,
set after the first drawing once the layout is stable). Chromium is Debian's (``/usr/bin/chromium``,
or ``GAPGRAPH_CHROMIUM``), never a downloaded browser, started without background networking.
"""

from __future__ import annotations

import os
from pathlib import Path

from gapgraph.graph.files import replaced

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


class ScreenshotError(RuntimeError):
    """No browser to take the picture with, or the page never finished drawing."""


def chromium_path() -> str:
    return os.environ.get("GAPGRAPH_CHROMIUM", "/usr/bin/chromium")


def screenshot(html: Path, png: Path, width: int = 1400, height: int = 900, timeout_s: float = 60) -> Path:
    """Open ``html`` in headless Chromium, wait until the map is drawn, write ``png``."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        raise ScreenshotError(
            "--png needs Playwright: pip install 'gapgraph[png]' (and apt-get install chromium)"
        ) from None
    executable = chromium_path()
    if not Path(executable).is_file():
        raise ScreenshotError(
            f"--png needs Chromium at {executable} (apt-get install chromium, or set GAPGRAPH_CHROMIUM)"
        )
    png.parent.mkdir(parents=True, exist_ok=True)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
            try:
                page = browser.new_page(viewport={"width": width, "height": height})
                page.goto(Path(html).resolve().as_uri())
                page.wait_for_function("document.body.dataset.ready === 'true'", timeout=timeout_s * 1000)
                picture = page.screenshot(type="png")
            finally:
                browser.close()
    except Error as exc:
        raise ScreenshotError(f"could not draw {html}: {str(exc).splitlines()[0]}") from None
    with replaced(png) as part:  # written whole or not at all
        part.write_bytes(picture)
    return png
