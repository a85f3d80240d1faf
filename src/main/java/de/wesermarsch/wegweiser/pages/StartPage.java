package de.wesermarsch.wegweiser.pages;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import de.wesermarsch.wegweiser.content.Term;
import de.wesermarsch.wegweiser.snapshot.RequestSnapshot;
import reactor.core.publisher.Mono;

/**
 * The start page: the languages by their own names, the search box, the everyday topics as tiles with
 * pictograms, and three steps that say how it works. {@code /} sends the browser to the start page of the
 * language it asks for.
 */
@Component
class StartPage {

	/**
	 * The page that explains how the Termin-Terminal (this kiosk) is used, offered first on the kiosk; where the
	 * content has none, the page about the Termin-Terminal.
	 */
	static final List<String> TERMINAL_PAGES = List.of("kiosk-bedienung", "termin-terminal");

	Mono<ServerResponse> redirect(ServerRequest request) {
		String lang = RequestSnapshot.of(request).languages().negotiate(request.headers().firstHeader("Accept-Language"));
		return ServerResponse.status(HttpStatus.SEE_OTHER).location(java.net.URI.create("/" + lang + "/")).build();
	}

	/** An entry's address without a language ({@code /entries/<id>}): to the entry in the browser's language. */
	Mono<ServerResponse> entry(ServerRequest request) {
		String lang = RequestSnapshot.of(request).languages().negotiate(request.headers().firstHeader("Accept-Language"));
		String id = request.pathVariable("id");
		return ServerResponse.status(HttpStatus.SEE_OTHER)
			.location(java.net.URI.create("/" + lang + "/entries/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8)))
			.build();
	}

	Mono<ServerResponse> show(ServerRequest request) {
		return Pages.with(request, (snapshot, locale) -> {
			var content = snapshot.content();
			Map<String, Object> model = Pages.model(snapshot, locale, content.messages().all(locale.lang()).get("site.name"),
					request);
			model.put("start", true);
			if (locale.kiosk()) {
				TERMINAL_PAGES.stream().flatMap(id -> content.entry(id).stream()).findFirst()
					.ifPresent(page -> model.put("terminal", Pages.url(locale, page)));
			}
			model.put("tiles", tiles(content.topics().values().stream().filter(t -> "theme".equals(t.kind())).toList(), locale));
			model.put("fields", tiles(content.topics().values().stream().filter(t -> !"theme".equals(t.kind())).toList(), locale));
			return Pages.render("start", model);
		});
	}

	static List<Map<String, String>> tiles(List<Term> topics, PageLocale locale) {
		return topics.stream()
			.map(t -> Map.of("name", t.name(locale.lang(), locale.easy()), "icon", t.icon() == null ? "grid" : t.icon(),
					"url", locale.base() + "/topics/" + t.id()))
			.toList();
	}

}
