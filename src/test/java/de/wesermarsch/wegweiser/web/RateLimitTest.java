package de.wesermarsch.wegweiser.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(properties = { "wegweiser.content-directory=src/test/resources/fixture/content",
		"wegweiser.i18n-directory=src/test/resources/fixture/i18n", "wegweiser.watch=false",
		"wegweiser.rate-limit.requests=5", "wegweiser.rate-limit.per=1h" })
class RateLimitTest {

	@Autowired
	ApplicationContext context;

	@Test
	void aClientBeyondItsBurstGets429WithRetryAfterWhileHealthProbesPass() {
		WebTestClient client = WebTestClient.bindToApplicationContext(context).build();
		for (int i = 0; i < 5; i++) {
			client.get().uri("/api/v1/languages").exchange().expectStatus().isOk();
		}
		client.get().uri("/api/v1/search?q=Kurs").exchange()
			.expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader().value("Retry-After", v -> org.assertj.core.api.Assertions.assertThat(Long.parseLong(v)).isPositive());
		client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
	}

}
