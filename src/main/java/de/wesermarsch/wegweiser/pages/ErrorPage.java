package de.wesermarsch.wegweiser.pages;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.snapshot.Snapshot;
import de.wesermarsch.wegweiser.snapshot.Snapshots;
import reactor.core.publisher.Mono;

/**
 * The page a reader gets when something went wrong or was refused before any page handler ran (an address that
 * is not there or not readable, too many searches, a failure): in the language of the address ({@code /ar/…}),
 * else of {@code Accept-Language}, with the usual header and footer, and a way to go on: try again after the
 * wait, or browse topics and places, which are never limited.
 */
@Component
public class ErrorPage implements ServerResponse.Context {

	private final Snapshots snapshots;

	private final List<HttpMessageWriter<?>> writers;

	private final ObjectProvider<ViewResolver> resolvers;

	private final de.wesermarsch.wegweiser.WegweiserProperties.Kiosk kiosk;

	ErrorPage(Snapshots snapshots, ServerCodecConfigurer codecs, ObjectProvider<ViewResolver> resolvers,
			de.wesermarsch.wegweiser.WegweiserProperties properties) {
		this.snapshots = snapshots;
		this.kiosk = properties.kiosk();
		this.writers = codecs.getWriters();
		this.resolvers = resolvers;
	}

	/** Writes the page; {@code retryAfter} (seconds) is only used for 429. */
	public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, long retryAfter) {
		Snapshot snapshot = snapshots.current();
		exchange.getResponse().getHeaders().remove(org.springframework.http.HttpHeaders.ETAG);
		ServerRequest request = ServerRequest.create(exchange, List.of());
		PageLocale locale = locale(request, snapshot.content(), snapshot);
		if (locale.kiosk()) {
			request.attributes().put(PageRoutes.KIOSK_TIMING, kiosk);
		}
		String kind = switch (status.value()) {
			case 404 -> "error";
			case 429 -> "error.busy";
			default -> status.is4xxClientError() ? "error.bad" : "error.failed";
		};
		var messages = snapshot.content().messages();
		Map<String, Object> model = Pages.model(snapshot, locale, messages.all(locale.lang()).get(kind + ".title"), request);
		Map<String, Object> message = new java.util.LinkedHashMap<>();
		message.put("heading", model.get("title"));
		message.put("text", messages.format(locale.lang(), locale.easy(), kind + ".text", Map.of("seconds", retryAfter)));
		if (status.value() == 429) {
			String query = request.uri().getRawQuery();
			message.put("retry", request.path() + (query == null ? "" : "?" + query));
		}
		model.put("message", message);
		return ServerResponse.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.header("Cache-Control", "no-store")
			.render("error", model)
			.flatMap(response -> response.writeTo(exchange, this));
	}

	/** The locale of the address's first segment (after /kiosk or /embed), else the negotiated one. */
	private static PageLocale locale(ServerRequest request, Content content, Snapshot snapshot) {
		String[] segments = request.path().split("/");
		String root = segments.length > 1 && ("/" + segments[1]).equals(Pages.KIOSK) ? Pages.KIOSK
				: segments.length > 1 && ("/" + segments[1]).equals(Pages.EMBED) ? Pages.EMBED : "";
		int at = root.isEmpty() ? 1 : 2;
		String segment = segments.length > at ? segments[at] : "";
		String negotiated = snapshot.languages().negotiate(request.headers().firstHeader("Accept-Language"));
		return PageLocale.parse(segment, content, root)
			.or(() -> PageLocale.parse(negotiated, content, root))
			.orElseGet(() -> new PageLocale(content.language("de").orElseThrow(), false, root));
	}

	@Override
	public List<HttpMessageWriter<?>> messageWriters() {
		return writers;
	}

	@Override
	public List<ViewResolver> viewResolvers() {
		return resolvers.orderedStream().toList();
	}

}
