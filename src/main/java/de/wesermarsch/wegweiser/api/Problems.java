package de.wesermarsch.wegweiser.api;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes an RFC 9457 problem document: the one shape of every error this service answers with. */
public final class Problems {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Problems() {
	}

	/** A plain page in German and English for a browser that asked for a page that is not there or failed. */
	public static Mono<Void> page(ServerWebExchange exchange, HttpStatusCode status) {
		String heading = status.value() == 404 ? "Diese Seite gibt es nicht." : "Das hat leider nicht geklappt.";
		String english = status.value() == 404 ? "This page does not exist." : "Something went wrong.";
		String html = "<!doctype html><html lang=\"de\" dir=\"ltr\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + heading
				+ "</title><link rel=\"stylesheet\" href=\"/assets/site.css\"></head><body><main><h1>" + heading
				+ "</h1><p lang=\"en\">" + english + "</p><p><a href=\"/\">Wegweiser Wesermarsch</a></p></main></body></html>";
		byte[] body = html.getBytes(StandardCharsets.UTF_8);
		var response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().remove(HttpHeaders.ETAG);
		response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
		response.getHeaders().setContentLength(body.length);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

	public static Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		HttpStatus known = HttpStatus.resolve(status.value());
		problem.put("title", known == null ? "Error" : known.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", exchange.getRequest().getPath().value());
		byte[] body = JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
		var response = exchange.getResponse();
		response.setStatusCode(status);
		HttpHeaders headers = response.getHeaders();
		headers.remove(HttpHeaders.ETAG);
		headers.setCacheControl("no-store");
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		headers.setContentLength(body.length);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

}
