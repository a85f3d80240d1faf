package de.wesermarsch.wegweiser.integreat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The service serving the imported guide of the Landkreis Augsburg with its default i18n: questions in German and
 * English find their page, guide pages show their HTML made safe, the path to them and the pages under them.
 */
@SpringBootTest
class AugsburgServedTest {

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) throws IOException {
		ImportedRegion.serve("lkaugsburg", registry);
	}

	@Autowired
	ApplicationContext context;

	WebTestClient client;

	@BeforeEach
	void bind() {
		client = WebTestClient.bindToApplicationContext(context).build();
	}

	@Test
	void aGermanQuestionFindsItsPage() {
		client.get().uri(u -> u.path("/api/v1/search").queryParam("q", "Wo kann ich einen Deutschkurs machen?")
				.queryParam("lang", "de").queryParam("limit", "3").build())
			.exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.hits[*].id").value(ids -> assertThat(ids.toString()).contains("integreat-5599897"));
	}

	@Test
	void anEnglishQuestionFindsItsPageInEnglish() {
		client.get().uri(u -> u.path("/api/v1/search").queryParam("q", "Where do I get help as a woman in need?")
				.queryParam("lang", "en").queryParam("limit", "3").build())
			.exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.hits[*].id").value(ids -> assertThat(ids.toString()).contains("integreat-5408737"))
			.jsonPath("$.hits[?(@.id == 'integreat-5408737')].title").isEqualTo("For women in need");
	}

	@Test
	void aGuidePageShowsItsPathItsHtmlAndItsContactWithoutScript() {
		String page = client.get().uri("/de/entries/integreat-5600234").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(page).contains("<nav class=\"crumbs\"", "href=\"/de/guide\"", "href=\"/de/entries/integreat-5484856\"")
			.contains("<li>Pflichtaufgaben").contains("href=\"tel:+4982131020\"")
			.contains("rel=\"external noopener noreferrer\"")
			.doesNotContain("<img src=\"https://admin.integreat-app.de");
		// the only scripts are the service's own: its JSON-LD and its suggestions (none from the page's HTML)
		assertThat(page.replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "")
			.replaceAll("<script src=\"/assets/suggest-[0-9a-f]+\\.js\" defer></script>", "")).doesNotContain("<script");
	}

	@Test
	void aChapterListsItsPagesInTheirOrderAndTheGuideItsChapters() {
		String chapter = client.get().uri("/en/entries/integreat-5484856").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(chapter).contains("<nav class=\"toc\"", "The Augsburg District Office");
		String guide = client.get().uri("/de/guide").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(guide).contains("Wichtiges zum Leben im Landkreis Augsburg", "href=\"/de/entries/integreat-5484856\"")
			.contains("<title>Ratgeber · Wegweiser lkaugsburg</title>")
			// no link to what the region's content does not have: networks, the measures of a concept
			.doesNotContain("/de/measures", "/de/networks", "Wesermarsch", "Koordinierungsstelle");
	}

}
