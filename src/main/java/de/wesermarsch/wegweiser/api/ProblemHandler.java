package de.wesermarsch.wegweiser.api;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place where failures become HTTP answers: an RFC 9457 problem document with a sentence that says what
 * went wrong, never a stack trace. Unexpected failures are logged (without the request's query) and answered
 * with a plain 500.
 */
@Component
@Order(-2)
class ProblemHandler implements WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	private final JsonMapper json;

	ProblemHandler(JsonMapper json) {
		this.json = json;
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
				case 415 -> "This content type is not accepted here.";
				default -> status.value() < 500 ? "The request could not be understood." : "The service could not answer.";
			};
		}
		else {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
			detail = "The service could not answer. Please try again later.";
			log.error("Unexpected failure on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
		}
		return write(exchange, status, detail);
	}

	private Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		HttpStatus known = HttpStatus.resolve(status.value());
		problem.put("title", known == null ? "Error" : known.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", exchange.getRequest().getPath().value());
		byte[] body = json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
		var response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getHeaders().setContentLength(body.length);
		DataBuffer buffer = response.bufferFactory().wrap(body);
		return response.writeWith(Mono.just(buffer));
	}

}
