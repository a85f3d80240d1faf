package de.wesermarsch.wegweiser.pages;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import de.wesermarsch.wegweiser.snapshot.RequestSnapshot;
import reactor.core.publisher.Mono;

/**
 * The first screen of the Termin-Terminal: one large button per language, each with its name in its own script,
 * and nothing else. Every kiosk page is one of the ordinary pages under {@code /kiosk/<lang>/}, with the kiosk's
 * layout: large text and targets, an on-screen keyboard, the idle reset, and QR codes instead of links that lead
 * away.
 */
@Component
class KioskPage {

	Mono<ServerResponse> languages(ServerRequest request) {
		var snapshot = RequestSnapshot.of(request);
		var german = new PageLocale(snapshot.content().language("de").orElseThrow(), false, Pages.KIOSK);
		Map<String, Object> model = Pages.model(snapshot, german, snapshot.content().messages().all("de").get("site.name"),
				request);
		model.put("languageScreen", true);
		model.put("welcome", snapshot.content().languages().stream().map(l -> Map.of("code", l.code(), "dir", l.dir(),
				"text", snapshot.content().messages().all(l.code()).get("kiosk.welcome"))).toList());
		return Pages.render("kiosk", model);
	}

}
