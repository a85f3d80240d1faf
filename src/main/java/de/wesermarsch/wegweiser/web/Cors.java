package de.wesermarsch.wegweiser.web;

import java.time.Duration;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import de.wesermarsch.wegweiser.WegweiserProperties;
import reactor.core.publisher.Mono;

/**
 * Cross-origin reading of the public API, for the web component on the configured host pages only: GET with the
 * language headers, the ETag readable. A request from any other origin is refused with a 403 problem (Spring's
 * {@code CorsWebFilter} would send an empty body), and its page gets no {@code Access-Control-Allow-Origin} to
 * read an answer with. Spring's processor decides; this filter only answers.
 */
@Component
class Cors implements WebFilter, Ordered {

	private final UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();

	private final CorsProcessor processor = new DefaultCorsProcessor();

	private final Errors errors;

	Cors(WegweiserProperties properties, Errors errors) {
		this.errors = errors;
		CorsConfiguration api = new CorsConfiguration();
		api.setAllowedOrigins(properties.embed().allowedOrigins());
		api.setAllowedMethods(List.of("GET", "HEAD"));
		api.setAllowedHeaders(List.of("Accept", "Accept-Language", "If-None-Match"));
		api.setExposedHeaders(List.of("ETag"));
		api.setAllowCredentials(false);
		api.setMaxAge(Duration.ofMinutes(10));
		for (String path : List.of("/api/v1/search", "/api/v1/suggest", "/api/v1/answer", "/api/v1/entries/**",
				"/api/v1/entries", "/api/v1/languages", "/api/openapi.json", "/api/v1/export/**")) {
			source.registerCorsConfiguration(path, api);
		}
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		CorsConfiguration config = source.getCorsConfiguration(exchange);
		if (!processor.process(config, exchange)) {
			return errors.respond(exchange, HttpStatus.FORBIDDEN,
					"This origin may not read this service's API; host pages are configured in wegweiser.embed.allowed-origins.");
		}
		if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
			return Mono.empty();
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 15;
	}

}
