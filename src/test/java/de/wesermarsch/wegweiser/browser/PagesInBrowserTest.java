package de.wesermarsch.wegweiser.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * The pages of the real content in a real headless Chromium, on a phone-sized screen: language and direction,
 * no WCAG 2.1/2.2 A or AA violation (axe-core), search and reading without JavaScript, page weight.
 */
class PagesInBrowserTest extends BrowserTest {

	static Browser browser;

	@BeforeAll
	static void open() {
		browser = Browser.shared(412, 915);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "de, ltr, de", "de-easy, ltr, de", "ar, rtl, ar", "fa, rtl, fa", "ckb, rtl, ckb", "ru, ltr, ru" })
	void startResultsAndEntryPagesAreAccessibleInTheirLanguageAndDirection(String locale, String dir, String lang) {
		String[][] pages = { { "start", "/" + locale + "/" },
				{ "results", "/" + locale + "/search?q=Sprachkurs" },
				{ "entry", "/" + locale + "/entries/koordinierungsstelle-migration-teilhabe" } };
		for (String[] page : pages) {
			browser.get(url(page[1]));
			assertThat(browser.script("return document.documentElement.lang")).as(page[1]).isEqualTo(lang);
			assertThat(browser.script("return document.documentElement.dir")).as(page[1]).isEqualTo(dir);
			assertThat(browser.script("return getComputedStyle(document.body).direction")).isEqualTo(dir);
			assertThat(browser.accessibilityViolations()).as("axe on %s", page[1]).isEmpty();
			browser.screenshot(page[0] + "-" + locale);
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/de/search?q=Sprachkurs", "/de-easy/search?q=Hebamme", "/ar/search?q=قابلة", "/fa/search?q=کلاس زبان",
			"/ru/search?q=переводчик", "/ckb/search?q=Beratung", "/uk/answer?q=Де знайти лікаря" })
	void theFirstResultIsVisibleWithoutScrollingOnAPhone(String path) {
		browser.phone(360, 740);
		try {
			browser.get(url(path));
			Number bottom = (Number) browser.script("""
					const title = document.querySelector('.hits > li .meta');
					const answer = document.querySelector('section.answer .answer-text p');
					// a result's title and type; an answer's first two lines
					return title ? title.getBoundingClientRect().bottom
					  : answer ? answer.getBoundingClientRect().top + 2 * parseFloat(getComputedStyle(answer).lineHeight) : 99999;""");
			System.out.printf("first result on %s ends at %.0f px of 740%n", path, bottom.doubleValue());
			browser.screenshot("phone-first-result-" + path.split("/")[1]);
			assertThat(bottom.doubleValue()).as("bottom of the first result on %s", path).isLessThanOrEqualTo(740);
		}
		finally {
			browser.resize(412, 915);
		}
	}

	@Test
	void escapeClosesTheLanguageMenuAndArrowKeysReachTheSuggestions() {
		browser.get(url("/de/"));
		browser.driver.findElement(By.cssSelector("details.langs summary")).click();
		assertThat(browser.script("return document.querySelector('details.langs').open")).isEqualTo(true);
		browser.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
		assertThat(browser.script("return document.querySelector('details.langs').open")).isEqualTo(false);
		assertThat(browser.script("return document.activeElement.tagName")).isEqualTo("SUMMARY");
		var input = browser.driver.findElement(By.id("q"));
		input.sendKeys("Spra");
		waitFor(browser, d -> Boolean.TRUE.equals(browser.script("const l = document.getElementById('q-suggestions'); return !!l && !l.hidden && l.querySelectorAll('a').length > 1")));
		input.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
		assertThat(browser.script("return document.activeElement === document.querySelector('#q-suggestions a')")).isEqualTo(true);
		browser.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
		assertThat(browser.script("return document.activeElement === document.querySelectorAll('#q-suggestions a')[1]")).isEqualTo(true);
		browser.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ARROW_UP, org.openqa.selenium.Keys.ARROW_UP);
		assertThat(browser.script("return document.activeElement.id")).isEqualTo("q");
		assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("true");
	}

	@Test
	void theSkipLinkLeadsStraightToTheResults() {
		browser.get(url("/de/search?q=Sprachkurs"));
		var keys = new org.openqa.selenium.interactions.Actions(browser.driver);
		keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
		assertThat(browser.script("return document.activeElement.className")).isEqualTo("skip");
		keys.sendKeys(org.openqa.selenium.Keys.ENTER).perform();
		keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
		// two Tabs and Enter from the top of the page to the first result
		assertThat(browser.script("return document.activeElement === document.querySelector('.hits h2 a')")).isEqualTo(true);
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "/de/", "/de/search?q=Sprachkurs", "/ar/search?q=قابلة",
			"/ru/entries/koordinierungsstelle-migration-teilhabe", "/fa/entries/kommunale-migrationsvertretung",
			"/de-easy/entries/schwangerschaft-hebamme", "/tr/search?q=qqqzzzxxx", "/uk/measures", "/ckb/answer?q=Beratung" })
	void textAt200PercentOnAPhoneStaysWithinTheScreen(String path) {
		browser.phone(360, 740);
		try {
			browser.get(url(path));
			browser.script("document.documentElement.style.fontSize = '200%'");
			browser.screenshot("phone-200-" + path.replaceAll("[^a-z]+", "-"));
			@SuppressWarnings("unchecked")
			List<String> problems = (List<String>) browser.script(PhoneCrawlTest.CHECK);
			assertThat(problems).as("at 200 %% text on %s", path).isEmpty();
		}
		finally {
			browser.resize(412, 915);
		}
	}

	@Test
	void phonesFetchNoArabicFontWhileTheKioskLoadsAndUsesIt() {
		browser.get(url("/fa/entries/koordinierungsstelle-migration-teilhabe"));
		waitFor(browser, d -> Boolean.TRUE.equals(browser.script("return document.readyState === 'complete' && document.fonts.status === 'loaded'")));
		@SuppressWarnings("unchecked")
		List<String> fetched = (List<String>) browser.script(
				"return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/fonts/'))");
		assertThat(fetched).noneMatch(name -> name.contains("arabic"));
		browser.get(url("/kiosk/fa/"));
		waitFor(browser, d -> Boolean.TRUE.equals(browser.script("""
				return [...document.fonts].some(f => f.family.includes('Noto Sans Arabic') && f.status === 'loaded')""")));
		assertThat(browser.script("return document.fonts.check('1rem \"Noto Sans Arabic\"', 'فارسی')")).isEqualTo(true);
	}

	@Test
	void pagingLinksDropTheFeedbackThanksAndResetKeepsTheWholeQuery() {
		browser.get(url("/de/search?q=Beratung&sent=1"));
		String next = browser.driver.findElement(By.cssSelector(".paging a[rel=next]")).getDomAttribute("href");
		assertThat(next).contains("q=Beratung").contains("page=2").doesNotContain("sent");
		browser.get(url("/de/search?q=" + java.net.URLEncoder.encode("Kita & Schule", java.nio.charset.StandardCharsets.UTF_8)));
		assertThat(browser.driver.findElement(By.cssSelector(".facets form a")).getDomAttribute("href")).endsWith("q=Kita+%26+Schule");
	}

	@Test
	void searchingAndReadingWorkWithoutJavaScript() {
		try (Browser plain = Browser.open(false)) {
			plain.get(url("/de/"));
			plain.driver.findElement(By.id("q")).sendKeys("Hebamme");
			plain.driver.findElement(By.cssSelector("form.search button")).click();
			new org.openqa.selenium.support.ui.WebDriverWait(plain.driver, java.time.Duration.ofSeconds(10))
				.until(d -> d.getCurrentUrl().contains("/de/search?q=Hebamme"));
			var first = plain.driver.findElement(By.cssSelector(".hits h2 a"));
			String title = first.getText();
			first.click();
			new org.openqa.selenium.support.ui.WebDriverWait(plain.driver, java.time.Duration.ofSeconds(10))
				.until(d -> d.getCurrentUrl().contains("/entries/"));
			assertThat(plain.driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
			plain.screenshot("entry-without-javascript");
		}
	}

	@Test
	void nothingFoundLeadsToWhomToAskAndTheSignal() {
		browser.get(url("/fa/search?q=qqqzzzxxx"));
		assertThat(browser.driver.findElements(By.cssSelector("a[href^='tel:']"))).isNotEmpty();
		browser.driver.findElement(By.cssSelector("form.notfound button")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
			.until(d -> d.getCurrentUrl().contains("sent=1"));
		assertThat(browser.driver.findElement(By.cssSelector(".notice")).getText()).isNotBlank();
		browser.screenshot("nothing-found-fa");
	}

	@ParameterizedTest
	@CsvSource({ "/de/", "/de/search?q=Sprachkurs", "/ar/entries/koordinierungsstelle-migration-teilhabe" })
	void htmlAndCssOfEachPageStayUnder30KilobytesCompressed(String path) throws Exception {
		long html = gzipped(url(path));
		long css = gzipped(url("/assets/site.css")) + gzipped(url("/assets/fonts.css"));
		long js = gzipped(url("/assets/suggest.js"));
		System.out.printf("page weight %s: HTML %d B + CSS %d B compressed, JS %d B%n", path, html, css, js);
		assertThat(html + css).isLessThanOrEqualTo(30 * 1024);
		assertThat(js).isLessThanOrEqualTo(30 * 1024);
	}

	private static long gzipped(String url) throws IOException, InterruptedException {
		byte[] body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofByteArray()).body();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		return out.size();
	}

}
