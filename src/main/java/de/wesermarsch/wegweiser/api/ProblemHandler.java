package de.wesermarsch.wegweiser.api;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

/**
 * The one place where failures become HTTP answers: an RFC 9457 problem document with a sentence that says what
 * went wrong, never a stack trace. Unexpected failures are logged (without the request's query) and answered
 * with a plain 500.
 */
@Component
@Order(-2)
class ProblemHandler implements WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	/** A browser asking for a page (not the API) gets a page, not JSON. */
	private static boolean wantsPage(ServerWebExchange exchange) {
		String path = exchange.getRequest().getPath().value();
		return !path.startsWith("/api/") && !path.startsWith("/actuator") && exchange.getRequest().getHeaders().getAccept()
			.stream().anyMatch(m -> m.isCompatibleWith(org.springframework.http.MediaType.TEXT_HTML) && !m.isWildcardType());
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(error);
		}
		HttpStatusCode status;
		String detail;
		if (error instanceof BadRequest) {
			status = HttpStatus.BAD_REQUEST;
			detail = error.getMessage();
		}
		else if (error instanceof NotFound) {
			status = HttpStatus.NOT_FOUND;
			detail = error.getMessage();
		}
		else if (error instanceof ResponseStatusException rse) {
			status = rse.getStatusCode();
			detail = switch (status.value()) {
				case 404 -> "There is nothing at this address.";
				case 405 -> "This address does not accept the method " + exchange.getRequest().getMethod() + ".";
				case 413 -> "The request is too large.";
				case 406 -> "This address cannot answer in the requested format.";
				case 415 -> "This content type is not accepted here.";
				default -> status.value() < 500 ? "The request could not be understood." : "The service could not answer.";
			};
		}
		else {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
			detail = "The service could not answer. Please try again later.";
			log.error("Unexpected failure on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
		}
		if (wantsPage(exchange)) {
			return Problems.page(exchange, status);
		}
		return Problems.write(exchange, status, detail);
	}

}
