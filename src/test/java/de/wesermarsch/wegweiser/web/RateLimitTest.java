package de.wesermarsch.wegweiser.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The limit through a real server and its sockets, so the client address is the one the server sees: without
 * trusted proxies forwarded headers change nothing; behind a trusted proxy each forwarded client has its own
 * bucket, and an IPv6 /64 counts as one client. Only the routes that cost work are limited.
 */
class RateLimitTest {

	static final String FIXTURE = "wegweiser.content-directory=src/test/resources/fixture/content";

	static final String I18N = "wegweiser.i18n-directory=src/test/resources/fixture/i18n";

	abstract static class Server {

		@LocalServerPort
		int port;

		WebTestClient client;

		@BeforeEach
		void bind() {
			// a new connection for every request: a pooled one can outlive the server's idle timeout and be reset
			// just as it is reused, which a slow machine makes likely; the limit counts requests, not connections
			client = WebTestClient.bindToServer(new org.springframework.http.client.reactive.ReactorClientHttpConnector(
					reactor.netty.http.client.HttpClient.newConnection()))
				.baseUrl("http://127.0.0.1:" + port)
				.responseTimeout(java.time.Duration.ofSeconds(30)).build();
		}

		/** Searches as this forwarded client until refused; returns how many were answered. */
		int drain(String forwardedFor) {
			for (int i = 0; i < 50; i++) {
				int status = client.get().uri("/api/v1/search?q=Kurs").header("X-Forwarded-For", forwardedFor.replace("#", "" + i))
					.exchange().returnResult(String.class).getStatus().value();
				if (status == 429) {
					return i;
				}
			}
			return 50;
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { FIXTURE, I18N, "wegweiser.watch=false",
			"wegweiser.rate-limit.requests=5", "wegweiser.rate-limit.per=1h" })
	class WithoutTrustedProxies extends Server {

		@Test
		void aRotatingForwardedAddressGivesNoNewIdentity() {
			assertThat(drain("198.51.100.#")).isLessThanOrEqualTo(5);
			client.get().uri("/api/v1/suggest?q=Ku").header("X-Forwarded-For", "198.51.100.200").exchange()
				.expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectHeader().value(HttpHeaders.RETRY_AFTER, v -> assertThat(Long.parseLong(v)).isPositive());
		}

		@Test
		void pagesFontsStylesAndHealthAreNotLimited() {
			drain("x");
			for (String uri : new String[] { "/de/", "/ar/topics", "/assets/site.css", "/assets/fonts.css",
					"/api/v1/languages", "/actuator/health/readiness" }) {
				for (int i = 0; i < 8; i++) {
					client.get().uri(uri).exchange().expectStatus().isOk();
				}
			}
		}

		@Test
		void everyWayToSearchOrAskIsLimited() {
			drain("x");
			for (String uri : new String[] { "/api/v1/answer?q=Kurs", "/de/search?q=Kurs", "/de/answer?q=Kurs",
					"/kiosk/de/search?q=Kurs", "/kiosk/de/answer?q=Kurs", "/embed/de/?q=Kurs", "/embed/de/answer?q=Kurs" }) {
				assertThat(client.get().uri(uri).exchange().returnResult(Void.class).getStatus()).as(uri)
						.isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
			}
		}

		@Test
		void aRefusedSearchPageIsInTheReadersLanguageWithAWayToGoOn() {
			drain("x");
			String page = client.get().uri("/ar/search?q=Kurs").accept(MediaType.TEXT_HTML).exchange()
				.expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
				.expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
				.expectHeader().exists(HttpHeaders.RETRY_AFTER)
				.expectBody(String.class).returnResult().getResponseBody();
			assertThat(page).contains("<html lang=\"ar\" dir=\"rtl\"", "href=\"/ar/search?q=Kurs\"", "href=\"/ar/topics\"");
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { FIXTURE, I18N, "wegweiser.watch=false",
			"wegweiser.rate-limit.requests=5", "wegweiser.rate-limit.per=1h", "wegweiser.editor-token=right",
			"wegweiser.trusted-proxies=127.0.0.1,::1" })
	class BehindATrustedProxy extends Server {

		@Test
		void eachForwardedClientHasItsOwnBucket() {
			assertThat(drain("203.0.113.1")).isEqualTo(5);
			assertThat(drain("203.0.113.2")).isEqualTo(5);
		}

		@Test
		void addressesAClientPutsLeftOfTheProxysOwnDoNotCount() {
			// nginx with $proxy_add_x_forwarded_for: the client's own header, then the address nginx saw
			assertThat(drain("10.9.9.#, 203.0.113.3")).isEqualTo(5);
		}

		@Test
		void oneIpv6Slash64IsOneClient() {
			assertThat(drain("2001:db8:1:2::#")).isEqualTo(5);
			assertThat(drain("2001:db8:1:3::1")).isEqualTo(5);
		}

		@Test
		void wrongEditorTokensAreLimitedAndThenEvenTheRightOneWaits() {
			for (int i = 0; i < EditorAccess.FAILURES; i++) {
				client.get().uri("/api/v1/status").header("X-Forwarded-For", "203.0.113.4")
					.header(HttpHeaders.AUTHORIZATION, "Bearer guess" + i).exchange().expectStatus().isUnauthorized();
			}
			client.get().uri("/api/v1/status").header("X-Forwarded-For", "203.0.113.4")
				.header(HttpHeaders.AUTHORIZATION, "Bearer right").exchange()
				.expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
			client.get().uri("/api/v1/status").header("X-Forwarded-For", "203.0.113.5")
				.header(HttpHeaders.AUTHORIZATION, "Bearer right").exchange().expectStatus().isOk();
		}

	}

	@Test
	void ipv6ClientsAreToldApartByTheir64BitNetwork() throws Exception {
		assertThat(ClientKey.network(InetAddress.getByName("2001:db8::1")))
			.isEqualTo(ClientKey.network(InetAddress.getByName("2001:db8::ffff:1")))
			.isNotEqualTo(ClientKey.network(InetAddress.getByName("2001:db8:0:1::1")));
		assertThat(ClientKey.network(InetAddress.getByName("192.0.2.1")))
			.isNotEqualTo(ClientKey.network(InetAddress.getByName("192.0.2.2")));
	}

}
