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
		for (String uri : new String[] { "/api/v1/languages", "/api/v1/search?q=x&lang=zz", "/nothing" }) {
			client.get().uri(uri).exchange()
				.expectHeader().valueEquals("Content-Security-Policy", SecurityHeaders.CSP)
				.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
				.expectHeader().valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
				.expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
		}
	}

	@Test
	void theContentVersionIsTheETagAndARevalidationCostsNothing() {
		String etag = client.get().uri("/api/v1/entries/impressum").exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "public, no-cache")
			.returnResult(String.class).getResponseHeaders().getETag();
		assertThat(etag).matches("\"[0-9a-f]{16}\"");
		client.get().uri("/api/v1/search?q=Impressum").header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
			.expectStatus().isNotModified();
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
		client.get().uri("/api/v1/search?q=Fahrradwerkstatt 0151 2345678&lang=de").exchange().expectStatus().isOk();
		client.post().uri("/api/v1/feedback/not-found")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("q=Fahrradwerkstatt 0151 2345678&lang=de")
			.exchange().expectStatus().isNoContent();
		client.get().uri("/api/v1/status").header(HttpHeaders.AUTHORIZATION, "Bearer " + FixtureTest.TOKEN).exchange()
			.expectBody()
			.jsonPath("$.unmet[?(@.query=='fahrradwerkstatt')].zeroResults").isEqualTo(1)
			.jsonPath("$.unmet[?(@.query=='fahrradwerkstatt')].notFound").isEqualTo(1)
			.consumeWith(r -> assertThat(new String(r.getResponseBody())).doesNotContain("2345678"));
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
