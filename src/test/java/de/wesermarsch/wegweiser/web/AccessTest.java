package de.wesermarsch.wegweiser.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import de.wesermarsch.wegweiser.Fixture;
import de.wesermarsch.wegweiser.FixtureTest;

/**
 * The editors' endpoints (status, metrics) stay closed however their address is spelled: percent-encoded
 * letters, matrix parameters, encoded dots and slashes, double slashes. Spellings that the router would match
 * after decoding are checked after decoding; spellings that only a lenient normaliser would match are refused.
 */
class AccessTest extends Fixture {

	/** Each of these reaches the status or the metrics in a router that decodes the path and drops ";…". */
	static final String[] SPELLINGS = { "/api/v1/status", "/api/v1/%73tatus", "/api/v1;/status", "/api;x/v1/status",
			"/api/%76%31/status", "/api/v1/status;x", "/api/v1/status/", "/%61ctuator/prometheus",
			"/actuator;a/prometheus", "/actuator/%70rometheus", "/api/v1/%2e/status", "/api/v1/./status",
			"/api/v1/x/../status", "/api/v1/x/%2e%2e/status", "/api//v1/status", "/api/v1%2fstatus",
			"/actuator/health/../prometheus", "/actuator/health/%2e%2e/prometheus", "/actuator/health;/../prometheus" };

	@Test
	void everySpellingOfAnEditorAddressIsRefusedWithoutTheToken() {
		for (String spelling : SPELLINGS) {
			var result = client.get().uri(URI.create("http://localhost" + spelling)).exchange()
				.expectBody(String.class).returnResult();
			assertThat(result.getStatus().value()).as(spelling).isIn(400, 401, 404);
			assertThat(result.getResponseBody()).as(spelling).doesNotContain("unmet", "jvm_", "\"version\"");
			assertThat(result.getResponseHeaders().getContentType()).as(spelling)
				.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	@Test
	void decodedSpellingsThatTheRouterMatchesNeedTheTokenAndOpenWithIt() {
		for (String spelling : new String[] { "/api/v1/%73tatus", "/api/%76%31/status", "/%61ctuator/prometheus" }) {
			client.get().uri(URI.create("http://localhost" + spelling)).exchange()
				.expectStatus().isUnauthorized()
				.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			client.get().uri(URI.create("http://localhost" + spelling))
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + FixtureTest.TOKEN).exchange()
				.expectStatus().isOk();
		}
	}

	@Test
	void addressesThatNeedNormalisingAreRefusedAsBadRequests() {
		for (String spelling : new String[] { "/api/v1;/status", "/api;x/v1/status", "/api/v1/%2e/status",
				"/api//v1/status", "/api/v1%2fstatus", "/de/..%2fapi/v1/status", "/de/%5csearch" }) {
			client.get().uri(URI.create("http://localhost" + spelling)).exchange()
				.expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	@Test
	void healthProbesAndPublicAddressesStayOpen() {
		client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		client.get().uri("/api/v1/search?q=a;b%2e%2f").exchange().expectStatus().isOk();
		client.get().uri("/api/v1/languages").exchange().expectStatus().isOk();
	}

}
