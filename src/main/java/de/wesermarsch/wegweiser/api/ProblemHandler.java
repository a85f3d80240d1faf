package de.wesermarsch.wegweiser.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;

import de.wesermarsch.wegweiser.web.Errors;
import reactor.core.publisher.Mono;

/**
 * The one place where failures become HTTP answers ({@link Errors}: a page in the reader's language, or an RFC
 * 9457 problem document), never a stack trace. What the client sent wrong is a 4xx and is not logged; an
 * unexpected failure is a 500 and is logged with its route pattern and stack, but without any message, because
 * messages of the libraries below carry the client's text (a search, a header).
 */
@Component
@Order(-2)
class ProblemHandler implements WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	private final Errors errors;

	private final AllowedMethods allowed;

	ProblemHandler(Errors errors, AllowedMethods allowed) {
		this.errors = errors;
		this.allowed = allowed;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(error);
		}
		HttpStatusCode status = status(error);
		if (status.value() == 404 && !(error instanceof NotFound)) {
			return allowed.of(exchange).flatMap(methods -> {
				if (methods.isEmpty()) {
					return answer(exchange, error, status);
				}
				exchange.getResponse().getHeaders().setAllow(methods);
				return answer(exchange, error, HttpStatus.METHOD_NOT_ALLOWED);
			});
		}
		return answer(exchange, error, status);
	}

	private Mono<Void> answer(ServerWebExchange exchange, Throwable error, HttpStatusCode status) {
		if (error instanceof MethodNotAllowedException notAllowed && !notAllowed.getSupportedMethods().isEmpty()) {
			exchange.getResponse().getHeaders().setAllow(notAllowed.getSupportedMethods());
		}
		String detail = switch (error) {
			case BadRequest b -> b.getMessage();
			case NotFound n -> n.getMessage();
			default -> detail(exchange, status);
		};
		if (status.is5xxServerError()) {
			log.error("Unexpected failure on {} {}", exchange.getRequest().getMethod(),
					exchange.getAttributeOrDefault(RouterFunctions.MATCHING_PATTERN_ATTRIBUTE, "(no route)"),
					Unexplained.of(error));
		}
		return errors.respond(exchange, status, detail);
	}

	private static HttpStatusCode status(Throwable error) {
		return switch (error) {
			case BadRequest b -> HttpStatus.BAD_REQUEST;
			case NotFound n -> HttpStatus.NOT_FOUND;
			case ResponseStatusException rse when rse.getCause() instanceof DataBufferLimitException -> HttpStatus.CONTENT_TOO_LARGE;
			case ResponseStatusException rse -> rse.getStatusCode();
			case DataBufferLimitException tooLarge -> HttpStatus.CONTENT_TOO_LARGE;
			case InvalidMediaTypeException unreadable -> HttpStatus.BAD_REQUEST;
			case org.springframework.util.InvalidMimeTypeException unreadable -> HttpStatus.BAD_REQUEST;
			case IllegalArgumentException badEncoding when badEncoding.getStackTrace().length > 0
					&& badEncoding.getStackTrace()[0].getClassName().startsWith("java.net.URLDecoder") -> HttpStatus.BAD_REQUEST;
			default -> HttpStatus.INTERNAL_SERVER_ERROR;
		};
	}

	private static String detail(ServerWebExchange exchange, HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "The request could not be read: a parameter, the body or a header is malformed.";
			case 404 -> "There is nothing at this address.";
			case 405 -> "This address does not accept the method " + exchange.getRequest().getMethod() + "; allowed: "
					+ exchange.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW) + ".";
			case 406 -> "This address cannot answer in the requested format.";
			case 413 -> "The request is too large.";
			case 415 -> "This content type is not accepted here.";
			default -> status.is4xxClientError() ? "The request could not be understood."
					: "The service could not answer. Please try again later.";
		};
	}

}
