package de.wesermarsch.wegweiser.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import net.sf.okapi.lib.xliff2.core.TargetState;

import de.wesermarsch.wegweiser.Fixture;

/**
 * An Arabic round trip as an agency would do it — export, three targets filled in with Okapi, import — and then
 * what a reader meets: the API and the entry page show the texts as a person's translation, not a machine's.
 */
@SpringBootTest(properties = { "wegweiser.watch=false", "wegweiser.rate-limit.enabled=false" })
class XliffRoundTripTest {

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void translatedContent(DynamicPropertyRegistry registry) throws IOException {
		Fixture.copyTo(dir);
		String content = dir.resolve("content").toString();
		String i18n = dir.resolve("i18n").toString();
		PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
		XliffCommand command = new XliffCommand(quiet, quiet, Clock.systemUTC());
		Path exported = dir.resolve("ar.xlf");
		Path delivered = dir.resolve("ar-done.xlf");
		assertThat(command.execute(new String[] { "xliff-export", "ar", exported.toString(), "--content", content,
				"--i18n", i18n })).isZero();
		Translator.work(exported, delivered, XliffCommandTest.AGENCY, TargetState.REVIEWED,
				(id, source) -> XliffCommandTest.ARABIC.get(id));
		assertThat(command.execute(new String[] { "xliff-import", delivered.toString(), "--content", content,
				"--i18n", i18n })).isZero();
		registry.add("wegweiser.content-directory", () -> content);
		registry.add("wegweiser.i18n-directory", () -> i18n);
	}

	@Autowired
	ApplicationContext context;

	WebTestClient client;

	@BeforeEach
	void client() {
		client = WebTestClient.bindToApplicationContext(context).build();
	}

	@Test
	void theApiShowsTheTextsAsAPersonsTranslation() {
		client.get().uri("/api/v1/entries/sprachcafe-burhave?lang=ar").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.lang").isEqualTo("ar")
			.jsonPath("$.fallback").isEqualTo(false)
			.jsonPath("$.title").isEqualTo(XliffCommandTest.ARABIC.get("sprachcafe-burhave.title.r1"))
			.jsonPath("$.translation.provenance").isEqualTo("human")
			.jsonPath("$.translation.machine").isEqualTo(false)
			.jsonPath("$.translation.translator").isEqualTo("Leila Haddad")
			.jsonPath("$.translation.reviewed").isEqualTo(true)
			.jsonPath("$.translation.reviewedOn").isEqualTo("2026-11-30");
	}

	@Test
	void theEntryPageSaysWhoTranslatedIt() {
		String page = client.get().uri("/ar/entries/sprachcafe-burhave").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		// the fixture's interface texts are German only, so the page speaks German around the Arabic text; its
		// Latin runs are isolated left-to-right (<bdi>), so the sentence is read as text, without the markup
		assertThat(page.replaceAll("<[^>]+>", "")).contains(XliffCommandTest.ARABIC.get("sprachcafe-burhave.summary.r1"))
			.contains("Übersetzt von Leila Haddad.", "Geprüft von Leila Haddad am 30 نوفمبر 2026.")
			.doesNotContain("Maschinell übersetzt");
	}

}
