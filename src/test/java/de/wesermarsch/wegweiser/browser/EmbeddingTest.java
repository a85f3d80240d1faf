package de.wesermarsch.wegweiser.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.sun.net.httpserver.HttpServer;

/**
 * The three ways of embedding, on host pages served from other origins (other ports on localhost): one host the
 * service allows, one it does not. The plain form, the resizing iframe and the web component (in Arabic, right to
 * left) work on the allowed host; on the other, CORS and {@code frame-ancestors} refuse both.
 */
class EmbeddingTest extends BrowserTest {

	static Browser browser;

	@BeforeAll
	static void open() {
		browser = Browser.shared(1280, 1000);
	}

	String hostPage(HttpServer host) {
		return "http://localhost:" + host.getAddress().getPort() + "/?service=http://localhost:" + port;
	}

	void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
		waitFor(browser, condition);
	}

	@Test
	void thePlainFormOpensResultsOnTheService() {
		browser.get(hostPage(ALLOWED));
		browser.driver.findElement(By.id("wegweiser-q")).sendKeys("Sprachkurs");
		browser.driver.findElement(By.cssSelector("#form button")).click();
		waitFor(d -> d.getCurrentUrl().startsWith("http://localhost:" + port + "/de/search"));
		assertThat(browser.driver.findElements(By.cssSelector(".hits li"))).isNotEmpty();
	}

	@Test
	void theIframeShowsResultsAndGrowsToItsContentWithoutInnerScrollBars() {
		browser.get(hostPage(ALLOWED));
		waitFor(d -> !"".equals(browser.script("return document.getElementById('frame').style.height")));
		long before = ((Number) browser.script("return document.getElementById('frame').getBoundingClientRect().height")).longValue();
		browser.driver.switchTo().frame("frame");
		browser.driver.findElement(By.id("q")).sendKeys("Beratung");
		browser.driver.findElement(By.cssSelector("form.search button")).click();
		waitFor(d -> !d.findElements(By.cssSelector(".hits li")).isEmpty());
		assertThat(browser.driver.findElement(By.cssSelector(".hits li .type")).getText()).isNotBlank();
		long content = ((Number) browser.script("return document.documentElement.scrollHeight")).longValue();
		browser.driver.switchTo().defaultContent();
		waitFor(d -> ((Number) browser.script("return document.getElementById('frame').getBoundingClientRect().height")).longValue() > before);
		long after = ((Number) browser.script("return document.getElementById('frame').getBoundingClientRect().height")).longValue();
		assertThat(after).isGreaterThanOrEqualTo(content);
		browser.screenshot("embed-host-page");
	}

	@Test
	void theWebComponentWorksRightToLeftInArabic() {
		browser.get(hostPage(ALLOWED));
		waitFor(d -> Boolean.TRUE.equals(browser.script("return !!document.getElementById('component').shadowRoot")));
		browser.script("""
				const root = document.getElementById('component').shadowRoot;
				root.querySelector('input').value = 'دورة لغة';
				root.querySelector('button').click();""");
		waitFor(d -> ((Number) browser.script("return document.getElementById('component').shadowRoot.querySelectorAll('li').length")).intValue() > 0);
		assertThat(browser.script("return document.getElementById('component').shadowRoot.querySelector('div').dir")).isEqualTo("rtl");
		assertThat(browser.script("return getComputedStyle(document.getElementById('component').shadowRoot.querySelector('ul')).direction")).isEqualTo("rtl");
		assertThat((String) browser.script("return document.getElementById('component').shadowRoot.querySelector('label').textContent")).isNotBlank();
		assertThat((String) browser.script("return document.getElementById('component').shadowRoot.querySelector('li .type').textContent")).isNotBlank();
	}

	@Test
	void theIframeAnswersAQuestionInsideTheFrameWithTheEntryOneTapAway() {
		browser.get(hostPage(ALLOWED));
		browser.driver.switchTo().frame("frame");
		browser.driver.findElement(By.id("q")).sendKeys("Wo finde ich eine Hebamme?");
		browser.driver.findElement(By.cssSelector("form.search button.ask")).click();
		waitFor(d -> !d.findElements(By.cssSelector("section.answer blockquote p")).isEmpty());
		assertThat(browser.script("return location.pathname")).isEqualTo("/embed/de/answer");
		var open = browser.driver.findElement(By.cssSelector("section.answer a[target=_blank]"));
		assertThat(open.getDomAttribute("href")).startsWith("/de/entries/");
		assertThat(browser.driver.findElements(By.cssSelector("section.answer"))).hasSizeLessThanOrEqualTo(3);
		browser.driver.switchTo().defaultContent();
	}

	@Test
	void theIframeSaysWhenNothingAnswersAndNamesWhomToAsk() {
		browser.get(hostPage(ALLOWED));
		browser.driver.switchTo().frame("frame");
		browser.driver.findElement(By.id("q")).sendKeys("Wo repariere ich mein Fahrrad?");
		browser.driver.findElement(By.cssSelector("form.search button.ask")).click();
		waitFor(d -> !d.findElements(By.cssSelector("h2.nothing")).isEmpty());
		assertThat(browser.driver.findElements(By.cssSelector("section.answer"))).isEmpty();
		assertThat(browser.driver.findElement(By.cssSelector("a[href^='tel:']")).getText()).isEqualTo("04401 927-712");
		browser.driver.switchTo().defaultContent();
	}

	@Test
	void theWebComponentAnswersAnArabicQuestionWithTheContentsOwnSentences() {
		browser.get(hostPage(ALLOWED));
		waitFor(d -> Boolean.TRUE.equals(browser.script("return !!document.getElementById('component').shadowRoot")));
		browser.script("""
				const root = document.getElementById('component').shadowRoot;
				root.querySelector('input').value = 'أين أجد قابلة';
				root.querySelector('button.ask').click();""");
		waitFor(d -> ((Number) browser.script("return document.getElementById('component').shadowRoot.querySelectorAll('blockquote p').length")).intValue() > 0);
		assertThat((String) browser.script("return document.getElementById('component').shadowRoot.querySelector('.answers a').href"))
			.startsWith("http://localhost:" + port + "/ar/entries/");
		assertThat(browser.script("return document.getElementById('component').shadowRoot.querySelectorAll('ul li').length")).isEqualTo(0L);
	}

	@Test
	void theWebComponentSaysWhenNothingAnswersShowsTheSearchAndWhomToAsk() {
		browser.get(hostPage(ALLOWED));
		waitFor(d -> Boolean.TRUE.equals(browser.script("return !!document.getElementById('component').shadowRoot")));
		browser.script("""
				const root = document.getElementById('component').shadowRoot;
				root.querySelector('input').value = 'Wo repariere ich mein Fahrrad?';
				root.querySelector('button.ask').click();""");
		waitFor(d -> ((String) browser.script("return document.getElementById('component').shadowRoot.querySelector('.contact').textContent")).length() > 10
				&& !((String) browser.script("return document.getElementById('component').shadowRoot.querySelector('.status').textContent")).isBlank());
		assertThat((String) browser.script("return document.getElementById('component').shadowRoot.querySelector(\".contact a[href^='tel:']\").href"))
			.isEqualTo("tel:+494401927712");
		assertThat(browser.script("return document.getElementById('component').shadowRoot.querySelectorAll('blockquote').length")).isEqualTo(0L);
	}

	@Test
	void theWebComponentIsStyledOnAHostPageThatRefusesInlineStyles() {
		browser.get(hostPage(ALLOWED) + "&csp=strict");
		waitFor(d -> Boolean.TRUE.equals(browser.script("return !!document.getElementById('component').shadowRoot")));
		assertThat(browser.script("return getComputedStyle(document.getElementById('component').shadowRoot.querySelector('button')).backgroundColor"))
			.isEqualTo("rgb(11, 83, 148)");
		assertThat(browser.script("return getComputedStyle(document.getElementById('component').shadowRoot.querySelector('input')).minHeight"))
			.isEqualTo("44px");
	}

	@Test
	void aHostThatIsNotAllowedGetsNeitherTheApiNorTheFrame() throws Exception {
		browser.get(hostPage(REFUSED));
		waitFor(d -> Boolean.TRUE.equals(browser.script("return !!document.getElementById('component').shadowRoot")));
		browser.script("""
				const root = document.getElementById('component').shadowRoot;
				root.querySelector('input').value = 'Beratung';
				root.querySelector('button').click();""");
		waitFor(d -> ((String) browser.script("return document.getElementById('component').shadowRoot.querySelector('.status').textContent")).length() > 20);
		assertThat((String) browser.script("return document.getElementById('component').shadowRoot.querySelector('.status').textContent"))
			.contains("Wegweiser").isNotEqualTo("–");
		assertThat(browser.script("return document.getElementById('component').shadowRoot.querySelectorAll('li').length")).isEqualTo(0L);
		Thread.sleep(2000);
		assertThat(browser.script("return document.getElementById('frame').style.height")).isEqualTo("");
		var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
				java.net.URI.create("http://localhost:" + port + "/embed/de/")).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
		String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("frame-ancestors 'self' http://localhost:" + ALLOWED.getAddress().getPort())
			.doesNotContain("localhost:" + REFUSED.getAddress().getPort());
	}

}
