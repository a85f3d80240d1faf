package de.wesermarsch.wegweiser.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

/**
 * The three ways of embedding, on host pages served from other origins (other ports on localhost): one host the
 * service allows, one it does not. The plain form, the resizing iframe and the web component (in Arabic, right to
 * left) work on the allowed host; on the other, CORS and {@code frame-ancestors} refuse both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "wegweiser.watch=false", "wegweiser.rate-limit.enabled=false" })
class EmbeddingTest {

	static HttpServer allowed;

	static HttpServer refused;

	static Browser browser;

	@LocalServerPort
	int port;

	static HttpServer host() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
			server.createContext("/", exchange -> {
				String service = exchange.getRequestURI().getQuery().replace("service=", "");
				byte[] page = HOST_PAGE.replace("SERVICE", service).getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
				exchange.sendResponseHeaders(200, page.length);
				exchange.getResponseBody().write(page);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	static final String HOST_PAGE = """
			<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Landkreis</title></head><body>
			<form id="form" action="SERVICE/de/search" method="get"><label for="wegweiser-q">Wonach suchen Sie?</label>
			<input id="wegweiser-q" name="q" type="search" maxlength="200" required><button type="submit">Suchen</button></form>
			<iframe id="frame" src="SERVICE/embed/de/" title="Wegweiser Wesermarsch" width="100%" height="320"></iframe>
			<script src="SERVICE/embed/host.js" defer></script>
			<script src="SERVICE/embed/wegweiser-search.js" defer></script>
			<wegweiser-search id="component" lang="ar"></wegweiser-search>
			</body></html>""";

	@DynamicPropertySource
	static void hosts(DynamicPropertyRegistry registry) {
		allowed = host();
		refused = host();
		registry.add("wegweiser.embed.allowed-origins", () -> "http://localhost:" + allowed.getAddress().getPort());
	}

	@BeforeAll
	static void open() {
		browser = Browser.open(true, 1280, 1000);
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
		allowed.stop(0);
		refused.stop(0);
	}

	String hostPage(HttpServer host) {
		return "http://localhost:" + host.getAddress().getPort() + "/?service=http://localhost:" + port;
	}

	void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
		new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(condition);
	}

	@Test
	void thePlainFormOpensResultsOnTheService() {
		browser.get(hostPage(allowed));
		browser.driver.findElement(By.id("wegweiser-q")).sendKeys("Sprachkurs");
		browser.driver.findElement(By.cssSelector("#form button")).click();
		waitFor(d -> d.getCurrentUrl().startsWith("http://localhost:" + port + "/de/search"));
		assertThat(browser.driver.findElements(By.cssSelector(".hits li"))).isNotEmpty();
	}

	@Test
	void theIframeShowsResultsAndGrowsToItsContentWithoutInnerScrollBars() {
		browser.get(hostPage(allowed));
		waitFor(d -> !"".equals(browser.script("return document.getElementById('frame').style.height")));
		long before = ((Number) browser.script("return document.getElementById('frame').getBoundingClientRect().height")).longValue();
		browser.driver.switchTo().frame("frame");
		browser.driver.findElement(By.id("q")).sendKeys("Beratung");
		browser.driver.findElement(By.cssSelector("form.search button")).click();
		waitFor(d -> !d.findElements(By.cssSelector(".hits li")).isEmpty());
		long content = ((Number) browser.script("return document.documentElement.scrollHeight")).longValue();
		browser.driver.switchTo().defaultContent();
		waitFor(d -> ((Number) browser.script("return document.getElementById('frame').getBoundingClientRect().height")).longValue() > before);
		long after = ((Number) browser.script("return document.getElementById('frame').getBoundingClientRect().height")).longValue();
		assertThat(after).isGreaterThanOrEqualTo(content);
		browser.screenshot("embed-host-page");
	}

	@Test
	void theWebComponentWorksRightToLeftInArabic() {
		browser.get(hostPage(allowed));
		waitFor(d -> Boolean.TRUE.equals(browser.script("return !!document.getElementById('component').shadowRoot")));
		browser.script("""
				const root = document.getElementById('component').shadowRoot;
				root.querySelector('input').value = 'دورة لغة';
				root.querySelector('button').click();""");
		waitFor(d -> ((Number) browser.script("return document.getElementById('component').shadowRoot.querySelectorAll('li').length")).intValue() > 0);
		assertThat(browser.script("return document.getElementById('component').shadowRoot.querySelector('div').dir")).isEqualTo("rtl");
		assertThat(browser.script("return getComputedStyle(document.getElementById('component').shadowRoot.querySelector('ul')).direction")).isEqualTo("rtl");
		assertThat((String) browser.script("return document.getElementById('component').shadowRoot.querySelector('label').textContent")).isNotBlank();
	}

	@Test
	void aHostThatIsNotAllowedGetsNeitherTheApiNorTheFrame() throws Exception {
		browser.get(hostPage(refused));
		waitFor(d -> Boolean.TRUE.equals(browser.script("return !!document.getElementById('component').shadowRoot")));
		browser.script("""
				const root = document.getElementById('component').shadowRoot;
				root.querySelector('input').value = 'Beratung';
				root.querySelector('button').click();""");
		waitFor(d -> "–".equals(browser.script("return document.getElementById('component').shadowRoot.querySelector('.status').textContent")));
		assertThat(browser.script("return document.getElementById('component').shadowRoot.querySelectorAll('li').length")).isEqualTo(0L);
		Thread.sleep(2000);
		assertThat(browser.script("return document.getElementById('frame').style.height")).isEqualTo("");
		var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
				java.net.URI.create("http://localhost:" + port + "/embed/de/")).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
		String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("frame-ancestors 'self' http://localhost:" + allowed.getAddress().getPort())
			.doesNotContain("localhost:" + refused.getAddress().getPort());
	}

}
