package de.wesermarsch.wegweiser.snapshot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import de.wesermarsch.wegweiser.WegweiserProperties;
import de.wesermarsch.wegweiser.assets.StaticFiles;
import reactor.core.publisher.Mono;

/**
 * Gives every request the snapshot current when it arrives, for its whole life, so a reload in between never
 * mixes two versions in one answer. GET answers of the API and the pages carry a weak ETag made of everything
 * the answer depends on: the content version, the release (build time), the settings that show in answers
 * (public address, kiosk timing, host pages), the address with its query, and {@code Accept-Language}. A client
 * that has it gets 304 without any work; everyone else revalidates ({@code no-cache}), so an editor's change, a
 * new release and a changed setting are each visible on the next request, and two instances that answer
 * differently never share an ETag. {@code Vary: Accept-Language} is added to what others vary by (CORS varies by
 * {@code Origin}). Static files have their own validators and names ({@link StaticFiles}).
 */
@Component
public class RequestSnapshot implements WebFilter, Ordered {

	private static final String ATTRIBUTE = RequestSnapshot.class.getName();

	private static final int MAX_LANGUAGE_HEADER = 200;

	private final Snapshots snapshots;

	private final String release;

	RequestSnapshot(Snapshots snapshots, WegweiserProperties properties, ObjectProvider<BuildProperties> build) {
		this.snapshots = snapshots;
		BuildProperties info = build.getIfAvailable();
		this.release = (info == null ? "unbuilt" : info.getVersion() + "@" + info.getTime()) + "|" + properties.publicUrl()
				+ "|" + properties.kiosk() + "|" + properties.embed();
	}

	/** The snapshot this request began with. */
	public static Snapshot of(ServerRequest request) {
		return (Snapshot) request.attribute(ATTRIBUTE).orElseThrow();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		Snapshot snapshot = snapshots.current();
		exchange.getAttributes().put(ATTRIBUTE, snapshot);
		var request = exchange.getRequest();
		String path = request.getPath().value();
		boolean content = (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD)
				&& !path.startsWith("/actuator") && !path.startsWith("/api/v1/status")
				&& !StaticFiles.isPlain(path) && !StaticFiles.isHashed(path);
		if (content) {
			HttpHeaders headers = exchange.getResponse().getHeaders();
			headers.setCacheControl("public, no-cache");
			if (!headers.getVary().contains(HttpHeaders.ACCEPT_LANGUAGE)) {
				headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
			}
			if (exchange.checkNotModified(etag(snapshot, exchange))) {
				exchange.getResponse().setStatusCode(HttpStatus.NOT_MODIFIED);
				return exchange.getResponse().setComplete();
			}
		}
		return chain.filter(exchange);
	}

	/** {@code W/"…"}: 16 bytes of a hash of everything the answer depends on. */
	private String etag(Snapshot snapshot, ServerWebExchange exchange) {
		var request = exchange.getRequest();
		String language = String.valueOf(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
		String variant = snapshot.version() + "|" + release + "|" + request.getURI().getRawPath() + "?"
				+ request.getURI().getRawQuery() + "|"
				+ language.substring(0, Math.min(language.length(), MAX_LANGUAGE_HEADER));
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(variant.getBytes(StandardCharsets.UTF_8));
			return "W/\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public int getOrder() {
		return 0;
	}

}
