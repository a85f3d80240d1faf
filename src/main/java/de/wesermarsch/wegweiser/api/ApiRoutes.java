package de.wesermarsch.wegweiser.api;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The public JSON API, version 1, as described in the project guide. */
@Configuration(proxyBeanMethods = false)
class ApiRoutes {

	@Bean
	RouterFunction<ServerResponse> api(SearchHandler search, AnswerHandler answers, EntryHandler entries) {
		return route(GET("/api/v1/search"), search::search)
			.andRoute(GET("/api/v1/suggest"), search::suggest)
			.andRoute(GET("/api/v1/answer"), answers::answer)
			.andRoute(GET("/api/v1/entries/{id}"), entries::entry)
			.andRoute(GET("/api/v1/entries"), entries::list)
			.andRoute(GET("/api/v1/languages"), entries::languages);
	}

}
