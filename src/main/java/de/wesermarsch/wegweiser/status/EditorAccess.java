package de.wesermarsch.wegweiser.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import de.wesermarsch.wegweiser.WegweiserProperties;
import de.wesermarsch.wegweiser.api.Problems;
import reactor.core.publisher.Mono;

/**
 * Opens the status endpoint and the operational endpoints (metrics) only to a request that carries the editor
 * token from configuration ({@code Authorization: Bearer …}); health probes stay open for load balancers. Without
 * a configured token these endpoints stay closed.
 */
@Component
class EditorAccess implements WebFilter, Ordered {

	private final byte[] token;

	EditorAccess(WegweiserProperties properties) {
		String configured = properties.editorToken();
		this.token = configured == null || configured.isBlank() ? null : configured.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().value();
		boolean protectedPath = path.startsWith("/api/v1/status")
				|| (path.startsWith("/actuator") && !path.startsWith("/actuator/health"));
		if (!protectedPath) {
			return chain.filter(exchange);
		}
		if (token == null) {
			return Problems.write(exchange, HttpStatus.FORBIDDEN,
					"This endpoint is closed: no editor token is configured (wegweiser.editor-token).");
		}
		String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		byte[] given = header != null && header.startsWith("Bearer ")
				? header.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
		if (!MessageDigest.isEqual(token, given)) {
			exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			return Problems.write(exchange, HttpStatus.UNAUTHORIZED,
					"This endpoint needs the editor token: send it as 'Authorization: Bearer <token>'.");
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 5;
	}

}
