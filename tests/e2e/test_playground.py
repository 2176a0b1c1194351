"""AKTIV in a real Teams-like client: the Microsoft 365 Agents Playground, driven by headless
Debian Chromium through Playwright (system browser, never a download).

Runs ``/intervju`` through the preview card and Send against a fake model that streams
slowly, sees the streamed answer, and runs a blocked case. Screenshots: build/e2e/*.png.
Skips (with the reason) when Chromium, the playground or Playwright is missing.
"""

from __future__ import annotations

import importlib.util
import re
import tempfile
import time

import pytest

from tests.dialogs.samples import valid_fodselsnummer
from tests.e2e.stack import CHROMIUM, PLAYGROUND, ROOT, running_stack

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

OUT = ROOT / "build" / "e2e"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
KRAV = "Må-krav: bachelor i HR og god teknologiforståelse. Bør-krav: erfaring med rekruttering."
FIRST_LINE = "Fortell om en rekrutteringsprosess du ledet"
LAST_LINE = "Hvordan har du søkt etter kandidater aktivt?"


def _missing() -> str | None:
    if not CHROMIUM.exists():
        return "Chromium is not installed (apt-get install chromium; make test does it when root)"
    if not PLAYGROUND.exists():
        return "the Agents Playground is not installed (npm ci)"
    if importlib.util.find_spec("playwright") is None:
        return "the playwright Python package is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="module")
def playground_url():
    reason = _missing()
    if reason:
        pytest.skip(f"browser test skipped: {reason}")
    with running_stack(OUT) as url:
        yield url


def _body_text(page) -> str:
    return page.locator("body").inner_text()


def _wait_for(page, predicate, timeout: float, what: str) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = _body_text(page)
        if predicate(text):
            return text
        page.wait_for_timeout(150)
    page.screenshot(path=str(OUT / f"failed-{re.sub('[^a-z]+', '-', what.lower())}.png"))
    raise AssertionError(f"timed out waiting for {what}")


def test_interview_preview_streamed_answer_and_block_in_the_playground(playground_url):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            tempfile.mkdtemp(prefix="aktiv-chromium-"), executable_path=str(CHROMIUM), headless=True,
            args=CHROMIUM_FLAGS, viewport={"width": 1280, "height": 1000})
        try:
            page = context.pages[0] if context.pages else context.new_page()
            page.goto(playground_url, wait_until="networkidle")
            editor = page.locator('[data-lexical-editor="true"]').first

            def say(text: str) -> None:
                editor.click()
                page.keyboard.type(text)
                page.keyboard.press("Enter")

            # /intervju → the question for the role → the preview card.
            say(f"/intervju {KRAV}")
            _wait_for(page, lambda t: "Hvilken stilling" in t, 30, "the role question")
            say("rådgiver i HR")
            _wait_for(page, lambda t: "Slik blir prompten din" in t and "V – Vurdering" in t, 30, "the preview card")
            page.screenshot(path=str(OUT / "1-preview-card.png"))

            # Send → the answer streams in (informative update, growing text), then the final card.
            page.get_by_role("button", name="Send", exact=True).last.click()
            streamed = _wait_for(page, lambda t: FIRST_LINE in t and LAST_LINE not in t, 30,
                                 "a partly streamed answer")
            page.screenshot(path=str(OUT / "2-streaming-answer.png"))
            assert "Vis som kopierbar tekst" not in streamed
            final = _wait_for(page, lambda t: LAST_LINE in t and "Vis som kopierbar tekst" in t, 30, "the final answer")
            page.screenshot(path=str(OUT / "3-final-answer.png"))
            assert "Dette er et utkast" in final and "Forbedre" in final

            # A blocked case: a fødselsnummer in the input never reaches the model.
            fnr = valid_fodselsnummer()
            say(f"/intervju {KRAV}")
            _wait_for(page, lambda t: t.count("Hvilken stilling") >= 2, 30, "the second role question")
            say(f"rådgiver i HR, nærmeste leder har fødselsnummer {fnr}")
            _wait_for(page, lambda t: t.count("Slik blir prompten din") >= 2, 30, "the second preview card")
            page.get_by_role("button", name="Send", exact=True).last.click()
            blocked = _wait_for(page, lambda t: "Stoppet – ingenting er sendt" in t, 30, "the block card")
            page.get_by_text("Stoppet – ingenting er sendt").last.scroll_into_view_if_needed()
            page.screenshot(path=str(OUT / "4-block-card.png"))
            assert "Fødselsnummer" in blocked
            # The block card shows the finding masked: the full number is only in the user's own message.
            card_text = page.locator("text=Stoppet – ingenting er sendt").last.locator(
                "xpath=ancestor::*[contains(@class,'ac-adaptiveCard')][1]").inner_text()
            assert fnr not in card_text
        finally:
            context.close()

    bot_log = (OUT / "bot.log").read_text(encoding="utf-8")
    updates = [int(n) for n in re.findall(r'"event": "stream.finished", "update_count": (\d+)', bot_log)]
    assert updates and max(updates) >= 3, "the answer should have been streamed in several updates"
    assert fnr not in bot_log and "rådgiver i HR" not in bot_log  # no user text in the logs
