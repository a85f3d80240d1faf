package de.wesermarsch.wegweiser.web;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import de.wesermarsch.wegweiser.WegweiserProperties;
import reactor.core.publisher.Mono;

/**
 * The security headers of every response: a strict Content-Security-Policy (only this origin, no inline script,
 * no framing), no MIME sniffing, no referrer beyond the origin, no access to device features, and isolation from
 * other origins. The service sets no cookies and makes no third-party requests, and the policy makes sure no page
 * can either. The embedding route may be framed by the configured host origins, and its scripts may be loaded
 * by them; nothing else may.
 */
@Component
class SecurityHeaders implements WebFilter, Ordered {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	static final String EMBED = "/embed/";

	private final String embedCsp;

	SecurityHeaders(WegweiserProperties properties) {
		List<String> hosts = properties.embed().allowedOrigins();
		this.embedCsp = CSP.replace("frame-ancestors 'none'",
				"frame-ancestors 'self'" + (hosts.isEmpty() ? "" : " " + String.join(" ", hosts)));
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		HttpHeaders headers = exchange.getResponse().getHeaders();
		boolean embed = exchange.getRequest().getPath().value().startsWith(EMBED);
		headers.set("Content-Security-Policy", embed ? embedCsp : CSP);
		headers.set("X-Content-Type-Options", "nosniff");
		if (!embed) {
			headers.set("X-Frame-Options", "DENY");
			headers.set("Cross-Origin-Opener-Policy", "same-origin");
		}
		headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
		headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
		headers.set("Cross-Origin-Resource-Policy", embed ? "cross-origin" : "same-origin");
		headers.set("Strict-Transport-Security", "max-age=31536000");
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
