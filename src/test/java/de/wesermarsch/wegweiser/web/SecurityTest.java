package de.wesermarsch.wegweiser.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import de.wesermarsch.wegweiser.Fixture;
import de.wesermarsch.wegweiser.FixtureTest;

class SecurityTest extends Fixture {

	@Test
	void everyResponseCarriesAStrictContentSecurityPolicyAndNoCookie() {
		for (String uri : new String[] { "/api/v1/languages", "/api/v1/search?q=x&lang=zz", "/nothing", "/de/" }) {
			client.get().uri(uri).exchange()
				.expectHeader().value("Content-Security-Policy", csp -> assertThat(directives(csp))
					.containsEntry("default-src", "'self'").containsEntry("script-src", "'self'")
					.containsEntry("style-src", "'self'").containsEntry("object-src", "'none'")
					.containsEntry("base-uri", "'none'").containsEntry("frame-ancestors", "'none'")
					.containsEntry("form-action", "'self'")
					.allSatisfy((name, value) -> assertThat(value).doesNotContain("unsafe", "*", "http:", "https:")))
				.expectHeader().valueEquals("X-Frame-Options", "DENY")
				.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
				.expectHeader().valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
				.expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
		}
	}

	/** The directives of a Content-Security-Policy by name. */
	static java.util.Map<String, String> directives(String csp) {
		java.util.Map<String, String> directives = new java.util.LinkedHashMap<>();
		for (String directive : csp.split(";")) {
			String[] parts = directive.strip().split(" ", 2);
			directives.put(parts[0], parts.length > 1 ? parts[1] : "");
		}
		return directives;
	}

	@Test
	void theStatusEndpointRefusesAMissingOrWrongToken() {
		client.get().uri("/api/v1/status").exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		client.get().uri("/api/v1/status").header(HttpHeaders.AUTHORIZATION, "Bearer wrong").exchange()
			.expectStatus().isUnauthorized();
		client.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
		client.get().uri("/api/v1/status").header(HttpHeaders.AUTHORIZATION, "Bearer " + FixtureTest.TOKEN).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.version").isNotEmpty().jsonPath("$.lastReload.ok").isEqualTo(true);
	}

	@Test
	void headAnswersLikeGetWithoutABody() {
		client.head().uri("/api/v1/entries/impressum").exchange()
			.expectStatus().isOk()
			.expectHeader().exists(HttpHeaders.ETAG)
			.expectBody().isEmpty();
		client.head().uri("/de/").exchange().expectStatus().isOk();
	}

	@Test
	void healthProbesStayOpen() {
		client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
	}

	@Test
	void metricsShowSearchesZeroResultsCacheAndContent() {
		client.get().uri("/api/v1/search?q=qqqqxxxzzz").exchange().expectStatus().isOk();
		client.get().uri("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, "Bearer " + FixtureTest.TOKEN).exchange()
			.expectStatus().isOk()
			.expectBody(String.class).value(metrics -> assertThat(metrics)
				.contains("wegweiser_searches_zero_results_total", "wegweiser_snapshot_age_seconds",
						"wegweiser_snapshot_info{version=", "wegweiser_reload_failures_total", "cache_gets_total{cache=\"search\"",
						"http_server_requests_seconds"));
	}

	@Test
	void searchesThatFoundNothingAndTheNotFoundSignalReachEditorsWithoutPersonalData() {
		client.get().uri("/api/v1/search?q=Fahrradwerkstatt Ahmadi 0151 2345678&lang=de").exchange().expectStatus().isOk();
		client.post().uri("/api/v1/feedback/not-found")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("q=Impressum Frau Ahmadi Lindenstraße 12 ahmadi@example.org&lang=de")
			.exchange().expectStatus().isNoContent();
		client.get().uri("/api/v1/status").header(HttpHeaders.AUTHORIZATION, "Bearer " + FixtureTest.TOKEN).exchange()
			.expectBody()
			.jsonPath("$.unmet[?(@.query=='…')].zeroResults").isNotEmpty()
			.jsonPath("$.unmet[?(@.query=='impressum …')].notFound").isNotEmpty()
			.consumeWith(r -> assertThat(new String(r.getResponseBody()))
				.doesNotContain("2345678", "ahmadi", "Ahmadi", "linden", "example", "fahrrad", "frau"));
	}

	@Test
	void oversizedAddressesAndTooManyParametersAreProblems() {
		client.get().uri("/api/v1/search?q=" + "a".repeat(3000)).exchange()
			.expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		client.get().uri("/api/v1/search?q=a" + "&type=offer".repeat(41)).exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
