package de.wesermarsch.wegweiser;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the service ({@code wegweiser.*}).
 *
 * @param contentDirectory the content to serve: entries, topics, places ({@code content} in the working
 * directory by default, so the same service can serve another county's content)
 * @param i18nDirectory languages, UI messages and the thesaurus ({@code i18n} by default)
 * @param watch whether changes to both directories are loaded while the service runs (default true)
 * @param editorToken the token that opens the status endpoint and the metrics to editors and operators
 * ({@code Authorization: Bearer <token>}); without one they stay closed
 * @param rateLimit requests one client may make
 * @param askEntry the entry whose contact the pages offer when nothing fits; overrides {@code ask-entry} of the
 * content's {@code site.yaml} (none by default)
 * @param kiosk the Termin-Terminal's privacy timing
 * @param embed where the service may be embedded
 * @param publicUrl the address under which readers reach the service (scheme, host, port, no path), for every
 * absolute address the service writes: embedding snippets, share links, QR codes, JSON-LD, the HSDS export. It
 * is never taken from a request's {@code Host} or {@code X-Forwarded-*} headers, which anyone can set.
 * @param trustedProxies addresses or networks ({@code 10.0.0.0/8}, {@code ::1}) of the reverse proxies in front
 * of the service: only from them is {@code X-Forwarded-For} believed; none by default
 */
@ConfigurationProperties("wegweiser")
public record WegweiserProperties(@DefaultValue("content") Path contentDirectory, @DefaultValue("i18n") Path i18nDirectory,
		@DefaultValue("true") boolean watch, String editorToken, @DefaultValue RateLimit rateLimit,
		String askEntry, @DefaultValue Kiosk kiosk,
		@DefaultValue Embed embed, @DefaultValue("http://localhost:8080") java.net.URI publicUrl,
		@DefaultValue java.util.List<String> trustedProxies, @DefaultValue Reload reload) {

	public WegweiserProperties {
		if (!publicUrl.isAbsolute() || publicUrl.getHost() == null || publicUrl.getRawQuery() != null
				|| !(publicUrl.getScheme().equals("https") || publicUrl.getScheme().equals("http"))) {
			throw new IllegalArgumentException(
					"wegweiser.public-url must be an absolute http(s) address such as https://wegweiser.example, not '"
							+ publicUrl + "'.");
		}
	}

	/** The absolute address of a path of this service ({@code /de/entries/x} → {@code https://…/de/entries/x}). */
	public String absolute(String path) {
		return publicUrl.toString().replaceAll("/+$", "") + path;
	}

	/**
	 * Live content: file events (where the system offers them) and a periodic check of the files' names, sizes,
	 * times and the real path of both directories (which also sees a directory swapped as a whole: a symbolic
	 * link flipped by git-sync, a ConfigMap, a directory renamed into place) start a reload once the files have
	 * stayed the same for {@code quiet}; docs/operating.md says how editors publish.
	 *
	 * @param quiet how long the files must stay unchanged before they are read (default 300 ms)
	 * @param checkInterval how often the files are checked without any file event (default 10 s)
	 * @param maxFileSize the largest file read; a larger one is refused before it is read (default 1 MB)
	 * @param maxContentSize the most read of both directories together (default 16 MB)
	 * @param stateDirectory where a copy of the last content that loaded is kept, to be served after a restart
	 * when the content is broken (default {@code wegweiser-state} in the system's temporary directory, which
	 * the container mounts as a volume; the image sets {@code /var/lib/wegweiser})
	 */
	public record Reload(@DefaultValue("300ms") Duration quiet, @DefaultValue("10s") Duration checkInterval,
			@DefaultValue("1MB") org.springframework.util.unit.DataSize maxFileSize,
			@DefaultValue("16MB") org.springframework.util.unit.DataSize maxContentSize,
			Path stateDirectory) {

		public Reload {
			if (stateDirectory == null) {
				stateDirectory = Path.of(System.getProperty("java.io.tmpdir"), "wegweiser-state");
			}
			if (quiet.isNegative() || checkInterval.isNegative() || checkInterval.isZero()) {
				throw new IllegalArgumentException("wegweiser.reload.quiet and check-interval must be positive durations");
			}
		}

		/** The size limits for the content loader. */
		public de.wesermarsch.wegweiser.content.Bounds bounds() {
			return new de.wesermarsch.wegweiser.content.Bounds(maxFileSize.toBytes(), maxContentSize.toBytes());
		}
	}

	/**
	 * Host pages that may embed the service: only these origins (for example {@code https://www.wesermarsch.de})
	 * may frame the embedding route ({@code frame-ancestors}) and read the API from their pages (CORS); any other
	 * origin gets neither.
	 *
	 * @param allowedOrigins origins as scheme://host[:port], none by default
	 */
	public record Embed(@DefaultValue java.util.List<String> allowedOrigins) {
	}

	/**
	 * The kiosk's reset: after {@code idle} without a touch it asks whether someone is still there, and after
	 * {@code countdown} more it starts again from the first screen, with no trace of the last visitor.
	 *
	 * @param idle time without touch before the question (default 60 s)
	 * @param countdown time the question waits for a tap (default 20 s)
	 */
	public record Kiosk(@DefaultValue("60s") Duration idle, @DefaultValue("20s") Duration countdown) {
	}

	/**
	 * A token bucket per client (its address, or its /64 network for IPv6) on the routes that cost work.
	 *
	 * @param requests how many requests a client may make in a burst (default 300)
	 * @param per the time in which a full bucket refills (default one minute)
	 * @param enabled whether requests are limited at all (default true)
	 * @param paths the routes that cost work and are limited, as path patterns matched on the decoded path:
	 * search, suggestions and answers of API, pages, kiosk and embedding, the exports and the feedback. Pages,
	 * fonts and styles are not limited (many people share one address behind a NAT).
	 */
	public record RateLimit(@DefaultValue("300") int requests, @DefaultValue("1m") Duration per,
			@DefaultValue("true") boolean enabled,
			@DefaultValue({ "/api/v1/search", "/api/v1/suggest", "/api/v1/answer", "/api/v1/export/**",
					"/api/v1/feedback/**", "/{locale}/search", "/{locale}/answer", "/{locale}/not-found",
					"/kiosk/{locale}/search", "/kiosk/{locale}/answer", "/embed/{locale}/",
					"/embed/{locale}/answer" }) java.util.List<String> paths) {
	}

}
