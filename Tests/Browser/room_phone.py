"""The room's page in a real browser at a phone's size (390x844): join through the link, take a name, send a card
whose text is markup, see it as text, and let axe-core look for accessibility problems in the light and the dark
theme. Usage: room_phone.py LINK SCREENSHOT_FOLDER. Prints what it saw as JSON; exit 1 when something is wrong."""
import json
import os
import sys
import time

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from axe_selenium_python import Axe

MARKUP = "<img src=x onerror=alert(1)> Termin per SMS"


def browser():
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=de-DE"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": "de-DE,de"})
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 2}})
    return webdriver.Chrome(service=Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)


def wait_for(what, check, seconds=15.0):
    end = time.time() + seconds
    while time.time() < end:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("timed out waiting for " + what)


def serious(axe):
    axe.inject()
    found = axe.run()["violations"]
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"]} for v in found if v["impact"] in ("serious", "critical")]


def main():
    link, folder = sys.argv[1], sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    driver = browser()
    report = {}
    try:
        driver.get(link)
        title = wait_for("the field's title", lambda: driver.execute_script(
            "const t = document.getElementById('field-title').textContent; return t.startsWith('Feld ') && t"))
        report["title"] = title
        report["address"] = driver.current_url
        report["language"] = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
        name = driver.find_element(By.ID, "name")
        name.send_keys("Jörg")
        driver.find_element(By.CSS_SELECTOR, "#name-form button").click()
        wait_for("the name taken", lambda: "Jörg" in driver.execute_script("return document.getElementById('status').textContent"))
        text = driver.find_element(By.ID, "card-text")
        text.send_keys(MARKUP)
        text.send_keys(Keys.ENTER)
        cards = "return [...document.querySelectorAll('#ist-cards li')].map(li => li.textContent)"
        card = wait_for("the card in the list", lambda: [text for text in driver.execute_script(cards) if MARKUP in text])
        report["card"] = card[0]
        report["images"] = len(driver.find_elements(By.CSS_SELECTOR, "#ist-cards img"))
        try:
            driver.switch_to.alert
            report["alert"] = True
        except NoAlertPresentException:
            report["alert"] = False
        # Dots: three to give, then every "+1" is off until one is taken back.
        # (Clicked and read in the page itself: the list is drawn anew whenever the room changes.)
        give = ("const b = [...document.querySelectorAll('#soll-cards button:not(.quiet)')].find(b => !b.disabled);"
                " if (b) { b.click(); } return !!b;")
        all_off = "return [...document.querySelectorAll('#soll-cards button:not(.quiet)')].every(b => b.disabled);"
        # A click on a button the list just drew anew does nothing: click again when the count has not moved.
        def dots_left():
            text = driver.execute_script("return document.getElementById('dots').textContent")
            return int(text.rsplit(" ", 1)[-1]) if text else 3
        left, clicked, end = dots_left(), 0.0, time.time() + 30
        while dots_left() > 0 and time.time() < end:
            if dots_left() < left:
                left, clicked = dots_left(), 0.0
            if time.time() - clicked > 1.5 and driver.execute_script(give):
                clicked = time.time()
            time.sleep(0.05)
        report["dots_at_limit"] = dots_left() == 0 and wait_for("every +1 off", lambda: driver.execute_script(all_off))
        # Every control a finger aims at; a radio button's target is its whole label.
        targets = driver.execute_script(
            "return [...document.querySelectorAll('button, input:not([type=radio]), textarea, label.choice')]"
            ".map(e => { const r = e.getBoundingClientRect(); return [e.id || e.tagName, r.width, r.height]; })")
        report["small_targets"] = [t for t in targets if (t[1] or t[2]) and (t[1] < 44 or t[2] < 44)]
        # The whole board: opened, the poster loads as an image (its markup card drawn as text inside it).
        driver.execute_script("document.getElementById('overview').open = true;")
        loaded = "const p = document.getElementById('poster'); return p.complete && p.naturalWidth > 0;"
        report["poster"] = wait_for("the poster", lambda: driver.execute_script(loaded))
        driver.execute_script("document.getElementById('poster').scrollIntoView();")
        driver.save_screenshot(os.path.join(folder, "room-phone-poster.png"))
        driver.execute_script("window.scrollTo(0, 0);")
        driver.save_screenshot(os.path.join(folder, "room-phone-light.png"))
        axe = Axe(driver)
        report["axe_light"] = serious(axe)
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
        driver.save_screenshot(os.path.join(folder, "room-phone-dark.png"))
        report["axe_dark"] = serious(axe)
    finally:
        driver.quit()
    print(json.dumps(report, ensure_ascii=False))
    wrong = not report["dots_at_limit"] or not report.get("poster") or report["images"] or report["alert"] or report["small_targets"] or report["axe_light"] or report["axe_dark"] \
        or "join" in report["address"] or report["language"] != "de"
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
