package de.wesermarsch.wegweiser.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import de.wesermarsch.wegweiser.pages.ErrorPage;
import reactor.core.publisher.Mono;

/**
 * How every refusal and failure is answered, whoever finds it (a filter or the exception handler): a page in the
 * reader's language for a browser that asked for a page, an RFC 9457 problem document for the API and everyone
 * else. Never a stack trace, never the request's own text.
 */
@Component
public class Errors {

	private static final int MAX_ACCEPT = 1000;

	private final ErrorPage pages;

	Errors(ErrorPage pages) {
		this.pages = pages;
	}

	public Mono<Void> respond(ServerWebExchange exchange, HttpStatusCode status, String detail) {
		if (wantsPage(exchange)) {
			String retry = exchange.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
			return pages.write(exchange, status, retry == null ? 0 : Long.parseLong(retry));
		}
		return Problems.write(exchange, status, detail);
	}

	/** 429 with {@code Retry-After}: how long to wait, in seconds, in the header and in the answer. */
	Mono<Void> tooMany(ServerWebExchange exchange, long seconds) {
		exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		return respond(exchange, org.springframework.http.HttpStatus.TOO_MANY_REQUESTS,
				"Too many requests from your network. Please wait " + seconds + " seconds.");
	}

	/**
	 * A browser asking for a page (not the API) gets a page. The {@code Accept} header is the client's text:
	 * one that cannot be read, or is very long, counts as not asking for HTML, and never causes a failure here.
	 */
	static boolean wantsPage(ServerWebExchange exchange) {
		String path = exchange.getRequest().getPath().value();
		if (path.startsWith("/api/") || path.startsWith("/actuator")) {
			return false;
		}
		String accept = String.join(",", exchange.getRequest().getHeaders().getOrEmpty(HttpHeaders.ACCEPT));
		if (accept.isEmpty() || accept.length() > MAX_ACCEPT) {
			return false;
		}
		try {
			return MediaType.parseMediaTypes(accept).stream()
				.anyMatch(m -> m.isCompatibleWith(MediaType.TEXT_HTML) && !m.isWildcardType());
		}
		catch (RuntimeException unreadable) {
			return false;
		}
	}

}
