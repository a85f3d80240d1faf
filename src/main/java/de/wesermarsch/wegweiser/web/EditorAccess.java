package de.wesermarsch.wegweiser.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import de.wesermarsch.wegweiser.WegweiserProperties;
import reactor.core.publisher.Mono;

/**
 * Opens the status endpoint and the operational endpoints (metrics) only to a request that carries the editor
 * token from configuration ({@code Authorization: Bearer …}); health probes stay open for load balancers. Without
 * a configured token these endpoints stay closed. The path is matched the way the routers match it (decoded,
 * matrix parameters dropped: {@link PathPattern}), after {@link PathFirewall} has refused every spelling that
 * needs normalising, so no spelling reaches an editor endpoint unchecked. Wrong tokens are limited per client:
 * after {@value #FAILURES} a quarter of an hour, the client gets 429 without its token being compared (unless
 * {@code wegweiser.rate-limit.enabled} is false).
 */
@Component
class EditorAccess implements WebFilter, Ordered {

	static final int FAILURES = 10;

	private static final List<PathPattern> CLOSED = parse("/api/v1/status/**", "/actuator/**");

	private static final List<PathPattern> OPEN = parse("/actuator/health/**");

	private final byte[] token;

	private final Buckets failures = new Buckets(FAILURES, Duration.ofMinutes(15));

	private final boolean limited;

	private final ClientKey clients;

	private final Errors errors;

	EditorAccess(WegweiserProperties properties, ClientKey clients, Errors errors) {
		this.errors = errors;
		String configured = properties.editorToken();
		this.token = configured == null || configured.isBlank() ? null : configured.getBytes(StandardCharsets.UTF_8);
		this.clients = clients;
		this.limited = properties.rateLimit().enabled();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
		if (!matches(CLOSED, path) || matches(OPEN, path)) {
			return chain.filter(exchange);
		}
		if (token == null) {
			return Problems.write(exchange, HttpStatus.FORBIDDEN,
					"This endpoint is closed: no editor token is configured (wegweiser.editor-token).");
		}
		String client = clients.of(exchange);
		long wait = limited ? failures.peek(client) : 0;
		if (wait > 0) {
			return errors.tooMany(exchange, wait);
		}
		String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		byte[] given = header != null && header.startsWith("Bearer ")
				? header.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
		if (!MessageDigest.isEqual(token, given)) {
			failures.take(client);
			exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			return Problems.write(exchange, HttpStatus.UNAUTHORIZED,
					"This endpoint needs the editor token: send it as 'Authorization: Bearer <token>'.");
		}
		return chain.filter(exchange);
	}

	private static boolean matches(List<PathPattern> patterns, PathContainer path) {
		return patterns.stream().anyMatch(p -> p.matches(path));
	}

	private static List<PathPattern> parse(String... patterns) {
		return java.util.Arrays.stream(patterns).map(PathPatternParser.defaultInstance::parse).toList();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 5;
	}

}
