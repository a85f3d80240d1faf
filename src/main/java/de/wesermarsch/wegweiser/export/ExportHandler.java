package de.wesermarsch.wegweiser.export;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import de.wesermarsch.wegweiser.api.NotFound;
import de.wesermarsch.wegweiser.snapshot.RequestSnapshot;
import reactor.core.publisher.Mono;

/** {@code GET /api/v1/export/hsds/{lang}}: the offers as an Open Referral HSDS 3.0 dataset, one per language. */
@Configuration(proxyBeanMethods = false)
class ExportHandler {

	@Bean
	RouterFunction<ServerResponse> export(de.wesermarsch.wegweiser.WegweiserProperties properties) {
		return route(GET("/api/v1/export/hsds/{lang}"), request -> hsds(request, properties.absolute("")));
	}

	static Mono<ServerResponse> hsds(ServerRequest request, String service) {
		var content = RequestSnapshot.of(request).content();
		String lang = request.pathVariable("lang");
		if (content.language(lang).isEmpty()) {
			throw new NotFound("There is no dataset for the language '" + (lang.length() > 10 ? lang.substring(0, 10) : lang)
					+ "'. Languages: " + String.join(", ", content.languageCodes()) + ".");
		}
		return ServerResponse.ok().bodyValue(HsdsExport.of(content, lang, service));
	}

}
