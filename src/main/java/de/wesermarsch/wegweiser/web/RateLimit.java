package de.wesermarsch.wegweiser.web;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import de.wesermarsch.wegweiser.WegweiserProperties;
import reactor.core.publisher.Mono;

/**
 * Limits what costs the service work: searches, suggestions, answers, exports and feedback (the route set
 * {@code wegweiser.rate-limit.paths}), per client ({@link ClientKey}). Pages, fonts, styles and pictograms are
 * not limited, because thirty people behind one address (a refugee home, the kiosk network) share them, and a
 * page cut off halfway helps nobody. Beyond the burst: 429 with {@code Retry-After}, as a page in the reader's
 * language that says how long to wait and links to what is not limited, or as problem+json for the API.
 */
@Component
class RateLimit implements WebFilter, Ordered {

	private final boolean enabled;

	private final List<PathPattern> limited;

	private final Buckets buckets;

	private final ClientKey clients;

	private final Errors errors;

	RateLimit(WegweiserProperties properties, ClientKey clients, Errors errors) {
		this.errors = errors;
		WegweiserProperties.RateLimit limit = properties.rateLimit();
		this.enabled = limit.enabled();
		this.limited = limit.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.buckets = new Buckets(limit.requests(), limit.per());
		this.clients = clients;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!enabled || !limited(exchange)) {
			return chain.filter(exchange);
		}
		long wait = buckets.take(clients.of(exchange));
		if (wait > 0) {
			return errors.tooMany(exchange, wait);
		}
		return chain.filter(exchange);
	}

	private boolean limited(ServerWebExchange exchange) {
		var path = exchange.getRequest().getPath().pathWithinApplication();
		for (PathPattern pattern : limited) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

}
