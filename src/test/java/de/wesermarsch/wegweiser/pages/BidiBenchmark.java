package de.wesermarsch.wegweiser.pages;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import de.wesermarsch.wegweiser.WegweiserApplication;

/**
 * What isolating left-to-right runs ({@link Bidi}) costs per rendered page: the pages are rendered once by the
 * running service with the real content (a results page, an answer page and an entry, in Arabic and German), then
 * {@code isolate} parses, walks and writes one of them again, as every page request does; {@code request} asks
 * the service for the whole page over HTTP (one client, its search cached after the first call), which is what
 * the isolating is a part of. Run with
 * {@code BENCHMARKS=BidiBenchmark bench/jmh.sh -f 1}; results in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BidiBenchmark {

	@Param({ "/ar/search?q=دورة لغة", "/ar/answer?q=أين أجد قابلة", "/ar/entries/schwangerschaft-hebamme",
			"/de/search?q=Sprachkurs", "/de/entries/schwangerschaft-hebamme" })
	public String page;

	private ConfigurableApplicationContext app;

	private final HttpClient client = HttpClient.newHttpClient();

	private HttpRequest request;

	private String html;

	@Setup
	public void render() throws Exception {
		app = new SpringApplicationBuilder(WegweiserApplication.class)
			.properties("server.port=0", "wegweiser.watch=false", "wegweiser.rate-limit.enabled=false", "logging.level.root=warn")
			.run();
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		String[] parts = page.split("\\?q=", 2);
		request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + parts[0]
				+ (parts.length > 1 ? "?q=" + URLEncoder.encode(parts[1], StandardCharsets.UTF_8) : ""))).build();
		html = request().body();
	}

	@TearDown
	public void stop() {
		app.close();
	}

	@Benchmark
	public String isolate() {
		return Bidi.isolate(html);
	}

	@Benchmark
	public HttpResponse<String> request() throws Exception {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
