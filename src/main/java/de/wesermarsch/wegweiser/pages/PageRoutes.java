package de.wesermarsch.wegweiser.pages;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.POST;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

import de.wesermarsch.wegweiser.WegweiserProperties;

/**
 * The pages for people: every address begins with the language, so a shared link opens in it. The same pages
 * serve the kiosk of the Termin-Terminal under {@code /kiosk/<lang>/}, where the kiosk's timing travels with the
 * request to the layout.
 */
@Configuration(proxyBeanMethods = false)
class PageRoutes {

	private static final String L = "/{locale:[a-z]{2,3}(?:-easy)?}";

	static final String KIOSK_TIMING = PageRoutes.class.getName() + ".kiosk";

	@Bean
	RouterFunction<ServerResponse> pages(StartPage start, SearchPage search, AnswerPage answer, EntryPage entry,
			BrowsePage browse, FeedbackPage feedback, GuidePage guide) {
		return route(GET("/"), start::redirect).andRoute(GET("/entries/{id:[a-z0-9-]{1,100}}"), start::entry)
			.and(pagesUnder("", start, search, answer, entry, browse))
			.andRoute(POST(L + "/not-found"), feedback::notFound)
			.andRoute(GET(L + "/guide"), guide::index)
			.andRoute(GET(L + "/topics"), browse::topics)
			.andRoute(GET(L + "/places"), browse::places)
			.andRoute(GET(L + "/places/{id}"), browse::place)
			.andRoute(GET(L + "/networks"), browse::networks)
			.andRoute(GET(L + "/measures"), browse::measures);
	}

	@Bean
	RouterFunction<ServerResponse> kiosk(KioskPage kiosk, StartPage start, SearchPage search, AnswerPage answer,
			EntryPage entry, BrowsePage browse, WegweiserProperties properties) {
		return route(GET(Pages.KIOSK), kiosk::languages)
			.and(pagesUnder(Pages.KIOSK, start, search, answer, entry, browse))
			.filter((request, next) -> {
				request.attributes().put(KIOSK_TIMING, properties.kiosk());
				return next.handle(request);
			});
	}

	@Bean
	RouterFunction<ServerResponse> embedding(EmbedPage embed) {
		return route(GET(Pages.EMBED + L + "/"), embed::frame)
			.andRoute(GET(Pages.EMBED + L + "/answer"), embed::answer)
			.andRoute(GET("/embed/wegweiser-search.js"), embed::component)
			.andRoute(GET(L + "/embed"), embed::guide);
	}

	/** What both the pages and the kiosk have: start, search, answers, entries, topics. */
	private static RouterFunction<ServerResponse> pagesUnder(String root, StartPage start, SearchPage search,
			AnswerPage answer, EntryPage entry, BrowsePage browse) {
		return route(GET(root + L + "/"), start::show)
			.andRoute(GET(root + L + "/search"), search::show)
			.andRoute(GET(root + L + "/answer"), answer::show)
			.andRoute(GET(root + L + "/entries/{id}"), entry::show)
			.andRoute(GET(root + L + "/topics/{id}"), browse::topic);
	}

}
