package de.wesermarsch.wegweiser.web;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Bounds on what a request may carry before any handler sees it: the length of its address and the number of
 * its parameters. (The server itself bounds the request line and headers; handlers bound each value.)
 */
@Component
class RequestLimits implements WebFilter, Ordered {

	private final Errors errors;

	RequestLimits(Errors errors) {
		this.errors = errors;
	}

	static final int MAX_URI_LENGTH = 2048;

	static final int MAX_PARAMETERS = 40;

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		var request = exchange.getRequest();
		if (request.getURI().getRawPath().length() + String.valueOf(request.getURI().getRawQuery()).length() > MAX_URI_LENGTH) {
			return errors.respond(exchange, org.springframework.http.HttpStatus.CONTENT_TOO_LARGE,
					"The address is too long: at most " + MAX_URI_LENGTH + " characters.");
		}
		int parameters = request.getQueryParams().values().stream().mapToInt(java.util.List::size).sum();
		if (parameters > MAX_PARAMETERS) {
			return errors.respond(exchange, org.springframework.http.HttpStatus.BAD_REQUEST,
					"Too many parameters: at most " + MAX_PARAMETERS + ".");
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

}
