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
