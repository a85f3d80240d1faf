package de.wesermarsch.wegweiser.snapshot;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Gives every request the snapshot current when it arrives, for its whole life, so a reload in between never
 * mixes two versions in one answer. For GET requests of the API and the pages, the snapshot's version is the
 * ETag: a client that has it gets 304 without any work, everyone else revalidates ({@code no-cache}), so an
 * editor's change is visible on the next request. Answers also vary by {@code Accept-Language}. Fonts, styles
 * and pictograms do not change with the content; they are cached for a day ({@code spring.web.resources.cache}).
 */
@Component
public class RequestSnapshot implements WebFilter, Ordered {

	private static final String ATTRIBUTE = RequestSnapshot.class.getName();

	private final Snapshots snapshots;

	RequestSnapshot(Snapshots snapshots) {
		this.snapshots = snapshots;
	}

	/** The snapshot this request began with. */
	public static Snapshot of(ServerRequest request) {
		return (Snapshot) request.attribute(ATTRIBUTE).orElseThrow();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		Snapshot snapshot = snapshots.current();
		exchange.getAttributes().put(ATTRIBUTE, snapshot);
		var request = exchange.getRequest();
		String path = request.getPath().value();
		boolean content = (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD)
				&& !path.startsWith("/actuator") && !path.startsWith("/api/v1/status") && !path.startsWith("/assets/")
				&& !path.equals("/favicon.svg");
		if (content) {
			HttpHeaders headers = exchange.getResponse().getHeaders();
			headers.setCacheControl("public, no-cache");
			headers.setVary(java.util.List.of(HttpHeaders.ACCEPT_LANGUAGE));
			if (exchange.checkNotModified("\"" + snapshot.version() + "\"")) {
				exchange.getResponse().setStatusCode(HttpStatus.NOT_MODIFIED);
				return exchange.getResponse().setComplete();
			}
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return 0;
	}

}
