package de.wesermarsch.wegweiser.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Live content: the service watches its directories and swaps in changed content without a restart. */
@SpringBootTest(properties = { "wegweiser.rate-limit.enabled=false", "wegweiser.editor-token=t" })
class ReloadTest {

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void directories(DynamicPropertyRegistry registry) throws IOException {
		de.wesermarsch.wegweiser.Fixture.copyTo(dir);
		registry.add("wegweiser.content-directory", () -> dir.resolve("content").toString());
		registry.add("wegweiser.i18n-directory", () -> dir.resolve("i18n").toString());
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	Snapshots snapshots;

	WebTestClient client;

	Path impressum;

	@BeforeEach
	void client() throws IOException {
		client = WebTestClient.bindToApplicationContext(context).configureClient().responseTimeout(Duration.ofSeconds(10)).build();
		impressum = dir.resolve("content/pages/impressum.yaml");
		Files.writeString(impressum, Files.readString(impressum).replaceAll("title: Impressum.*", "title: Impressum"));
		snapshots.reload();
	}

	@Test
	void aSavedChangeIsServedWithinSecondsWithANewETag() throws Exception {
		String before = etag();
		edit("title: Impressum", "title: Impressum des Landkreises");
		long deadline = System.currentTimeMillis() + 10_000;
		String title = "";
		while (System.currentTimeMillis() < deadline && !title.equals("Impressum des Landkreises")) {
			Thread.sleep(100);
			title = client.get().uri("/api/v1/entries/impressum").exchange().expectBody(EntryTitle.class)
				.returnResult().getResponseBody().title();
		}
		assertThat(title).isEqualTo("Impressum des Landkreises");
		assertThat(etag()).isNotEqualTo(before);
	}

	record EntryTitle(String title) {
	}

	@Test
	void aBrokenFileLeavesTheOldContentServedAndTheErrorReported() throws IOException {
		String before = etag();
		edit("reviewed: 2026-11-25", "reviewed: someday");
		Snapshots.Reload reload = snapshots.reload();
		assertThat(reload.ok()).isFalse();
		assertThat(etag()).isEqualTo(before);
		client.get().uri("/api/v1/entries/impressum").exchange().expectStatus().isOk();
		client.get().uri("/api/v1/status").header(HttpHeaders.AUTHORIZATION, "Bearer t").exchange()
			.expectBody()
			.jsonPath("$.lastReload.ok").isEqualTo(false)
			.jsonPath("$.lastReload.problems[0]").isEqualTo(
					"content/pages/impressum.yaml: entry 'impressum', field 'reviewed': 'someday' is not a date of the form YYYY-MM-DD");
		edit("reviewed: someday", "reviewed: 2026-11-25");
		assertThat(snapshots.reload().ok()).isTrue();
	}

	@Test
	void searchesDuringReloadsAllSucceed() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		AtomicBoolean running = new AtomicBoolean(true);
		ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
		List<Future<?>> workers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			int n = i;
			workers.add(pool.submit(() -> {
				for (int k = 0; running.get(); k++) {
					statuses.add(client.get().uri("/api/v1/search?q=Impressum " + n + k).exchange()
						.returnResult(String.class).getStatus().value());
				}
			}));
		}
		// a fixed number of reloads, not a time window: on a loaded machine a reload may take seconds
		for (int i = 0; i < 8; i++) {
			edit("title: Impressum", "title: Impressum " + i + " ");
			assertThat(snapshots.reload().ok()).isTrue();
			edit("title: Impressum " + i + " ", "title: Impressum");
			Thread.sleep(50);
		}
		running.set(false);
		for (Future<?> worker : workers) {
			worker.get();
		}
		pool.shutdown();
		assertThat(statuses).hasSizeGreaterThan(8).allMatch(s -> s == 200);
	}

	private String etag() {
		return client.get().uri("/api/v1/languages").exchange().returnResult(String.class).getResponseHeaders()
			.getFirst(HttpHeaders.ETAG);
	}

	private void edit(String from, String to) throws IOException {
		String text = Files.readString(impressum);
		assertThat(text).contains(from);
		Files.writeString(impressum, text.replace(from, to));
	}

}
