package de.wesermarsch.wegweiser.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * The files under {@code static/} (scripts, styles, fonts, pictograms, the OpenAPI description) and their
 * content-hashed names ({@code /assets/site.css} → {@code /assets/site-<md5>.css}, the name Spring's resource
 * chain serves with its content version strategy). Pages link the hashed names, which can be cached for a year
 * because a new content is a new name; the plain names (for host pages that embed {@code /embed/host.js}, for
 * API clients of {@code /api/openapi.json}) are revalidated on every use. Read once at start: the files come
 * with the release and do not change while it runs.
 */
@Component
public final class StaticFiles implements WebFilter, Ordered {

	/** A plain name: kept, but asked again each time (a release changes its content under the same name). */
	public static final String PLAIN = "public, no-cache";

	/** A hashed name: its content never changes. */
	public static final String HASHED_NAME = "public, max-age=31536000, immutable";

	private static final Map<String, String> HASHED = scan();

	private static final java.util.Set<String> NAMES = java.util.Set.copyOf(HASHED.values());

	/** For templates: {@code {{#hashed}}/assets/site.css{{/hashed}}} writes the hashed name. */
	public static final com.samskivert.mustache.Mustache.Lambda LINK = (fragment, out) -> out
		.write(hashed(fragment.execute().strip()));

	private static Map<String, String> scan() {
		Map<String, String> hashed = new HashMap<>();
		try {
			var resolver = new PathMatchingResourcePatternResolver();
			String root = resolver.getResource("classpath:/static/").getURL().toString();
			for (Resource resource : resolver.getResources("classpath:/static/**")) {
				String url = resource.getURL().toString();
				if (resource.isReadable() && !url.endsWith("/") && url.startsWith(root)) {
					String path = "/" + url.substring(root.length());
					hashed.put(path, withHash(path, md5(resource)));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Map.copyOf(hashed);
	}

	/** Whether the path names one of the static files by its plain name. */
	public static boolean isPlain(String path) {
		return HASHED.containsKey(path);
	}

	/** Whether the path names one of the static files by its content-hashed name. */
	public static boolean isHashed(String path) {
		return NAMES.contains(path);
	}

	/** The content-hashed name of a static file, or the path as it is when it is none. */
	public static String hashed(String path) {
		return HASHED.getOrDefault(path, path);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().value();
		boolean plain = isPlain(path);
		if (plain || isHashed(path)) {
			exchange.getResponse().beforeCommit(() -> {
				var status = exchange.getResponse().getStatusCode();
				if (status == null || status.is2xxSuccessful() || status.value() == 304) {
					exchange.getResponse().getHeaders().setCacheControl(plain ? PLAIN : HASHED_NAME);
				}
				return Mono.empty();
			});
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 25;
	}

	private static String withHash(String path, String hash) {
		int dot = path.lastIndexOf('.');
		int slash = path.lastIndexOf('/');
		return dot > slash ? path.substring(0, dot) + "-" + hash + path.substring(dot) : path + "-" + hash;
	}

	private static String md5(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(in.readAllBytes()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
