package de.wesermarsch.wegweiser.web;

import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import de.wesermarsch.wegweiser.WegweiserProperties;

/**
 * Cross-origin reading of the public API, for the web component on the configured host pages only: GET with the
 * language headers, the ETag readable. A request from any other origin is refused (403), and its page gets no
 * {@code Access-Control-Allow-Origin} to read an answer with.
 */
@Configuration(proxyBeanMethods = false)
class Cors {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 15)
	CorsWebFilter corsWebFilter(WegweiserProperties properties) {
		CorsConfiguration api = new CorsConfiguration();
		api.setAllowedOrigins(properties.embed().allowedOrigins());
		api.setAllowedMethods(List.of("GET", "HEAD"));
		api.setAllowedHeaders(List.of("Accept", "Accept-Language", "If-None-Match"));
		api.setExposedHeaders(List.of("ETag"));
		api.setAllowCredentials(false);
		api.setMaxAge(Duration.ofMinutes(10));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		for (String path : List.of("/api/v1/search", "/api/v1/suggest", "/api/v1/entries/**", "/api/v1/entries",
				"/api/v1/languages", "/api/openapi.json", "/api/v1/export/**")) {
			source.registerCorsConfiguration(path, api);
		}
		return new CorsWebFilter(source);
	}

}
