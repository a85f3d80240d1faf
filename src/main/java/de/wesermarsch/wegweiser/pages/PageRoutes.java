package de.wesermarsch.wegweiser.pages;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.POST;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The pages for people: every address begins with the language, so a shared link opens in it. */
@Configuration(proxyBeanMethods = false)
class PageRoutes {

	private static final String L = "/{locale:[a-z]{2,3}(?:-easy)?}";

	@Bean
	RouterFunction<ServerResponse> pages(StartPage start, SearchPage search, EntryPage entry, BrowsePage browse,
			FeedbackPage feedback) {
		return route(GET("/"), start::redirect)
			.andRoute(GET(L + "/"), start::show)
			.andRoute(GET(L + "/search"), search::show)
			.andRoute(POST(L + "/not-found"), feedback::notFound)
			.andRoute(GET(L + "/entries/{id}"), entry::show)
			.andRoute(GET(L + "/topics"), browse::topics)
			.andRoute(GET(L + "/topics/{id}"), browse::topic)
			.andRoute(GET(L + "/places"), browse::places)
			.andRoute(GET(L + "/places/{id}"), browse::place)
			.andRoute(GET(L + "/networks"), browse::networks)
			.andRoute(GET(L + "/measures"), browse::measures);
	}

}
