package de.wesermarsch.wegweiser.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import de.wesermarsch.wegweiser.WegweiserProperties;
import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.EntryType;
import de.wesermarsch.wegweiser.content.Shown;
import de.wesermarsch.wegweiser.i18n.Language;
import de.wesermarsch.wegweiser.snapshot.RequestSnapshot;
import de.wesermarsch.wegweiser.snapshot.Snapshot;
import reactor.core.publisher.Mono;

/**
 * What every page shares: its language and direction, the UI texts of that language, the language switch
 * (every language name in its own script, with {@code lang} and {@code dir}, linking to the same page), the
 * footer pages, and the rendering itself. Page handlers add their own model to it.
 */
final class Pages {

	/** The pages of the service linked from every footer, in this order. */
	static final List<String> FOOTER = List.of("ueber-den-wegweiser", "so-funktioniert-es", "leichte-sprache",
			"barrierefreiheit", "impressum", "datenschutz");

	/** Where the kiosk's pages begin. */
	static final String KIOSK = "/kiosk";

	/** Where the embedded (iframe) pages begin. */
	static final String EMBED = "/embed";

	private Pages() {
	}

	/** The locale of the request's first path segment, or a 404 page. */
	static Mono<ServerResponse> with(ServerRequest request, java.util.function.BiFunction<Snapshot, PageLocale, Mono<ServerResponse>> page) {
		Snapshot snapshot = RequestSnapshot.of(request);
		String root = request.path().startsWith(KIOSK + "/") ? KIOSK : request.path().startsWith(EMBED + "/") ? EMBED : "";
		return PageLocale.parse(request.pathVariable("locale"), snapshot.content(), root)
			.map(locale -> page.apply(snapshot, locale))
			.orElseGet(() -> notFound(snapshot,
					new PageLocale(snapshot.content().language("de").orElseThrow(), false, root), request));
	}

	static Map<String, Object> model(Snapshot snapshot, PageLocale locale, String title, ServerRequest request) {
		Content content = snapshot.content();
		Map<String, Object> model = new LinkedHashMap<>();
		Map<String, String> texts = new LinkedHashMap<>();
		content.messages().all(locale.lang(), locale.easy()).forEach((k, v) -> texts.put(k.replace('.', '_'), v));
		model.put("t", texts);
		model.put("hashed", de.wesermarsch.wegweiser.assets.StaticFiles.LINK);
		model.put("lang", locale.lang());
		model.put("dir", locale.dir());
		model.put("rtl", locale.language().rtl());
		model.put("isolate", Bidi.LAMBDA);
		model.put("title", title);
		model.put("home", locale.base() + "/");
		model.put("base", locale.base());
		model.put("locale", locale.segment());
		if (request.attribute(PageRoutes.KIOSK_TIMING).orElse(null) instanceof WegweiserProperties.Kiosk timing) {
			model.put("kiosk", Map.of("idle", timing.idle().toSeconds(), "countdown", timing.countdown().toSeconds(),
					"restart", KIOSK, "idleText", content.messages().format(locale.lang(), locale.easy(), "kiosk.idle.text",
							Map.of("seconds", timing.countdown().toSeconds()))));
		}
		model.put("query", "");
		model.put("easy", locale.easy());
		String rest = request.path().substring(Math.min(request.path().length(), locale.base().length()));
		String query = request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery();
		List<Map<String, Object>> languages = new ArrayList<>();
		for (Language language : content.languages()) {
			languages.add(Map.of("code", language.code(), "name", language.name(), "dir", language.dir(), "url",
					locale.base(Entry.key(language.code(), locale.easy() && language.code().equals("de"))) + rest + query,
					"current", language.code().equals(locale.lang())));
		}
		model.put("languages", languages);
		if (locale.lang().equals("de")) {
			model.put("variant", Map.of("url", locale.base(Entry.key("de", !locale.easy())) + rest + query, "label",
					texts.get(locale.easy() ? "nav_standard" : "nav_easy")));
		}
		List<Map<String, String>> footer = new ArrayList<>();
		for (String id : FOOTER) {
			content.entry(id).filter(e -> e.type() == EntryType.PAGE).ifPresent(page -> footer.add(Map.of("url",
					url(locale, page), "title", Shown.of(page, locale.lang(), locale.easy()).title())));
		}
		model.put("footer", footer);
		// a site links only the kinds its content has: an imported guide has no networks and no concept's measures
		model.put("guideLink", GuideTree.any(content));
		model.put("navNetworks", content.entries().values().stream().anyMatch(e -> e.type() == EntryType.NETWORK));
		model.put("navMeasures", content.entries().values().stream().anyMatch(e -> e.type() == EntryType.MEASURE));
		return model;
	}

	static String url(PageLocale locale, Entry entry) {
		return locale.base() + "/entries/" + entry.id();
	}

	static Mono<ServerResponse> render(String template, Map<String, Object> model) {
		return render(HttpStatus.OK, template, model);
	}

	static Mono<ServerResponse> render(HttpStatus status, String template, Map<String, Object> model) {
		return ServerResponse.status(status).contentType(MediaType.TEXT_HTML).render(template, model);
	}

	static Mono<ServerResponse> notFound(Snapshot snapshot, PageLocale locale, ServerRequest request) {
		Map<String, Object> model = model(snapshot, locale,
				snapshot.content().messages().all(locale.lang()).get("error.title"), request);
		model.put("message", Map.of("heading", model.get("title"),
				"text", snapshot.content().messages().all(locale.lang()).get("error.text")));
		return render(HttpStatus.NOT_FOUND, "message", model);
	}

}
