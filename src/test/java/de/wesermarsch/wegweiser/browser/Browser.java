package de.wesermarsch.wegweiser.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), with axe-core for WCAG checks
 * and screenshots kept under {@code target/browser-artifacts}. Where no Chromium is installed the browser tests
 * are skipped with a message, unless {@code BROWSER_TESTS=required} (as in CI), where they fail.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	static final Path ARTIFACTS = Path.of("target/browser-artifacts");

	private static final String AXE = read("/axe/axe.min.js");

	final ChromeDriver driver;

	private Browser(boolean javascript, int width, int height) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=" + width + "," + height, "--lang=de");
		if (!javascript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
		this.driver = new ChromeDriver(service, options);
	}

	private static Browser shared;

	/**
	 * The one browser with JavaScript that all browser classes share (started once, closed when the tests end), at
	 * the given window size.
	 */
	static synchronized Browser shared(int width, int height) {
		if (shared == null) {
			shared = open(true, width, height);
			Browser started = shared;
			Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
		}
		shared.resize(width, height);
		return shared;
	}

	/** A window of this size, and no phone emulation left from an earlier test. */
	void resize(int width, int height) {
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
	}

	/** A phone's screen: {@code width} × {@code height} CSS pixels, the page's viewport meta honoured. */
	void phone(int width, int height) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
				"deviceScaleFactor", 1, "mobile", true));
	}

	/** A phone-sized browser, with or without JavaScript; skips (or fails in CI) without Chromium. */
	static Browser open(boolean javascript) {
		return open(javascript, 412, 915);
	}

	/** A browser of the given window size (the kiosk's screen is 1080 × 1920). */
	static Browser open(boolean javascript, int width, int height) {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
		if (!installed && "required".equals(System.getenv("BROWSER_TESTS"))) {
			throw new IllegalStateException("BROWSER_TESTS=required, but chromium and chromium-driver are not installed");
		}
		Assumptions.assumeTrue(installed, "browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
		return new Browser(javascript, width, height);
	}

	void get(String url) {
		driver.get(url);
	}

	Object script(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	/** axe-core's WCAG 2.0/2.1/2.2 A and AA violations on the current page, as readable lines. */
	@SuppressWarnings("unchecked")
	List<String> accessibilityViolations() {
		script(AXE);
		Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
				  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
				    + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
				  .catch(e => done(['axe failed: ' + e]));
				""");
		return (List<String>) result;
	}

	void screenshot(String name) {
		try {
			Files.createDirectories(ARTIFACTS);
			Files.write(ARTIFACTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(String resource) {
		try (var in = Browser.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Closes a browser of its own; the shared one stays open for the next class. */
	@Override
	public void close() {
		if (this != shared) {
			quit();
		}
	}

	private void quit() {
		try {
			driver.quit();
		}
		catch (RuntimeException e) {
			// already gone at shutdown
		}
	}

}
