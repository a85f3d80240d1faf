package de.wesermarsch.wegweiser.web;

import java.util.HashSet;
import java.util.Set;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.UriComponentsBuilder;

import de.wesermarsch.wegweiser.WegweiserProperties;
import reactor.core.publisher.Mono;

/**
 * Posts (the "not found" feedback) only from this service's own pages (the public address, or the address the
 * post goes to) or the configured host pages: a browser names the page's origin in {@code Origin} (and says
 * {@code Sec-Fetch-Site: cross-site} when it is another site), so another site cannot make its visitors' browsers post into the editors' report. A post without
 * either header does not come from a page in a browser (a script can send anything anyway) and passes.
 */
@Component
class SameOrigin implements WebFilter, Ordered {

	private final Set<String> origins = new HashSet<>();

	private final Errors errors;

	SameOrigin(WegweiserProperties properties, Errors errors) {
		this.errors = errors;
		var url = properties.publicUrl();
		origins.add(UriComponentsBuilder.newInstance().scheme(url.getScheme()).host(url.getHost()).port(url.getPort())
			.toUriString());
		origins.addAll(properties.embed().allowedOrigins());
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		var request = exchange.getRequest();
		HttpMethod method = request.getMethod();
		if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
			return chain.filter(exchange);
		}
		String origin = request.getHeaders().getFirst(HttpHeaders.ORIGIN);
		String site = request.getHeaders().getFirst("Sec-Fetch-Site");
		boolean foreign = origin != null ? !origins.contains(origin) && !sameHost(origin, request.getHeaders().getFirst(HttpHeaders.HOST))
				: "cross-site".equals(site);
		if (foreign) {
			return errors.respond(exchange, HttpStatus.FORBIDDEN, "Posts are accepted only from this service's own pages.");
		}
		return chain.filter(exchange);
	}

	/**
	 * Whether the page that posts was served under the address the post goes to: a browser sets both headers
	 * itself, and another site's page cannot make them agree. (Behind a proxy that keeps {@code Host}.)
	 */
	static boolean sameHost(String origin, String host) {
		try {
			java.net.URI uri = java.net.URI.create(origin);
			String authority = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
			return host != null && uri.getHost() != null && authority.equalsIgnoreCase(host);
		}
		catch (IllegalArgumentException unreadable) {
			return false;
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 16;
	}

}
