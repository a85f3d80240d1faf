package de.wesermarsch.wegweiser.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

/**
 * What every browser test shares: one server with the real content (one Spring context and one index for all
 * browser classes, since they declare nothing of their own), one headless Chromium, and two host pages on other
 * origins for the embedding, one of them allowed. The kiosk's idle times are short so the reset can be watched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "wegweiser.watch=false", "wegweiser.rate-limit.enabled=false", "wegweiser.kiosk.idle=3s",
				"wegweiser.kiosk.countdown=3s", "wegweiser.public-url=https://wegweiser.example" })
abstract class BrowserTest {

	/** A host page that embeds the service in the three ways the embedding guide offers. */
	static final String HOST_PAGE = """
			<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Landkreis</title></head><body>
			<form id="form" action="SERVICE/de/search" method="get"><label for="wegweiser-q">Wonach suchen Sie?</label>
			<input id="wegweiser-q" name="q" type="search" maxlength="200" required><button type="submit">Suchen</button></form>
			<iframe id="frame" src="SERVICE/embed/de/" title="Wegweiser Wesermarsch" width="100%" height="320"></iframe>
			<script src="SERVICE/embed/host.js" defer></script>
			<script src="SERVICE/embed/wegweiser-search.js" defer></script>
			<wegweiser-search id="component" lang="ar"></wegweiser-search>
			</body></html>""";

	/** An origin the service allows to embed it. */
	static final HttpServer ALLOWED = host();

	/** An origin it does not. */
	static final HttpServer REFUSED = host();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void hosts(DynamicPropertyRegistry registry) {
		registry.add("wegweiser.embed.allowed-origins", () -> "http://localhost:" + ALLOWED.getAddress().getPort());
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	static void waitFor(Browser browser, Function<WebDriver, Boolean> condition) {
		new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(condition);
	}

	private static HttpServer host() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
			server.createContext("/", exchange -> {
				String query = exchange.getRequestURI().getQuery();
				String service = query.replaceAll("^service=([^&]*).*$", "$1");
				byte[] page = HOST_PAGE.replace("SERVICE", service).getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
				if (query.contains("&csp=strict")) {
					// a host page that allows no inline style and scripts only from the service
					exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; script-src " + service
							+ "; style-src 'self'; connect-src " + service + "; frame-src " + service);
				}
				exchange.sendResponseHeaders(200, page.length);
				exchange.getResponseBody().write(page);
				exchange.close();
			});
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
