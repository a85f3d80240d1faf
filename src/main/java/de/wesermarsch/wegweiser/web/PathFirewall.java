package de.wesermarsch.wegweiser.web;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Refuses, before any other check, an address that two parts of the server could read differently: matrix
 * parameters ({@code ;}), encoded dots, slashes and backslashes, {@code //}, {@code /./}, {@code /../}, encoded
 * percent signs, control characters. What passes is a path that means one thing, so the access check and the
 * router, which both match the decoded path, agree on it. Spring Security's strict firewall does the checking
 * (a well-kept list of what to refuse); the rest of Spring Security is not used. Methods are left to the
 * routes, which answer 405 with {@code Allow}.
 */
@Component
class PathFirewall implements WebFilter, Ordered {

	private final StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();

	private final Errors errors;

	PathFirewall(Errors errors) {
		this.errors = errors;
		firewall.setUnsafeAllowAnyHttpMethod(true);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		// the firewall checks method, host and path at once; its lazy checks of every header read are not wanted
		// (they would throw from wherever a header is read), so the original exchange goes on
		return Mono.defer(() -> firewall.getFirewalledExchange(exchange))
			.then(Mono.defer(() -> chain.filter(exchange)))
			.onErrorResume(ServerExchangeRejectedException.class,
					e -> errors.respond(exchange, HttpStatus.BAD_REQUEST,
							"This address is not written in its plain form (no ';', no encoded '.', '/' or '\\', no '//')."));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
