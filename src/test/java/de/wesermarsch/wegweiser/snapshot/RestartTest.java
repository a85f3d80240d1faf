package de.wesermarsch.wegweiser.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import de.wesermarsch.wegweiser.Fixture;
import de.wesermarsch.wegweiser.WegweiserApplication;

/**
 * Restarts of the whole service (a kill, a rolling update) with content that does not load: the last content
 * that loaded, kept on disk, is served, with the failure in the status and a readiness probe that says the
 * content is not current; without a kept copy the service does not start and says why in sentences, not a stack
 * trace. An editor's backup file ({@code x.yaml~}) is no failure at all.
 */
@ExtendWith(OutputCaptureExtension.class)
class RestartTest {

	@TempDir
	Path dir;

	@Test
	void aRestartWithBrokenContentServesTheLastGoodContent() throws IOException {
		Fixture.copyTo(dir);
		String good;
		try (var service = start()) {
			good = service.getBean(Snapshots.class).current().version();
			readiness(service, "UP");
		}
		Path impressum = dir.resolve("content/pages/impressum.yaml");
		Files.writeString(impressum, Files.readString(impressum).replace("reviewed: 2026-11-25", "reviewed: someday"));
		Files.writeString(dir.resolve("content/pages/impressum.yaml~"), "id: [an editor's backup\n");
		try (var service = start()) {
			assertThat(service.getBean(Snapshots.class).current().version()).isEqualTo(good);
			client(service).get().uri("/api/v1/entries/impressum").exchange().expectStatus().isOk();
			client(service).get().uri("/api/v1/status").header(HttpHeaders.AUTHORIZATION, "Bearer t").exchange()
				.expectBody()
				.jsonPath("$.version").isEqualTo(good)
				.jsonPath("$.current").isEqualTo(false)
				.jsonPath("$.servedFrom").isEqualTo("the last good copy")
				.jsonPath("$.lastReload.ok").isEqualTo(false)
				.jsonPath("$.lastReload.problems.length()").isEqualTo(1)
				.jsonPath("$.lastReload.problems[0]").isEqualTo("content/pages/impressum.yaml: entry 'impressum', "
						+ "field 'reviewed': 'someday' is not a date of the form YYYY-MM-DD");
			readiness(service, "STALE");
			// the editor repairs the file: the content on disk is served again, and is current
			Files.writeString(impressum, Files.readString(impressum).replace("reviewed: someday", "reviewed: 2026-11-25"));
			assertThat(service.getBean(Snapshots.class).reload().ok()).isTrue();
			readiness(service, "UP");
		}
	}

	@Test
	void anEditorsBackupFileAtStartIsIgnored() throws IOException {
		Fixture.copyTo(dir);
		Files.writeString(dir.resolve("content/offers/sprachcafe-burhave.yaml~"), "id: [broken\n");
		try (var service = start()) {
			assertThat(service.getBean(Snapshots.class).contentCurrent()).isTrue();
		}
	}

	@Test
	void withoutAKeptCopyAFileThatCannotBeReadStopsTheStartWithOneSentence(CapturedOutput output) throws IOException {
		Fixture.copyTo(dir);
		Path offer = dir.resolve("content/offers/sprachcafe-burhave.yaml");
		Files.delete(offer);
		Files.createSymbolicLink(offer, dir.resolve("nowhere.yaml"));
		assertThatThrownBy(this::start).hasRootCauseInstanceOf(de.wesermarsch.wegweiser.content.ContentException.class);
		assertThat(output.getAll()).contains("content/offers/sprachcafe-burhave.yaml: is a link to a file that does not exist")
			.doesNotContain("\tat ");
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(WegweiserApplication.class).run("--server.port=0",
				"--wegweiser.content-directory=" + dir.resolve("content"), "--wegweiser.i18n-directory=" + dir.resolve("i18n"),
				"--wegweiser.reload.state-directory=" + dir.resolve("state"), "--wegweiser.watch=false",
				"--wegweiser.editor-token=t", "--wegweiser.rate-limit.enabled=false");
	}

	private static WebTestClient client(ConfigurableApplicationContext service) {
		return WebTestClient.bindToApplicationContext(service).build();
	}

	private static void readiness(ConfigurableApplicationContext service, String status) {
		client(service).get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo(status);
	}

}
