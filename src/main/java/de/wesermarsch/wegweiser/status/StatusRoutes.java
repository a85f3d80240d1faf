package de.wesermarsch.wegweiser.status;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.POST;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The editors' status and the readers' "not found" signal. */
@Configuration(proxyBeanMethods = false)
class StatusRoutes {


	@Bean
	RouterFunction<ServerResponse> statusAndFeedback(StatusHandler status, FeedbackHandler feedback) {
		return route(GET("/api/v1/status"), status::status)
			.andRoute(POST("/api/v1/feedback/not-found"), feedback::notFound);
	}

}
