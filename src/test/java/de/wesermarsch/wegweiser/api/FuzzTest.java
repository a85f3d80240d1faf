package de.wesermarsch.wegweiser.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import de.wesermarsch.wegweiser.FixtureTest;

/**
 * Fuzzing the search, suggest and entry endpoints with random Unicode (every plane, control characters, lone
 * surrogates, combining marks, right-to-left marks), Lucene syntax and random parameter values. Every answer
 * must be a 2xx or a 4xx problem, never a 5xx. {@code mvn test} sends the same {@value #REQUESTS} requests every
 * time (a fixed seed); {@code mvn test -Pfuzz} sends many more from a new seed ({@code -Dfuzz.requests=N},
 * {@code -Dfuzz.seed=N}), printed so that a failure can be replayed.
 */
@FixtureTest
class FuzzTest {

	private static final String[] SYNTAX = { "*:*", "\"", "~", "\\", "(", ")", "[", "]", "{", "}", "^", "AND", "OR",
			"NOT", "+", "-", "&&", "||", "!", ":", "/", "?", "*", "%", "%00", "%ZZ", "\u0000", "\u202E", "\u200C",
			"\uFEFF", "\uD800", "\uDFFF" };

	private static final String[] PARAMS = { "q", "lang", "easy", "type", "topic", "place", "limit", "offset" };

	@Autowired
	ApplicationContext context;

	static final int REQUESTS = 400;

	static final long SEED = 20_241_012L;

	@Test
	void noInputGivesAServerError() {
		long seed = Long.getLong("fuzz.seed", SEED);
		int count = Integer.getInteger("fuzz.requests", REQUESTS);
		Random random = new Random(seed);
		WebTestClient client = WebTestClient.bindToApplicationContext(context).build();
		int requests = 0;
		List<String> failures = new ArrayList<>();
		while (requests < count && failures.isEmpty()) {
			String text = text(random);
			String uri = switch (random.nextInt(4)) {
				case 0 -> "/api/v1/suggest";
				case 1 -> "/api/v1/entries/" + encode(text);
				case 2 -> "/api/v1/entries";
				default -> "/api/v1/search";
			};
			StringBuilder query = new StringBuilder();
			for (int i = random.nextInt(5); i >= 0; i--) {
				String name = i == 0 ? "q" : PARAMS[random.nextInt(PARAMS.length)];
				query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(encode(i == 0 ? text : text(random)));
			}
			int status = client.get().uri(java.net.URI.create("http://localhost" + uri + query)).exchange()
				.returnResult(String.class).getStatus().value();
			requests++;
			if (status >= 500) {
				failures.add(status + " for " + uri + query);
			}
		}
		System.out.printf("Fuzzed %d requests, seed %d%n", requests, seed);
		assertThat(failures).as("seed %d", seed).isEmpty();
		assertThat(requests).isEqualTo(count);
	}

	private static String text(Random random) {
		StringBuilder text = new StringBuilder();
		for (int i = random.nextInt(40); i >= 0; i--) {
			switch (random.nextInt(4)) {
				case 0 -> text.append(SYNTAX[random.nextInt(SYNTAX.length)]);
				case 1 -> text.append((char) random.nextInt(0x80));
				case 2 -> text.append((char) random.nextInt(0x10000));
				default -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
			}
		}
		if (random.nextInt(20) == 0) {
			text.append("x".repeat(random.nextInt(400)));
		}
		return text.toString();
	}

	/** Percent-encodes the UTF-8 bytes (a lone surrogate becomes '?', as a browser would send it). */
	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

}
