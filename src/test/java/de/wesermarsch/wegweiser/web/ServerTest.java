package de.wesermarsch.wegweiser.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The service through its real HTTP server and sockets, as an attacker meets it: requests the decoder refuses,
 * HTTP/1.0, methods no route has, connections that send nothing or trickle, forged host headers, posts and reads
 * from other origins, malformed headers and bodies on error paths. Every answer is problem+json (or a page), and
 * the log keeps neither the client's address nor what it sent.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"wegweiser.content-directory=src/test/resources/fixture/content",
		"wegweiser.i18n-directory=src/test/resources/fixture/i18n", "wegweiser.watch=false",
		"wegweiser.rate-limit.enabled=false", "wegweiser.public-url=https://wegweiser.example",
		"wegweiser.embed.allowed-origins=https://www.county.example", "wegweiser.timeouts.header=1s" })
class ServerTest {

	static final String SECRET = "Geheimstrasse";

	@LocalServerPort
	int port;

	WebTestClient client;

	@BeforeEach
	void bind() {
		client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
			.responseTimeout(java.time.Duration.ofSeconds(30)).build();
	}

	@Test
	void requestsTheDecoderRefusesAreProblemsAndLeaveNoAddressInTheLog(CapturedOutput log) throws IOException {
		assertThat(raw("GET /api/v1/search?q=" + SECRET + "a".repeat(5000) + " HTTP/1.1\r\nHost: x\r\n\r\n"))
			.startsWith("HTTP/1.1 414").contains("application/problem+json", "\"status\":414");
		assertThat(raw("GET /api/v1/languages HTTP/1.1\r\nHost: x\r\nX-A: " + SECRET + "b".repeat(20_000) + "\r\n\r\n"))
			.startsWith("HTTP/1.1 431").contains("application/problem+json", "\"status\":431");
		assertThat(raw("GET /api/v1/languages HTTP/1.1\r\nHost: x\r\n" + SECRET + " no colon\r\n\r\n"))
			.startsWith("HTTP/1.1 400").contains("application/problem+json", "\"status\":400");
		assertThat(log.getAll()).doesNotContain("Decoding failed", SECRET, "127.0.0.1:");
	}

	@Test
	void http10GetsNoChunksAndTheWholeBody() throws IOException {
		String answer = raw("GET /de/ HTTP/1.0\r\nAccept-Encoding: gzip\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 200").doesNotContainIgnoringCase("transfer-encoding")
			.containsIgnoringCase("connection: close");
		assertThat(raw("GET /de/ HTTP/1.0\r\n\r\n")).endsWith("</html>\n");
	}

	@Test
	void methodsNoRouteHasAre405WithAllow() {
		for (String method : new String[] { "PUT", "DELETE", "TRACE", "PATCH" }) {
			client.method(org.springframework.http.HttpMethod.valueOf(method)).uri("/api/v1/search?q=x").exchange()
				.expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
				.expectHeader().valueEquals(HttpHeaders.ALLOW, "GET,HEAD")
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		client.get().uri("/api/v1/feedback/not-found").exchange()
			.expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED).expectHeader().valueEquals(HttpHeaders.ALLOW, "POST");
		client.put().uri("/de/").accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED).expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
		client.put().uri("/nothing/here").exchange().expectStatus().isNotFound();
	}

	@Test
	void aConnectionThatSendsNothingOrTricklesIsClosed() throws IOException {
		try (Socket socket = socket()) {
			assertThat(socket.getInputStream().read()).isEqualTo(-1);
		}
		try (Socket socket = socket()) {
			OutputStream out = socket.getOutputStream();
			out.write("GET /de/ HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			assertThat(socket.getInputStream().read()).isEqualTo(-1);
		}
	}

	@Test
	void absoluteAddressesComeFromThePublicUrlNotFromTheRequest() {
		for (String uri : new String[] { "/de/embed", "/de/entries/impressum", "/api/v1/export/hsds/de" }) {
			String body = client.get().uri(uri).header(HttpHeaders.HOST, "evil.example")
				.header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "http").exchange()
				.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
			assertThat(body).as(uri).doesNotContain("evil.example").contains("https://wegweiser.example");
		}
	}

	@Test
	void otherOriginsCanNeitherReadTheApiNorPostFeedback() {
		client.get().uri("/api/v1/search?q=Kurs").header(HttpHeaders.ORIGIN, "https://evil.example").exchange()
			.expectStatus().isForbidden()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
		client.get().uri("/api/v1/search?q=Kurs").header(HttpHeaders.ORIGIN, "https://www.county.example").exchange()
			.expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://www.county.example");
		for (String origin : new String[] { "https://evil.example", "null" }) {
			client.post().uri("/api/v1/feedback/not-found").header(HttpHeaders.ORIGIN, origin)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("q=Kurs").exchange()
				.expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		client.post().uri("/de/not-found").header("Sec-Fetch-Site", "cross-site")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("q=Kurs").exchange().expectStatus().isForbidden();
		client.post().uri("/api/v1/feedback/not-found").header(HttpHeaders.ORIGIN, "http://127.0.0.1:" + port)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("q=Kurs").exchange().expectStatus().isNoContent();
		client.post().uri("/api/v1/feedback/not-found").header(HttpHeaders.ORIGIN, "https://wegweiser.example")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("q=Kurs").exchange().expectStatus().isNoContent();
	}

	@Test
	void malformedInputOnErrorPathsIsA4xxAndTheLogKeepsNoneOfIt(CapturedOutput log) {
		client.get().uri("/nothing?q=" + SECRET).header(HttpHeaders.ACCEPT, "text/html;q=").exchange()
			.expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		client.get().uri("/nothing?q=" + SECRET).header(HttpHeaders.ACCEPT, "text/plain,".repeat(60) + "text/html").exchange()
			.expectStatus().isBadRequest();
		client.post().uri("/api/v1/feedback/not-found").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("q=%ZZ" + SECRET).exchange()
			.expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		client.post().uri("/de/not-found").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("q=" + SECRET + "x".repeat(300_000)).exchange()
			.expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(log.getAll()).doesNotContain(SECRET, "Exception", "\tat ");
	}

	private Socket socket() throws IOException {
		Socket socket = new Socket("127.0.0.1", port);
		socket.setSoTimeout(20_000);
		return socket;
	}

	/** Sends the bytes as they are and reads the answer until the server closes (or 20 s pass). */
	private String raw(String request) throws IOException {
		try (Socket socket = socket()) {
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			InputStream in = socket.getInputStream();
			try {
				return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
			}
			catch (SocketTimeoutException e) {
				return "(no end within 20 s)";
			}
		}
	}

}
