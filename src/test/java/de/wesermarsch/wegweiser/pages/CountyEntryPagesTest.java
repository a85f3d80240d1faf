package de.wesermarsch.wegweiser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import de.wesermarsch.wegweiser.content.ContentLoader;
import de.wesermarsch.wegweiser.content.Entry;

/**
 * The county's own content served as readers get it: every entry page, of every kind, ends with someone a reader
 * can call, write to or go to (its own phone, e-mail or address, the office responsible for it, or the office that
 * can tell them whom to contact).
 */
@SpringBootTest(properties = { "wegweiser.content-directory=content", "wegweiser.i18n-directory=i18n",
		"wegweiser.watch=false", "wegweiser.rate-limit.enabled=false" })
class CountyEntryPagesTest {

	@Autowired
	ApplicationContext context;

	WebTestClient client;

	@BeforeEach
	void bindClient() {
		client = WebTestClient.bindToApplicationContext(context).build();
	}

	@Test
	void everyEntryPageEndsWithSomeoneToCallWriteToOrGoTo() {
		var content = new ContentLoader(Path.of("content"), Path.of("i18n")).load();
		for (Entry entry : content.entries().values()) {
			String page = client.get().uri("/de/entries/" + entry.id()).exchange().expectStatus().isOk()
				.expectBody(String.class).returnResult().getResponseBody();
			assertThat(page).as("whom to ask on %s", entry.id()).containsAnyOf("href=\"tel:", "href=\"mailto:", "href=\"https://www.openstreetmap.org/search?query=");
		}
	}

	@Test
	void aGuideWithOnlyAWebPageAlsoNamesWhoCanTellWhomToContact() {
		String page = client.get().uri("/en/entries/kindergeld").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(page).contains("https://www.familienkasse.de")
			.contains("This office can also tell you whom to contact:")
			.contains("href=\"tel:+494401927712\"")
			.doesNotContain("We have no contact details for this entry");
	}

}
