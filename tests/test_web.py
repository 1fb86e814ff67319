"""The web page in a real browser: Playwright driving Debian's headless Chromium.

Screenshots go to ``test-artifacts/``. Without Chromium the tests skip, but under
``CI=true`` they fail: `.ci/run` installs it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from guards import unavailable
from serve_helpers import running

from affectkit.serve import ServeSettings

CHROMIUM = os.environ.get("AFFECTKIT_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
KEY = "browser-key-0123456789abcdef"
# No background networking: this machine's closed network refuses it, many times a start.
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is None:
        message = f"Chromium not found at {CHROMIUM}; apt-get install chromium (or set AFFECTKIT_CHROMIUM)"
        unavailable(message, "browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield launched
        launched.close()


def test_page_analyses_a_text_and_draws_charts(browser: object) -> None:
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    ARTIFACTS.mkdir(exist_ok=True)
    with running(ServeSettings(api_key=KEY)) as (base, _):
        page = browser.new_page(
            viewport={"width": 1200, "height": 1000}, http_credentials={"username": "me", "password": KEY}
        )
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(base)
        expect(page.locator("#status")).to_contain_text("ready")
        page.fill("#text", "Thank you so much, this made my day!")
        page.click("#analyze")
        expect(page.locator("#labels .chip").first).to_have_text("gratitude")
        for chart in ("#emotion-bars", "#ekman-bars", "#sentiment-bars", "#vad-chart"):
            expect(page.locator(f"{chart} .main-svg").first).to_be_visible()
        bars = page.locator("#emotion-bars .bars .point")
        assert bars.count() == 10
        assert "gratitude" in page.locator("#emotion-bars").inner_text()
        assert "goemotions-minilm" in page.locator("#provenance").inner_text()
        page.click("#reply")
        expect(page.locator("#reply-text")).not_to_be_empty()
        expect(page.locator("#reply-grounding")).to_contain_text("strategy: Affirmation and Reassurance")
        page.click("#explain")
        why = page.locator("#explain-result .why").first
        expect(why).to_contain_text("gratitude")
        expect(why).to_contain_text("Shapley, exact")
        thank = why.locator(".word", has_text="Thank")
        assert thank.get_attribute("title").startswith("+")  # "Thank" raises gratitude
        assert len(why.locator(".word").all()) == 10  # 8 words, "," and "!"
        page.screenshot(path=str(ARTIFACTS / "web-text.png"), full_page=True)

        page.fill("#text", "   ")
        page.click("#analyze")
        expect(page.locator("#text-error")).to_contain_text("Type a text first")
        assert errors == []


def test_page_shows_a_conversation_trajectory(browser: object) -> None:
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    ARTIFACTS.mkdir(exist_ok=True)
    turns = [
        "Ana: I got the job!",
        "Ben: That's wonderful, congratulations!",
        "Ana: But I'm scared I won't be good enough.",
        "Ben: You will be great, I believe in you.",
        "Ana: Thank you, that means a lot.",
    ]
    with running(ServeSettings()) as (base, _):
        page = browser.new_page(viewport={"width": 1200, "height": 1000})
        page.goto(base)
        page.click("#tab-conversation")
        page.fill("#conversation", "\n".join(turns))
        page.click("#analyze-conversation")
        expect(page.locator("#turns tbody tr")).to_have_count(len(turns))
        expect(page.locator("#trajectory .scatterlayer .trace").first).to_be_visible()
        assert page.locator("#trajectory .scatterlayer .trace").count() == 4  # valence and arousal per speaker
        last = page.locator("#turns tbody tr").nth(4).locator("td")
        assert last.nth(5).inner_text().startswith("gratitude")  # the turn alone
        in_context = [page.locator("#turns tbody tr").nth(i).locator("td").nth(3).inner_text() for i in range(5)]
        assert all(cell.split()[0] in {"anger", "disgust", "fear", "joy", "neutral", "sadness", "surprise"}
                   for cell in in_context)
        causes = [page.locator("#turns tbody tr").nth(i).locator("td").nth(4).inner_text() for i in range(5)]
        assert any(cell.startswith("#") for cell in causes)  # some turn names the turn that caused it
        page.screenshot(path=str(ARTIFACTS / "web-conversation.png"), full_page=True)

        page.fill("#conversation", "no speaker here")
        page.click("#analyze-conversation")
        expect(page.locator("#conversation-error")).to_contain_text("line 1")


CRISIS = "I don't want to be alive anymore, I want to kill myself"


def test_page_shows_crisis_resources_at_care_level_2(browser: object) -> None:
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    ARTIFACTS.mkdir(exist_ok=True)
    with running(ServeSettings()) as (base, _):
        context = browser.new_context(viewport={"width": 1200, "height": 1000}, locale="en-US")
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(base)
        banner = page.locator("#care-banner")
        page.fill("#text", CRISIS)
        page.click("#analyze")
        expect(banner).to_be_visible()
        assert banner.get_attribute("role") == "alert"
        expect(banner).to_contain_text("Support is available now")
        expect(banner).to_contain_text("988 Suicide & Crisis Lifeline")
        expect(banner).to_contain_text("988")
        expect(banner).to_contain_text("911")
        expect(banner).to_contain_text("does not diagnose")
        assert banner.locator("a[href='tel:988']").count() == 1
        assert "kill" not in banner.inner_text().lower() and "alive" not in banner.inner_text().lower()
        expect(page.locator("#labels .chip").first).to_be_visible()
        assert page.evaluate("document.querySelector('#care-banner').nextElementSibling.id") == "text-error"
        page.screenshot(path=str(ARTIFACTS / "care-banner.png"), full_page=True)

        page.fill("#text", "this commute is killing me")  # a look-alike: no banner
        page.click("#analyze")
        expect(banner).to_be_hidden()
        expect(banner).to_be_empty()

        page.click("#tab-conversation")  # the peak of a conversation: one turn at level 2+ is enough
        expect(banner).to_be_hidden()
        page.fill("#conversation", f"Ana: this commute is killing me\nBen: Same here.\nAna: {CRISIS}\nBen: Oh no.")
        page.click("#analyze-conversation")
        expect(banner).to_be_visible()
        expect(banner).to_contain_text("988")
        expect(page.locator("#panel-conversation #care-banner")).to_have_count(1)
        page.click("#tab-text")  # the text panel's last text was a look-alike
        expect(banner).to_be_hidden()
        context.close()

        # A country the resources file lacks: the international directory, never a guessed number.
        context = browser.new_context(viewport={"width": 1200, "height": 800}, locale="ja-JP")
        page = context.new_page()
        page.goto(base)
        page.fill("#text", CRISIS)
        page.click("#analyze")
        banner = page.locator("#care-banner")
        expect(banner).to_contain_text("your local emergency number")
        assert banner.locator("a[href='https://findahelpline.com']").count() == 1
        assert "988" not in banner.inner_text() and "911" not in banner.inner_text()
        page.screenshot(path=str(ARTIFACTS / "care-banner-directory.png"))
        context.close()
        assert errors == []


STRESSED = "the deadline again and the rent is due"


def _signals_page(browser: object, base: str) -> object:
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    page = browser.new_page(viewport={"width": 1200, "height": 1100})
    page.goto(base)
    expect(page.locator("#status")).to_contain_text("ready")
    page.click("#tab-signals")
    return page


def test_page_reads_signals_with_bars_and_marked_evidence(browser: object, tmp_path: Path) -> None:
    """The Signals tab on the toy bundle (trained here on the fake encoder): bars per signal,
    the cited words marked in the text, the sentence, and the care banner at level 2+."""
    from playwright.sync_api import Page, expect
    from signal_fixture import build_bundle, fake_encoder

    from affectkit.care.signal_bundle import read_signal_bundle
    from affectkit.understand.analyzer import Analyzer

    ARTIFACTS.mkdir(exist_ok=True)
    fake = fake_encoder()
    with running(ServeSettings()) as (base, app):
        state = app.state.affect  # type: ignore[attr-defined]
        state.analyzer = Analyzer(model=fake)
        state.signal_bundle = read_signal_bundle(build_bundle(tmp_path, fake))
        page = _signals_page(browser, base)
        assert isinstance(page, Page)
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.fill("#signals-text", STRESSED)
        page.click("#read-signals")
        expect(page.locator("#signals-summary")).to_contain_text("this is not a diagnosis.")
        readings = page.locator("#signals-readings .reading")
        expect(readings).to_have_count(8)
        assert "flagged" in (readings.first.get_attribute("class") or "")
        stress = page.locator("#signals-readings .reading[data-signal=stress]")
        expect(stress).to_contain_text("flagged")
        decided = stress.locator(".bar-row.decided")
        assert decided.locator(".bar-label").inner_text() == "yes"
        assert float(decided.locator(".bar-value").inner_text()) > 0.5
        width = decided.locator(".fill").evaluate("e => e.getBoundingClientRect().width")
        whole = decided.locator(".bar").evaluate("e => e.getBoundingClientRect().width")
        assert width > 0.5 * whole
        marks = page.locator("#signals-marked mark.evidence")
        assert marks.count() >= 1
        assert page.locator("#signals-marked").inner_text() == STRESSED
        assert any("stress: yes" in (marks.nth(i).get_attribute("title") or "") for i in range(marks.count()))
        assert all(marks.nth(i).inner_text() in STRESSED for i in range(marks.count()))
        expect(page.locator("#signals-provenance")).to_contain_text("toy-signals@1")
        expect(page.locator("#care-banner")).to_be_hidden()
        page.screenshot(path=str(ARTIFACTS / "web-signals.png"), full_page=True)

        page.fill("#signals-text", "I feel so tired and " + CRISIS)  # care level 3: the banner, in this panel
        page.click("#read-signals")
        expect(page.locator("#panel-signals #care-banner")).to_be_visible()
        page.click("#tab-text")
        expect(page.locator("#care-banner")).to_be_hidden()

        page.click("#tab-signals")
        page.fill("#signals-text", "  ")
        page.click("#read-signals")
        expect(page.locator("#signals-error")).to_contain_text("Type a text first")
        assert errors == []


def test_page_reads_signals_with_the_shipped_bundle(browser: object) -> None:
    from playwright.sync_api import Page, expect
    from signal_fixture import shipped_bundle

    shipped_bundle()
    post = "Three nights without sleep, the deadline is tomorrow and I am behind on rent again."
    with running(ServeSettings()) as (base, _):
        page = _signals_page(browser, base)
        assert isinstance(page, Page)
        page.fill("#signals-text", post)
        page.click("#read-signals")
        expect(page.locator("#signals-summary")).to_contain_text("this is not a diagnosis.", timeout=60_000)
        expect(page.locator("#signals-readings .reading.flagged").first).to_be_visible()
        assert page.locator("#signals-marked").inner_text() == post
        expect(page.locator("#signals-provenance")).to_contain_text("signals-minilm")
