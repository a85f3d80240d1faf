package de.wesermarsch.wegweiser.pages;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * The guide's index ({@code /<lang>/guide}): its chapters (the guide pages at the top) with the pages under each,
 * the way Integreat opens a region's guide; each page then lists its own sub-pages and the path back.
 */
@Component
class GuidePage {

	Mono<ServerResponse> index(ServerRequest request) {
		return Pages.with(request, (snapshot, locale) -> {
			var content = snapshot.content();
			Map<String, Object> model = Pages.model(snapshot, locale, content.messages().all(locale.lang()).get("type.guide"), request);
			List<Map<String, Object>> chapters = GuideTree.children(null, content, locale).stream().map(chapter -> {
				Map<String, Object> withPages = new java.util.LinkedHashMap<>(chapter);
				withPages.put("pages", GuideTree.children((String) chapter.get("id"), content, locale));
				return withPages;
			}).toList();
			model.put("chapters", chapters);
			return Pages.render("guide", model);
		});
	}

}
