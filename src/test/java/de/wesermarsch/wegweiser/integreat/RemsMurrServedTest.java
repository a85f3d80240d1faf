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
 * The service serving the imported guide of the Rems-Murr-Kreis with its default i18n: questions in German and
 * English find their page, guide pages show their HTML made safe, the path to them and the pages under them.
 */
@SpringBootTest
class RemsMurrServedTest {

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) throws IOException {
		ImportedRegion.serve("rems-murr-kreis", registry);
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
		client.get().uri(u -> u.path("/api/v1/search").queryParam("q", "Wo finde ich die Ausländerbehörde?")
				.queryParam("lang", "de").queryParam("limit", "3").build())
			.exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.hits[*].id").value(ids -> assertThat(ids.toString()).contains("integreat-5484297"));
	}

	@Test
	void anEnglishQuestionFindsItsPageInEnglish() {
		client.get().uri(u -> u.path("/api/v1/search").queryParam("q", "Who helps me if I am discriminated against?")
				.queryParam("lang", "en").queryParam("limit", "3").build())
			.exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.hits[*].id").value(ids -> assertThat(ids.toString()).contains("integreat-3957288"));
	}

}
