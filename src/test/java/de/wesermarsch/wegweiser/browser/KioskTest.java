package de.wesermarsch.wegweiser.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * The kiosk of the Termin-Terminal on a 1080 × 1920 touch screen, with the real content and short idle times:
 * typing only with the on-screen keyboard, the idle question and the reset, no way off the service, QR codes
 * that carry an entry to a phone, and no WCAG A/AA violation.
 */
class KioskTest extends BrowserTest {

	static Browser browser;

	@BeforeAll
	static void open() {
		browser = Browser.shared(1080, 1920);
	}

	void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
		waitFor(browser, condition);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "العربية, دورة لغة, integrationskurse", "کوردی (سۆرانی), خولی زمان, kvhs-aufplus",
			"Українська, перекладач, refugium-sprachmittlung" })
	void aSearchTypedOnlyOnTheOnScreenKeyboardFindsTheEntry(String language, String query, String expected) {
		browser.get(url("/kiosk"));
		browser.driver.findElement(By.linkText(language)).click();
		waitFor(d -> d.findElements(By.id("keyboard")).size() == 1
				&& !d.findElements(By.cssSelector("#keyboard .key")).isEmpty());
		int keyboardTop = browser.driver.findElement(By.id("keyboard")).getLocation().getY();
		for (String letter : query.split("")) {
			if (letter.equals(" ")) {
				browser.driver.findElement(By.cssSelector("#keyboard .key.space")).click();
			}
			else {
				keyFor(letter).click();
			}
		}
		assertThat(browser.driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo(query);
		waitFor(d -> d.findElement(By.id("suggestions")).isDisplayed());
		assertThat(browser.driver.findElement(By.id("keyboard")).getLocation().getY())
			.as("suggestions must not move the keys under the finger").isEqualTo(keyboardTop);
		browser.screenshot("kiosk-keyboard-" + browser.driver.findElement(By.id("keyboard")).getDomAttribute("lang"));
		browser.driver.findElement(By.cssSelector("form.search button[type=submit]")).click();
		waitFor(d -> d.getCurrentUrl().contains("/search?q="));
		List<String> top = browser.driver.findElements(By.cssSelector(".hits h2 a")).stream().limit(3)
			.map(a -> a.getDomAttribute("href")).toList();
		assertThat(top).anyMatch(href -> href.replaceAll("\\?.*", "").endsWith("/entries/" + expected));
		assertThat(top).allMatch(href -> href.startsWith("/kiosk/"));
	}

	private WebElement keyFor(String letter) {
		return browser.driver.findElements(By.cssSelector("#keyboard .key")).stream()
			.filter(k -> k.getText().equals(letter))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no key '" + letter + "' on the keyboard"));
	}

	@Test
	void afterATimeWithoutTouchItAsksThenResetsWithoutATrace() {
		browser.get(url("/kiosk"));
		Object historyAtStart = browser.script("return history.length");
		browser.driver.findElement(By.linkText("Deutsch")).click();
		waitFor(d -> !d.findElements(By.cssSelector("#keyboard .key")).isEmpty());
		for (String letter : "kurs".split("")) {
			keyFor(letter).click();
		}
		browser.driver.findElement(By.cssSelector("form.search button[type=submit]")).click();
		waitFor(d -> d.getCurrentUrl().contains("/kiosk/de/search?q=kurs"));
		browser.script("window.scrollTo(0, 600)");
		WebElement dialog = browser.driver.findElement(By.id("idle"));
		waitFor(d -> dialog.isDisplayed());
		assertThat(dialog.getText()).contains("Sind Sie noch da?");
		browser.screenshot("kiosk-idle-question");
		browser.driver.findElement(By.id("idle-stay")).click();
		assertThat(dialog.isDisplayed()).isFalse();
		assertThat(browser.driver.getCurrentUrl()).contains("/search?q=kurs");
		waitFor(d -> d.getCurrentUrl().equals(url("/kiosk")));
		assertThat(browser.script("return history.length")).isEqualTo(historyAtStart);
		assertThat(browser.script("return window.scrollY")).isIn(0L, 0, 0.0);
		assertThat(browser.driver.getPageSource()).doesNotContain("kurs");
		assertThat(browser.script("return sessionStorage.length + localStorage.length")).isIn(0L, 0);
	}

	@Test
	void noLinkOnAnyKioskPageLeadsToAnotherOrigin() {
		for (String path : List.of("/kiosk", "/kiosk/de/", "/kiosk/ar/", "/kiosk/de/search?q=Beratung",
				"/kiosk/fa/search?q=qqqzzz", "/kiosk/de/entries/koordinierungsstelle-migration-teilhabe",
				"/kiosk/de/entries/termin-terminal", "/kiosk/ru/entries/impressum", "/kiosk/de/topics/frauen")) {
			browser.get(url(path));
			@SuppressWarnings("unchecked")
			List<String> away = (List<String>) browser.script("""
					return [...document.querySelectorAll('a[href], form[action], area[href]')]
					  .map(e => e.href || e.action)
					  .filter(u => { try { return new URL(u).origin !== location.origin; } catch (e) { return true; } });
					""");
			assertThat(away).as("links away on %s", path).isEmpty();
		}
	}

	@Test
	void theQrCodeOfAnEntryOpensTheSameEntryInTheSameLanguageOnAPhone() throws Exception {
		browser.get(url("/kiosk/ar/entries/koordinierungsstelle-migration-teilhabe"));
		WebElement qr = browser.driver.findElement(By.id("entry-qr"));
		browser.script("arguments[0].scrollIntoView()", qr);
		var image = ImageIO.read(new ByteArrayInputStream(qr.getScreenshotAs(OutputType.BYTES)));
		String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
				Map.of(DecodeHintType.TRY_HARDER, true)).getText();
		// the public address from configuration, not the address the kiosk's browser used
		assertThat(decoded).isEqualTo("https://wegweiser.example/ar/entries/koordinierungsstelle-migration-teilhabe");
		browser.screenshot("kiosk-entry-ar");
	}

	/** Text of the page's main part without the search box and the keyboard. */
	static final String MAIN_TEXT = """
			const main = document.querySelector('main').cloneNode(true);
			main.querySelectorAll('form.search, .more, nav').forEach(e => e.remove());
			return main.textContent.replace(/\\s+/g, ' ').trim();""";

	@ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "de", "ar", "uk", "kmr" })
	void noKioskButtonLeadsToAPageWithoutContentAndEveryPageCanSearchAndGoBack(String lang) {
		browser.get(url("/kiosk/" + lang + "/"));
		String restart = browser.driver.findElement(By.cssSelector(".top .nav a[href='/kiosk']:not(:has(svg))")).getText();
		String help = browser.driver.findElement(By.cssSelector("main a.button.big")).getDomAttribute("href");
		@SuppressWarnings("unchecked")
		List<String> targets = new java.util.ArrayList<>((List<String>) browser.script(
				"return [...new Set([...document.querySelectorAll('main a[href]')].map(a => a.getAttribute('href')))]"));
		browser.get(url("/kiosk/" + lang + "/search?q=Beratung"));
		@SuppressWarnings("unchecked")
		List<String> fromResults = (List<String>) browser.script(
				"return [...document.querySelectorAll('.hits h2 a')].slice(0, 3).map(a => a.getAttribute('href'))");
		targets.addAll(fromResults);
		for (String target : targets) {
			browser.get(url(target));
			String text = (String) browser.script(MAIN_TEXT);
			assertThat(browser.driver.findElements(By.cssSelector("main h1"))).as("heading on %s", target).isNotEmpty();
			assertThat(text.length()).as("text on %s: %s", target, text).isGreaterThan(150);
			assertThat(browser.driver.findElements(By.cssSelector("form.search input#q"))).as("search box on %s", target).hasSize(1);
			assertThat(browser.driver.findElements(By.cssSelector(".top a[href='/kiosk']"))).as("way back to the start on %s", target).isNotEmpty();
		}
		for (String entry : fromResults) {
			browser.get(url(entry));
			assertThat(browser.driver.findElement(By.cssSelector("a.back")).getDomAttribute("href"))
				.as("back to the results from %s", entry).isEqualTo("/kiosk/" + lang + "/search?q=Beratung");
		}
		// the first button explains the kiosk itself, naming the buttons the visitor sees
		browser.get(url(help));
		assertThat((String) browser.script(MAIN_TEXT)).contains(restart);
	}

	@Test
	void everyTouchTargetOnTheKioskIsAtLeast64PixelsHigh() {
		List<String> small = new java.util.ArrayList<>();
		for (String path : List.of("/kiosk", "/kiosk/de/", "/kiosk/fa/", "/kiosk/de/search?q=Beratung", "/kiosk/ar/search?q=qqqzzzxxx",
				"/kiosk/de/entries/koordinierungsstelle-migration-teilhabe?q=Beratung", "/kiosk/ru/entries/kiosk-bedienung",
				"/kiosk/de/topics/frauen")) {
			browser.get(url(path));
			waitFor(d -> !d.findElements(By.cssSelector("body")).isEmpty());
			@SuppressWarnings("unchecked")
			List<String> found = (List<String>) browser.script("""
					return [...document.querySelectorAll('a[href], button, input:not([type=hidden]), summary')]
					  .filter(e => e.getClientRects().length > 0 && !e.closest('[hidden]') && !e.classList.contains('skip'))
					  .map(e => [e, (e.closest('.check') || e).getBoundingClientRect()])
					  .filter(([e, r]) => r.height < 64)
					  .map(([e, r]) => e.tagName.toLowerCase() + ' ' + Math.round(r.height) + 'px "' + e.textContent.trim().slice(0, 30) + '"');""");
			found.forEach(f -> small.add(path + ": " + f));
		}
		assertThat(small).isEmpty();
	}

	@Test
	void theFallbackPhoneNumberIsLarge() {
		browser.get(url("/kiosk/de/search?q=qqqzzzxxx"));
		Number size = (Number) browser.script("return parseFloat(getComputedStyle(document.querySelector('.nothing .phone')).fontSize)");
		assertThat(size.doubleValue()).isGreaterThanOrEqualTo(32);
	}

	@Test
	void kioskPagesHaveNoAccessibilityViolations() {
		for (String path : List.of("/kiosk", "/kiosk/ckb/", "/kiosk/uk/search?q=робота",
				"/kiosk/de/entries/koordinierungsstelle-migration-teilhabe")) {
			browser.get(url(path));
			waitFor(d -> Boolean.TRUE.equals(browser.script("return document.readyState === 'complete'")));
			assertThat(browser.accessibilityViolations()).as("axe on %s", path).isEmpty();
		}
		browser.get(url("/kiosk"));
		browser.screenshot("kiosk-first-screen");
	}

}
