package de.wesermarsch.wegweiser.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Which methods an address that no route matched does accept: the routes are asked again as if the request were
 * a GET or a POST. So a PUT, DELETE or TRACE to a page or an API address is a 405 with {@code Allow}, while an
 * address that nothing answers stays a 404, and the routes remain the only list of what exists.
 */
@Component
class AllowedMethods {

	private static final List<HttpMethod> PROBED = List.of(HttpMethod.GET, HttpMethod.POST);

	private final HandlerMapping routes;

	AllowedMethods(@Qualifier("routerFunctionMapping") HandlerMapping routes) {
		this.routes = routes;
	}

	/** The methods the address accepts (GET brings HEAD), empty when it accepts none. */
	Mono<Set<HttpMethod>> of(ServerWebExchange exchange) {
		HttpMethod asked = exchange.getRequest().getMethod();
		return Flux.fromIterable(PROBED)
			.filter(method -> !method.equals(asked))
			.concatMap(method -> routes.getHandler(exchange.mutate().request(r -> r.method(method)).build())
				.map(handler -> method))
			.collectList()
			.map(methods -> {
				Set<HttpMethod> allowed = new LinkedHashSet<>();
				for (HttpMethod method : methods) {
					allowed.add(method);
					if (method == HttpMethod.GET) {
						allowed.add(HttpMethod.HEAD);
					}
				}
				return allowed;
			});
	}

}
